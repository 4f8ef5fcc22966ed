// What "Save as PDF" and "Print" hand to the printer: the report as one self-contained page (reportHtml), with
// the running header and footer Chromium's PDF printer draws (pageTemplates), or, for the system print
// dialog, which takes no templates, the same lines drawn by CSS page margin boxes. Built once here, so the app
// (electron/main/reportPrinter.ts) and the end-to-end tests print exactly the same page.
import { reportHtml } from './html';
import { fullTitle, pageTemplates } from './pageTemplates';
import type { PaperSize, Report } from './schema';

/** Where the report's font is served from beside the app's page (the renderer build emits it there), so
 * the printed report uses the same typeface as the preview. A page without it falls back to system fonts. */
export const REPORT_FONT_PATH = 'report-fonts/inter-latin-wght-normal.woff2';

export interface PrintJob {
  html: string;
  title: string;
  paper: PaperSize;
  /** Chromium's running header and footer, for the PDF; the print-dialog page draws its own. */
  headerTemplate: string;
  footerTemplate: string;
}

/** The name the save dialog suggests, e.g. "Axis report 2026-06-01 to 2026-11-30.pdf". */
export function suggestedFileName(period: { from: string; to: string }, extension = 'pdf'): string {
  return `Axis report ${period.from} to ${period.to}.${extension}`;
}

export function reportPrintJob(report: Report, paper: PaperSize, use: 'pdf' | 'print-dialog'): PrintJob {
  return {
    html: reportHtml(report, paper, { marginBoxes: use === 'print-dialog', fontUrl: REPORT_FONT_PATH }),
    title: fullTitle(report),
    paper,
    ...pageTemplates(report),
  };
}
