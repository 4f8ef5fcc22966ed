// Electron-only glue for "Save as PDF" and "Print": the core builds the report as one self-contained page
// (shared/report/printJob.ts) and this puts it on paper with Chromium. The page is loaded into a hidden window
// that runs no script at all (javascript: false, no preload), as a data: document whose base is the app's own
// origin, so only the report's font can load beside it; then printToPDF or the system print dialog. The
// window is destroyed in `finally`, whatever happened. This file cannot run without the Electron binary: the
// same job is printed with Chromium's page.pdf() in the end-to-end tests (scripts/browser-host/printer.ts).
import { BrowserWindow } from 'electron';
import { PAGE_MARGINS_MM, type PrintJob } from '$shared/report/index';
import type { ReportPrinter } from '../core/ports';
import { APP_ORIGIN } from './windowSecurity';

const MM_PER_INCH = 25.4;
/** Chromium refuses longer URLs; a three-year report with every note chosen is well under a megabyte. */
const MAX_URL_CHARS = 2 * 1024 * 1024;

const inches = (mm: number): number => mm / MM_PER_INCH;
const pageSize = (job: PrintJob) => (job.paper === 'letter' ? 'Letter' : 'A4');

/** Loads the job's page hidden, runs `use`, and always destroys the window. */
async function withPrintWindow<T>(job: PrintJob, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(job.html, 'utf8').toString('base64')}`;
  if (url.length > MAX_URL_CHARS) throw new Error('the report is too long to print in one piece; choose fewer notes');
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    title: job.title,
    // A hidden window would otherwise not paint, and printing waits for a painted page.
    paintWhenInitiallyHidden: true,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
      devTools: false,
      spellcheck: false,
    },
  });
  try {
    await win.loadURL(url, { baseURLForDataURL: `${APP_ORIGIN}/` });
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

export function createReportPrinter(): ReportPrinter {
  return {
    async toPdf(job) {
      const pdf = await withPrintWindow(job, (win) =>
        win.webContents.printToPDF({
          pageSize: pageSize(job),
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerTemplate,
          footerTemplate: job.footerTemplate,
          margins: {
            top: inches(PAGE_MARGINS_MM.top),
            bottom: inches(PAGE_MARGINS_MM.bottom),
            left: inches(PAGE_MARGINS_MM.left),
            right: inches(PAGE_MARGINS_MM.right),
          },
          generateTaggedPDF: true,
        }),
      );
      return new Uint8Array(pdf);
    },

    print(job) {
      // The system dialog takes no header templates: the page draws its own with CSS page margin boxes.
      return withPrintWindow(
        job,
        (win) =>
          new Promise<boolean>((resolve) => {
            win.webContents.print(
              { silent: false, printBackground: true, pageSize: pageSize(job) },
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
