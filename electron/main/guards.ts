// Thin glue: wires the pure decisions of electron/main/windowSecurity.ts to Electron's events. Electron objects are
// passed in (type imports only), so the wiring itself is tested under Node with fakes.
import type { Session, WebContents } from 'electron';
import {
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  navigationDecision,
  permissionDecision,
  webviewDecision,
  windowOpenDecision,
} from './windowSecurity';

export type Refusal = 'navigation' | 'redirect' | 'window-open' | 'webview' | 'permission' | 'request' | 'ipc';
export type OnRefused = (what: Refusal, detail: string) => void;

/**
 * Hands a URL to the system browser only if it passes the allow-list again here, at the last step, so no
 * future caller can skip the check. `open` is shell.openExternal in the app.
 */
export function openExternalSafely(url: string, open: (url: string) => Promise<void>): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  open(url).catch(() => undefined); // no browser configured: nothing sensible to do
  return true;
}

/** Applied to every webContents the app creates (app 'web-contents-created'), the main window included. */
export function guardWebContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  onRefused: OnRefused = () => undefined,
): void {
  // A link or script trying to move the window off our page: cancelled; reference links go to the browser.
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url, contents.getURL());
    if (decision.allow) return;
    event.preventDefault();
    onRefused('navigation', event.url);
    if (decision.openExternally) openExternal(decision.openExternally);
  });
  // app:// never redirects; a redirect anywhere else would leave the app.
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    onRefused('redirect', event.url);
  });
  contents.on('will-attach-webview', (event) => {
    if (webviewDecision() !== 'prevent') return;
    event.preventDefault();
    onRefused('webview', '');
  });
  // window.open / target=_blank: never a second Electron window.
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    else onRefused('window-open', url);
    return { action: 'deny' };
  });
}

/** Applied once to the default session, before the window loads anything. */
export function guardSession(ses: Session, onRefused: OnRefused = () => undefined): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    const granted = permissionDecision(permission);
    if (!granted) onRefused('permission', permission);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  ses.setDevicePermissionHandler(() => false);
  // The app makes no network request: anything that is not app://axis, devtools or data: is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) onRefused('request', details.url);
    callback({ cancel: !allowed });
  });
  // Chromium's spell checker would fetch dictionaries from the network on Windows and Linux.
  ses.setSpellCheckerEnabled(false);
}
