// Opening a journal: what is refused, what is migrated, and what is never touched.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { JournalOpenError, openJournal, LATEST_VERSION } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { tempDir } from '../helpers/journal';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening a journal', () => {
  test('a new file gets the latest schema, WAL, foreign keys and FULL sync', () => {
    const file = path.join(fresh(), 'sub', 'j.sqlite');
    const db = openJournal(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  test('a journal from a newer Axis is refused in words and left byte-for-byte as it was', () => {
    const file = path.join(fresh(), 'future.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE x (a)');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = hash(file);
    const files = fs.readdirSync(path.dirname(file));
    expect(() => openJournal(file)).toThrowError(/newer version of Axis.*has not been changed/s);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(files);
  });

  test('a file that is not SQLite is refused in words', () => {
    const file = path.join(fresh(), 'notes.sqlite');
    fs.writeFileSync(file, 'Dear diary, this is not a database.'.repeat(100));
    const before = hash(file);
    expect(() => openJournal(file)).toThrowError(JournalOpenError);
    expect(hash(file)).toBe(before);
  });

  test('migration takes a copy first, runs every pending step, and keeps the data', () => {
    const dir = fresh();
    const file = path.join(dir, 'old.sqlite');
    const v1 = openJournal(file, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare(
      "INSERT INTO check_ins (day, skin_overall, created_at, updated_at) VALUES ('2026-01-02', 4, 'x', 'x')",
    ).run();
    v1.close();
    const db = openJournal(file, { backupDir: path.join(dir, 'backups') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT day, skin_overall FROM check_ins').all()).toEqual([
      { day: '2026-01-02', skin_overall: 4 },
    ]);
    db.close();
    const copies = fs.readdirSync(path.join(dir, 'backups'));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/^old\.sqlite\..*\.before-v2\.1d\.sqlite$/); // see db/backupNames.ts
    const copy = new Database(path.join(dir, 'backups', copies[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT count(*) AS n FROM check_ins').get()).toEqual({ n: 1 });
    copy.close();
  });

  test('a migration that fails midway leaves the journal as it was and says why', () => {
    const file = path.join(fresh(), 'j.sqlite');
    openJournal(file, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      (db: Database.Database) => db.exec('CREATE TABLE half_done (a)'),
      () => {
        throw new Error('disk full');
      },
    ];
    expect(() => openJournal(file, { migrations: broken })).toThrowError(
      /format 3 failed \(disk full\).*left as it was/s,
    );
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  test('a damaged journal is refused with a pointer to backups', () => {
    const file = path.join(fresh(), 'j.sqlite');
    const db = openJournal(file);
    for (let i = 0; i < 200; i++)
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`k${i}`, 'x'.repeat(500));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x55, 4096 * 2, 4096 * 2 + 2000); // scribble over part of a table page
    fs.writeFileSync(file, bytes);
    expect(() => openJournal(file)).toThrowError(/damaged|not an Axis journal|could not open/);
  });
});
