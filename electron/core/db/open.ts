// Opening a journal file: refuse what we cannot read safely, then bring the schema up to date in one
// transaction, after taking a copy of the file as it was.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { stampOf } from '../files';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

export type Db = Database.Database;

/** A journal that cannot be opened, with a sentence the person can act on. */
export class JournalOpenError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'JournalOpenError';
  }
}

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for Electron (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  /** Where the copy taken before a migration goes; default: beside the journal. */
  backupDir?: string;
  /** The migrations to apply (tests pass a shorter or deliberately broken list). */
  migrations?: readonly ((db: Db) => void)[];
  readonly?: boolean;
}

export function openJournal(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!existed) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  let db: Db;
  try {
    db = new Database(file, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (e) {
    // The cause keeps the loader's error code, by which the app tells a broken SQLite driver from a broken
    // journal (electron/main/nativeBinding.ts, describeBindingProblem).
    throw new JournalOpenError(`Axis could not open ${file}: ${(e as Error).message}`, { cause: e });
  }

  try {
    // Read the version before anything writes: a journal from the future must stay byte-for-byte as it was.
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } catch {
      throw new JournalOpenError(`${file} is not an Axis journal (it is not a SQLite database).`);
    }
    if (version > migrations.length) {
      throw new JournalOpenError(
        `This journal was written by a newer version of Axis (format ${version}); this version reads formats up to ${migrations.length}. ` +
          'Update Axis to open it. The file has not been changed.',
      );
    }
    if (existed) {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok')
        throw new JournalOpenError(`The journal ${file} is damaged (${String(integrity)}). Restore it from a backup.`);
    }
    if (options.readonly) return db;

    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL. tests/integration/crash.test.ts kills a writer 20 times mid-save: with WAL, every
    // committed check-in survived and the file stayed intact, which a process crash alone cannot tell apart
    // from NORMAL, because the operating system still holds the written pages. A power cut can, and with
    // NORMAL it may lose the last commits. FULL adds one fsync per save (a few ms, measured in
    // `npm run bench`), nothing a person notices while typing, so we take the safer one.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    if (version < migrations.length) {
      if (existed && version > 0) backupBeforeMigration(db, file, version, options.backupDir);
      migrate(db, version, migrations);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function backupBeforeMigration(db: Db, file: string, version: number, backupDir?: string): void {
  const dir = backupDir ?? path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  // The same time stamp as the other backups, so services/backups.ts lists this copy with them.
  const target = path.join(
    dir,
    `${path.basename(file, path.extname(file))}.before-v${version + 1}.${stampOf(new Date())}.sqlite`,
  );
  db.prepare('VACUUM INTO ?').run(target);
}

function migrate(db: Db, from: number, migrations: readonly ((db: Db) => void)[]): void {
  // All pending steps in one transaction: a failure anywhere leaves the journal exactly as it was.
  const run = db.transaction(() => {
    for (let v = from; v < migrations.length; v++) {
      try {
        migrations[v]!(db);
      } catch (e) {
        throw new JournalOpenError(
          `Updating the journal to format ${v + 1} failed (${(e as Error).message}). The journal was left as it was.`,
        );
      }
    }
    db.pragma(`user_version = ${migrations.length}`);
  });
  run();
}

export { LATEST_VERSION };

/** The format version the journal file is at (PRAGMA user_version). */
export const schemaVersionOf = (db: Db): number => Number(db.pragma('user_version', { simple: true }));
