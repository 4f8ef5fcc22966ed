// The preload builds window.axis and nothing else. It runs sandboxed, so it is bundled into one CommonJS
// file that requires only "electron" (electron.vite.config.mts). The page gets two functions; it never sees
// ipcRenderer, an IPC event object or any channel name.
import { contextBridge, ipcRenderer } from 'electron';
import {
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  LISTENING_CHANNEL,
  isBridgeEventName,
  type AxisBridge,
} from '$shared/contract/bridge';
// The names alone (names.ts): the whole contract would bring zod and every schema into each window.
import { isOperationName } from '$shared/contract/names';
import type { ApiResult } from '$shared/contract/result';

function refuse(name: unknown): Promise<ApiResult<unknown>> {
  const shown = typeof name === 'string' ? name.slice(0, 60) : typeof name;
  return Promise.resolve({
    ok: false,
    error: { code: 'unknown-operation', message: `Axis has no operation called "${shown}".` },
  });
}

const bridge: AxisBridge = {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>> {
    // Unknown names are refused here, before anything crosses to the main process (which refuses them too).
    if (!isOperationName(name)) return refuse(name);
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input) as Promise<ApiResult<unknown>>;
  },

  on(event, listener) {
    if (!isBridgeEventName(event) || typeof listener !== 'function') return () => undefined;
    // The listener receives the payload only: the IPC event object would hand the page ipcRenderer itself.
    const relay = (_ipcEvent: unknown, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    // Now main may deliver what it held back while the page was loading (EventOutbox).
    ipcRenderer.send(LISTENING_CHANNEL, event);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('axis', bridge);
