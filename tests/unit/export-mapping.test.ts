// Importing a CSV from a spreadsheet or another tracker: the suggested mapping, dates in three orders, and
// every problem said with its row, its column (as the file names it) and what is wrong, in words.
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '$shared/export/csv';
import {
  canonicalField,
  parseDay,
  parseSupplementCell,
  readCsvDays,
  suggestDateFormat,
  suggestField,
  suggestMapping,
  type CsvMapping,
} from '$shared/export/csvMapping';
import { issueText } from '$shared/export/issues';

const table = (text: string): CsvTable => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.table;
};
const problems = (text: string, mapping?: Partial<CsvMapping>) => {
  const t = table(text);
  const read = readCsvDays(t, { ...suggestMapping(t).mapping, ...mapping });
  return read.issues.map(issueText);
};

describe('the suggested mapping', () => {
  it('knows Axis’s own columns, the fields’ labels, the measures’ keys and common names from other trackers', () => {
    expect(suggestField('sleep_hours')).toBe('sleep_hours');
    expect(suggestField('Sleep (h)')).toBe('sleep_hours');
    expect(suggestField('sleepHours')).toBe('sleep_hours');
    expect(suggestField('Overall skin')).toBe('skin_overall');
    expect(suggestField('Date')).toBe('day');
    expect(suggestField('Stress level')).toBe('stress');
    expect(suggestField('Comments')).toBe('notes');
    expect(suggestField('supplement:  Fish oil ')).toBe('supplement: Fish oil');
    expect(suggestField('Mood')).toBeNull();
  });

  it('accepts only real fields, "ignore" or a supplement by name', () => {
    expect(canonicalField('ignore')).toBe('ignore');
    expect(canonicalField('Ignore')).toBe('ignore');
    expect(canonicalField('sleepHours')).toBe('sleep_hours');
    expect(canonicalField('Supplement:Zinc')).toBe('supplement: Zinc');
    expect(canonicalField('mood')).toBeNull();
    expect(canonicalField('__proto__')).toBeNull();
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD, DD/MM/YYYY and MM/DD/YYYY, with a time after the date allowed', () => {
    expect(parseDay('2026-03-01', 'YYYY-MM-DD')).toBe('2026-03-01');
    expect(parseDay('2026-03-01T21:30:00Z', 'YYYY-MM-DD')).toBe('2026-03-01');
    expect(parseDay('1/3/2026', 'DD/MM/YYYY')).toBe('2026-03-01');
    expect(parseDay('01.03.2026 21:30', 'DD/MM/YYYY')).toBe('2026-03-01');
    expect(parseDay('3/1/2026', 'MM/DD/YYYY')).toBe('2026-03-01');
    expect(parseDay('2026-02-30', 'YYYY-MM-DD')).toBeNull();
    expect(parseDay('31/02/2026', 'DD/MM/YYYY')).toBeNull();
  });

  it('suggests the order that reads every date, day first when both do', () => {
    expect(suggestDateFormat(['2026-01-05', '2026-01-06'])).toBe('YYYY-MM-DD');
    expect(suggestDateFormat(['05/01/2026', '25/01/2026'])).toBe('DD/MM/YYYY');
    expect(suggestDateFormat(['01/05/2026', '01/25/2026'])).toBe('MM/DD/YYYY');
    expect(suggestDateFormat(['01/05/2026'])).toBe('DD/MM/YYYY');
  });
});

describe('supplement cells', () => {
  it('reads a dose with its unit, "taken", or nothing', () => {
    expect(parseSupplementCell('10 billion CFU')).toEqual({ ok: true, value: { dose: 10, unit: 'billion CFU' } });
    expect(parseSupplementCell('0,5g')).toEqual({ ok: true, value: { dose: 0.5, unit: 'g' } });
    expect(parseSupplementCell('taken')).toEqual({ ok: true, value: { dose: null, unit: '' } });
    expect(parseSupplementCell('✓')).toEqual({ ok: true, value: { dose: null, unit: '' } });
    expect(parseSupplementCell('')).toEqual({ ok: true, value: null });
    expect(parseSupplementCell('no')).toEqual({ ok: true, value: null });
    expect(parseSupplementCell('lots')).toMatchObject({ ok: false });
  });
});

