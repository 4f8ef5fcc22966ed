// The only thing the page can reach in the main process: window.axis, built by electron/preload/preload.ts. The
// typed client (shared/contract/client.ts, buildClient(window.axis.invoke)) sits on top of `invoke`.
import type { ApiResult } from '$shared/contract/result';

declare global {
  /** What the main process tells the page without being asked (electron/main/ipcBridge.ts, BRIDGE_EVENTS). */
  interface AxisBridgeEvents {
    /** The journal day rolled over while the app was open (midnight, or the day-end hour): refresh "today". */
    'day-changed': { day: string };
    /** The person clicked the daily reminder: show that day's check-in. */
    'reminder-clicked': { day: string };
  }

  interface AxisBridge {
    /** Runs one contract operation; refusals and failures come back as { ok: false, error }, never thrown. */
    invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
    /**
     * Listens for one main-process event; returns a function that stops listening. Optional because the
     * end-to-end test bridge (and any plain-browser preview) provides `invoke` only: call it as
     * `window.axis.on?.(…)`.
     */
    on?<E extends keyof AxisBridgeEvents>(event: E, listener: (payload: AxisBridgeEvents[E]) => void): () => void;
  }

  interface Window {
    axis: AxisBridge;
  }
}

export {};
