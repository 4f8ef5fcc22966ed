// A check-in for a day more than one day ahead of today (by the person's day-end setting) is refused with
// the reason, wherever it comes from: the app's check-in, the command line, a CSV or a JSON import. Tomorrow
// is still allowed (a person writing just after midnight, a clock a little off).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { cli } from '../helpers/cli';
import { openTestJournal, snapshot, tempDir, type TestJournal } from '../helpers/journal';

// 30 November 2026 at 01:30: with the day ending at 3 am, "today" is still 29 November.
const NOW = new Date(2026, 10, 30, 1, 30);
let j: TestJournal;
let dir: string;
beforeAll(async () => {
  j = openTestJournal({ now: () => NOW });
  await j.value('settings.update', { dayEndsAtHour: 3 });
  dir = tempDir('axis-future-');
});
afterAll(() => {
  j.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the check-in', () => {
  test('tomorrow by the day-end setting is accepted; the day after is refused with the reason', async () => {
    expect(await j.call('checkIns.save', { day: '2026-11-30', values: { stress: 2 } })).toMatchObject({ ok: true });
    const before = snapshot(j.app);
    const refused = await j.call('checkIns.save', { day: '2026-12-01', values: { stress: 2 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!refused.ok)
      expect(refused.error.message).toMatch(
        /2026-12-01 is more than a day ahead of today \(2026-11-29, by your day ending at 3 am\)/,
      );
    expect((await j.call('checkIns.save', { day: '2199-06-01', values: { stress: 2 } })).ok).toBe(false);
    expect(snapshot(j.app)).toEqual(before);
  });
});

describe('imports', () => {
  test('a CSV row dated 2199 is refused by row, and nothing is imported', async () => {
    const journal = path.join(dir, 'csv.sqlite');
    const csv = path.join(dir, 'future.csv');
    fs.writeFileSync(csv, 'day,stress\n2026-11-01,3\n2199-01-01,4\n');
    const result = await cli('import', csv, '--journal', journal);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Row 3, column day: 2199-01-01 is more than a day ahead of today/);
    expect(fs.existsSync(journal)).toBe(false);
  });

  test('a JSON export holding a day in the future is refused by table and row', async () => {
    const source = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
    fillDemoJournal(source.app.ctx, { days: 20, seed: 2, missingShare: 0 });
    const data = JSON.parse((await source.value('data.exportJson', { via: 'text' })).text!) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    source.close();
    data.tables.check_ins![19]!.day = '2199-01-01';
    data.tables.supplement_intakes = data.tables.supplement_intakes!.filter((r) => r.day !== '2026-11-30');
    const target = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
    try {
      const before = snapshot(target.app);
      const result = await target.call('data.importJson', { text: JSON.stringify(data), mode: 'replace-empty' });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(/check_ins, row 20, column day: 2199-01-01 is more than a day ahead/);
      expect(snapshot(target.app)).toEqual(before);
    } finally {
      target.close();
    }
  });
});
