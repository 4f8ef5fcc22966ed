// The one IPC channel (electron/main/ipcBridge.ts): calls from anything but the app's own top-level page are refused
// before they reach the router; events reach only our own page.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import {
  BRIDGE_EVENTS,
  EVENT_CHANNEL,
  FORBIDDEN_SENDER,
  INVOKE_CHANNEL,
  isAppSenderFrame,
  isBridgeEventName,
  registerIpc,
  sendBridgeEvent,
} from '../../electron/main/ipcBridge';

type Handler = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  name: unknown,
  input: unknown,
) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  return { ipcMain, handlers };
}

const top = (url: string) => ({ url, parent: null });

describe('registerIpc', () => {
  it('registers exactly one channel and removes it again', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const remove = registerIpc(ipcMain, { handle: vi.fn() });
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    remove();
    expect(handlers.size).toBe(0);
  });

  it('passes calls from the app page to the router with the page URL', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const handle = vi.fn(async () => ({ ok: true as const, value: { day: '2025-01-01' } }));
    registerIpc(ipcMain, { handle });
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
    registerIpc(ipcMain, { handle }, refused);
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
