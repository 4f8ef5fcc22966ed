// Reading a JSON export: a wrong or future format, a file cut short, bad dates, out-of-range scores, unknown
// fields and tables, duplicates and dangling references are each refused with the table, row and column, in
// words. And the documentation names every table, field and CSV column the code defines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS } from '$shared/export/csvColumns';
import { EXPORT_FORMAT, journalExportSchema, readExport } from '$shared/export/format';
import { issueText } from '$shared/export/issues';
import { TABLES } from '$shared/export/tables';

const AT = '2026-11-30T19:15:00.000Z';
const day = (d: string, extra: Record<string, unknown> = {}) => ({
  day: d,
  ...Object.fromEntries(
    Object.keys(TABLES.find((t) => t.name === 'check_ins')!.columns)
      .filter((c) => !['day', 'body_areas', 'notes', 'created_at', 'updated_at'].includes(c))
      .map((c) => [c, null]),
  ),
  body_areas: [],
  notes: '',
  created_at: AT,
  updated_at: AT,
  ...extra,
});

function file(tables: Record<string, unknown[]> = {}, head: Record<string, unknown> = {}) {
  const all = Object.fromEntries(TABLES.map((t) => [t.name, []]));
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: AT,
    appSchemaVersion: 3,
    tables: { ...all, ...tables },
    ...head,
  };
}
const read = (value: unknown) => readExport(typeof value === 'string' ? value : JSON.stringify(value), 3);
const problems = (value: unknown) => {
  const r = read(value);
  return r.ok ? [] : r.issues.map(issueText);
};

describe('readExport', () => {
  it('accepts a well-formed export, which also passes the documented schema', () => {
    const good = file({
      check_ins: [day('2026-11-29', { skin_overall: 3, sleep_hours: 7.25, body_areas: ['face'] })],
      settings: [{ key: 'conditions', value: ['acne'] }],
    });
    expect(read(good)).toMatchObject({ ok: true });
    expect(journalExportSchema.safeParse(good).success).toBe(true);
  });

  it('refuses what is not an Axis export, a future export format and a journal from a newer Axis', () => {
    expect(problems({ hello: 1 })).toEqual([
      'This is not an Axis journal export: its "format" should say "axis-journal-export". Nothing was imported.',
    ]);
    expect(problems(file({}, { version: 2 }))[0]).toMatch(
      /newer version of Axis \(export format 2\); this version reads format 1/,
    );
    expect(problems(file({}, { appSchemaVersion: 9 }))[0]).toMatch(
      /journal format 9\); this version reads formats up to 3/,
    );
    expect(problems(file({}, { exportedAt: 'yesterday' }))[0]).toMatch(/exportedAt/);
    expect(problems('')).toEqual(['The file is empty.']);
  });

  it('names a file cut short as truncated, and other broken JSON as such', () => {
    const whole = JSON.stringify(file({ check_ins: [day('2026-11-29')] }));
    for (const end of [10, Math.floor(whole.length / 2), whole.length - 1])
      expect(problems(whole.slice(0, end))[0]).toMatch(/cut short \(truncated\)/);
    expect(problems('{"format": nope}')[0]).toMatch(/^The file is not valid JSON/);
  });

  it('refuses bad dates and out-of-range scores by table, row and column', () => {
    expect(
      problems(
        file({
          check_ins: [
            day('2026-11-28'),
            day('2026-02-30'),
            day('2026-11-29', { skin_overall: 11, sleep_hours: 25, itch: 2.5 }),
          ],
        }),
      ),
    ).toEqual([
      'check_ins, row 2, column day: must be a real date written YYYY-MM-DD',
      'check_ins, row 3, column skin_overall: 11 is above the 0–10 scale',
      'check_ins, row 3, column itch: 2.5 must be a whole number',
      'check_ins, row 3, column sleep_hours: 25 is more than 24 hours',
    ]);
  });

  it('refuses unknown fields and tables, missing fields and tables, and settings that do not validate', () => {
    const tables = file({
      check_ins: [{ ...day('2026-11-29'), mood: 3 }, { day: '2026-11-30' }],
      settings: [{ key: 'dayEndsAtHour', value: 12 }],
    }).tables as Record<string, unknown>;
    delete tables.trials;
    tables.photos = [];
    const found = problems({ ...file(), tables });
    for (const expected of [
      'photos: this version of Axis does not know a table of that name',
      'settings, row 1, column value: 12 is not a valid value for the setting "dayEndsAtHour"',
      'check_ins, row 1, column mood: has a field Axis does not know: mood',
      'check_ins, row 2, column skin_overall: is missing',
    ])
      expect(found).toContain(expected);
    expect(found).toContain('trials: is missing from the file (it may have been cut short or edited)');
  });

  it('lets an export from an older journal format leave out the tables added later', () => {
    const older = file();
    for (const t of TABLES.filter((t) => t.since > 1)) delete (older.tables as Record<string, unknown>)[t.name];
    expect(read({ ...older, appSchemaVersion: 1 })).toMatchObject({ ok: true });
  });

  it('refuses a day given twice and references to rows that are not in the file', () => {
    const intake = { day: '2026-11-29', supplement_id: 7, dose: null, unit: '' };
    expect(problems(file({ check_ins: [day('2026-11-29'), day('2026-11-29')], supplement_intakes: [intake] }))).toEqual(
      [
        'check_ins, row 2, column day: 2026-11-29 appears twice (also row 1)',
        'supplement_intakes, row 1, column supplement_id: refers to 7, which is not in the file’s supplements',
      ],
    );
  });

  it('stops listing after 200 problems and says how many more there are', () => {
    const many = Array.from({ length: 300 }, (_, i) => day(`2026-01-01`, { stress: 20 + i }));
    const list = problems(file({ check_ins: many }));
    expect(list).toHaveLength(201);
    expect(list[200]).toMatch(/…and \d+ more problems not listed\./);
  });
});

describe('docs/export-format.md', () => {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/export-format.md'), 'utf8');
  it('documents every table and every field of the JSON export', () => {
    for (const t of TABLES) {
      expect(doc).toContain(`### \`${t.name}\``);
      for (const c of Object.keys(t.columns)) expect(doc, `${t.name}.${c}`).toContain(`| \`${c}\` |`);
    }
  });
  it('documents every CSV column', () => {
    for (const f of CSV_FIELDS) expect(doc).toContain(`| \`${f.column}\` | ${f.label} |`);
    expect(doc).toContain('`supplement: <name>`');
  });
});
