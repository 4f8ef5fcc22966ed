// Opening a journal file: find out what the file is before anything writes to it (db/inspect.ts), refuse
// what is not a journal, open a journal Axis may not write read-only, and bring an older format up to date
// in one transaction after taking a copy of the file as it was. A new journal is made beside its final name
// and moved there only once complete, so a crash while creating one never leaves an empty file behind.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { damagedWords, errorCodeOf, printable, readOnlyWhat, writable } from '../failures';
import { inspectJournalFile, stateInWords, type JournalFileState } from './inspect';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import { openReadOnly } from './readOnly';
import { beforeMigrationName } from './backupNames';
import { createPrivateFile, makePrivate } from './privateFiles';

export type Db = Database.Database;

export type OpenRefusal =
  'empty-file' | 'empty-database' | 'not-sqlite' | 'foreign' | 'newer' | 'damaged' | 'cannot-open' | 'migration-failed';

/** A journal that cannot be opened, with a sentence the person can act on and the reason for the caller. */
export class JournalOpenError extends Error {
  constructor(
    message: string,
    readonly reason: OpenRefusal = 'cannot-open',
    readonly state: JournalFileState | null = null,
    options?: ErrorOptions,
  ) {
    // The cause keeps the loader's error code, by which the app tells a broken SQLite driver from a broken
    // journal (electron/main/nativeBinding.ts, describeBindingProblem).
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
  /** The person chose to start a new journal in a file that holds none (zero bytes, or an SQLite file with no
   * tables). Never set without asking: such a file may be a journal someone's sync emptied. */
  startNewIfEmpty?: boolean;
}

/** Why a journal is open read-only, in words ("the folder /x is read-only"); null when it can be written. */
const readOnlyReasons = new WeakMap<Db, string>();
export const readOnlyReasonOf = (db: Db): string | null => readOnlyReasons.get(db) ?? null;

/** Why a file cannot be opened as a journal, in words, or null when it can (or is missing, to be made). */
export function refusalOf(file: string, state: JournalFileState, migrations = MIGRATIONS.length): OpenRefusal | null {
  switch (state.kind) {
    case 'empty-file':
    case 'empty-database':
    case 'not-sqlite':
      return state.kind;
    case 'foreign':
      return state.version > migrations ? 'newer' : 'foreign';
    case 'journal':
      return state.version > migrations ? 'newer' : null;
    case 'missing':
      return null;
  }
}

export function refusalWords(file: string, state: JournalFileState, migrations = MIGRATIONS.length): string {
  if (state.kind === 'foreign' && state.version > migrations)
    return (
      `${path.basename(file)} holds format ${state.version}, newer than this version of Axis reads (up to ${migrations}), and none of the tables it knows: ` +
      `it was written by a newer version of Axis, or by another program (its tables: ${state.tables.join(', ') || 'none'}). ` +
      'Update Axis to open it if it is a journal. The file has not been changed.'
    );
  if (state.kind === 'journal' && state.version > migrations)
    return (
      `This journal was written by a newer version of Axis (format ${state.version}); this version reads formats up to ${migrations}. ` +
      'Update Axis to open it. The file has not been changed.'
    );
  if (state.kind === 'empty-file' || state.kind === 'empty-database')
    return `${stateInWords(file, state)} Axis has not changed it.`;
  return stateInWords(file, state);
}

function refuseState(file: string, state: JournalFileState, migrations: number): void {
  const reason = refusalOf(file, state, migrations);
  if (reason) throw new JournalOpenError(refusalWords(file, state, migrations), reason, state);
}

function inspect(file: string, nativeBinding?: string): JournalFileState {
  try {
    return inspectJournalFile(file, nativeBinding);
  } catch (e) {
    const code = errorCodeOf(e);
    if (code && /^SQLITE_(CORRUPT|NOTADB)/.test(code))
      throw new JournalOpenError(damagedWords(file, (e as Error).message, 'Axis has not changed it.'), 'damaged');
    if (code && /^SQLITE_(BUSY|LOCKED)/.test(code)) throw e; // the caller says who holds it
    throw new JournalOpenError(
      `Axis could not read ${file}: ${printable((e as Error).message)}.`,
      'cannot-open',
      null,
      {
        cause: e,
      },
    );
  }
}

/** The settings every connection to a journal gets. */
function configure(db: Db): void {
  // Wait up to 5 s for another writer (a second window, the command line) before giving up; every write
  // starts BEGIN IMMEDIATE (journalApp.ts), so the wait is for the lock itself and cannot deadlock.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL. tests/integration/crash.test.ts kills a writer 20 times mid-save: with WAL, every
  // committed check-in survived and the file stayed intact, which a process crash alone cannot tell apart
  // from NORMAL, because the operating system still holds the written pages. A power cut can, and with
  // NORMAL it may lose the last commits. FULL adds one fsync per save (a few ms, measured in
  // `npm run bench`), nothing a person notices while typing, so we take the safer one.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * A new journal, made under a temporary name beside `file` (readable by its owner only) and moved to `file`
 * once every migration has run. `replace`: the file there holds nothing and the person chose to start anew.
 */
function createJournal(file: string, options: OpenOptions, migrations: readonly ((db: Db) => void)[]): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const temporary = path.join(
    dir,
    `.${path.basename(file)}.new-${process.pid}-${crypto.randomBytes(4).toString('hex')}`,
  );
  createPrivateFile(temporary);
  try {
    let db: Db;
    try {
      db = new Database(temporary, { nativeBinding: options.nativeBinding });
    } catch (e) {
      throw new JournalOpenError(
        `Axis could not create ${file}: ${printable((e as Error).message)}.`,
        'cannot-open',
        null,
        {
          cause: e,
        },
      );
    }
    try {
      configure(db);
      migrate(db, migrations);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    if (options.startNewIfEmpty && fs.existsSync(file)) {
      fs.renameSync(temporary, file); // replaces the empty file, as the person chose
    } else {
      try {
        fs.linkSync(temporary, file); // fails if a journal appeared there meanwhile: never overwrite one
      } catch (e) {
        const code = errorCodeOf(e);
        if (code === 'EEXIST') throw new JournalOpenError(`${file} appeared while Axis was creating a journal there.`);
        if (fs.existsSync(file)) throw e;
        fs.renameSync(temporary, file); // a file system without hard links (FAT on a USB stick)
      }
    }
  } finally {
    fs.rmSync(temporary, { force: true });
    fs.rmSync(`${temporary}-wal`, { force: true });
    fs.rmSync(`${temporary}-shm`, { force: true });
  }
}

export function openJournal(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  let state = inspect(file, options.nativeBinding);
  if (options.readonly && state.kind === 'missing') throw new JournalOpenError(`There is no journal at ${file}.`);
  const startNew =
    state.kind === 'missing' ||
    (options.startNewIfEmpty && (state.kind === 'empty-file' || state.kind === 'empty-database'));
  if (!startNew) refuseState(file, state, migrations.length);
  if (startNew && !options.readonly) {
    createJournal(file, options, migrations);
    state = { kind: 'journal', version: migrations.length, days: 0 };
  }

  const dir = path.dirname(path.resolve(file));
  const readOnlyWhy = options.readonly ? null : !writable(dir) || !writable(file) ? readOnlyWhat(file) : null;
  if (options.readonly || readOnlyWhy) {
    const db = openReadOnly(file, options.nativeBinding);
    if (readOnlyWhy) readOnlyReasons.set(db, readOnlyWhy);
    return db;
  }

  makePrivate(file); // a journal an older Axis left readable by every account on the computer
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true });
  } catch (e) {
    throw new JournalOpenError(
      `Axis could not open ${file}: ${printable((e as Error).message)}.`,
      'cannot-open',
      null,
      {
        cause: e,
      },
    );
  }
  try {
    configure(db);
    makePrivate(`${file}-wal`);
    makePrivate(`${file}-shm`);
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok')
      throw new JournalOpenError(damagedWords(file, integrity, 'Axis has not changed it.'), 'damaged');
    const version = state.kind === 'journal' ? state.version : migrations.length;
    if (version < migrations.length) {
      backupBeforeMigration(db, file, version, options.backupDir);
      migrate(db, migrations);
    }
    return db;
  } catch (e) {
    db.close();
    const code = errorCodeOf(e);
    if (code && /^SQLITE_(CORRUPT|NOTADB)/.test(code))
      throw new JournalOpenError(damagedWords(file, (e as Error).message, 'Axis has not changed it.'), 'damaged');
    throw e;
  }
}

function backupBeforeMigration(db: Db, file: string, version: number, backupDir?: string): void {
  const dir = backupDir ?? path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const days = (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  const target = path.join(dir, beforeMigrationName(db, file, version + 1, new Date(), days));
  createPrivateFile(target); // VACUUM INTO fills an empty file and keeps its permissions
  db.prepare('VACUUM INTO ?').run(target);
}

function migrate(db: Db, migrations: readonly ((db: Db) => void)[]): void {
  // All pending steps in one transaction: a failure anywhere leaves the journal exactly as it was. IMMEDIATE,
  // and the format read again inside it: two processes opening an old journal at once migrate it once.
  db.transaction(() => {
    const from = Number(db.pragma('user_version', { simple: true }));
    for (let v = from; v < migrations.length; v++) {
      try {
        migrations[v]!(db);
      } catch (e) {
        throw new JournalOpenError(
          `Updating the journal to format ${v + 1} failed (${(e as Error).message}). The journal was left as it was.`,
          'migration-failed',
        );
      }
    }
    if (from < migrations.length) db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}

export { LATEST_VERSION };

/** The format version the journal file is at (PRAGMA user_version). */
export const schemaVersionOf = (db: Db): number => Number(db.pragma('user_version', { simple: true }));
