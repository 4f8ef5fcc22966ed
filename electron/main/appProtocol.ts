// app://axis/… serves the built renderer (out/renderer) and nothing else. The built page cannot run from
// file:// (module scripts are blocked and its origin is null), and a custom scheme gives it a real origin
// the IPC sender check can recognise. Every request path is checked by a pure function before any file is
// read: a refusal is a plain 404, never a hint about what exists outside the build folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './windowSecurity';

/** What the renderer build contains. Anything else is served as bytes the page cannot execute. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Percent-encoded dot, slash, backslash or NUL: only ever used to smuggle a path past a check. */
const ENCODED_SEPARATOR = /%(2e|2f|5c|00)/i;
/** A "." or ".." segment written literally (URL parsing would silently resolve it). */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

/**
 * The file inside `root` that `requestUrl` names, or null for anything that is not plainly a file of the
 * build: another scheme or host, credentials or a port, `..` (literal or encoded), encoded slashes or
 * backslashes, backslashes, NUL, empty segments, hidden files, drive letters. "/" means index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > 2048) return null;
  // The query and fragment never name a file; everything before them is checked as raw text first,
  // because URL parsing normalises "..", "%2e%2e" and backslashes away before we could see them.
  const cut = requestUrl.search(/[?#]/);
  const head = cut === -1 ? requestUrl : requestUrl.slice(0, cut);
  const prefix = `${APP_SCHEME}://${APP_HOST}/`;
  if (!head.startsWith(prefix) && head !== `${APP_SCHEME}://${APP_HOST}`) return null;
  const rawPath = head.slice(prefix.length - 1) || '/';
  if (/[\\\0]/.test(rawPath) || ENCODED_SEPARATOR.test(rawPath) || DOT_SEGMENT.test(rawPath)) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '')
    return null;

  const pathname = url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    // Empty (a//b or a trailing slash), hidden or dot segments, separators, NUL or other control
    // characters, ":" (a Windows drive or alternate data stream) and a leftover "%" (double encoding).
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    if (segment === '' || segment.startsWith('.') || /[/\\:%\u0000-\u001f\u007f]/.test(segment)) return null;
    segments.push(segment);
  }

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/** Headers for a file we serve. The CSP goes on HTML: it governs the document and everything it loads. */
export function responseHeadersFor(file: string): Record<string, string> {
  const contentType = mimeTypeFor(file);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    // Never guess a type: a file served as bytes stays bytes.
    'X-Content-Type-Options': 'nosniff',
    // A rebuilt app must not show yesterday's scripts.
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

function refused(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

export type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

/** Answers one request. Pure apart from reading the file, which tests replace. */
export async function serveAppRequest(
  root: string,
  request: { method: string; url: string },
  read: ReadFile = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405);
  const file = resolveAppPath(root, request.url);
  if (file === null) return refused(404);
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await read(file);
  } catch {
    return refused(404); // missing, or a directory
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeadersFor(file) });
}

/** Call after app 'ready'; the scheme itself is registered as privileged before (security.ts). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
