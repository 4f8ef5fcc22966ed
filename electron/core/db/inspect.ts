// What a file at a journal's path is, found without changing a byte of it: nothing there, an empty file, an
// SQLite database with no tables, another program's database, something that is not SQLite at all, or an
// Axis journal (with its format and how many days it holds). Opening, `check` and the app's start all decide
// from this, so a file emptied by a failed sync or another program's database is never adopted silently.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type JournalFileState =
  | { kind: 'missing' }
  /** Zero bytes: emptied by another program, an interrupted copy or a sync that went wrong. */
  | { kind: 'empty-file' }
  /** A valid SQLite file with no tables and no format number: no one's data, but not made by Axis. */
  | { kind: 'empty-database' }
  | { kind: 'not-sqlite'; looksLike: string }
  | { kind: 'foreign'; tables: string[]; version: number }
  | { kind: 'journal'; version: number; days: number };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** The tables every Axis journal has had since its first format. */
const AXIS_TABLES = ['check_ins', 'settings'];

const MAGIC: [Buffer, string][] = [
  [Buffer.from('PK\u0003\u0004', 'latin1'), 'a zip file (a spreadsheet workbook such as .xlsx is one)'],
  [Buffer.from('%PDF', 'latin1'), 'a PDF document'],
  [Buffer.from('AXISSEAL', 'latin1'), 'an encrypted Axis backup or export'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'a PNG picture'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'a JPEG picture'],
];

/** What the first bytes of a file that is not SQLite suggest it is, in words. */
export function looksLike(head: Buffer): string {
  for (const [magic, words] of MAGIC) if (head.subarray(0, magic.length).equals(magic)) return words;
  if (head.includes(0)) return 'a binary file';
  const start = head.toString('utf8').trimStart();
  if (start.startsWith('{')) return 'a text file (JSON: an export, perhaps, to import rather than open)';
  return 'a text file (a CSV, perhaps, to import rather than open)';
}

function headOf(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function describe(db: Database.Database): JournalFileState {
  const version = Number(db.pragma('user_version', { simple: true }));
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  if (tables.length === 0 && version === 0) return { kind: 'empty-database' };
  if (version < 1 || !AXIS_TABLES.every((t) => tables.includes(t))) return { kind: 'foreign', tables, version };
  const days = (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  return { kind: 'journal', version, days };
}

/**
 * Reads a copy when the file cannot be opened where it lies (a WAL journal in a read-only folder, where SQLite
 * cannot create its shared-memory file even to read).
 */
function describeCopy(file: string, nativeBinding?: string): JournalFileState {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-inspect-'));
  try {
    const copy = path.join(dir, 'journal.sqlite');
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      return describe(db);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What is at `file`. Throws only what SQLite throws for a file it cannot read at all (a damaged one): the
 * caller turns that into words.
 */
export function inspectJournalFile(file: string, nativeBinding?: string): JournalFileState {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return { kind: 'missing' };
  if (!stat.isFile()) return { kind: 'not-sqlite', looksLike: 'a folder' };
  if (stat.size === 0) return { kind: 'empty-file' };
  const head = headOf(file, 100);
  if (head.length < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER))
    return { kind: 'not-sqlite', looksLike: looksLike(head) };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (e) {
    if (/^SQLITE_(READONLY|CANTOPEN)/.test(String((e as { code?: unknown }).code)))
      return describeCopy(file, nativeBinding);
    throw e;
  }
  try {
    return describe(db);
  } catch (e) {
    if (/^SQLITE_(READONLY|CANTOPEN)/.test(String((e as { code?: unknown }).code)))
      return describeCopy(file, nativeBinding);
    throw e;
  } finally {
    db.close();
  }
}

/** A sentence saying what the file is, for `check` and the app's start. */
export function stateInWords(file: string, state: JournalFileState): string {
  const name = path.basename(file);
  switch (state.kind) {
    case 'missing':
      return `There is no journal at ${file}.`;
    case 'empty-file':
      return `${name} is empty (0 bytes): it holds no journal. If it held your entries, another program, an interrupted copy or a sync may have emptied it.`;
    case 'empty-database':
      return `${name} is an empty SQLite database (no tables) that Axis did not make.`;
    case 'not-sqlite':
      return `${name} is not an Axis journal: it is ${state.looksLike}.`;
    case 'foreign':
      return `${name} is an SQLite database of another program (tables: ${state.tables.slice(0, 8).join(', ')}${state.tables.length > 8 ? ', …' : ''}). Axis has not changed it and will not.`;
    case 'journal':
      return `${name} is an Axis journal (format ${state.version}) holding ${state.days} ${state.days === 1 ? 'day' : 'days'}.`;
  }
}
