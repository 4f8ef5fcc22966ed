// Files that are not one row per day, put into days before the mapping step: a long export (Bearable,
// Flaredown) pivoted into one column per item, and Daylio's several entries on one day combined into one.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../shared/export/csv';
import { parseDay, parseWrittenDay } from '../../shared/export/csvCells';
import { combineReadings } from '../../shared/export/csvLong';
import { readCsvDays, suggestMapping } from '../../shared/export/csvMapping';
import { combineMoods, minutesOf } from '../../shared/export/csvSameDay';
import { detectShape, shapeTable, tooLargeWords } from '../../shared/export/csvShapes';
import { CsvRecordStream } from '../../shared/export/csvStream';
import { ShapeStage } from '../../shared/export/csvShapes';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/imports');
const table = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.table;
};
const fixture = (name: string) => table(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));

describe('the shape of a file, from its header', () => {
  test.each([
    ['date,weekday,time of day,category,rating/amount,detail,notes', 'bearable'],
    ['Date,Weekday,Time Of Day,Category,Rating/Amount,Detail,Notes', 'bearable'],
    ['user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value', 'flaredown'],
    ['full_date,date,weekday,time,mood,activities,note_title,note', 'daylio'],
    ['full_date,date,weekday,time,mood,activities,scales,note_title,note', 'daylio'],
    ['Date,Itching,Burning,Notes', 'wide'],
    ['day,skin_overall,notes', 'wide'],
  ])('%s is %s', (header, shape) => {
    expect(detectShape(header.split(','))).toBe(shape);
  });

  test('a long file larger than the cap is refused in words; a wide one of any size is not', () => {
    expect(tooLargeWords('bearable', 25 * 1024 * 1024)).toMatch(
      /a Bearable export with one reading per row.*25\.0 MB.*20\.0 MB.*Nothing was imported/,
    );
    expect(tooLargeWords('bearable', 3 * 1024 * 1024)).toBeNull();
    expect(tooLargeWords('wide', 500 * 1024 * 1024)).toBeNull();
  });
});

describe('dates with the month in words', () => {
  test.each([
    ['8th Dec 2021', '2021-12-08'],
    ['8 Dec 2021', '2021-12-08'],
    ['1st January 2022', '2022-01-01'],
    ['22nd Sept 2021', '2021-09-22'],
    ['Dec 8, 2021', '2021-12-08'],
    ['Mar 3rd, 2020', '2020-03-03'],
    ['8th Dec 2021 09:30', '2021-12-08'],
  ])('%s is %s', (cell, day) => {
    expect(parseWrittenDay(cell)).toBe(day);
    expect(parseDay(cell, 'DD/MM/YYYY')).toBe(day);
  });

  test.each(['31st Feb 2021', '8 Dex 2021', '8th 2021', 'Decem 8 2021x'])('%s is no date', (cell) => {
    expect(parseWrittenDay(cell)).toBeNull();
  });

  test('numeric dates still follow the chosen format', () => {
    expect(parseDay('08/12/2021', 'DD/MM/YYYY')).toBe('2021-12-08');
    expect(parseDay('08/12/2021', 'MM/DD/YYYY')).toBe('2021-08-12');
  });
});

