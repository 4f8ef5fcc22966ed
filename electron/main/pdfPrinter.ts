// Electron-only glue for "Save as PDF" and "Print" of a report. A hidden window with the main window's own
// hardened options loads the app's print page (#/report-print/<query>), which builds the report through the
// ordinary router and signals window.__reportReady once its charts are drawn; then Chromium prints it, with
// the header and footer the page hands over (shared/report/pageTemplates.ts, the same the tests use). The
// window is destroyed in `finally`, whatever happened. This file cannot run without the Electron binary: the
// print page and its PDF are tested in Chromium with page.pdf() (tests/e2e/report.test.ts).
import { BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { UserFacingError } from '$shared/contract/result';
import {
  PAGE_MARGINS_MM,
  READY_FLAG,
  reportPrintHash,
  suggestedFileName,
  type ReportQuery,
  type ReportReady,
} from '$shared/report/index';
import { APP_ENTRY_URL, windowOptions } from './windowSecurity';
import { writeTextAtomic } from '../core/files';
import type { ReportPlatform } from '../core/report/report';

/** A year of charts and a trial analysis take a second or two; past this the page is stuck, not slow. */
const READY_TIMEOUT_MS = 45_000;
const POLL_MS = 100;
const MM_PER_INCH = 25.4;

export interface ReportPlatformOptions {
  /** The preload the main window uses: the print page talks to the router through it. */
  preloadPath: string;
  /** The window dialogs belong to (null when it is closed). */
  parent: () => BrowserWindow | null;
  /** Where the save dialog opens first, e.g. app.getPath('documents'). */
  defaultFolder: () => string;
}

async function waitUntilReady(win: BrowserWindow): Promise<Extract<ReportReady, { ok: true }>> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (win.isDestroyed()) throw new Error('the report window closed before the report was ready');
    const signal = (await win.webContents.executeJavaScript(
      `window.${READY_FLAG} ?? null`,
      true,
    )) as ReportReady | null;
    if (signal?.ok) return signal;
    if (signal && !signal.ok) throw new UserFacingError('invalid-input', signal.message);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`the report was not ready after ${READY_TIMEOUT_MS / 1000} seconds`);
}

/** Opens the print page hidden, waits for it, runs `use`, and always destroys the window. */
async function withReportWindow<T>(
  options: ReportPlatformOptions,
  query: ReportQuery,
  marginBoxes: boolean,
  use: (win: BrowserWindow, ready: Extract<ReportReady, { ok: true }>) => Promise<T>,
): Promise<T> {
  const base = windowOptions(options.preloadPath, { dark: false, devTools: false });
  const win = new BrowserWindow({
    ...base,
    show: false,
    width: 900,
    height: 1200,
    // windowOptions' own values, restated at the call so the security scan (npm run security) can see them.
    // A hidden window would otherwise be throttled, and the page waits for animation frames to finish drawing.
    paintWhenInitiallyHidden: true,
    webPreferences: {
      ...base.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
    },
  });
  try {
    await win.loadURL(`${APP_ENTRY_URL}${reportPrintHash(query, { marginBoxes })}`);
    return await use(win, await waitUntilReady(win));
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

const inches = (mm: number): number => mm / MM_PER_INCH;

export function createReportPlatform(options: ReportPlatformOptions): ReportPlatform {
  return {
    async savePdf(query) {
      const parent = options.parent();
      const dialogOptions = {
        title: 'Save the report as PDF',
        defaultPath: path.join(options.defaultFolder(), suggestedFileName(query)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      // Ask first: someone who cancels should not wait for a report to be laid out.
      const choice = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return null;
      const target = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
      const pdf = await withReportWindow(options, query, false, (win, ready) =>
        win.webContents.printToPDF({
          pageSize: query.paper === 'letter' ? 'Letter' : 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: ready.headerTemplate,
          footerTemplate: ready.footerTemplate,
          margins: {
            top: inches(PAGE_MARGINS_MM.top),
            bottom: inches(PAGE_MARGINS_MM.bottom),
            left: inches(PAGE_MARGINS_MM.left),
            right: inches(PAGE_MARGINS_MM.right),
          },
          generateTaggedPDF: true,
        }),
      );
      writeTextAtomic(target, pdf);
      return { path: target };
    },

    async print(query) {
      // The system dialog takes no header templates, so the page draws its own with CSS page margin boxes.
      return withReportWindow(
        options,
        query,
        true,
        (win) =>
          new Promise<boolean>((resolve) => {
            win.webContents.print(
              { silent: false, printBackground: true, pageSize: query.paper === 'letter' ? 'Letter' : 'A4' },
              (success, reason) => {
                if (!success && reason && reason !== 'Print job canceled' && reason !== 'cancelled')
                  console.warn(`[axis] printing the report failed: ${reason}`);
                resolve(success);
              },
            );
          }),
      );
    },
  };
}
