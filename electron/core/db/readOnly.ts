// A journal Axis cannot write (a read-only file, or a folder it may not write to, such as another account's
// or a write-protected stick) is still opened, read-only, so the person can read it and take it elsewhere.
// In a read-only folder SQLite cannot create the shared-memory file a WAL journal needs even for reading,
// so Axis reads a copy of it from a private temporary folder instead, removed when the journal is closed.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorCodeOf } from '../failures';

type Db = Database.Database;
const copies = new WeakMap<Db, string>();

function copyOf(file: string, nativeBinding?: string): { db: Db; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-read-only-'));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`); // entries not yet checkpointed
  return { db: new Database(copy, { readonly: true, fileMustExist: true, nativeBinding }), dir };
}

export function openReadOnly(file: string, nativeBinding?: string): Db {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get(); // the shared-memory file is needed only now
      return db;
    } catch (e) {
      db.close();
      throw e;
    }
  } catch (e) {
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(errorCodeOf(e) ?? '')) throw e;
  }
  const { db, dir } = copyOf(file, nativeBinding);
  copies.set(db, dir);
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return db;
}

/** Closes a journal and removes the copy a read-only one was read from. */
export function closeJournal(db: Db): void {
  if (db.open) db.close();
  const dir = copies.get(db);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
