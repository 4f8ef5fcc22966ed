// The app's security policy (electron/main/windowSecurity.ts): window options, CSP, and every URL and permission decision.
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  EXTERNAL_HOSTS,
  backgroundColorFor,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedSender,
  navigationDecision,
  permissionDecision,
  shouldAllowNavigation,
  webviewDecision,
  windowOpenDecision,
  windowOptions,
} from '../../electron/main/windowSecurity';

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/preload.js', { dark: false, devTools: false });
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.js');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps every web security default and turns off what a journal does not need', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableWebSQL).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.devTools).toBe(false);
  });

  it('shows the window only when painted, with a minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(480);
  });

  it('paints a background that suits the theme', () => {
    expect(windowOptions('p', { dark: true, devTools: false }).backgroundColor).toBe(backgroundColorFor(true));
    expect(options.backgroundColor).toBe(backgroundColorFor(false));
    expect(backgroundColorFor(true)).not.toBe(backgroundColorFor(false));
    // Dark really is dark: the average channel is below the middle.
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(channels(backgroundColorFor(true)).reduce((a, b) => a + b) / 3).toBeLessThan(64);
    expect(channels(backgroundColorFor(false)).reduce((a, b) => a + b) / 3).toBeGreaterThan(200);
  });

  it('enables developer tools only when asked (development)', () => {
    expect(windowOptions('p', { dark: false, devTools: true }).webPreferences!.devTools).toBe(true);
  });
});

describe('the app:// scheme and the CSP', () => {
  it('registers app as standard, secure and fetchable, without bypassing the CSP or opening CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('has the required directives, strictly', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'frame-src': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|\*/);
  });

  it('starts at app://axis/index.html', () => {
    expect(APP_ENTRY_URL).toBe('app://axis/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('isAppUrl and isTrustedSender', () => {
  it.each([
    'app://axis/index.html',
    'app://axis/',
    'app://axis/assets/index-abc.js',
    'app://axis/index.html#/today',
    'app://axis/index.html?x=1',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    '',
    'not a url',
    'app://evil/index.html',
    'app://axis.evil.com/index.html',
    'app://axis:8080/index.html',
    'app://user:pass@axis/index.html',
    'app://user@axis/index.html',
    'apps://axis/index.html',
    'file:///work/out/renderer/index.html',
    'http://127.0.0.1:5173/',
    'https://axis/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('navigation', () => {
  const here = 'app://axis/index.html#/today';

  it('allows only a reload of the same app page (the fragment may differ)', () => {
    expect(shouldAllowNavigation('app://axis/index.html', here)).toBe(true);
    expect(shouldAllowNavigation('app://axis/index.html#/trials', here)).toBe(true);
  });

  it.each([
    'app://axis/other.html',
    'app://axis/index.html?debug=1',
    'app://evil/index.html',
    'https://pubmed.ncbi.nlm.nih.gov/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'about:blank',
  ])('refuses %s', (url) => {
    expect(shouldAllowNavigation(url, here)).toBe(false);
  });

  it('refuses everything when the current page is not ours', () => {
    expect(shouldAllowNavigation('app://axis/index.html', 'https://example.com/')).toBe(false);
    expect(shouldAllowNavigation('app://axis/index.html', '')).toBe(false);
  });

  it('sends an allow-listed https link to the browser instead of navigating', () => {
    expect(navigationDecision('https://pubmed.ncbi.nlm.nih.gov/12345/', here)).toEqual({
      allow: false,
      openExternally: 'https://pubmed.ncbi.nlm.nih.gov/12345/',
    });
    expect(navigationDecision('https://evil.example/', here)).toEqual({ allow: false, openExternally: null });
    expect(navigationDecision('app://axis/index.html', here)).toEqual({ allow: true, openExternally: null });
  });
});

describe('window.open', () => {
  it('never opens an Electron window', () => {
    for (const url of ['app://axis/index.html', 'https://doi.org/10.1/x', 'https://evil.example/', 'about:blank', '']) {
      expect(windowOpenDecision(url).allow).toBe(false);
    }
  });

  it('routes allow-listed https links to the system browser, normalised', () => {
    expect(windowOpenDecision('https://doi.org/10.1000/182').openExternally).toBe('https://doi.org/10.1000/182');
    expect(windowOpenDecision('https://DOI.org/x').openExternally).toBe('https://doi.org/x');
    expect(windowOpenDecision('https://evil.example/').openExternally).toBeNull();
    expect(windowOpenDecision('app://axis/index.html').openExternally).toBeNull();
  });
});

describe('isAllowedExternalUrl', () => {
  it('accepts https links to the listed reference sites', () => {
    for (const host of EXTERNAL_HOSTS) expect(isAllowedExternalUrl(`https://${host}/some/page?q=1#x`)).toBe(true);
    expect(isAllowedExternalUrl('https://doi.org:443/x')).toBe(true); // the default port is not "a port"
  });

  it.each([
    'http://doi.org/x',
    'https://evil.example/',
    'https://doi.org.evil.example/',
    'https://evil.example/?https://doi.org/',
    'https://user:pw@doi.org/',
    'https://user@doi.org/',
    'https://doi.org:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:someone@doi.org',
    'smb://doi.org/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://xn--di-mja.org/',
    '//doi.org/x',
    'doi.org/x',
    '',
    `https://doi.org/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAllowedExternalUrl(undefined as unknown as string)).toBe(false);
    expect(isAllowedExternalUrl({ href: 'https://doi.org/' } as unknown as string)).toBe(false);
  });
});

describe('permissions, webviews and requests', () => {
  it('denies every permission', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
      'usb',
      'unknown',
      'anything-new',
    ]) {
      expect(permissionDecision(p)).toBe(false);
    }
  });

  it('prevents webviews', () => {
    expect(webviewDecision()).toBe('prevent');
  });

  it('lets only app://axis, devtools and data: URLs load: no network request', () => {
    expect(isAllowedRequestUrl('app://axis/index.html')).toBe(true);
    expect(isAllowedRequestUrl('app://axis/assets/inter.woff2')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('data:,')).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:5173/',
      'ws://localhost:5173/',
      'wss://x/',
      'file:///etc/passwd',
      'ftp://x/',
      'app://evil/x',
      'chrome-extension://abc/x',
      'blob:app://axis/123',
      'not a url',
      '',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});
