// The Electron main process: lifecycle, the window, the menu and the minute clock. Thin glue only: every
// decision it acts on (window options, URL and permission guards, which journal, which binary, whether a
// reminder is due) is a pure function with its own unit test (windowSecurity.ts, guards.ts, paths.ts,
// nativeBinding.ts, appProtocol.ts, reminders.ts, ipcBridge.ts beside this file). It runs only inside Electron;
// tests/boot drives the built bundle against a recorded Electron API.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session as AxisSession } from '../core/journalSession';
import { openJournalSession } from './journalChoice';
import { getSettings, today as journalToday } from '../core/journal/settings';
import { getCheckIn } from '../core/journal/checkIns';
import { todayPrompt } from '../core/trials/daily';
import { backupDaily, backupOnQuit } from '../core/data/backups';
import { electronFileDialogs } from './fileDialogs';
import { createReportPrinter } from './reportPrinter';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, isTrustedSender, windowOptions } from './windowSecurity';
import { guardSession, guardWebContents, openExternalSafely, type Refusal } from './guards';
import { registerAppProtocol } from './appProtocol';
import { PageEvents, registerIpc } from './ipcBridge';
import {
  APP_ID,
  bundlePaths,
  launchedHidden,
  linuxAutostartEntry,
  linuxAutostartFile,
  reminderStatePath,
  resolveJournalPaths,
  userDataDir,
  type JournalPaths,
} from './paths';
import { describeBindingProblem, electronBindingPath, missingBindingMessage } from './nativeBinding';
import { isCheckInDone, parseReminderState, reminderTick, serializeReminderState } from './reminders';

// Before 'ready': these only take effect if set first.
app.setPath('userData', userDataDir({ appData: app.getPath('appData'), isPackaged: app.isPackaged }));
app.enableSandbox(); // every renderer sandboxed, even one created by mistake without webPreferences
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID); // Windows shows notifications only with it

let axis: AxisSession | null = null;
let mainWindow: BrowserWindow | null = null;
let preloadPath = '';
let clock: NodeJS.Timeout | null = null;
let unregisterIpc: (() => void) | null = null;
/** Events for the page, held back until it listens (a reminder clicked while the window loads). */
const pageEvents = new PageEvents();
let lastDay: string | null = null;
let appliedOpenAtLogin: boolean | null = null;
let lastShownDay: string | null = null;
// A notification that is garbage-collected loses its click handler: keep the latest one alive.
let reminder: Notification | null = null;
const trialNotes: Notification[] = [];

const logRefusal = (what: Refusal, detail: string): void =>
  console.warn(`[axis security] refused ${what}: ${detail.slice(0, 200)}`);
const openExternal = (url: string): void => {
  openExternalSafely(url, (checked) => shell.openExternal(checked));
};

/** Tell the person in words, then quit without touching the journal. */
function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function prefersDark(): boolean {
  try {
    const theme = axis ? getSettings(axis.current().ctx).theme : 'system';
    return theme === 'dark' || (theme === 'system' && nativeTheme.shouldUseDarkColors);
  } catch {
    return nativeTheme.shouldUseDarkColors;
  }
}

function createWindow(startHidden: boolean): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath, { dark: prefersDark(), devTools: !app.isPackaged }));
  win.once('ready-to-show', () => {
    if (!startHidden) win.show();
    else if (process.platform !== 'darwin') {
      // In the task bar without taking focus (a window never shown has no task bar entry on Linux);
      // on macOS the Dock icon is enough.
      win.showInactive();
      win.minimize();
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_ENTRY_URL).catch((e: unknown) => console.error('[axis] the page did not load:', messageOf(e)));
  pageEvents.attach(win.webContents);
  mainWindow = win;
  return win;
}

/** Brings the window forward (second launch, Dock click, reminder click), creating it again on macOS. */
function showWindow(): BrowserWindow | null {
  if (!axis) return null;
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : createWindow(false);
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return win;
}

function menuTemplate(): MenuItemConstructorOptions[] {
  const development: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [{ role: 'quit', label: 'Quit Axis' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...development,
      ],
    },
    { role: 'help', submenu: [{ label: 'About Axis', click: () => app.showAboutPanel() }] },
  ];
}

// Login items. In development they would start a bare Electron without the app, so only a packaged app
// registers one. Linux has no Electron API for it: desktops start what ~/.config/autostart lists.
function applyOpenAtLogin(openAtLogin: boolean): void {
  if (openAtLogin === appliedOpenAtLogin) return;
  appliedOpenAtLogin = openAtLogin;
  if (!app.isPackaged) return;
  try {
    if (process.platform === 'linux') {
      const file = linuxAutostartFile({ env: process.env, home: os.homedir() });
      if (openAtLogin) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, linuxAutostartEntry({ execPath: process.execPath, appImage: process.env.APPIMAGE }));
      } else {
        fs.rmSync(file, { force: true });
      }
    } else {
      app.setLoginItemSettings({ openAtLogin, args: ['--hidden'] });
    }
  } catch (e) {
    console.error('[axis] could not change the login item:', messageOf(e));
  }
}

function readLastShownDay(): string | null {
  try {
    return parseReminderState(fs.readFileSync(reminderStatePath(app.getPath('userData')), 'utf8')).lastShownDay;
  } catch {
    return null;
  }
}

