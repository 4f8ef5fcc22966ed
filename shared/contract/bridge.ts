// The bridge between the page and the main process, declared once for both sides (as Electron Fiddle keeps its
// IPC vocabulary in one shared file): the channel names, the events main may send without being asked, and
// the shape of window.axis. The preload (electron/preload/preload.ts) builds window.axis; the main process
// (electron/main/ipcBridge.ts) answers it; the renderer and the end-to-end host (scripts/browser-host) use it.
import type { ApiResult } from './result';

export const INVOKE_CHANNEL = 'axis:invoke';
export const EVENT_CHANNEL = 'axis:event';
/** The page says it now listens for an event: main sends what it held back for it (EventOutbox). */
export const LISTENING_CHANNEL = 'axis:listening';

/** What the main process tells the page without being asked. */
export interface BridgeEvents {
  /** The journal day rolled over while the app was open (midnight, or the day-end hour): Today moves on. */
  'day-changed': { day: string };
  /** The person clicked the daily reminder: show that day's check-in. */
  'reminder-clicked': { day: string };
}
export type BridgeEventName = keyof BridgeEvents;

export const BRIDGE_EVENTS = ['day-changed', 'reminder-clicked'] as const satisfies readonly BridgeEventName[];
// Compile-time check that every event above is listed (the preload delivers no other name).
type Unlisted = Exclude<BridgeEventName, (typeof BRIDGE_EVENTS)[number]>;
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyEventListed;

export function isBridgeEventName(name: unknown): name is BridgeEventName {
  return typeof name === 'string' && (BRIDGE_EVENTS as readonly string[]).includes(name);
}

/** window.axis: the only thing the page can reach in the main process. */
export interface AxisBridge {
  /** Runs one contract operation; refusals and failures come back as { ok: false, error }, never thrown. */
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Listens for one main-process event; returns a function that stops listening. Optional: a plain
   * browser preview has no main process to hear from. */
  on?<E extends BridgeEventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void;
}

/**
 * Holds events back until the page listens for them. An event sent while the page is still loading (a
 * reminder clicked while the window opens) would otherwise be lost; once the page says it listens, what was
 * held back is delivered. Only the latest of each event is kept: an older "day changed" is stale. After the
 * page reloads, its listeners are gone, so `reset` makes the outbox hold back again until they return.
 */
export class EventOutbox {
  private readonly listening = new Set<BridgeEventName>();
  private readonly held = new Map<BridgeEventName, unknown>();

  constructor(private readonly deliver: <E extends BridgeEventName>(event: E, payload: BridgeEvents[E]) => boolean) {}

  send<E extends BridgeEventName>(event: E, payload: BridgeEvents[E]): void {
    if (this.listening.has(event) && this.deliver(event, payload)) return;
    this.held.set(event, payload);
  }

  listen(event: BridgeEventName): void {
    this.listening.add(event);
    if (!this.held.has(event)) return;
    const payload = this.held.get(event) as BridgeEvents[typeof event];
    this.held.delete(event);
    this.send(event, payload);
  }

  reset(): void {
    this.listening.clear();
  }
}
