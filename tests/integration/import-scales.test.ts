// A column on another scale than the Axis field it goes into (Flaredown's 0-4 severity into a 0-10 skin
// score) is never imported without a word: the preview asks whether to rescale it, the command line needs
// the answer (--scale "Column=0-4" or "Column=as-is"), and the rescaled values are shown before anything is
// written.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

let dir: string;
let csv: string;
beforeAll(() => {
  dir = tempDir('axis-scales-');
  csv = path.join(dir, 'flaredown.csv');
  const rows = ['Date,Severity,Notes'];
  for (let d = 1; d <= 10; d++) rows.push(`2026-10-${String(d).padStart(2, '0')},${d % 5},day ${d}`);
  fs.writeFileSync(csv, `${rows.join('\n')}\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const skin = (journal: string) => {
  const db = new Database(journal, { readonly: true });
  const rows = db.prepare('SELECT day, skin_overall FROM check_ins ORDER BY day').all() as {
    day: string;
    skin_overall: number;
  }[];
  db.close();
  return rows.map((r) => r.skin_overall);
};

test('a 0-4 column mapped to a 0-10 score is not imported until the person says what its scale is', async () => {
  const journal = path.join(dir, 'asked.sqlite');
  const result = await cli('import', csv, '--map', 'Severity=skin_overall', '--journal', journal);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/Severity.*values run from 0 to 4.*0 to 10/s);
  expect(result.err).toContain('--scale "Severity=0-4"');
  expect(result.err).toContain('--scale "Severity=as-is"');
  expect(fs.existsSync(journal)).toBe(false);
});

test('rescaled on the person’s say: the preview shows each value’s new score, then 4 becomes 10', async () => {
  const journal = path.join(dir, 'rescaled.sqlite');
  const result = await cli(
    'import',
    csv,
    '--map',
    'Severity=skin_overall',
    '--scale',
    'Severity=0-4',
    '--journal',
    journal,
  );
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/Severity, rescaled from 0-4 to 0-10: 0 → 0, 1 → 3, 2 → 5, 3 → 8, 4 → 10/);
  expect(skin(journal)).toEqual([3, 5, 8, 10, 0, 3, 5, 8, 10, 0]);
});

test('kept as it is when the person says the column is already on the field’s scale', async () => {
  const journal = path.join(dir, 'as-is.sqlite');
  const result = await cli(
    'import',
    csv,
    '--map',
    'Severity=skin_overall',
    '--scale',
    'Severity=as-is',
    '--journal',
    journal,
  );
  expect(result.code).toBe(0);
  expect(skin(journal)).toEqual([1, 2, 3, 4, 0, 1, 2, 3, 4, 0]);
});

test('a value outside the scale the person named is refused by row', async () => {
  const journal = path.join(dir, 'outside.sqlite');
  const result = await cli(
    'import',
    csv,
    '--map',
    'Severity=skin_overall',
    '--scale',
    'Severity=0-3',
    '--journal',
    journal,
  );
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/Row 5, column Severity: 4 is outside the column’s scale of 0 to 3/);
});
