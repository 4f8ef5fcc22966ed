// Bad input, for the importers: generated malformed JSON exports and CSV files. Every one is refused with
// its reason in words, nothing crashes, and the journal it was imported into is unchanged.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemo } from '../../electron/core/data/demoJournal';
import { openTestJournal, snapshot, type TestJournal } from '../helpers/journal';

const RUNS = 150;
let source: TestJournal;
let target: TestJournal;
let exportText = '';
let csvText = '';

beforeAll(async () => {
  source = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
  fillDemo(source.app.ctx, { days: 240, seed: 3 });
  exportText = (await source.value('data.exportJson', { via: 'text' })).text!;
  csvText = (await source.value('data.exportCsv', { via: 'text' })).text!;
  target = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
  await target.value('checkIns.save', { day: '2026-11-01', values: { skinOverall: 3, notes: 'already here' } });
});
afterAll(() => {
  source.close();
  target.close();
});

const hash = () =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(snapshot(target.app)))
    .digest('hex');

/** Values no column of an export holds (its cells are numbers, text or null), and a word where a number or
 *  a date belongs (skipped for free-text columns, where any words are fine). */
const badValue = fc.constantFrom<unknown>('seven', '2026-02-30', true, [], { x: 1 });

describe('malformed JSON exports', () => {
  test('truncated anywhere: refused in words, journal unchanged', async () => {
    const before = hash();
    const cuts = fc.sample(fc.integer({ min: 1, max: exportText.length - 2 }), RUNS);
    for (const cut of cuts) {
      const result = await target.call('data.importJson', { text: exportText.slice(0, cut), mode: 'merge' });
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    }
    expect(hash()).toBe(before);
  });

  test('a wrong value in a row, a missing field, an unknown table or key, a wrong version: refused, unchanged', async () => {
    const before = hash();
    const parsed = JSON.parse(exportText) as { version: number; tables: Record<string, Record<string, unknown>[]> };
    const tables = Object.entries(parsed.tables).filter(([, rows]) => rows.length > 0);
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('value' as const),
        table: fc.integer({ min: 0, max: tables.length - 1 }),
        row: fc.nat(),
        value: badValue,
        column: fc.nat(),
      }),
      fc.record({
        kind: fc.constant('drop' as const),
        table: fc.integer({ min: 0, max: tables.length - 1 }),
        row: fc.nat(),
        column: fc.nat(),
      }),
      fc.record({
        kind: fc.constant('extra' as const),
        table: fc.integer({ min: 0, max: tables.length - 1 }),
        key: fc.constantFrom('sneaky', '__proto__', 'constructor', 'rowid'),
      }),
      fc.record({
        kind: fc.constant('table' as const),
        name: fc.constantFrom('secrets', 'sqlite_master', '__proto__'),
      }),
      fc.record({ kind: fc.constant('version' as const), version: fc.constantFrom<unknown>(0, 2, 99, '1', null) }),
    );
    let refused = 0;
    for (const m of fc.sample(mutation, RUNS)) {
      const doc = JSON.parse(exportText) as typeof parsed;
      if (m.kind === 'version') doc.version = m.version as number;
      else if (m.kind === 'table') Object.defineProperty(doc.tables, m.name, { value: [{ a: 1 }], enumerable: true });
      else {
        const [name] = tables[m.table]!;
        const rows = doc.tables[name]!;
        const row = rows[('row' in m ? m.row : 0) % rows.length]!;
        const columns = Object.keys(row);
        if (m.kind === 'extra') Object.defineProperty(row, m.key, { value: 1, enumerable: true });
        else {
          const column = columns[m.column % columns.length]!;
          // A value of the same type as the original (any words in a text column, true in a yes/no column) may well
          // be valid: not this test's case. Words where a date or a fixed name belongs are.
          if (m.kind === 'value') {
            const sameType =
              typeof row[column] === typeof m.value &&
              Array.isArray(row[column]) === Array.isArray(m.value) &&
              row[column] !== null;
            if (sameType && !(typeof m.value === 'string' && /day|_on$|_at$|kind|preset|outcome/.test(column)))
              continue;
          }
          if (m.kind === 'value') row[column] = m.value;
          else delete row[column];
        }
      }
      const result = await target.call('data.importJson', { text: JSON.stringify(doc), mode: 'merge' });
      expect(
        result.ok,
        `${JSON.stringify(m)} was accepted (${m.kind === 'value' || m.kind === 'drop' ? tables[m.table]![0] : ''})`,
      ).toBe(false);
      refused++;
    }
    expect(refused).toBeGreaterThan(RUNS / 2);
    expect(hash()).toBe(before);
  });
});

describe('malformed CSV files', () => {
  const lines = () =>
    csvText
      .replace(/^\uFEFF/, '')
      .split(/\r\n/)
      .filter(Boolean);

  test('a bad cell anywhere is refused with its row and column, and nothing is written', async () => {
    const before = hash();
    const [header, ...rows] = lines();
    const columns = header!.split(',');
    const numeric = columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) =>
        /^(skin_overall|itch|redness|stress|sleep_hours|bloating|dairy|sugar|stool_form|day)$/.test(c),
      );
    const preview = await target.value('data.previewCsvImport', { text: csvText });
    for (const m of fc.sample(
      fc.record({
        row: fc.nat({ max: rows.length - 1 }),
        column: fc.nat({ max: numeric.length - 1 }),
        value: fc.constantFrom('-1', '25', 'lots', '2026-13-01', '1e9', 'NaN', '3.7'),
      }),
      RUNS,
    )) {
      const { c, i } = numeric[m.column]!;
      if (c === 'sleep_hours' && m.value === '3.7') continue; // not a quarter hour, but a value people may type
      const cells = rows[m.row]!.split(',');
      cells[i] = m.value;
      const text = [header, ...rows.slice(0, m.row), cells.join(','), ...rows.slice(m.row + 1)].join('\r\n');
      const result = await target.call('data.importCsv', { text, mapping: preview.suggested });
      expect(result.ok, `row ${m.row + 2}, ${c} = ${m.value}`).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(new RegExp(`[Rr]ow ${m.row + 2}`));
    }
    expect(hash()).toBe(before);
  });

  test('ragged rows, unknown unmapped columns, duplicate days and binary junk are refused, nothing written', async () => {
    const before = hash();
    const [header, first, second] = lines();
    const files = [
      `${header}\r\n${first}\r\n${first}`,
      `${header},mystery\r\n${first},1`,
      `${header}\r\n${first},extra,cells`,
      `${header}\r\n${second!.split(',').slice(0, 3).join(',')}`,
      '\u0000\u0001\u0002garbage',
      '',
    ];
    for (const text of files) {
      const preview = await target.call('data.previewCsvImport', { text });
      const mapping = preview.ok ? preview.value.suggested : { fields: [], dateFormat: 'YYYY-MM-DD' as const };
      const result = await target.call('data.importCsv', { text, mapping });
      expect(result.ok, JSON.stringify(text.slice(0, 80))).toBe(false);
    }
    expect(hash()).toBe(before);
  });
});
