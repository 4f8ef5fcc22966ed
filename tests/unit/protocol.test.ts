// app://axis/ (electron/main/appProtocol.ts): only files of the build folder, with the right type, the CSP on HTML,
// and a plain 404 for every path-traversal trick.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/windowSecurity';
import {
  mimeTypeFor,
  registerAppProtocol,
  resolveAppPath,
  responseHeadersFor,
  serveAppRequest,
} from '../../electron/main/appProtocol';

const root = path.resolve('/srv/axis/out/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://axis/', 'index.html'],
    ['app://axis', 'index.html'],
    ['app://axis/index.html', 'index.html'],
    ['app://axis/index.html#/today', 'index.html'],
    ['app://axis/index.html?x=%2F..', 'index.html'],
    ['app://axis/assets/index-B1x2.js', 'assets/index-B1x2.js'],
    ['app://axis/assets/inter%20latin.woff2', 'assets/inter latin.woff2'],
    ['app://axis/assets/caf%C3%A9.svg', 'assets/café.svg'],
  ])('%s → %s', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, file));
  });

  it.each([
    // traversal, literal and encoded in every case and combination
    'app://axis/../../etc/passwd',
    'app://axis/assets/../../../etc/passwd',
    'app://axis/./index.html',
    'app://axis/%2e%2e/%2e%2e/etc/passwd',
    'app://axis/%2E%2E/etc/passwd',
    'app://axis/.%2e/etc/passwd',
    'app://axis/%2e./etc/passwd',
    'app://axis/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://axis/..%2f..%2fetc%2fpasswd',
    'app://axis/%252e%252e/etc/passwd',
    'app://axis/assets%2f..%2f..%2fsecret',
    'app://axis/%2Fetc%2Fpasswd',
    // backslashes and Windows paths
    'app://axis/..\\..\\windows\\win.ini',
    'app://axis/assets%5c..%5c..%5cwin.ini',
    'app://axis/C:/Windows/win.ini',
    'app://axis/C%3A%5CWindows%5Cwin.ini',
    'app://axis/index.html::$DATA',
    // absolute paths and empty segments
    'app://axis//etc/passwd',
    'app://axis/assets//x.js',
    'app://axis/assets/',
    // NUL and control characters
    'app://axis/index.html%00.png',
    'app://axis/index.html\u0000.png',
    'app://axis/a%0Ab',
    // hidden files, malformed encoding
    'app://axis/.env',
    'app://axis/assets/.DS_Store',
    'app://axis/%E0%A4%A',
    'app://axis/%',
    // other hosts, schemes, credentials, ports
    'app://evil/index.html',
    'app://axis.evil/index.html',
    'app://AXIS/index.html',
    'app://user@axis/index.html',
    'app://axis:80/index.html',
    'file:///etc/passwd',
    'https://axis/index.html',
    'app:/axis/index.html',
    '',
    'not a url',
  ])('refuses %j', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses absurdly long URLs and non-strings', () => {
    expect(resolveAppPath(root, `app://axis/${'a'.repeat(3000)}`)).toBeNull();
    expect(resolveAppPath(root, 42 as unknown as string)).toBeNull();
  });

  it('never resolves outside the root, whatever the input (fuzz)', () => {
    const pieces = [
      '..',
      '.',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '/',
      'a',
      'etc',
      'passwd',
      '%00',
      '%25',
      ':',
      'C:',
      '~',
      '%c0%ae',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let i = 0; i < 3000; i++) {
      const tail = Array.from({ length: 1 + (i % 7) }, () => pieces[next()]).join('');
      const resolved = resolveAppPath(root, `app://axis/${tail}`);
      if (resolved !== null) expect(path.relative(root, resolved).startsWith('..'), tail).toBe(false);
    }
  });
});

describe('types and headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/INDEX.HTML', 'text/html; charset=utf-8'],
    ['x.js', 'text/javascript; charset=utf-8'],
    ['x.mjs', 'text/javascript; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['x.svg', 'image/svg+xml'],
    ['x.png', 'image/png'],
    ['x.woff2', 'font/woff2'],
    ['x.json', 'application/json; charset=utf-8'],
    ['x.unknown', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });

  it('puts the CSP on HTML only, and nosniff on everything', () => {
    expect(responseHeadersFor('/r/index.html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(responseHeadersFor('/r/a.js')['Content-Security-Policy']).toBeUndefined();
    for (const f of ['/r/index.html', '/r/a.js', '/r/x.bin'])
      expect(responseHeadersFor(f)['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('serveAppRequest on a real folder', () => {
  let dir: string;
  let build: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-protocol-'));
    build = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(build, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(build, 'index.html'), '<!doctype html><title>Axis</title>');
    fs.writeFileSync(path.join(build, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'journal password');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveAppRequest(build, { method, url });

  it('serves index.html with its CSP', async () => {
    const response = await get('app://axis/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Axis</title>');
  });

  it('serves assets with their type and no CSP', async () => {
    const response = await get('app://axis/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file, a directory and anything outside the folder', async () => {
    for (const url of [
      'app://axis/missing.js',
      'app://axis/assets',
      'app://axis/../secret.txt',
      'app://axis/%2e%2e/secret.txt',
      'app://axis/assets/..%2f..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('journal password');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://axis/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://axis/index.html', 'POST')).status).toBe(405);
  });

  it('registers one handler for the app scheme', async () => {
    const handlers: Record<string, (request: Request) => Promise<Response>> = {};
    registerAppProtocol(
      { handle: (scheme, handler) => void (handlers[scheme] = handler as (request: Request) => Promise<Response>) },
      build,
    );
    expect(Object.keys(handlers)).toEqual(['app']);
    const response = await handlers.app!(new Request('http://placeholder/', { method: 'GET' }));
    expect(response.status).toBe(404); // wrong scheme even through the registered handler
  });
});
