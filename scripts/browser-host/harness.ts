// The browser host: the BUILT renderer served on 127.0.0.1, opened in Debian's Chromium through
// playwright-core, with `window.axis` wired through Playwright bindings to the real router, running the real
// operations on a real SQLite file in this Node process. It stands where the Electron shell stands in the app:
// a binding instead of IPC, a folder instead of the save dialog, Chromium's page.pdf() instead of printToPDF,
// and the same held-back events (EventOutbox). The end-to-end tests and the renderer benchmarks both use it.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createSession, type Session } from '../../electron/core/journalSession';
import { EventOutbox, isBridgeEventName, type BridgeEventName, type BridgeEvents } from '$shared/contract/bridge';
import type { PrintJob } from '$shared/report/index';
import { chromiumPrinter } from './printer';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER = path.join(ROOT, 'out/renderer');
/** The import worker as the app ships it (the main build's second entry), used like the built renderer. */
const IMPORT_WORKER = path.join(ROOT, 'out/main/importWorker.js');
export const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether the Chromium the harness launches is there (the benchmarks skip without it rather than fail). */
export const hasChromium = (): boolean => fs.existsSync(CHROMIUM);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

function serveRenderer(): Promise<{ server: http.Server; baseUrl: string }> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests.');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(
      path.join(RENDERER, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)),
    );
    if (!file.startsWith(RENDERER) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

let browserPromise: Promise<Browser> | null = null;
/** One Chromium per test file (vitest runs each file in its own process). */
function browser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return browserPromise;
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  session: Session;
  journalPath: string;
  dir: string;
  baseUrl: string;
  /** Every URL the page requested, for the "nothing leaves this machine" check. */
  requests: string[];
  /** Page errors and console errors seen so far. */
  errors: string[];
  /** Files the app "saved" through a save dialog land here (the dialog answers with this folder). */
  saveDir: string;
  /** What the printer was asked to print, in order. */
  printed: PrintJob[];
  /** The file the next open dialogs answer with (null: the person cancels). */
  answerOpen(file: string | null): void;
  goto(hash?: string): Promise<void>;
  /** Sends a main-process event to the page, held back until the page listens, as the app does. */
  emit<E extends BridgeEventName>(event: E, payload: BridgeEvents[E]): void;
  screenshot(name: string): Promise<string>;
  axe(): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]>;
  /** Closes the page, the session, the server and the folder; with requireNoErrors it then throws if the page
   * logged errors, so a failing check never leaves the browser context open behind it. */
  close(options?: { requireNoErrors?: boolean }): Promise<void>;
}

export interface HarnessOptions {
  /** The clock the services use (the renderer asks them what day it is). */
  now?: Date;
  colorScheme?: 'light' | 'dark';
  /** Prepares the journal before the page opens (runs on the real services). */
  prepare?: (session: Session) => void | Promise<void>;
  viewport?: { width: number; height: number };
  /** The file an open dialog answers with (Restore from a file…); null: the person cancels. */
  openFile?: string | null;
  /** The computer's regional setting, as Electron's app.getSystemLocale() gives it ("en-GB"). */
  locale?: string;
  /** Opens the journal read-only, as the app opens one in a folder it may not write to. */
  readOnly?: boolean;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-e2e-'));
  const journalPath = path.join(dir, 'journal.sqlite');
  const { server, baseUrl } = await serveRenderer();
  const now = options.now;
  const saveDir = path.join(dir, 'saved');
  fs.mkdirSync(saveDir);
  let openFile = options.openFile ?? null;
  let context: BrowserContext | null = null;
  const printer = chromiumPrinter(() => Promise.resolve(context!), baseUrl);
  const open = (readonly: boolean) =>
    createSession({
      host: {
        dialogs: {
          chooseSavePath: (suggestedName) => Promise.resolve(path.join(saveDir, suggestedName)),
          chooseOpenPath: () => Promise.resolve(openFile),
        },
        printer,
        locale: options.locale,
        ...(fs.existsSync(IMPORT_WORKER) ? { importWorker: { file: IMPORT_WORKER } } : {}),
      },
      ownJournalPath: journalPath,
      demoJournalPath: path.join(dir, 'demo-journal.sqlite'),
      now: now ? () => now : undefined,
      ...(readonly ? { readonly: true } : {}),
      isTrustedSender: (url) => url.startsWith(baseUrl + '/'),
      onInternalError: (name, e) => console.error(`internal error in ${name}:`, e),
    });
  let session = open(false);
  await options.prepare?.(session);
  if (options.readOnly) {
    // Prepared while writable, then opened again as the app opens a journal it may not write.
    session.close();
    session = open(true);
  }

