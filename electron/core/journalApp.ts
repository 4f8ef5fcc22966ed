// The running journal: one open database, the operations over it and the router in front of them. Used by
// the Electron main process, the command line and the tests alike, so they all exercise exactly the same code.
import { openJournal, type Db, type OpenOptions } from './db/open';
import type { ServiceContext } from './context';
import { operations } from './operations';
import type { HostPorts } from './ports';
import { createRouter, type Router } from './router';

export interface JournalApp {
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
  /** What the host offers: dialogs, a printer, switching to the demo journal (core/ports.ts). */
  host?: HostPorts;
}

export function openJournalApp(options: StartOptions): JournalApp {
  const db = openJournal(options.journalPath, options);
  const ctx: ServiceContext = {
    db,
    journalPath: options.journalPath,
    isDemo: options.isDemo ?? false,
    now: options.now ?? (() => new Date()),
    nativeBinding: options.nativeBinding,
    host: options.host ?? {},
  };
  const router = createRouter(operations, {
    ctx,
    transaction: (fn) => db.transaction(fn)(),
    isTrustedSender: options.isTrustedSender ?? (() => true),
    onInternalError: options.onInternalError,
  });
  return { db, ctx, router, close: () => db.close() };
}
