// A person's first start, run on the BUILT app (npm run build): out/main/main.js under Node with Electron
// replaced by the recorded fake of fakeElectron.ts, the built preload in a sandbox-like context, a real
// temporary user-data folder and a real SQLite journal (the Node build of better-sqlite3, found where main
// looks for the Electron build). The steps run in order, as one start does: before ready, ready, the page,
// the minute clock, Save as PDF, quit. The clock is Vitest's (Date and setInterval only; I/O stays real).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AxisBridge } from '$shared/contract/bridge';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../../electron/main/windowSecurity';
import { REMINDER_BODY, REMINDER_TITLE } from '../../electron/main/reminders';
import { REPORT_FONT_PATH } from '$shared/report/index';
import { bootFolders, bootMain, createFakeElectron, openFilesUnder, ROOT, runPreload, until } from './harness';
import type { FakeElectron } from './fakeElectron';

const folders = bootFolders({ withBinding: true });
const userData = path.join(folders.appData, 'Axis (development)');
const journal = path.join(userData, 'journal.sqlite');
const backups = path.join(userData, 'backups');
const backupsOf = (kind: string) =>
  // <journal>.<id>.<time>.<kind>.<days>d.sqlite (electron/core/db/backupNames.ts)
  fs.existsSync(backups)
    ? fs.readdirSync(backups).filter((n) => new RegExp(`\\.${kind}\\.\\d+d\\.sqlite$`).test(n))
    : [];

let fake: FakeElectron;
let restore: () => void;
let axis: AxisBridge;
const errors = vi.spyOn(console, 'error');
const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
const mainWindow = () => fake.windows[0]!;
const pageFrame = () => ({ url: mainWindow().webContents.getURL(), parent: null });
const eventsSent = () => fake.calls.filter((c) => c.what === 'webContents.send').map((c) => c.args);
const indexOf = (what: string, first?: unknown) =>
  fake.calls.findIndex((c) => c.what === what && (first === undefined || c.args[0] === first));

beforeAll(() => {
  // 23:58:30 local time: the day rolls over two minutes into the session.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date(2025, 2, 10, 23, 58, 30) });
  fake = createFakeElectron(folders);
  ({ restore } = bootMain(fake));
});

afterAll(() => {
  restore();
  vi.useRealTimers();
  fs.rmSync(folders.root, { recursive: true, force: true });
});