  context = await (
    await browser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return new URL(url).hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  // Answers cross as one JSON string. Playwright serialises an object value by value into its own protocol
  // format, which for a ten-year trend (tens of thousands of numbers) costs hundreds of milliseconds that
  // Electron's IPC (structured clone) does not; a string crosses in one piece. Answers are plain JSON by
  // contract (the router validates them), so nothing is lost. Inputs keep Playwright's serialisation, which
  // carries NaN, Infinity and undefined as the malformed-input tests need.
  await context.exposeBinding('__axisInvoke', async (source, name: unknown, input: unknown) =>
    JSON.stringify(await session.handle(name, input, { url: source.frame.url() })),
  );
  // Events: the page says it listens (as the preload does over LISTENING_CHANNEL), and what was held back
  // for it is delivered by calling the page's own dispatcher.
  let page: Page | null = null;
  const outbox = new EventOutbox((event, payload) => {
    if (!page || page.isClosed()) return false;
    void page
      .evaluate(([e, p]) => (window as unknown as { __axisDeliver(e: string, p: unknown): void }).__axisDeliver(e, p), [
        event,
        payload,
      ] as const)
      .catch((e: unknown) => errors.push(`event ${event} not delivered: ${String(e)}`));
    return true;
  });
  await context.exposeBinding('__axisListening', (_source, name: unknown) => {
    if (isBridgeEventName(name)) outbox.listen(name);
  });
  // As text, not a function: under tsx (the benchmarks) a function would be rewritten with helpers that do
  // not exist in the page. The same two entry points the preload gives the app.
  await context.addInitScript({
    content: `(() => {
      const listeners = new Map();
      window.__axisDeliver = (event, payload) => (listeners.get(event) || []).forEach((l) => l(payload));
      window.axis = Object.freeze({
        invoke: async (name, input) => JSON.parse(await window.__axisInvoke(name, input)),
        on: (event, listener) => {
          listeners.set(event, [...(listeners.get(event) || []), listener]);
          void window.__axisListening(event);
          return () => listeners.set(event, (listeners.get(event) || []).filter((l) => l !== listener));
        },
      });
    })();`,
  });
  page = await context.newPage();
  // A new document (a reload; a hash change makes no request) loses the page's listeners: hold events back
  // again until they return.
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page?.mainFrame()) outbox.reset();
  });
  page.setDefaultTimeout(8_000); // fail fast with Playwright's own message rather than the test's timeout
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });

  fs.mkdirSync(path.join(ARTIFACTS, 'screens'), { recursive: true });
  const axeSource = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

  return {
    page,
    context,
    session,
    journalPath,
    dir,
    baseUrl,
    requests,
    errors,
    saveDir,
    printed: printer.jobs,
    answerOpen: (file) => {
      openFile = file;
    },
    emit: (event, payload) => outbox.send(event, payload),
    async goto(hash = '#/today') {
      await page.goto(`${baseUrl}/index.html${hash}`);
      await page.waitForSelector('main:not([aria-busy="true"])');
    },
    async screenshot(name) {
      const file = path.join(ARTIFACTS, 'screens', `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async axe() {
      await page.evaluate(axeSource);
      const result = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (o: object) => Promise<{
                violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        return axe.run({ resultTypes: ['violations'] });
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    },
    async close({ requireNoErrors = false } = {}) {
      await context.close();
      session.close();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (requireNoErrors && errors.length > 0)
        throw new Error(`The page reported ${errors.length} error(s):\n${errors.join('\n')}`);
    },
  };
}
