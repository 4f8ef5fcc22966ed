// What the main process tells the page without being asked (shared/contract/bridge.ts): the journal day
// rolling over, a reminder clicked. A page without a main process (a plain browser preview) hears nothing.
import type { BridgeEventName, BridgeEvents } from '$shared/contract/bridge';

export function listen<E extends BridgeEventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void {
  return window.axis?.on?.(event, listener) ?? (() => undefined);
}
