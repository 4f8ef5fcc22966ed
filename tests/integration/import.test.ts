// Imports are all or nothing. Malformed files (wrong version, bad dates, out-of-range scores, a file cut
// short, unknown columns) are refused with the row and the reason, and the journal file stays byte-for-byte
// as it was. Merging keeps what the journal already holds and renumbers what it adds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { issueText } from '$shared/export/issues';
import { fileHash, openTestJournal, type TestJournal } from '../helpers/journal';

const NOW = new Date(2026, 10, 30, 20, 15);
let source: TestJournal;
let json: string;

beforeAll(async () => {
  source = openTestJournal({ now: () => NOW });
  fillDemoJournal(source.app.ctx, { days: 120, seed: 3 });
  fillDemoTrial(source.app.ctx, { seed: 3 });
  json = (await source.value('data.exportJson', {})).text!;
});
afterAll(() => source.close());

describe('malformed files are refused with row and reason, and nothing is written', () => {
  let target: TestJournal;
  beforeEach(async () => {
    target?.close();
    target = openTestJournal({ now: () => NOW });
    fillDemoJournal(target.app.ctx, { days: 20, seed: 9, until: '2026-06-30' });
  });
  afterAll(() => target.close());

  // Made when the test runs: the export exists only once beforeAll has run.
  const edited =
    (
      fn: (data: {
        version: number;
        appSchemaVersion: number;
        tables: Record<string, Record<string, unknown>[]>;
      }) => void,
    ) =>
    () => {
      const data = JSON.parse(json);
      fn(data);
      return JSON.stringify(data);
    };
  const jsonCases: [string, () => string, RegExp][] = [
    ['a future export version', edited((d) => (d.version = 2)), /newer version of Axis \(export format 2\)/],
    ['a journal from a newer Axis', edited((d) => (d.appSchemaVersion = 99)), /journal format 99/],
    [
      'a bad date',
      edited((d) => (d.tables.check_ins![4]!.day = '2026-02-31')),
      /^check_ins, row 5, column day: must be a real date written YYYY-MM-DD$/,
    ],
    [
      'an out-of-range score',
      edited((d) => (d.tables.check_ins![13]!.skin_overall = 12)),
      /^check_ins, row 14, column skin_overall: 12 is above the 0–10 scale$/,
    ],
    [
      'an unknown column',
      edited((d) => (d.tables.check_ins![0]!.mood = 'fine')),
      /^check_ins, row 1, column mood: has a field Axis does not know: mood$/,
    ],
    [
      'a duplicate day',
      edited((d) => (d.tables.check_ins![1]!.day = d.tables.check_ins![0]!.day)),
      /^check_ins, row 2, column day: \d{4}-\d\d-\d\d appears twice \(also row 1\)$/,
    ],
    ['a file cut short', () => json.slice(0, Math.floor(json.length * 0.7)), /cut short \(truncated\)/],
  ];

  it.each(jsonCases)('JSON with %s', async (_what, make, reason) => {
    const text = make();
    const before = fileHash(target);
    for (const mode of ['merge', 'replace-empty'] as const) {
      const preview = await target.value('data.previewJsonImport', { text, mode });
      expect(preview.ok).toBe(false);
      expect(
        preview.errors.map(issueText).some((e) => reason.test(e)),
        preview.errors.map(issueText).join('\n'),
      ).toBe(true);
      const result = await target.call('data.importJson', { text, mode });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Nothing was imported: /);
    }
    expect(fileHash(target)).toBe(before);
  });

  const csvCases: [string, string, string][] = [
    [
      'an unknown column',
      'day,skin_overall,mood\n2026-11-01,3,fine\n',
      'Row 1, column mood: is not mapped: choose the Axis field it holds, or ignore it',
    ],
    [
      'a bad date',
      'day,skin_overall\n2026-11-01,3\n2026-13-01,4\n',
      'Row 3, column day: "2026-13-01" is not a real date written YYYY-MM-DD',
    ],
    [
      'an out-of-range score',
      'day,skin_overall,sleep_hours\n2026-11-01,3,7\n2026-11-02,4,25\n',
      'Row 3, column sleep_hours: 25 is more than 24 hours',
    ],
    [
      'a duplicate day',
      'day,stress\n2026-11-01,3\n2026-11-01,4\n',
      'Row 3, column day: 2026-11-01 appears twice (also row 2)',
    ],
    [
      'a file cut short',
      'day,notes\n2026-11-01,"a note that never',
      'Row 2: a quoted cell is never closed: the file may be cut short',
    ],
  ];

  it.each(csvCases)('CSV with %s', async (_what, text, reason) => {
    const before = fileHash(target);
    const preview = await target.value('data.previewCsvImport', { text });
    expect(preview.ok).toBe(false);
    expect(preview.errors.map(issueText)).toContain(reason);
    const mapping = preview.mapping.fields.length
      ? preview.mapping
      : { fields: ['day'], dateFormat: 'YYYY-MM-DD' as const };
    const result = await target.call('data.importCsv', { text, mapping });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fileHash(target)).toBe(before);
  });

  it('refuses "into an empty journal" when the journal has entries, in words, writing nothing', async () => {
    const before = fileHash(target);
    const preview = await target.value('data.previewJsonImport', { text: json, mode: 'replace-empty' });
    expect(preview.ok).toBe(false);
    expect(preview.summary).toMatch(/^Your journal already holds \d+ days, 3 supplements, .*choose "Merge"/);
    expect(await target.call('data.importJson', { text: json, mode: 'replace-empty' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(fileHash(target)).toBe(before);
  });
});

describe('merging into a journal with entries', () => {
  it('keeps the days the journal has, adds the others, and renumbers supplements and trials', async () => {
    const target = openTestJournal({ now: () => NOW });
    try {
      // Its own history: a different supplement first (so ids differ), then days overlapping the file's.
      await target.value('supplements.add', {
        name: 'Fish oil',
        dose: 1,
        unit: 'g',
        details: '',
        startedOn: '2026-08-01',
      });
      const first = JSON.parse(json).tables.check_ins[0].day as string;
      await target.value('checkIns.save', { day: first, values: { skinOverall: 9, notes: 'mine' } });

      const preview = await target.value('data.previewJsonImport', { text: json, mode: 'merge' });
      expect(preview.ok).toBe(true);
      expect(preview.counts.find((c) => c.table === 'check_ins')).toMatchObject({ inFile: 113, added: 112, kept: 1 });
      expect(preview.summary).toMatch(/keeps what your journal already had for 1 day, 2 supplements taken/);
      await target.value('data.importJson', { text: json, mode: 'merge' });

      expect(target.app.db.prepare('SELECT skin_overall, notes FROM check_ins WHERE day = ?').get(first)).toEqual({
        skin_overall: 9,
        notes: 'mine',
      });
      const taken = (j: TestJournal, skip: string) =>
        j.app.db
          .prepare(
            'SELECT i.day, s.name, i.dose FROM supplement_intakes i JOIN supplements s ON s.id = i.supplement_id WHERE i.day <> ? ORDER BY i.day, s.name',
          )
          .all(skip);
      expect(taken(target, first)).toEqual(taken(source, first)); // every intake points at the right supplement
      const trial = (j: TestJournal) =>
        j.app.db
          .prepare(
            'SELECT t.name, p.kind, p.start_day, count(a.day) AS answers FROM trials t JOIN trial_phases p ON p.trial_id = t.id LEFT JOIN trial_adherence a ON a.trial_id = t.id AND a.day BETWEEN p.start_day AND p.end_day GROUP BY p.id ORDER BY p.position',
          )
          .all();
      expect(trial(target)).toEqual(trial(source));
      expect(
        target.app.db
          .prepare(
            'SELECT count(*) AS n FROM trial_regimen_changes r JOIN regimen_changes c ON c.id = r.regimen_change_id',
          )
          .get(),
      ).toEqual({ n: 1 });
      // The trial's "Before you start" answers come with it, attached to the trial's new number.
      expect(
        target.app.db.prepare('SELECT t.name, s.age_band FROM trial_safety s JOIN trials t ON t.id = s.trial_id').all(),
      ).toEqual([{ name: 'Dairy', age_band: '18-plus' }]);

      // The same file again adds nothing.
      const again = await target.value('data.previewJsonImport', { text: json, mode: 'merge' });
      expect(again.counts.every((c) => c.added === 0)).toBe(true);
    } finally {
      target.close();
    }
  });

  it('refuses a trial that would overlap a trial on the same food, and writes nothing', async () => {
    const target = openTestJournal({ now: () => NOW });
    try {
      fillDemoJournal(target.app.ctx, { days: 120, seed: 4 });
      fillDemoTrial(target.app.ctx, { seed: 4, endDay: '2026-11-20' });
      const before = fileHash(target);
      const preview = await target.value('data.previewJsonImport', { text: json, mode: 'merge' });
      expect(preview.ok).toBe(false);
      expect(preview.summary).toMatch(
        /overlaps your "Dairy" trial .* on the same food\. Axis runs one trial per food at a time, so nothing was imported\./,
      );
      expect(await target.call('data.importJson', { text: json, mode: 'merge' })).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
      expect(fileHash(target)).toBe(before);
    } finally {
      target.close();
    }
  });

  it('imports a CSV from another tracker: mapping, day-first dates, a new supplement, days already here kept', async () => {
    const target = openTestJournal({ now: () => NOW });
    try {
      await target.value('checkIns.save', { day: '2026-03-02', values: { stress: 1 } });
      const text =
        'Date;Sleep (h);Mood;Stress level;Comments;supplement: Zinc\r\n01/03/2026;7,5;good;4;"late; tired";25 mg\r\n02/03/2026;6;ok;8;;\r\n';
      const preview = await target.value('data.previewCsvImport', { text });
      expect(preview.errors.map(issueText)).toEqual([
        'Row 1, column Mood: is not mapped: choose the Axis field it holds, or ignore it',
      ]);
      const mapping = { ...preview.suggested, fields: preview.suggested.fields.map((f) => f || 'ignore') };
      const checked = await target.value('data.previewCsvImport', { text, mapping });
      expect(checked).toMatchObject({ ok: true, added: 1, kept: 1, newSupplements: ['Zinc'] });
      expect(checked.summary).toBe(
        'This import adds 1 day; 1 day is already in your journal and will be kept as it is; Zinc will be added to your supplements.',
      );
      await target.value('data.importCsv', { text, mapping });
      expect(await target.value('checkIns.get', { day: '2026-03-01' })).toMatchObject({
        sleepHours: 7.5,
        stress: 4,
        notes: 'late; tired',
        supplements: [{ dose: 25, unit: 'mg' }],
      });
      expect(await target.value('checkIns.get', { day: '2026-03-02' })).toMatchObject({ stress: 1 });
      expect(await target.value('supplements.list', {})).toMatchObject([
        { name: 'Zinc', startedOn: '2026-03-01', details: 'Added by a CSV import' },
      ]);
    } finally {
      target.close();
    }
  });
});
