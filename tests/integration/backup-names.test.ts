// Backups belong to one journal: two journals in one folder (mine.sqlite and mine.db) never list, restore or
// prune each other's backups. Names carry the journal's full file name and its stable id, so a copy of a
// journal made beside it under another name keeps its own backups too.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openJournalApp, type JournalApp } from '../../electron/core/journalApp';
import { backupDaily, backupFolder, listBackups } from '../../electron/core/data/backups';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { tempDir } from '../helpers/journal';

const dirs: string[] = [];
const apps: JournalApp[] = [];
afterEach(() => {
  apps.splice(0).forEach((a) => a.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function daysIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test('two journals in one folder (mine.sqlite and mine.db) keep their own backups', async () => {
  const dir = tempDir();
  dirs.push(dir);
  let now = new Date(2026, 10, 1, 20);
  const open = (name: string, days: number) => {
    const app = openJournalApp({ journalPath: path.join(dir, name), now: () => now });
    apps.push(app);
    fillDemoJournal(app.ctx, { days, seed: days, missingShare: 0 });
    return app;
  };
  const a = open('mine.sqlite', 10);
  const b = open('mine.db', 20);
  for (const app of [a, b]) await app.router.handle('settings.update', { backupsToKeep: 2 }, { url: 'test:' });
  for (let day = 0; day < 4; day++) {
    now = new Date(2026, 10, 1 + day, 20);
    await backupDaily(a.ctx);
    await backupDaily(b.ctx);
  }
  const held = (app: JournalApp) => listBackups(app.ctx).map((x) => daysIn(path.join(backupFolder(app.ctx), x.name)));
  expect(held(a).length).toBeGreaterThanOrEqual(2);
  expect(held(b).length).toBeGreaterThanOrEqual(2);
  expect(new Set(held(a))).toEqual(new Set([10]));
  expect(new Set(held(b))).toEqual(new Set([20]));
  // Every file in the folder belongs to one of the two lists: nothing is listed twice, nothing is lost.
  const all = fs.readdirSync(backupFolder(a.ctx)).filter((n) => !n.startsWith('.'));
  expect([...listBackups(a.ctx), ...listBackups(b.ctx)].map((x) => x.name).sort()).toEqual(all.sort());
});

test('a copy of a journal beside it under another name does not share or prune its backups', async () => {
  const dir = tempDir();
  dirs.push(dir);
  let now = new Date(2026, 10, 1, 20);
  const first = openJournalApp({ journalPath: path.join(dir, 'journal.sqlite'), now: () => now });
  apps.push(first);
  fillDemoJournal(first.ctx, { days: 12, seed: 1, missingShare: 0 });
  await backupDaily(first.ctx);
  first.db.pragma('wal_checkpoint(TRUNCATE)');
  fs.copyFileSync(path.join(dir, 'journal.sqlite'), path.join(dir, 'journal-copy.sqlite'));
  const copy = openJournalApp({ journalPath: path.join(dir, 'journal-copy.sqlite'), now: () => now });
  apps.push(copy);
  expect(listBackups(copy.ctx)).toEqual([]);
  now = new Date(2026, 10, 2, 20);
  await backupDaily(copy.ctx);
  expect(listBackups(first.ctx)).toHaveLength(1);
  expect(listBackups(copy.ctx)).toHaveLength(1);
  expect(listBackups(first.ctx)[0]!.name).not.toBe(listBackups(copy.ctx)[0]!.name);
});
