// The wiring of the guards (electron/main/guards.ts), driven through fake webContents and session objects
// shaped like Electron's: what a page can and cannot make the app do.
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { guardSession, guardWebContents, openExternalSafely } from '../../electron/main/guards';

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function fakeContents(currentUrl = 'app://axis/index.html#/today') {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    getURL: () => currentUrl,
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler!({ url }),
    listeners,
  };
}

describe('guardWebContents', () => {
  it('listens to navigation, redirects and webviews and installs a window-open handler', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, vi.fn());
    expect([...fake.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });

  it('cancels navigation away from the app page and opens only allow-listed links outside', () => {
    const fake = fakeContents();
    const external = vi.fn();
    const refused = vi.fn();
    guardWebContents(fake.contents, external, refused);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(external).not.toHaveBeenCalled();
    expect(fake.fire('will-navigate', 'https://pubmed.ncbi.nlm.nih.gov/1/')).toBe(true);
    expect(external).toHaveBeenCalledWith('https://pubmed.ncbi.nlm.nih.gov/1/');
    expect(refused).toHaveBeenCalledWith('navigation', 'https://evil.example/');
  });

  it('lets the page reload itself', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, vi.fn());
    expect(fake.fire('will-navigate', 'app://axis/index.html')).toBe(false);
  });

  it('cancels redirects that leave the app', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, vi.fn());
    expect(fake.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-redirect', 'app://axis/index.html')).toBe(false);
  });

  it('prevents every webview', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, vi.fn());
    expect(fake.fire('will-attach-webview', 'app://axis/index.html')).toBe(true);
  });

  it('denies every new window, handing allow-listed links to the browser', () => {
    const fake = fakeContents();
    const external = vi.fn();
    guardWebContents(fake.contents, external);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.open('app://axis/index.html')).toEqual({ action: 'deny' });
    expect(external).not.toHaveBeenCalled();
    expect(fake.open('https://doi.org/10.1/2')).toEqual({ action: 'deny' });
    expect(external).toHaveBeenCalledWith('https://doi.org/10.1/2');
  });
});

describe('openExternalSafely', () => {
  it('checks the allow-list again right before opening', async () => {
    const open = vi.fn(async () => undefined);
    expect(openExternalSafely('https://evil.example/', open)).toBe(false);
    expect(openExternalSafely('file:///C:/Windows/System32/calc.exe', open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(openExternalSafely('https://doi.org/x', open)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://doi.org/x');
  });

  it('swallows a failure to open a browser', () => {
    expect(openExternalSafely('https://doi.org/x', () => Promise.reject(new Error('no browser')))).toBe(true);
  });
});

describe('guardSession', () => {
  function fakeSession() {
    const calls: Record<string, unknown[]> = {};
    const record =
      (name: string) =>
      (...args: unknown[]) =>
        void (calls[name] = args);
    const ses = {
      setPermissionRequestHandler: record('request'),
      setPermissionCheckHandler: record('check'),
      setDevicePermissionHandler: record('device'),
      setSpellCheckerEnabled: record('spellcheck'),
      webRequest: { onBeforeRequest: record('beforeRequest') },
    };
    return { ses: ses as unknown as Session, calls };
  }

  it('denies permission requests, checks and devices', () => {
    const { ses, calls } = fakeSession();
    guardSession(ses);
    const request = calls.request![0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'])
      request({}, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(4);
    const check = calls.check![0] as (wc: unknown, permission: string) => boolean;
    expect(check({}, 'media')).toBe(false);
    expect((calls.device![0] as () => boolean)()).toBe(false);
  });

  it('cancels every request that would leave the app', () => {
    const { ses, calls } = fakeSession();
    guardSession(ses);
    const before = calls.beforeRequest![0] as (
      details: { url: string },
      callback: (r: { cancel: boolean }) => void,
    ) => void;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      before({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://axis/index.html')).toBe(false);
    expect(decide('https://fonts.gstatic.com/x.woff2')).toBe(true);
    expect(decide('http://169.254.169.254/latest/meta-data')).toBe(true);
  });

  it('turns the spell checker (and its dictionary downloads) off', () => {
    const { ses, calls } = fakeSession();
    guardSession(ses);
    expect(calls.spellcheck).toEqual([false]);
  });
});
