// The one IPC channel between the page and the main process. Every contract operation travels over
// INVOKE_CHANNEL as (name, input) and is answered by the session's router, which validates everything; this
// file only refuses calls that do not come from the app's own top-level page before they reach it.
// Channel names are declared here once and imported by the preload. Electron objects are passed in (type
// imports only) so the wiring is tested under Node.
import type { IpcMain, WebContents } from 'electron';
import type { ApiResult } from '$shared/contract/result';
import { isTrustedSender } from './windowSecurity';

export const INVOKE_CHANNEL = 'axis:invoke';
export const EVENT_CHANNEL = 'axis:event';

/** Events main may send to the page; the preload delivers no other name. */
export const BRIDGE_EVENTS = ['day-changed', 'reminder-clicked'] as const satisfies readonly (keyof AxisBridgeEvents)[];
export type BridgeEventName = (typeof BRIDGE_EVENTS)[number];
// Compile-time check that every event the page can subscribe to (renderer/src/lib/bridge.d.ts) is listed.
type Unlisted = Exclude<keyof AxisBridgeEvents, BridgeEventName>;
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyEventListed;

export function isBridgeEventName(name: unknown): name is BridgeEventName {
  return typeof name === 'string' && (BRIDGE_EVENTS as readonly string[]).includes(name);
}

export const FORBIDDEN_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden-sender', message: 'This request did not come from Axis itself and was refused.' },
};

/** The frame that sent a call: only the top-level frame of an app:// page may use the API. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isAppSenderFrame(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isTrustedSender(frame.url);
}

/** The session (electron/core/journalSession.ts) or anything else with its `handle`. */
export interface InvokeTarget {
  handle(name: unknown, input: unknown, sender: { url: string }): Promise<ApiResult<unknown>>;
}

/**
 * Registers the single handler. A call from anywhere else (another origin, a child frame, a frame already
 * gone) gets FORBIDDEN_SENDER without reaching the router; the router checks the URL again. Returns a
 * function that removes the handler (used on quit and by tests).
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  target: InvokeTarget,
  onRefused: (url: string) => void = () => undefined,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !isAppSenderFrame(frame)) {
      onRefused(frame?.url ?? '(frame gone)');
      return FORBIDDEN_SENDER;
    }
    return target.handle(name, input, { url: frame.url });
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends an event to the page, only if that page is still ours (it could have crashed or been replaced). */
export function sendBridgeEvent<E extends BridgeEventName>(
  contents: Pick<WebContents, 'isDestroyed' | 'getURL' | 'send'>,
  event: E,
  payload: AxisBridgeEvents[E],
): boolean {
  if (contents.isDestroyed() || !isTrustedSender(contents.getURL())) return false;
  contents.send(EVENT_CHANNEL, event, payload);
  return true;
}
