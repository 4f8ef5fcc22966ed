// The one IPC channel (electron/main/ipcBridge.ts): calls from anything but the app's own top-level page are refused
// before they reach the router; events reach only our own page.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import {
  BRIDGE_EVENTS,
  EVENT_CHANNEL,
  EventOutbox,
  INVOKE_CHANNEL,
  LISTENING_CHANNEL,
  isBridgeEventName,
} from '$shared/contract/bridge';
import {
  FORBIDDEN_SENDER,
  PageEvents,
  isAppSenderFrame,
  registerIpc,
  sendBridgeEvent,
} from '../../electron/main/ipcBridge';

type Handler = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  name: unknown,
  input: unknown,
) => Promise<unknown>;

type Listener = (
  event: { senderFrame: { url: string; parent: unknown } | null; sender: { id: number } },
  name: unknown,
) => void;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
    on: (channel: string, listener: Listener) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;
  return { ipcMain, handlers, listeners };
}

/** A webContents with just what PageEvents uses; `navigate` fires its navigation events. */
function fakeContents(id: number, url = 'app://axis/index.html') {
  const sent: unknown[][] = [];
  const on = new Map<string, (details?: unknown) => void>();
  return {
    sent,
    contents: {
      id,
      isDestroyed: () => false,
      getURL: () => url,
      send: (...args: unknown[]) => void sent.push(args),
      on: (event: string, listener: (details?: unknown) => void) => on.set(event, listener),
    } as never,
    navigate: (isSameDocument: boolean) => on.get('did-start-navigation')!({ isMainFrame: true, isSameDocument }),
  };
}

const top = (url: string) => ({ url, parent: null });

describe('registerIpc', () => {
  it('registers exactly one call channel and one "listening" message, and removes both again', () => {
    const { ipcMain, handlers, listeners } = fakeIpcMain();
    const remove = registerIpc(ipcMain, { handle: vi.fn() }, new PageEvents());
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    expect([...listeners.keys()]).toEqual([LISTENING_CHANNEL]);
    remove();
    expect(handlers.size + listeners.size).toBe(0);
  });

  it('passes calls from the app page to the router with the page URL', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const handle = vi.fn(async () => ({ ok: true as const, value: { day: '2025-01-01' } }));
    registerIpc(ipcMain, { handle }, new PageEvents());
    const result = await handlers.get(INVOKE_CHANNEL)!(
      { senderFrame: top('app://axis/index.html#/today') },
      'journal.today',
      {},
    );
    expect(result).toEqual({ ok: true, value: { day: '2025-01-01' } });
    expect(handle).toHaveBeenCalledWith('journal.today', {}, { url: 'app://axis/index.html#/today' });
  });

  it.each([
    ['another origin', { senderFrame: top('https://evil.example/') }],
    ['a file page', { senderFrame: top('file:///tmp/x.html') }],
    [
      'a child frame of our page',
      { senderFrame: { url: 'app://axis/index.html', parent: top('app://axis/index.html') } },
    ],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s without reaching the router', async (_what, event) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const handle = vi.fn();
    const refused = vi.fn();
    registerIpc(ipcMain, { handle }, new PageEvents(), refused);
    expect(await handlers.get(INVOKE_CHANNEL)!(event, 'checkIns.delete', { day: '2025-01-01' })).toEqual(
      FORBIDDEN_SENDER,
    );
    expect(handle).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledOnce();
  });

  it('recognises the sending frame', () => {
    expect(isAppSenderFrame(top('app://axis/index.html'))).toBe(true);
    expect(isAppSenderFrame(null)).toBe(false);
    expect(isAppSenderFrame(undefined)).toBe(false);
  });
});

