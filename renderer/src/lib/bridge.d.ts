// window.axis, built by electron/preload/preload.ts (or, in the end-to-end tests, by scripts/browser-host).
// Its shape is declared once for both sides in shared/contract/bridge.ts.
import type { AxisBridge } from '$shared/contract/bridge';

declare global {
  interface Window {
    axis: AxisBridge;
  }
}

export {};
