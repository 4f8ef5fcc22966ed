// The one IPC channel between the page and the main process, and the events main sends back. Every contract
// operation travels over INVOKE_CHANNEL as (name, input) and is answered by the session's router, which
// validates everything; this file only refuses calls that do not come from the app's own top-level page
// before they reach it. Channel names are declared once in shared/contract/bridge.ts. Electron objects are
// passed in (type imports only) so the wiring is tested under Node.
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import {
  EVENT_CHANNEL,
  EventOutbox,
  INVOKE_CHANNEL,
  LISTENING_CHANNEL,
  isBridgeEventName,
  type BridgeEventName,
  type BridgeEvents,
} from '$shared/contract/bridge';
import type { ApiResult } from '$shared/contract/result';
import { isTrustedSender } from './windowSecurity';

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

type EventContents = Pick<WebContents, 'id' | 'isDestroyed' | 'getURL' | 'send' | 'on'>;

/** Sends an event to the page, only if that page is still ours (it could have crashed or been replaced). */
export function sendBridgeEvent<E extends BridgeEventName>(
  contents: Pick<WebContents, 'isDestroyed' | 'getURL' | 'send'>,
  event: E,
  payload: BridgeEvents[E],
): boolean {
  if (contents.isDestroyed() || !isTrustedSender(contents.getURL())) return false;
  contents.send(EVENT_CHANNEL, event, payload);
  return true;
}

/**
 * Events for each window's page, held back until the page says it listens (EventOutbox): a reminder clicked
 * while the window is still loading is delivered once the page is ready, not lost. A page that navigates
 * (a reload) loses its listeners, so holding back starts again until they return.
 */
export class PageEvents {
  private readonly outboxes = new Map<number, EventOutbox>();

  attach(contents: EventContents): void {
    if (this.outboxes.has(contents.id)) return;
    this.outboxes.set(contents.id, new EventOutbox((event, payload) => sendBridgeEvent(contents, event, payload)));
    // A new document (a reload), not a hash change: its listeners are not there yet.
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) this.outboxes.get(contents.id)?.reset();
    });
    contents.on('destroyed', () => this.outboxes.delete(contents.id));
  }

  send<E extends BridgeEventName>(contents: EventContents, event: E, payload: BridgeEvents[E]): void {
    this.attach(contents);
    this.outboxes.get(contents.id)!.send(event, payload);
  }

  listen(contentsId: number, event: BridgeEventName): void {
    this.outboxes.get(contentsId)?.listen(event);
  }
}

/**
 * Registers the invoke handler and the "now listening" message. A call from anywhere else (another origin,
 * a child frame, a frame already gone) gets FORBIDDEN_SENDER without reaching the router; the router checks
 * the URL again. Returns a function that removes both (used on quit and by tests).
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>,
  target: InvokeTarget,
  events: PageEvents,
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
  const listening = (event: IpcMainEvent, name: unknown): void => {
    const frame = event.senderFrame;
    if (!frame || !isAppSenderFrame(frame)) {
      onRefused(frame?.url ?? '(frame gone)');
      return;
    }
    if (isBridgeEventName(name)) events.listen(event.sender.id, name);
  };
  ipcMain.on(LISTENING_CHANNEL, listening);
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeListener(LISTENING_CHANNEL, listening);
  };
}