function notifyTrialChanges(messages: string[]): void {
  if (!Notification.isSupported()) return;
  for (const body of messages) {
    const note = new Notification({ title: 'Axis: your trial', body });
    note.on('click', () => void showWindow());
    note.show();
    trialNotes.push(note);
    trialNotes.splice(0, Math.max(0, trialNotes.length - 10)); // keep the latest alive for their click handlers
  }
}

/** Once a minute: the day rolling over, trial phase changes, the login item, the reminder. */
function everyMinute(): void {
  if (!axis) return;
  const ctx = axis.current().ctx;
  const isOwn = axis.which() === 'own';
  try {
    const settings = getSettings(ctx);
    const day = journalToday(ctx);
    if (day !== lastDay) {
      if (lastDay !== null && mainWindow && !mainWindow.isDestroyed())
        pageEvents.send(mainWindow.webContents, 'day-changed', { day });
      lastDay = day;
      // A trial phase that starts or ends today is said on the Today screen; when Axis starts on such a day,
      // or runs past midnight into one, a desktop notification says it too.
      if (isOwn) notifyTrialChanges(todayPrompt(ctx, { day }).notices.map((n) => n.message));
    }
    // Login item and reminder follow the person's own journal, never the demo's settings.
    if (!isOwn) return;
    // The first minute of a day (or of the app) keeps a copy of the journal; old copies are pruned.
    void backupDaily(ctx).catch((e: unknown) => console.error('[axis] daily backup failed:', messageOf(e)));
    applyOpenAtLogin(settings.openAtLogin);
    reminderTick({
      now: () => ctx.now(),
      readJournal: () => ({
        reminderTime: settings.reminderTime,
        dayEndsAtHour: settings.dayEndsAtHour,
        today: day,
        checkInDone: isCheckInDone(getCheckIn(ctx, { day })),
      }),
      lastShownDay: () => lastShownDay,
      remember: (shown) => {
        lastShownDay = shown;
        fs.promises
          .writeFile(reminderStatePath(app.getPath('userData')), serializeReminderState(shown))
          .catch(() => undefined);
      },
      notify: (title, body, onClick) => {
        if (!Notification.isSupported()) return;
        reminder = new Notification({ title, body });
        reminder.on('click', onClick);
        reminder.show();
      },
      openToday: (shownDay) => {
        const win = showWindow();
        if (win) pageEvents.send(win.webContents, 'reminder-clicked', { day: shownDay });
      },
    });
  } catch (e) {
    console.error('[axis] minute check failed:', messageOf(e));
  }
}

async function start(): Promise<void> {
  guardSession(session.defaultSession, logRefusal);
  const bundle = bundlePaths(app.getAppPath());
  preloadPath = bundle.preload;
  registerAppProtocol(protocol, bundle.rendererRoot);
  app.setAboutPanelOptions({
    applicationName: 'Axis',
    applicationVersion: app.getVersion(),
    credits: 'A private, offline journal. Your entries never leave this computer.',
  });

  let journal: JournalPaths;
  try {
    journal = resolveJournalPaths({
      argv: process.argv,
      env: process.env,
      userData: app.getPath('userData'),
      cwd: process.cwd(),
    });
  } catch (e) {
    return fail('Axis could not start', messageOf(e));
  }

  const nativeBinding = electronBindingPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    versions: process.versions,
    platform: process.platform,
    arch: process.arch,
  });
  if (!fs.existsSync(nativeBinding))
    return fail('Axis could not start', missingBindingMessage(nativeBinding, app.isPackaged));

  try {
    // An emptied or foreign journal file, or one holding far fewer days than its last backup, is put to the
    // person before anything is written (journalChoice.ts); null: they chose to quit.
    axis = await openJournalSession(
      {
        ownJournalPath: journal.own,
        demoJournalPath: journal.demo,
        backupDir: journal.backups,
        nativeBinding,
        host: {
          dialogs: electronFileDialogs(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)),
          printer: createReportPrinter(),
          importWorker: { file: bundle.importWorker },
          locale: app.getSystemLocale(),
        },
        who: 'the app',
        isTrustedSender,
        onInternalError: (name, error) => console.error(`[axis] ${name} failed:`, error),
      },
      (question) => dialog.showMessageBoxSync(question),
    );
    if (!axis) {
      app.exit(0);
      return;
    }
  } catch (e) {
    // Opening refuses a journal from a newer Axis, a damaged file or a non-journal before writing anything.
    const bindingProblem = describeBindingProblem(e, nativeBinding, app.isPackaged);
    return fail(
      bindingProblem ? 'Axis could not start' : 'Axis could not open your journal',
      bindingProblem ?? messageOf(e),
    );
  }

  unregisterIpc = registerIpc(ipcMain, axis, pageEvents, (url) => logRefusal('ipc', `call from ${url}`));
  lastShownDay = readLastShownDay();
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
  const startHidden =
    launchedHidden(process.argv) || (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
  createWindow(startHidden);
  everyMinute();
  clock = setInterval(everyMinute, 60_000);
}

if (!app.requestSingleInstanceLock()) {
  // One process per journal: a second launch hands over to the first (which comes forward) and leaves.
  app.quit();
} else {
  app.on('second-instance', () => void showWindow());
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal, logRefusal));
  app.on('activate', () => void showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    if (clock) clearInterval(clock);
    unregisterIpc?.();
    if (axis) backupOnQuit(axis.current().ctx); // synchronous, never throws, skips the demo journal
    axis?.close(); // checkpoints the WAL so the journal is one self-contained file again
    axis = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => fail('Axis could not start', messageOf(e)));
}
