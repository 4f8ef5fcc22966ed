// How the print page tells whoever prints it that it is ready: once the report is built, laid out and its
// charts drawn, it sets window[READY_FLAG] (or an error in words). electron/main/pdfPrinter.ts and the end-to-end tests
// poll for it, then print with the header and footer it carries, so both print exactly the same pages.
import { fullTitle, pageTemplates, type PageTemplates } from './pageTemplates';
import type { PaperSize, Report } from './schema';

export const READY_FLAG = '__reportReady';

export type ReportReady =
  ({ ok: true; title: string; fileName: string; paper: PaperSize } & PageTemplates) | { ok: false; message: string };

/** "Axis report 2026-06-01 to 2026-11-30.pdf": sorts by date in a folder, and says what it is. */
export function suggestedFileName(period: { from: string; to: string }, extension = 'pdf'): string {
  return `Axis report ${period.from} to ${period.to}.${extension}`;
}

export function readySignal(report: Report, paper: PaperSize): ReportReady {
  return {
    ok: true,
    title: fullTitle(report),
    fileName: suggestedFileName(report.period),
    paper,
    ...pageTemplates(report),
  };
}
