import type { Db } from './db/open';
import type { DataPlatform } from '../handlers/data';
import type { ReportPlatform } from './report/report';

/** What every service needs: the open journal and a clock (tests pass a fixed one). */
export interface ServiceContext {
  db: Db;
  journalPath: string;
  isDemo: boolean;
  now: () => Date;
  /** Present in the app and the end-to-end tests; absent in the command line, which opens one file. */
  switchJournal?: (to: 'own' | 'demo') => void;
  /** The better-sqlite3 binary the journal was opened with (Electron's own build in the app): a second
   *  connection, such as a restore's check of a backup file, must load the same one. */
  nativeBinding?: string;
  /** The app's save and open dialogs for export and restore (handlers/data.ts); absent in the command line and tests. */
  platform?: DataPlatform;
  /** The app's "Save as PDF" and "Print" of a report (electron/main/pdfPrinter.ts); absent in the command line and tests. */
  reportPlatform?: ReportPlatform;
}

export const nowIso = (ctx: ServiceContext): string => ctx.now().toISOString();