describe('the built app on a first start', () => {
  it('before ready: sets the user-data folder, turns the sandbox on, registers app:// as privileged', () => {
    const before = fake.calls.filter((c) => !c.afterReady).map((c) => c.what);
    expect(before).toEqual(
      expect.arrayContaining(['app.setPath', 'app.enableSandbox', 'protocol.registerSchemesAsPrivileged']),
    );
    expect(fake.calls.find((c) => c.what === 'app.setPath')!.args).toEqual(['userData', userData]);
    const [schemes] = fake.calls.find((c) => c.what === 'protocol.registerSchemesAsPrivileged')!.args;
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fs.existsSync(userData)).toBe(false); // nothing written before ready
    expect(fake.windows).toHaveLength(0);
  });

  it('on ready: creates the journal in user data and keeps a daily backup', async () => {
    await fake.ready();
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.main.app.exitCode).toBeNull();
    expect(fs.statSync(journal).size).toBeGreaterThan(0);
    await until(() => backupsOf('daily').length === 1, 'the daily backup');
  });

  it('serves the built page and its assets over app:// with the CSP, and nothing outside the build', async () => {
    const page = await fake.request(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await page.text();
    expect(html).toBe(fs.readFileSync(path.join(ROOT, 'out/renderer/index.html'), 'utf8'));

    const assets = [...html.matchAll(/(?:src|href)="(\.\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const response = await fake.request(new URL(asset, APP_ENTRY_URL).href);
      expect(response.status, asset).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(fs.readFileSync(path.join(ROOT, 'out/renderer', asset))), asset).toBe(true);
    }
    expect((await fake.request('app://axis/')).status).toBe(200);

    // Outside the build if the path were decoded naively (out/preload, out/main), or another host: all 404.
    for (const outside of [
      'app://axis/..%2fpreload%2fpreload.js',
      'app://axis/..%2Fmain%2Fmain.js',
      'app://axis/..\\preload\\preload.js',
      'app://axis/%252e%252e/preload/preload.js',
      'app://other/index.html',
    ]) {
      const response = await fake.request(outside);
      expect(response.status, outside).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
    expect((await fake.request(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('opens one window with the secure options and the built preload, guarded, on the app page', async () => {
    expect(fake.windows).toHaveLength(1);
    const { show, webPreferences } = mainWindow().options;
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({
      preload: path.join(folders.appPath, 'out', 'preload', 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(fs.existsSync(webPreferences!.preload!)).toBe(true);
    expect(fake.calls.filter((c) => c.what === 'loadURL').map((c) => c.args[0])).toEqual([APP_ENTRY_URL]);

    mainWindow().emit('ready-to-show');
    expect(mainWindow().visible).toBe(true);

    // Guards: a link off the app is cancelled (a reference site goes to the system browser instead) …
    const contents = mainWindow().webContents;
    for (const url of ['https://tracker.example/', 'https://pubmed.ncbi.nlm.nih.gov/12345/']) {
      let prevented = false;
      contents.emit('will-navigate', { url, preventDefault: () => void (prevented = true) });
      expect(prevented, url).toBe(true);
    }
    expect(fake.opened).toEqual(['https://pubmed.ncbi.nlm.nih.gov/12345/']);
    // … window.open never opens an Electron window, and the session neither grants permissions nor goes online.
    expect(contents.windowOpenHandler!({ url: 'https://tracker.example/' } as never)).toEqual({ action: 'deny' });
    expect(fake.hooks.permission).not.toBeNull();
    expect(fake.hooks.beforeRequest).not.toBeNull();
    const cancelled = (url: string) =>
      new Promise<boolean>((resolve) => fake.hooks.beforeRequest!({ url } as never, (r) => resolve(r.cancel === true)));
    expect(await cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(await cancelled('app://axis/assets/x.js')).toBe(false);
    const granted = await new Promise<boolean>((resolve) =>
      fake.hooks.permission!(contents as never, 'media', resolve, {} as never),
    );
    expect(granted).toBe(false);
  });

  it('registers the one IPC handler before the page loads', () => {
    expect([...fake.main.ipcMain.handlers.keys()]).toEqual(['axis:invoke']);
    expect(fake.main.ipcMain.listenerCount('axis:listening')).toBe(1);
    const handled = indexOf('ipcMain.handle', 'axis:invoke');
    expect(handled).toBeGreaterThan(-1);
    expect(handled).toBeLessThan(indexOf('loadURL', APP_ENTRY_URL));
    expect(indexOf('protocol.handle', 'app')).toBeLessThan(indexOf('loadURL', APP_ENTRY_URL));
  });

  it('runs the built preload sandboxed: it requires only electron and exposes exactly window.axis', () => {
    const preload = mainWindow().options.webPreferences!.preload!;
    const { exposed, module } = fake.preloadModule(mainWindow().webContents);
    const { required } = runPreload(preload, module);
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['axis']);
    axis = exposed.get('axis') as AxisBridge;
    expect(Object.keys(axis).sort()).toEqual(['invoke', 'on']);
    expect(typeof axis.invoke).toBe('function');
    expect(typeof axis.on).toBe('function');
  });

  it('answers journal.today to the page, and refuses another site and a child frame', async () => {
    expect(await axis.invoke('journal.today', {})).toEqual({ ok: true, value: { day: '2025-03-10' } });
    const refused = { ok: false, error: expect.objectContaining({ code: 'forbidden-sender' }) };
    const contents = mainWindow().webContents;
    const ipc = fake.main.ipcMain;
    const foreign = { url: 'https://tracker.example/', parent: null };
    expect(await ipc.invoke(contents, foreign, 'axis:invoke', 'journal.today', {})).toEqual(refused);
    const child = { url: APP_ENTRY_URL, parent: pageFrame() };
    expect(await ipc.invoke(contents, child, 'axis:invoke', 'journal.today', {})).toEqual(refused);
  });

  it('holds the day change back until the page listens, then sends day-changed', async () => {
    vi.advanceTimersByTime(2 * 60_000); // 23:59:30, then 00:00:30 on the 11th
    expect(eventsSent()).toEqual([]); // the page is not listening yet: held, not lost
    const days: unknown[] = [];
    axis.on!('day-changed', (payload) => days.push(payload));
    expect(days).toEqual([{ day: '2025-03-11' }]);
    expect(eventsSent()).toEqual([['axis:event', 'day-changed', { day: '2025-03-11' }]]);
    expect(await axis.invoke('journal.today', {})).toEqual({ ok: true, value: { day: '2025-03-11' } });
    await until(() => backupsOf('daily').length === 2, "the new day's backup");
  });

  it("shows the reminder when it is due; clicking it brings the window forward on that day's check-in", async () => {
    const clicked: unknown[] = [];
    axis.on!('reminder-clicked', (payload) => clicked.push(payload));
    expect(await axis.invoke('settings.update', { reminderTime: '00:02' })).toMatchObject({ ok: true });
    vi.advanceTimersByTime(60_000); // 00:01:30
    expect(fake.notifications).toEqual([]);
    vi.advanceTimersByTime(60_000); // 00:02:30
    expect(fake.notifications).toHaveLength(1);
    const [note] = fake.notifications;
    expect(note).toMatchObject({ title: REMINDER_TITLE, body: REMINDER_BODY, shown: true });
    mainWindow().minimize();
    note!.emit('click', {});
    expect(clicked).toEqual([{ day: '2025-03-11' }]);
    expect(mainWindow().isMinimized()).toBe(false);
    expect(indexOf('window.focus')).toBeGreaterThan(-1);
    vi.advanceTimersByTime(60_000);
    expect(fake.notifications).toHaveLength(1); // once a day
    const state = path.join(userData, 'reminder-state.json');
    const remembered = () => (fs.existsSync(state) ? fs.readFileSync(state, 'utf8') : '');
    await until(() => remembered().endsWith('\n'), 'the remembered reminder day');
    expect(JSON.parse(remembered())).toEqual({ lastShownDay: '2025-03-11' });
    await until(() => !openFilesUnder(userData)?.includes(state), 'the reminder file to be closed');
  });

  it('saves the report as a PDF through a hidden, script-free window', async () => {
    const saved = { day: '2025-03-11', values: { skinOverall: 4, notes: 'Boot test: calmer cheeks today.' } };
    expect(await axis.invoke('checkIns.save', saved)).toMatchObject({ ok: true });
    const target = path.join(folders.documents, 'Axis report.pdf');
    fake.saveAnswers.push(target);
    const pdf = Buffer.from('%PDF-1.7\n% the bytes Chromium printed\n%%EOF\n');
    fake.printer.pdf = pdf;
    const printWindow = () => fake.windows[1]!;
    const query = { from: '2025-03-01', to: '2025-03-11', noteDays: ['2025-03-11'] };
    expect(await axis.invoke('report.savePdf', query)).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target).equals(pdf)).toBe(true);

    expect(fake.saveDialogs).toHaveLength(1);
    expect(fake.saveDialogs[0]!.parent).toBe(mainWindow());
    expect(path.dirname(fake.saveDialogs[0]!.options.defaultPath!)).toBe(folders.documents);
    const { show, webPreferences } = printWindow().options;
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true });
    expect(webPreferences!.preload).toBeUndefined();
    const [url, load] = fake.calls.filter((c) => c.what === 'loadURL')[1]!.args as [
      string,
      { baseURLForDataURL: string },
    ];
    expect(load.baseURLForDataURL).toBe('app://axis/');
    const printed = Buffer.from(url.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString('utf8');
    expect(printed).toContain('Boot test: calmer cheeks today.');
    // The report's font, named relative to that base, is one the app serves.
    expect(printed).toContain(REPORT_FONT_PATH);
    const font = await fake.request(new URL(REPORT_FONT_PATH, load.baseURLForDataURL).href);
    expect([font.status, font.headers.get('content-type')]).toEqual([200, 'font/woff2']);
    const printing = fake.calls.find((c) => c.what === 'webContents.printToPDF')!.args[0];
    expect(printing).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(printWindow().isDestroyed()).toBe(true);
  });

  it('on quit: backs the journal up, closes it with the WAL checkpointed, and leaves nothing open', async () => {
    expect(fs.statSync(`${journal}-wal`).size).toBeGreaterThan(0);
    const held = openFilesUnder(userData);
    if (held) expect(held).toContain(journal); // the check below can see an open journal
    await until(() => !fs.readdirSync(backups).some((n) => n.endsWith('.partial')), 'backups in progress');

    fake.main.app.quit();

    expect(backupsOf('quit')).toHaveLength(1);
    expect(backupsOf('daily')).toHaveLength(2);
    const copy = new Database(path.join(backups, backupsOf('quit')[0]!), { readonly: true });
    expect(copy.prepare('SELECT notes FROM check_ins WHERE day = ?').pluck().get('2025-03-11')).toBe(
      'Boot test: calmer cheeks today.',
    );
    copy.close();
    expect(fs.existsSync(`${journal}-wal`)).toBe(false);
    expect(fs.existsSync(`${journal}-shm`)).toBe(false);
    if (held) expect(openFilesUnder(userData)).toEqual([]);
    expect(fake.main.ipcMain.handlers.size).toBe(0);
    expect(fake.main.ipcMain.listenerCount('axis:listening')).toBe(0);
    expect(vi.getTimerCount()).toBe(0); // the minute clock stopped
    expect(errors).not.toHaveBeenCalled();
    expect(warnings.mock.calls.map((c) => String(c[0]))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('[axis security] refused ipc: call from https://tracker.example/'),
      ]),
    );
  });
});
