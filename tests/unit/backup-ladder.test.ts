// Which automatic backups are kept (electron/core/data/backupLadder.ts), and what a backup's name says
// (electron/core/db/backupNames.ts), on names alone.
import { describe, expect, test } from 'vitest';
import { backupsToPrune, lostDays, type LadderBackup } from '../../electron/core/data/backupLadder';
import { backupFileName, parseBackupName } from '../../electron/core/db/backupNames';
import { addDays } from '$shared/domain/day';

/** One automatic backup a day at 20:00 UTC for `n` days up to 2027-03-10, newest first. */
function daily(n: number, days: (i: number) => number = () => 10): LadderBackup[] {
  return Array.from({ length: n }, (_, i) => {
    const day = addDays('2027-03-10', -i);
    return { name: `b${i}`, kind: 'daily', createdAt: `${day}T12:00:00.000Z`, days: days(i), legacy: false };
  });
}

describe('the ladder', () => {
  test('keeps the newest N, one a day for N days, one a week for 8 weeks and one a month for 12 months', () => {
    const list = daily(400);
    const kept = list.filter((b) => !backupsToPrune(list, 5, 0).includes(b)).map((b) => b.createdAt.slice(0, 10));
    expect(kept.slice(0, 5)).toEqual(['2027-03-10', '2027-03-09', '2027-03-08', '2027-03-07', '2027-03-06']);
    expect(kept).toContain('2027-02-28'); // a Sunday: the newest of its week, and of February
    expect(kept).toContain('2026-04-30'); // the newest of the twelfth month back
    expect(kept).not.toContain('2026-03-31'); // a thirteenth month is not kept
    expect(kept.length).toBeLessThanOrEqual(5 + 8 + 12);
  });

  test('never prunes the newest backup that holds entries, however many empty ones follow it', () => {
    const list = daily(400, (i) => (i < 200 ? 0 : 300)); // the journal was emptied 200 days ago
    const doomed = backupsToPrune(list, 1, 0);
    expect(doomed).not.toContain(list[200]); // on no rung of the ladder: kept for its entries alone
    expect(doomed).toContain(list[201]);
  });

  test('keeps only the latest quit backup; never prunes the person’s own or legacy ones', () => {
    const list: LadderBackup[] = [
      { name: 'q2', kind: 'quit', createdAt: '2027-03-10T21:00:00.000Z', days: 9, legacy: false },
      { name: 'q1', kind: 'quit', createdAt: '2027-03-10T20:00:00.000Z', days: 9, legacy: false },
      { name: 'm', kind: 'manual', createdAt: '2020-01-01T00:00:00.000Z', days: 9, legacy: false },
      { name: 'old', kind: 'daily', createdAt: '2019-01-01T00:00:00.000Z', days: null, legacy: true },
    ];
    expect(backupsToPrune(list, 1, 0).map((b) => b.name)).toEqual(['q1']);
  });

  test('"far fewer days": at most half, and at least a week missing', () => {
    expect(lostDays(3, 240)).toBe(true);
    expect(lostDays(120, 240)).toBe(true);
    expect(lostDays(121, 240)).toBe(false);
    expect(lostDays(0, 6)).toBe(false); // a new journal's first week
    expect(lostDays(0, null)).toBe(false);
  });
});

describe('backup names', () => {
  const at = new Date('2026-11-30T19:15:00.000Z');
  test('carry the full file name, the stable id, the time, the kind and the days held', () => {
    const name = backupFileName('/x/mine.db', '0a1b2c3d4e5f', 'daily', at, 240);
    expect(name).toBe('mine.db.0a1b2c3d4e5f.2026-11-30T19-15-00-000Z.daily.240d.sqlite');
    expect(parseBackupName('/x/mine.db', '0a1b2c3d4e5f', name)).toEqual({
      kind: 'daily',
      createdAt: at.toISOString(),
      days: 240,
      encrypted: false,
      legacy: false,
    });
    expect(parseBackupName('/x/mine.sqlite', '0a1b2c3d4e5f', name)).toBeNull(); // another journal's
    expect(parseBackupName('/x/mine.db', '0a1b2c3d4e5f', `${name}.axisenc`)).toMatchObject({ encrypted: true });
  });

  test('an earlier journal’s in this file, and those an older Axis named, are listed as legacy', () => {
    const other = backupFileName('/x/j.sqlite', 'ffffffffffff', 'quit', at, 3);
    expect(parseBackupName('/x/j.sqlite', '0a1b2c3d4e5f', other)).toMatchObject({ kind: 'quit', legacy: true });
    expect(parseBackupName('/x/j.sqlite', '0a1b2c3d4e5f', 'j.2026-11-30T19-15-00-000Z.daily.sqlite')).toEqual({
      kind: 'daily',
      createdAt: at.toISOString(),
      days: null,
      encrypted: false,
      legacy: true,
    });
    expect(parseBackupName('/x/j.sqlite', '0a1b2c3d4e5f', 'j.before-v3.2026-11-30T19-15-00-000Z.sqlite')).toMatchObject(
      { kind: 'before-migration', legacy: true },
    );
    expect(parseBackupName('/x/j.sqlite', '0a1b2c3d4e5f', 'notes.txt')).toBeNull();
  });
});
