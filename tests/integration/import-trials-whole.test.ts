// A JSON import checks each trial as a whole, not just row by row: its phases follow one another without a gap
// or an overlap from the trial's first day, in the protocol's order; the answers and slips fall inside it;
// and two trials of the same food do not run at once unless the person says so. A merge that would run two
// trials of one food at once is refused in words. Every refusal leaves the journal as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { fillDemo } from '../../electron/core/data/demoJournal';
import { addDays } from '$shared/domain/day';
import { cli } from '../helpers/cli';
import { openTestJournal, snapshot, tempDir, type TestJournal } from '../helpers/journal';

type Row = Record<string, unknown>;
type Export = { tables: Record<string, Row[]> };

let dir: string;
let exported: Export;
const NOW = new Date(2026, 10, 30, 20);

beforeAll(async () => {
  dir = tempDir('axis-trials-import-');
  const source = openTestJournal({ now: () => NOW });
  fillDemo(source.app.ctx, { days: 240, seed: 7 });
  exported = JSON.parse((await source.value('data.exportJson', { via: 'text' })).text!) as Export;
  source.close();
  expect(exported.tables.trials).toHaveLength(1);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const copy = (): Export => JSON.parse(JSON.stringify(exported)) as Export;
const phases = (data: Export) => data.tables.trial_phases!;

/** Five ways a hand-edited file can describe a trial that cannot have happened. */
const BROKEN: [string, (data: Export) => void, RegExp][] = [
  [
    'overlapping phases',
    (d) => (phases(d)[1]!.start_day = addDays(phases(d)[0]!.end_day as string, -3)),
    /trials, row 1: the elimination starts on \d{4}-\d\d-\d\d, but the baseline runs to \d{4}-\d\d-\d\d/,
  ],
  [
    'a gap between phases',
    (d) => (phases(d)[2]!.start_day = addDays(phases(d)[1]!.end_day as string, 5)),
    /trials, row 1: the reintroduction starts on \d{4}-\d\d-\d\d, but the elimination ends on \d{4}-\d\d-\d\d: phases follow one another/,
  ],
  [
    'a first phase that does not start with the trial',
    (d) => (d.tables.trials![0]!.start_day = addDays(phases(d)[0]!.start_day as string, -10)),
    /trials, row 1: the trial starts on \d{4}-\d\d-\d\d but its first phase on \d{4}-\d\d-\d\d/,
  ],
  [
    'an answer outside the trial',
    (d) => (d.tables.trial_adherence![0]!.day = addDays(d.tables.trials![0]!.start_day as string, -30)),
    /trial_adherence, row 1, column day: \d{4}-\d\d-\d\d is outside the trial/,
  ],
  [
    'two trials of the same food at once',
    (d) => {
      const second: Row = { ...d.tables.trials![0]!, id: 2, start_day: addDays(phases(d)[0]!.start_day as string, 20) };
      d.tables.trials!.push(second);
      let start = second.start_day as string;
      for (const p of phases(d).filter((x) => x.trial_id === 1)) {
        const days = 1 + Math.round((Date.parse(p.end_day as string) - Date.parse(p.start_day as string)) / 864e5);
        const end = addDays(start, days - 1);
        phases(d).push({ ...p, id: (p.id as number) + 10, trial_id: 2, start_day: start, end_day: end });
        start = addDays(end, 1);
      }
      second.switch_first = second.switch_last = second.switch_day = phases(d).find((p) => p.id === 12)!.start_day;
    },
    /trials, row 2: the "Dairy" trial \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\) runs at the same time as the "Dairy" trial in row 1/,
  ],
];

describe('a file whose trial cannot have happened is refused, and nothing is written', () => {
  test.each(BROKEN)('%s', async (_name, breakIt, words) => {
    const data = copy();
    breakIt(data);
    const target = openTestJournal({ now: () => NOW });
    try {
      const before = snapshot(target.app);
      const result = await target.call('data.importJson', { text: JSON.stringify(data), mode: 'replace-empty' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(words);
      expect(snapshot(target.app)).toEqual(before);
    } finally {
      target.close();
    }
  });

  test('two trials of the same food at once come in when the person says so', async () => {
    const data = copy();
    BROKEN[4]![1](data);
    const file = path.join(dir, 'overlap.json');
    fs.writeFileSync(file, JSON.stringify(data));
    const refused = await cli('import', file, '--journal', path.join(dir, 'refused.sqlite'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/--allow-overlapping-trials/);
    const journal = path.join(dir, 'allowed.sqlite');
    const allowed = await cli('import', file, '--allow-overlapping-trials', '--journal', journal);
    expect(allowed.err).toBe('');
    expect(allowed.code).toBe(0);
    const app = openJournalApp({ journalPath: journal });
    expect(app.db.prepare('SELECT count(*) AS n FROM trials').get()).toEqual({ n: 2 });
    app.close();
  });
});

describe('merging', () => {
  let target: TestJournal;
  beforeAll(async () => {
    target = openTestJournal({ now: () => NOW });
    await target.value('data.importJson', { text: JSON.stringify(exported), mode: 'replace-empty' });
  });
  afterAll(() => target.close());

  test('a file’s trial of the same food that overlaps the journal’s is refused in words', async () => {
    const data = copy();
    const shift = 12;
    const trial = data.tables.trials![0]!;
    trial.start_day = addDays(trial.start_day as string, shift);
    for (const key of ['switch_first', 'switch_last', 'switch_day']) trial[key] = addDays(trial[key] as string, shift);
    for (const p of phases(data)) {
      p.start_day = addDays(p.start_day as string, shift);
      p.end_day = addDays(p.end_day as string, shift);
    }
    for (const table of ['trial_adherence', 'trial_slips'])
      for (const r of data.tables[table]!) r.day = addDays(r.day as string, shift);
    const before = snapshot(target.app);
    const preview = await target.value('data.previewJsonImport', { text: JSON.stringify(data), mode: 'merge' });
    expect(preview.ok).toBe(false);
    expect(preview.summary).toMatch(/overlaps your "Dairy" trial .* same food/);
    const result = await target.call('data.importJson', { text: JSON.stringify(data), mode: 'merge' });
    expect(result.ok).toBe(false);
    expect(snapshot(target.app)).toEqual(before);
  });

  test('two trials of the same food at once in the file are refused when merged too', async () => {
    const journal = openTestJournal({ now: () => NOW });
    try {
      await journal.value('checkIns.save', { day: '2026-11-30', values: { stress: 2 } });
      const data = copy();
      BROKEN[4]![1](data);
      const before = snapshot(journal.app);
      const result = await journal.call('data.importJson', { text: JSON.stringify(data), mode: 'merge' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(BROKEN[4]![2]);
      expect(snapshot(journal.app)).toEqual(before);
    } finally {
      journal.close();
    }
  });
});
