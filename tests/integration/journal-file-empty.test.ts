// A journal file emptied by another program or a failed sync (zero bytes) is never taken for a new journal:
// opening it is refused in words that point at the backups, `check` says what the file is, a command needs
// --start-new to begin a new journal in it, and the backups that still hold the entries are never pruned away
// by the empty journal's own daily backups. Another program's SQLite file is never changed at all.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openJournal } from '../../electron/core/db/open';
import { openJournalApp } from '../../electron/core/journalApp';
import { backupDaily, backupFolder, listBackups } from '../../electron/core/data/backups';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Days held by a backup file, read with SQLite itself (whatever Axis calls the file). */
function daysIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A journal with `days` days and one daily backup of it, then emptied to zero bytes by "another program". */
async function emptiedJournal(days: number, now: Date): Promise<{ dir: string; file: string; backup: string }> {
  const dir = fresh();
  const file = path.join(dir, 'journal.sqlite');
  const app = openJournalApp({ journalPath: file, now: () => now });
  fillDemoJournal(app.ctx, { days, seed: 4, missingShare: 0 });
  const backup = (await backupDaily(app.ctx))!;
  app.close();
  fs.truncateSync(file, 0);
  return { dir, file, backup: backup.name };
}

describe('a zero-byte journal file', () => {
  test('is refused when opened, in words that say what happened, and stays zero bytes', () => {
    const dir = fresh();
    const file = path.join(dir, 'journal.sqlite');
    fs.writeFileSync(file, '');
    expect(() => openJournal(file)).toThrowError(/empty \(0 bytes\)/);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['journal.sqlite']); // no WAL, no shared-memory file, nothing
  });

  test('`check` names it and the newest backup that holds the entries, and changes nothing', async () => {
    const now = new Date(2026, 10, 30, 20);
    const { dir, file, backup } = await emptiedJournal(30, now);
    const result = await cli('check', '--journal', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/journal\.sqlite is empty \(0 bytes\)/);
    expect(result.err).toContain(backup);
    expect(result.err).toMatch(/30 days/);
    expect(result.err).toContain('restore');
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'journal.sqlite']);
  });

  test('a command starts a new journal in it only when told to with --start-new', async () => {
    const dir = fresh();
    const file = path.join(dir, 'journal.sqlite');
    fs.writeFileSync(file, '');
    const refused = await cli('demo', '--days', '5', '--journal', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/empty \(0 bytes\).*--start-new/s);
    expect(fs.statSync(file).size).toBe(0);
    expect(await cli('demo', '--days', '5', '--start-new', '--journal', file)).toMatchObject({ code: 0 });
    expect(daysIn(file)).toBeGreaterThan(0);
  });
});

describe('backups of a journal that lost its entries', () => {
  test('pruning never removes the newest backup that holds entries', async () => {
    let now = new Date(2026, 10, 1, 20);
    const dir = fresh();
    const file = path.join(dir, 'journal.sqlite');
    const app = openJournalApp({ journalPath: file, now: () => now });
    fillDemoJournal(app.ctx, { days: 40, seed: 6, missingShare: 0 });
    await app.router.handle('settings.update', { backupsToKeep: 3 }, { url: 'test:' });
    await backupDaily(app.ctx);
    // Another program empties the journal's tables. Axis warns and takes no automatic backup until the person
    // decides; here they keep the journal as it is (a backup of it now), and daily backups go on, empty.
    app.db.exec('DELETE FROM supplement_intakes; DELETE FROM check_ins; DELETE FROM regimen_changes;');
    now = new Date(2026, 10, 1, 20, 30);
    expect(await backupDaily(app.ctx)).toBeNull();
    await app.router.handle('backups.create', {}, { url: 'test:' });
    for (let day = 1; day <= 15; day++) {
      now = new Date(2026, 10, 1 + day, 20);
      await backupDaily(app.ctx);
    }
    const held = listBackups(app.ctx).map((b) => daysIn(path.join(backupFolder(app.ctx), b.name)));
    app.close();
    expect(held.filter((n) => n === 0).length).toBeGreaterThan(3); // the empty journal's own backups
    expect(held).toContain(40);
  });

  test('the list warns when the journal holds far fewer days than its last backup', async () => {
    const now = new Date(2026, 10, 30, 20);
    const dir = fresh();
    const file = path.join(dir, 'journal.sqlite');
    const app = openJournalApp({ journalPath: file, now: () => now });
    fillDemoJournal(app.ctx, { days: 60, seed: 8, missingShare: 0 });
    await backupDaily(app.ctx);
    app.db.exec("DELETE FROM supplement_intakes; DELETE FROM check_ins WHERE day < '2026-11-28';");
    const list = await app.router.handle('backups.list', {}, { url: 'test:' });
    app.close();
    expect(list).toMatchObject({
      ok: true,
      value: { warning: expect.stringMatching(/holds 3 days.*holds 60/s) },
    });
  });
});

describe('another program’s SQLite file', () => {
  function foreign(dir: string, version = 0): string {
    const file = path.join(dir, 'contacts.db');
    const db = new Database(file);
    db.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Ana', '555-0100');");
    db.pragma(`user_version = ${version}`);
    db.close();
    return file;
  }

  test.each([0, 7])(
    'is refused (its format number %i), left byte for byte as it was, with no WAL and no copy beside it',
    (version) => {
      const dir = fresh();
      const file = foreign(dir, version);
      const before = hash(file);
      expect(() => openJournal(file)).toThrowError(/another program.*contacts/s);
      expect(hash(file)).toBe(before);
      expect(fs.readdirSync(dir)).toEqual(['contacts.db']);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([{ name: 'contacts' }]);
      db.close();
    },
  );

  test('`check` says what it is and changes nothing; no flag makes a command adopt it', async () => {
    const dir = fresh();
    const file = foreign(dir);
    const before = hash(file);
    const check = await cli('check', '--journal', file);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/contacts\.db is an SQLite database of another program \(tables: contacts\)/);
    const demo = await cli('demo', '--days', '5', '--start-new', '--journal', file);
    expect(demo.code).toBe(1);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['contacts.db']);
  });
});
