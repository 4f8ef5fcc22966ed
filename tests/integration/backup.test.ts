// Backups: taken with SQLite's online backup, named to sort by time, pruned to the newest N automatic ones,
// once a day and on quit; restoring one brings every table back exactly, after backing up the current state,
// and a file that is not a journal, or is from a newer Axis, is refused with the journal left as it was.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalDayOf } from '$shared/domain/day';
import { openJournal } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { backupDaily, backupFolder, backupOnQuit, listBackups } from '../../electron/core/data/backups';
import { stampOf } from '../../electron/core/files';
import { journalIdOf } from '../../electron/core/db/identity';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { fileHash, openTestJournal, snapshotByKey, type TestJournal } from '../helpers/journal';

let clock = new Date(2026, 10, 30, 20, 15);
const open: TestJournal[] = [];
function journal(): TestJournal {
  const j = openTestJournal({ now: () => clock });
  open.push(j);
  return j;
}
afterEach(() => {
  for (const j of open.splice(0)) j.close();
  clock = new Date(2026, 10, 30, 20, 15);
});

const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

describe('taking backups', () => {
  it('"Back up now" writes a complete copy into the backups folder beside the journal, named by time', async () => {
    const j = journal();
    fillDemoJournal(j.app.ctx, { days: 30, seed: 1 });
    const made = await j.value('backups.create', {});
    const days = (j.app.db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
    const id = journalIdOf(j.app.db);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(made).toMatchObject({
      kind: 'manual',
      label: 'Made by you',
      createdAt: clock.toISOString(),
      // the journal's full file name and stable id, the time, the kind, and the days it holds
      name: `journal.sqlite.${id}.${stampOf(clock)}.manual.${days}d.sqlite`,
      days,
      encrypted: false,
      legacy: false,
    });
    const list = await j.value('backups.list', {});
    expect(list).toEqual({
      folder: path.join(j.dir, 'backups'),
      keep: 10,
      backups: [made],
      warning: null,
      encrypted: false,
    });
    const copy = new Database(path.join(list.folder, made.name), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM check_ins').get()).toEqual(
      j.app.db.prepare('SELECT count(*) AS n FROM check_ins').get(),
    );
    copy.close();
    expect(fs.readdirSync(list.folder).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('takes the daily backup once per journal day, and never for the demo journal', async () => {
    const j = journal();
    expect(await backupDaily(j.app.ctx)).toMatchObject({ kind: 'daily' });
    later(60);
    expect(await backupDaily(j.app.ctx)).toBeNull();
    later(24 * 60);
    expect(await backupDaily(j.app.ctx)).toMatchObject({ kind: 'daily' });
    expect(listBackups(j.app.ctx).map((b) => b.kind)).toEqual(['daily', 'daily']);
    expect(await backupDaily({ ...j.app.ctx, isDemo: true })).toBeNull();
  });

  it('keeps the newest N automatic backups and a ladder of days, weeks and months; one quit backup; never deletes yours', async () => {
    const j = journal(); // clock: Monday 30 November 2026, 20:15
    await j.value('settings.update', { backupsToKeep: 3 });
    const mine = await j.value('backups.create', {});
    for (let i = 0; i < 100; i++) {
      later(24 * 60);
      await backupDaily(j.app.ctx); // 1 December 2026 to Wednesday 10 March 2027
    }
    later(1);
    const firstQuit = backupOnQuit(j.app.ctx)!;
    later(1);
    const lastQuit = backupOnQuit(j.app.ctx)!;
    const list = listBackups(j.app.ctx);
    const day = (b: { createdAt: string }) => journalDayOf(new Date(b.createdAt), 0);
    expect(list[0]!.name).toBe(lastQuit.name); // the newest of its day, week and month
    expect(list.map((b) => b.name)).not.toContain(firstQuit.name);
    expect(list.slice(1).map((b) => `${day(b)} ${b.kind}`)).toEqual([
      '2027-03-10 daily', // the newest three (the older quit backup does not count)
      '2027-03-09 daily', // the last three days
      '2027-03-08 daily',
      '2027-03-07 daily', // the newest of each of the last eight weeks (Monday to Sunday)
      '2027-02-28 daily', // …which is also February's newest
      '2027-02-21 daily',
      '2027-02-14 daily',
      '2027-02-07 daily',
      '2027-01-31 daily', // …and January's
      '2027-01-24 daily',
      '2026-12-31 daily', // the newest of each month
      '2026-11-30 manual', // made by the person: never pruned
    ]);
    expect(list.at(-1)!.name).toBe(mine.name);
  });

  it('lists the copy taken before a format update, and ignores other files in the folder', async () => {
    const j = journal();
    fs.mkdirSync(backupFolder(j.app.ctx), { recursive: true });
    fs.writeFileSync(path.join(backupFolder(j.app.ctx), `journal.before-v3.${stampOf(clock)}.sqlite`), '');
    fs.writeFileSync(path.join(backupFolder(j.app.ctx), 'notes.txt'), '');
    fs.writeFileSync(path.join(backupFolder(j.app.ctx), `journal.demo.${stampOf(clock)}.manual.sqlite`), '');
    expect((await j.value('backups.list', {})).backups.map((b) => b.label)).toEqual(['Before a format update']);
  });
});

describe('restoring', () => {
  it('brings every table back exactly, after backing up the current state', async () => {
    const j = journal();
    fillDemoJournal(j.app.ctx, { days: 120, seed: 3 });
    fillDemoTrial(j.app.ctx, { seed: 3 });
    const then = snapshotByKey(j.app);
    const backup = await j.value('backups.create', {});
    later(5);
    await j.value('checkIns.delete', { day: '2026-11-30' });
    await j.value('checkIns.save', { day: '2026-12-01', values: { stress: 3 } });
    await j.value('settings.update', { reportName: 'Changed' });
    const changed = snapshotByKey(j.app);

    const restored = await j.value('backups.restore', { name: backup.name });
    expect(restored.summary).toMatch(
      /^Restored 113 days from journal\.sqlite\.[0-9a-f]{12}\..*\.manual\.113d\.sqlite\. Your journal as it was just before is kept as the backup "Before a restore"/,
    );
    expect(snapshotByKey(j.app)).toEqual(then);

    // The safety copy holds the journal as it was just before the restore.
    const safety = new Database(path.join(backupFolder(j.app.ctx), restored.safetyBackup!.name), { readonly: true });
    expect(safety.prepare('SELECT count(*) AS n FROM check_ins').get()).toEqual({ n: changed.check_ins!.length });
    safety.close();
    // And the backup itself was not changed by restoring it.
    expect(fs.statSync(path.join(backupFolder(j.app.ctx), backup.name)).size).toBe(backup.sizeBytes);
  });

  it('restores a backup from an older journal format, updating a copy of it first', async () => {
    const j = journal();
    const old = path.join(j.dir, 'old.sqlite');
    const db = openJournal(old, { migrations: MIGRATIONS.slice(0, 2) });
    db.prepare(
      "INSERT INTO check_ins (day, skin_overall, created_at, updated_at) VALUES ('2025-01-02', 6, '2025-01-02T20:00:00.000Z', '2025-01-02T20:00:00.000Z')",
    ).run();
    db.close();
    const name = `journal.before-v3.${stampOf(clock)}.sqlite`;
    fs.mkdirSync(backupFolder(j.app.ctx), { recursive: true });
    fs.copyFileSync(old, path.join(backupFolder(j.app.ctx), name));
    const before = fs.readFileSync(path.join(backupFolder(j.app.ctx), name));

    await j.value('backups.restore', { name });
    expect(await j.value('checkIns.get', { day: '2025-01-02' })).toMatchObject({ skinOverall: 6 });
    expect(fs.readFileSync(path.join(backupFolder(j.app.ctx), name)).equals(before)).toBe(true);
  });

  it('refuses a file that is not a journal, or is from a newer Axis, leaving the journal as it was', async () => {
    const j = journal();
    fillDemoJournal(j.app.ctx, { days: 20, seed: 5 });
    const folder = backupFolder(j.app.ctx);
    fs.mkdirSync(folder, { recursive: true });
    const put = (kind: string, make: (file: string) => void) => {
      later(1);
      const name = `journal.${stampOf(clock)}.${kind}.sqlite`;
      make(path.join(folder, name));
      return name;
    };
    const text = put('manual', (f) => fs.writeFileSync(f, 'day,stress\n2026-01-01,3\n'));
    const empty = put('daily', (f) => new Database(f).exec('CREATE TABLE x (a)').close());
    const future = put('quit', (f) => {
      const db = openJournal(f);
      db.pragma('user_version = 99');
      db.close();
    });
    const before = fileHash(j);
    const refusals = await Promise.all([text, empty, future].map((name) => j.call('backups.restore', { name })));
    expect(refusals.map((r) => (r.ok ? 'restored' : r.error.message))).toEqual([
      `${text} is not an Axis journal (it is not an SQLite database). Your journal has not been changed.`,
      `${empty} is not an Axis journal (it holds no journal format). Your journal has not been changed.`,
      `${future} was written by a newer version of Axis (format 99); this version reads formats up to ${MIGRATIONS.length}. Update Axis to restore it. Your journal has not been changed.`,
    ]);
    expect(fileHash(j)).toBe(before);
    expect(listBackups(j.app.ctx).filter((b) => b.kind === 'before-restore')).toEqual([]); // refused before any safety copy
  });

  it('refuses names that are not backups of this journal', async () => {
    const j = journal();
    expect(await j.call('backups.restore', { name: 'journal.2026-01-01T00-00-00-000Z.manual.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await j.call('backups.restore', { name: '../journal.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await j.call('backups.restoreFile', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