describe('combining the readings of one item on one day', () => {
  test.each([
    [['2', '3'], '3'], // the mean, 2.5, rounded half up to a whole reading's step
    [['2', '2', '1'], '2'],
    [['7.5', '6'], '6.8'], // 6.75 to the readings' one place
    [['yes', 'no'], 'yes'],
    [['no', 'No'], 'no'],
    [['100 mg', '100 mg', '200 mg'], '100 mg / 200 mg'],
    [['', '4'], '4'],
    [['', ''], ''],
  ])('%j → %s', (values, cell) => {
    expect(combineReadings(values)).toBe(cell);
  });

  test('the mean of whole readings stays a whole number within their range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }), (values) => {
        const v = Number(combineReadings(values.map(String)));
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(Math.min(...values));
        expect(v).toBeLessThanOrEqual(Math.max(...values));
        expect(Math.abs(v - values.reduce((s, x) => s + x, 0) / values.length)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('a Bearable export, one reading per row', () => {
  const shaped = shapeTable(fixture('bearable.csv'));

  test('becomes one row per day, one column per item in first-seen order', () => {
    expect(shaped.shape).toBe('bearable');
    expect(shaped.issues).toEqual([]);
    expect(shaped.table.header).toEqual([
      'date',
      'Mood',
      'Symptoms: Itchy skin',
      'Sleep',
      'Factors: Coffee',
      'Medication: Cetirizine',
      'Symptoms: Redness',
      'Factors: Alcohol',
      'Notes',
    ]);
    expect(shaped.table.rows).toEqual([
      { line: 2, cells: ['2021-12-08', '7', '3', '7.5', 'yes', '1', '', 'no', 'worse after dinner'] },
      { line: 9, cells: ['2021-12-09', '5', '1', '6', 'no', '', '2', 'no', ''] },
      { line: 13, cells: ['2021-12-10', '7', '', '8', 'yes', '', '', 'yes', 'party, late night'] },
      { line: 17, cells: ['2021-12-11', '4', '4', '5.5', 'no', '', '', 'no', 'flare on both wrists'] },
    ]);
    expect(shaped.words).toMatch(/^Read as a Bearable export, one reading per row: 18 readings became 4 days/);
  });

  test('the mapping step takes over: dates, sleep and notes are suggested, kinds guessed from the days', () => {
    const s = suggestMapping(shaped.table);
    expect(s.mapping.fields).toEqual(['day', '', '', 'sleep_hours', '', '', '', '', 'notes']);
    expect(s.columns[2]!.item).toMatchObject({ name: 'Symptoms: Itchy skin', kind: 'number', min: 0, max: 4 });
    expect(s.columns[4]!.item).toMatchObject({ kind: 'yesno' });
    expect(s.columns[1]!.item).toMatchObject({ kind: 'rating' });
  });

  test('the same file gives the same header, streamed in any chunks', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'bearable.csv'), 'utf8');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length }), { maxLength: 8 }), (cuts) => {
        let header: string[] = [];
        const rows: { line: number; cells: string[] }[] = [];
        const stage = new ShapeStage({ header: (h) => (header = h), row: (line, cells) => rows.push({ line, cells }) });
        const stream = new CsvRecordStream((cells, line) => stage.add(cells, line));
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          stream.push(text.slice(at, cut));
          at = cut;
        }
        stream.push(text.slice(at));
        stream.end();
        stage.end();
        expect(header).toEqual(shaped.table.header);
        expect(rows).toEqual(shaped.table.rows);
      }),
      { numRuns: 50 },
    );
  });

  test('a date Axis cannot read is refused at the first row of its day', () => {
    const text =
      'date,weekday,time of day,category,rating/amount,detail,notes\n8th Dec 2021,W,am,mood,5,,\n31st Feb 2021,W,am,mood,5,,\n';
    const shapedBad = shapeTable(table(text));
    const read = readCsvDays(
      { ...shapedBad.table, delimiter: ',' },
      { fields: ['day', 'ignore'], dateFormat: 'YYYY-MM-DD' },
    );
    expect(read.issues).toEqual([
      { row: 3, column: 'date', message: '"31st Feb 2021" is not a real date written YYYY-MM-DD' },
    ]);
  });
});

