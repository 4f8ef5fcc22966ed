// The running journal: one open database, the operations over it and the router in front of them. Used by
// the Electron main process, the command line and the tests alike, so they all exercise exactly the same code.
import { openJournal, readOnlyReasonOf, type Db, type OpenOptions } from './db/open';
import { closeJournal } from './db/readOnly';
import { markOpen } from './db/presence';
import type { ServiceContext } from './context';
import { writesBlockedBy } from './data/importJobs';
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
  /** Who this is, for another Axis told the journal is in use: "the app", "the command line". */
  who?: string;
}

export function openJournalApp(options: StartOptions): JournalApp {
  const db = openJournal(options.journalPath, options);
  // Opened read-only on purpose (a host asking to), or because the file or its folder cannot be written.
  const readOnly = readOnlyReasonOf(db) ?? (options.readonly ? 'it was opened read-only' : null);
  const ctx: ServiceContext = {
    db,
    journalPath: options.journalPath,
    isDemo: options.isDemo ?? false,
    now: options.now ?? (() => new Date()),
    nativeBinding: options.nativeBinding,
    host: options.host ?? {},
    readOnly,
  };
  const unmark =
    readOnly || options.readonly
      ? () => undefined
      : markOpen(options.journalPath, options.who ?? 'another Axis window');
  const router = createRouter(operations, {
    ctx,
    // IMMEDIATE: a write takes the journal's write lock when it starts, so a second writer (another window, the
    // command line) waits for the busy timeout instead of failing at once with "database is locked" when its
    // read turns into a write (tests/integration/two-writers.test.ts).
    transaction: (fn) => db.transaction(fn).immediate(),
    writesBlocked: () => writesBlockedBy(options.journalPath),
    isTrustedSender: options.isTrustedSender ?? (() => true),
    onInternalError: options.onInternalError,
  });
  return {
    db,
    ctx,
    router,
    close: () => {
      closeJournal(db);
      unmark();
    },
  };
}