describe('rows are checked with the app’s own rules, and problems are said in words', () => {
  it('names the row, the column as the file calls it, and the problem', () => {
    const lines = [
      'Date,sleep,Skin,Stool,Exercise',
      ...Array.from({ length: 12 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')},7,3,4,30`),
      '2026-01-13,25,11,9,-5',
    ];
    expect(
      problems(lines.join('\n'), { fields: ['day', 'sleep_hours', 'skin_overall', 'stool_form', 'exercise_minutes'] }),
    ).toEqual([
      'Row 14, column sleep: 25 is more than 24 hours',
      'Row 14, column Skin: 11 is above the 0–10 scale',
      'Row 14, column Stool: 9 is above the 1–7 stool scale',
      'Row 14, column Exercise: -5 is less than 0 minutes',
    ]);
  });

  it('refuses bad dates, words where numbers belong, unknown areas and kinds, and a day given twice', () => {
    expect(
      problems(
        'day,sleep_hours,body_areas,exercise_kind\n2026-02-30,7,face,walking\n2026-03-01,seven,knee,running\n2026-03-01,7.1,,\n',
      ),
    ).toEqual([
      'Row 2, column day: "2026-02-30" is not a real date written YYYY-MM-DD',
      'Row 3, column sleep_hours: "seven" is not a number',
      'Row 3, column body_areas: "knee" is not a body area Axis knows (face, scalp, neck, chest, back, arms, hands, legs, other)',
      'Row 3, column exercise_kind: "running" is not a kind of exercise Axis knows (walking, lowImpactAerobic, strength, other)',
      'Row 4, column day: 2026-03-01 appears twice (also row 3)',
      'Row 4, column sleep_hours: 7.1 must be a multiple of 0.25 hours',
    ]);
  });

  it('refuses a column that is neither mapped nor ignored, two columns for one field, and no day', () => {
    expect(problems('Date,Mood\n2026-01-01,good\n')).toEqual([
      'Row 1, column Mood: is not mapped: choose the Axis field it holds, or ignore it',
    ]);
    expect(problems('Date,Mood\n2026-01-01,good\n', { fields: ['day', 'ignore'] })).toEqual([]);
    expect(problems('Date,Sleep,Hours slept\n2026-01-01,7,7\n')).toEqual([
      'Row 1, column Hours slept: holds the same field (sleep_hours) as column Sleep; choose one of them',
    ]);
    expect(problems('Sleep\n7\n')).toEqual(['No column is mapped to the day: every row needs its date.']);
    expect(problems('Date,Mood\n2026-01-01,good\n', { fields: ['day', 'mood'] })).toEqual([
      'Row 1, column Mood: is mapped to "mood", which is not an Axis field',
    ]);
  });

  it('reads a whole file from another tracker: day-first dates, decimal commas, semicolons, supplements, blanks as missing', () => {
    const t = table(
      '\uFEFFDate;Sleep (h);Mood;Skin;Comments;supplement: Zinc\r\n01/03/2026;7,5;good;4;"late; tired";25 mg\r\n02/03/2026;;ok;;;\r\n',
    );
    const { mapping } = suggestMapping(t);
    expect(mapping).toEqual({
      fields: ['day', 'sleep_hours', '', 'skin_overall', 'notes', 'supplement: Zinc'],
      dateFormat: 'DD/MM/YYYY',
    });
    const read = readCsvDays(t, { ...mapping, fields: mapping.fields.map((f) => f || 'ignore') });
    expect(read.issues).toEqual([]);
    expect(read.days).toEqual([
      {
        day: '2026-03-01',
        values: { sleepHours: 7.5, skinOverall: 4, notes: 'late; tired' },
        supplements: [{ name: 'Zinc', dose: 25, unit: 'mg' }],
      },
      { day: '2026-03-02', values: { sleepHours: null, skinOverall: null, notes: '' }, supplements: [] },
    ]);
  });
});
