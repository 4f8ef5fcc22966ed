import type { Db } from './db/open';
import type { HostPorts } from './ports';

/** What every operation needs: the open journal, a clock (tests pass a fixed one) and the host's ports. */
export interface ServiceContext {
  db: Db;
  journalPath: string;
  isDemo: boolean;
  now: () => Date;
  /** The better-sqlite3 binary the journal was opened with (Electron's own build in the app): a second
   *  connection, such as a restore's check of a backup file, must load the same one. */
  nativeBinding?: string;
  host: HostPorts;
  /** Why the journal cannot be written, in words ("the folder /x is read-only"); null when it can. Writes are
   *  refused up front with this reason (router.ts), and the page shows it in a banner. */
  readOnly?: string | null;
}

export const nowIso = (ctx: ServiceContext): string => ctx.now().toISOString();
