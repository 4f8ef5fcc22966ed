// The security policy of the app as small pure functions: what a window may do, which pages are ours, where
// a link may go, which requests may leave. Every decision lives here so it can be unit-tested under Node
// (the Electron binary is not always available); electron/main/guards.ts only wires these decisions to
// Electron's events. Nothing here imports Electron at run time (type imports only).
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';

/** The renderer is served from app://axis/… (electron/main/appProtocol.ts), never from file:// or http://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'axis';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs, an origin and storage work as on the web; secure: a secure context (no mixed
 * content warnings, crypto APIs); supportFetchAPI: the page may fetch its own assets. Deliberately NOT
 * bypassCSP (our CSP must apply), NOT corsEnabled (it would let other origins read app:// responses; our
 * module scripts are same-origin and do not need it), NOT allowServiceWorkers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * Sent with every HTML response of app://. 'unsafe-inline' for styles only: Svelte transitions animate by
 * writing inline style attributes and injecting keyframes at run time, which a strict style-src would block
 * (scripts stay strictly 'self': no inline script, no eval). img-src data: allows the inline favicon and
 * small inline SVG icons. connect-src 'none': the app makes no network request, not even to itself (all data
 * travels over IPC). frame-src 'none' (added to the requested list): no child frames, so the only frame that
 * can call IPC is the top-level page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Painted before the page's own CSS arrives, so opening the window does not flash white in dark mode. */
export function backgroundColorFor(dark: boolean): string {
  return dark ? '#1b1d21' : '#f7f5f2';
}

export interface WindowChoices {
  /** The system (or the person's setting) prefers a dark theme. */
  dark: boolean;
  /** Developer tools: on while developing, off in the packaged app. */
  devTools: boolean;
}

export function windowOptions(
  preloadPath: string,
  choices: WindowChoices = { dark: false, devTools: false },
): BrowserWindowConstructorOptions {
  return {
    width: 1120,
    height: 780,
    minWidth: 720,
    minHeight: 540,
    title: 'Axis',
    // Shown on 'ready-to-show', once the first frame is painted, rather than as an empty frame.
    show: false,
    backgroundColor: backgroundColorFor(choices.dark),
    webPreferences: {
      preload: preloadPath,
      // The page cannot reach the preload's objects nor Node: it sees only what contextBridge exposes.
      contextIsolation: true,
      // The renderer runs in Chromium's OS sandbox; the preload gets only the sandboxed electron module.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      // Chromium's spell checker downloads dictionaries from a Google server: the app makes no request.
      spellcheck: false,
      // Dropping a file on the window must not navigate away from the app (and show the file's content).
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click opens links in a new window; window.open is denied anyway, this closes that path too.
      disableBlinkFeatures: 'Auxclick',
      devTools: choices.devTools,
    },
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A page of our own: app://axis/… exactly, with no credentials or port that could disguise another origin. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** Only the app's own pages may call the API (checked again by the router for every call). */
export function isTrustedSender(url: string): boolean {
  return isAppUrl(url);
}

/** Same document, ignoring the #fragment a hash router changes. (URL.origin is "null" for custom schemes.) */
function samePage(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname && a.search === b.search;
}

/** The window never leaves the app; it may only load the page it already shows again (a reload). */
export function shouldAllowNavigation(targetUrl: string, currentUrl: string): boolean {
  const target = parse(targetUrl);
  const current = parse(currentUrl);
  if (!target || !current || !isAppUrl(targetUrl) || !isAppUrl(currentUrl)) return false;
  return samePage(target, current);
}

/**
 * Links the app may hand to the system browser: reference sites the guide cites. Kept short on purpose;
 * add a host here (with a test) when the guide links somewhere new.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'pubmed.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'doi.org',
  'www.cochranelibrary.com',
];

/** A parsed https URL to an allow-listed host, with no credentials and no non-default port. */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return false;
  if (u.username !== '' || u.password !== '' || u.port !== '') return false;
  return EXTERNAL_HOSTS.includes(u.hostname);
}

export interface LinkDecision {
  /** Whether Electron may go ahead (open the window, navigate). */
  allow: boolean;
  /** A URL to hand to the system browser instead, or null. */
  openExternally: string | null;
}

/** window.open and target=_blank: never a new Electron window; allow-listed https links go to the browser. */
export function windowOpenDecision(url: string): LinkDecision {
  return { allow: false, openExternally: isAllowedExternalUrl(url) ? new URL(url).href : null };
}

/** A plain link click or location change: stay on our page; allow-listed https links go to the browser. */
export function navigationDecision(targetUrl: string, currentUrl: string): LinkDecision {
  if (shouldAllowNavigation(targetUrl, currentUrl)) return { allow: true, openExternally: null };
  return { allow: false, openExternally: isAllowedExternalUrl(targetUrl) ? new URL(targetUrl).href : null };
}

/** Camera, microphone, notifications, geolocation, clipboard reading, HID, serial…: a journal needs none. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** <webview> is disabled in webPreferences; attaching one anyway is refused as well. */
export function webviewDecision(): 'prevent' {
  return 'prevent';
}

/**
 * The app makes no network request. Everything it loads comes from app://axis; devtools:// serves the
 * developer tools while developing; data: URLs never touch the network (the inline favicon, allowed by the
 * CSP's img-src). Anything else (http, https, ws, file, ftp, other app hosts) is cancelled.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'devtools:' || u.protocol === 'data:';
}
