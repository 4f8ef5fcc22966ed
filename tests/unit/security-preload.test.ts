// The preload (electron/preload/preload.ts) with Electron's sandboxed modules replaced by fakes: the page gets two
// functions, unknown operation names never cross to the main process, and listeners never see ipcRenderer.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AxisBridge } from '$shared/contract/bridge';

const exposed: Record<string, unknown> = {};
const ipc = vi.hoisted(() => ({
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
  on: vi.fn(),
  send: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
  ipcRenderer: ipc,
}));

let axis: AxisBridge;
beforeAll(async () => {
  await import('../../electron/preload/preload');
  axis = exposed.axis as AxisBridge;
});

describe('window.axis', () => {
  it('exposes invoke and on, and nothing else (no ipcRenderer)', () => {
    expect(Object.keys(exposed)).toEqual(['axis']);
    expect(Object.keys(axis).sort()).toEqual(['invoke', 'on']);
  });

  it('sends known operations over the one channel', async () => {
    expect(await axis.invoke('journal.today', {})).toEqual({ ok: true, value: 'from main' });
    expect(ipc.invoke).toHaveBeenCalledWith('axis:invoke', 'journal.today', {});
  });

  it('refuses unknown operation names before anything is sent', async () => {
    ipc.invoke.mockClear();
    for (const name of ['journal.dropTables', '__proto__', 'toString', '', 'constructor']) {
      const result = await axis.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    }
    expect(await axis.invoke(42 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-operation' },
    });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the payload of the event subscribed to, and unsubscribes', () => {
    const listener = vi.fn();
    const stop = axis.on!('day-changed', listener);
    const relay = ipc.on.mock.calls.at(-1)![1] as (event: unknown, name: string, payload: unknown) => void;
    expect(ipc.on.mock.calls.at(-1)![0]).toBe('axis:event');
    const ipcEvent = { sender: ipc };
    relay(ipcEvent, 'reminder-clicked', { day: '2025-01-02' });
    relay(ipcEvent, 'day-changed', { day: '2025-01-03' });
    expect(listener.mock.calls).toEqual([[{ day: '2025-01-03' }]]);
    // Subscribing tells main the page now listens, so it sends what it held back while the page loaded.
    expect(ipc.send).toHaveBeenCalledWith('axis:listening', 'day-changed');
    stop();
    expect(ipc.removeListener).toHaveBeenCalledWith('axis:event', relay);
  });

  it('ignores subscriptions to events that do not exist', () => {
    ipc.on.mockClear();
    const stop = axis.on!('ipc-message' as 'day-changed', vi.fn());
    expect(ipc.on).not.toHaveBeenCalled();
    expect(stop()).toBeUndefined();
  });
});