describe('bridge events', () => {
  it('knows only the listed event names', () => {
    expect(BRIDGE_EVENTS).toEqual(['day-changed', 'reminder-clicked']);
    for (const name of BRIDGE_EVENTS) expect(isBridgeEventName(name)).toBe(true);
    for (const name of ['', 'axis:invoke', 'toString', '__proto__', 42, null])
      expect(isBridgeEventName(name)).toBe(false);
  });

  it('sends only to a live page of our own', () => {
    const send = vi.fn();
    const page = (url: string, destroyed = false) => ({ isDestroyed: () => destroyed, getURL: () => url, send });
    expect(sendBridgeEvent(page('app://axis/index.html'), 'day-changed', { day: '2025-03-30' })).toBe(true);
    expect(send).toHaveBeenCalledWith(EVENT_CHANNEL, 'day-changed', { day: '2025-03-30' });
    expect(sendBridgeEvent(page('https://evil.example/'), 'day-changed', { day: '2025-03-30' })).toBe(false);
    expect(sendBridgeEvent(page('app://axis/index.html', true), 'reminder-clicked', { day: '2025-03-30' })).toBe(false);
    expect(send).toHaveBeenCalledOnce();
  });
});

describe('events held back until the page listens', () => {
  it('delivers an event sent while the page loads once it listens, and only the latest of each', () => {
    const delivered: unknown[][] = [];
    const outbox = new EventOutbox((e, p) => (delivered.push([e, p]), true));
    outbox.send('day-changed', { day: '2026-12-04' });
    outbox.send('day-changed', { day: '2026-12-05' });
    outbox.send('reminder-clicked', { day: '2026-12-05' });
    expect(delivered).toEqual([]);
    outbox.listen('day-changed');
    expect(delivered).toEqual([['day-changed', { day: '2026-12-05' }]]);
    outbox.send('day-changed', { day: '2026-12-06' }); // listening now: straight through
    expect(delivered).toHaveLength(2);
    outbox.listen('reminder-clicked');
    expect(delivered.at(-1)).toEqual(['reminder-clicked', { day: '2026-12-05' }]);
  });

  it('holds back again after the page reloads, until its listeners return', () => {
    const delivered: unknown[][] = [];
    const outbox = new EventOutbox((e, p) => (delivered.push([e, p]), true));
    outbox.listen('day-changed');
    outbox.reset();
    outbox.send('day-changed', { day: '2026-12-07' });
    expect(delivered).toEqual([]);
    outbox.listen('day-changed');
    expect(delivered).toEqual([['day-changed', { day: '2026-12-07' }]]);
  });

  it('through the main process: a listening message from our page releases the event to that page only', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const events = new PageEvents();
    registerIpc(ipcMain, { handle: vi.fn() }, events);
    const ours = fakeContents(1);
    events.attach(ours.contents);
    events.send(ours.contents, 'reminder-clicked', { day: '2026-12-04' });
    expect(ours.sent).toEqual([]);
    const listening = listeners.get(LISTENING_CHANNEL)!;
    listening({ senderFrame: top('https://evil.example/'), sender: { id: 1 } }, 'reminder-clicked');
    listening({ senderFrame: { url: 'app://axis/index.html', parent: {} }, sender: { id: 1 } }, 'reminder-clicked');
    expect(ours.sent).toEqual([]); // a foreign page or a child frame cannot release it
    listening({ senderFrame: top('app://axis/index.html'), sender: { id: 1 } }, 'reminder-clicked');
    expect(ours.sent).toEqual([[EVENT_CHANNEL, 'reminder-clicked', { day: '2026-12-04' }]]);

    ours.navigate(true); // a hash change keeps the page and its listeners
    events.send(ours.contents, 'reminder-clicked', { day: '2026-12-05' });
    expect(ours.sent).toHaveLength(2);
    ours.navigate(false); // a reload does not
    events.send(ours.contents, 'reminder-clicked', { day: '2026-12-06' });
    expect(ours.sent).toHaveLength(2);
    listening({ senderFrame: top('app://axis/index.html'), sender: { id: 1 } }, 'reminder-clicked');
    expect(ours.sent.at(-1)).toEqual([EVENT_CHANNEL, 'reminder-clicked', { day: '2026-12-06' }]);
  });
});
