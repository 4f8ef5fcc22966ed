// What the core asks of whoever hosts it, declared once here. The Electron shell answers with system dialogs
// and Chromium's printer (electron/main/fileDialogs.ts, reportPrinter.ts); the command line answers a save or
// open "dialog" with the path typed on the command line; the end-to-end tests answer with a temporary folder
// and Chromium's own page.pdf(). A host that lacks a port leaves it out, and the operation says in words that
// it needs the app.
import type { PrintJob } from '$shared/report/index';

export type { PrintJob };

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Every path comes from the person (a system dialog, or the command line): the page never names one. */
export interface FileDialogs {
  /** Null when the person cancels. */
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  chooseOpenPath(filters: FileFilter[]): Promise<string | null>;
}

export interface ReportPrinter {
  /** The PDF's bytes. */
  toPdf(job: PrintJob): Promise<Uint8Array>;
  /** The system print dialog; false when the person cancelled or printing failed. */
  print(job: PrintJob): Promise<boolean>;
}

/** Where the import worker's code is (the app's bundle has it as its own file); without it the core runs its
 *  TypeScript source through tsx (the command line, the tests). Files smaller than `minBytes` (default
 *  256 KB) are read in the calling thread, where starting a worker would cost more than the work. */
export interface ImportWorkerPort {
  file?: string;
  minBytes?: number;
}

export interface HostPorts {
  dialogs?: FileDialogs;
  printer?: ReportPrinter;
  importWorker?: ImportWorkerPort;
  /** Present in the app and the end-to-end tests, which can swap the person's journal and the demo's. */
  switchJournal?: (to: 'own' | 'demo') => void;
  /** The computer's regional setting ("en-GB"), for defaults such as the report's paper. */
  locale?: string;
}
