// The running journal: one open database, its services and the router over them. Used by the Electron main
// process, the command line and the tests alike, so they all exercise exactly the same code.
import { openJournal, type Db, type OpenOptions } from './db/open';
import { createHandlers } from '../handlers/index';
import { createRouter, type Router } from './router';
import type { ServiceContext } from './context';
import type { DataPlatform } from '../handlers/data';
import type { ReportPlatform } from './report/report';

export interface AxisApp {
  db: Db;
  ctx: ServiceContext;
  router: Router;
  close(): void;
}

export interface StartOptions extends OpenOptions {
  journalPath: string;
  isDemo?: boolean;
  now?: () => Date;
  isTrustedSender?: (url: string) => boolean;
  onInternalError?: (name: string, error: unknown) => void;
  /** Provided by a session that can swap between the person's own journal and the demo journal. */
  switchJournal?: (to: 'own' | 'demo') => void;
  /** The app's save and open dialogs (electron/main/fileDialogs.ts). */
  platform?: DataPlatform;
  /** The app's "Save as PDF" and "Print" (electron/main/pdfPrinter.ts). */
  reportPlatform?: ReportPlatform;
}

export function startAxis(options: StartOptions): AxisApp {
  const db = openJournal(options.journalPath, options);
  const ctx: ServiceContext = {
    db,
    journalPath: options.journalPath,
    isDemo: options.isDemo ?? false,
    now: options.now ?? (() => new Date()),
    switchJournal: options.switchJournal,
    nativeBinding: options.nativeBinding,
    platform: options.platform,
    reportPlatform: options.reportPlatform,
  };
  const router = createRouter(createHandlers(ctx), {
    transaction: (fn) => db.transaction(fn)(),
    isTrustedSender: options.isTrustedSender ?? (() => true),
    onInternalError: options.onInternalError,
  });
  return { db, ctx, router, close: () => db.close() };
}