describe("Flaredown's research export", () => {
  test('is pivoted by type and name; tags and foods are yes on the days logged, no on the others', () => {
    const shaped = shapeTable(fixture('flaredown-long.csv'));
    expect(shaped.table.header).toEqual([
      'checkin_date',
      'Condition: Eczema',
      'Symptom: itching',
      'Symptom: dry skin',
      'Treatment: doxycycline',
      'Tag: stress',
      'Food: wheat',
      'Weather: temperature_max',
    ]);
    expect(shaped.table.rows.map((r) => r.cells)).toEqual([
      ['2021-11-02', '3', '3', '2', '100 mg', 'yes', 'yes', '14'],
      ['2021-11-03', '2', '2', '', '100 mg', 'no', 'no', '12'],
      ['2021-11-04', '1', '0', '1', '', 'no', 'yes', '15'],
    ]);
    expect(shaped.words).toContain('17 readings became 3 days');
  });

  test('a file of several people is refused in words', () => {
    const text =
      'user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value\n' +
      'a,30,f,GB,2021-01-01,1,Symptom,itch,2\nb,40,m,US,2021-01-01,1,Symptom,itch,3\n';
    expect(shapeTable(table(text)).issues[0]).toMatchObject({
      row: null,
      message: expect.stringContaining('the check-ins of 2 people'),
    });
  });
});

describe('Daylio: several entries on one day', () => {
  test('are combined into one row, in time order; days of one entry are left as written', () => {
    const shaped = shapeTable(fixture('daylio-same-day.csv'));
    expect(shaped.table.header).toEqual(fixture('daylio-same-day.csv').header);
    expect(shaped.table.rows).toEqual([
      {
        line: 2,
        cells: [
          '2026-10-07',
          'October 7',
          'Wednesday',
          '08:15 / 21:30',
          '6',
          'coffee | Walk | friends',
          'Morning / Evening',
          'Itchy on waking / Better, less itch',
        ],
      },
      { line: 4, cells: ['2026-10-06', 'October 6', 'Tuesday', '20:00', 'meh', 'coffee', '', ''] },
      {
        line: 5,
        cells: ['2026-10-05', 'October 5', 'Monday', '13:00 / 22:45', '5', 'coffee | work late', '', 'lunch out'],
      },
    ]);
    expect(shaped.words).toContain('5 entries became 3 days; 2 days have several entries');
    // The mood column, now mixing words and mean scores, is still guessed a mood rating.
    expect(suggestMapping(shaped.table).columns[4]!.item).toMatchObject({ kind: 'rating', lowWord: 'awful' });
  });

  test('moods: the mean of the known scores, or the latest entry for a mood of your own naming', () => {
    expect(combineMoods(['bad', 'good'])).toBe('6'); // 5.5 rounded half up
    expect(combineMoods(['awful', 'rad', 'meh'])).toBe('5');
    expect(combineMoods(['good', 'sleepy', 'meh'])).toBe('meh');
    expect(combineMoods(['good', 'super'])).toBe('super');
    expect(combineMoods(['', 'good'])).toBe('good');
  });

  test('times in either clock', () => {
    expect(minutesOf('21:40')).toBe(21 * 60 + 40);
    expect(minutesOf('9:40 pm')).toBe(21 * 60 + 40);
    expect(minutesOf('12:05 AM')).toBe(5);
    expect(minutesOf('noon')).toBeNull();
  });

  test('a tab-separated export with scales combines too', () => {
    const text =
      'full_date\tdate\tweekday\ttime\tmood\tactivities\tscales\tnote_title\tnote\n' +
      '2026-01-02\tJan 2\tFri\t20:00\trad\tyoga\t\t\tevening\n' +
      '2026-01-02\tJan 2\tFri\t07:00\tawful\t\t\t\tmorning\n';
    const shaped = shapeTable(table(text));
    expect(shaped.table.rows).toEqual([
      { line: 2, cells: ['2026-01-02', 'Jan 2', 'Fri', '07:00 / 20:00', '5', 'yoga', '', '', 'morning / evening'] },
    ]);
  });

  test('any other file with a day twice is still refused by row', () => {
    const shaped = shapeTable(table('Date,Itching\n2026-01-01,2\n2026-01-01,3\n'));
    expect(shaped.shape).toBe('wide');
    const read = readCsvDays(
      { ...shaped.table, delimiter: ',' },
      { fields: ['day', 'ignore'], dateFormat: 'YYYY-MM-DD' },
    );
    expect(read.issues[0]).toMatchObject({ row: 3, message: '2026-01-01 appears twice (also row 2)' });
  });
});
