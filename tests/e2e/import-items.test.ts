// Settings → Your data, the mapping step of another tracker's CSV (a Daylio export): a column that matches
// nothing built in becomes a new item of the person's own, its kind guessed from the file and changed here
// before importing, and the activities column one yes/no item per activity. The page and the SQLite file
// must agree: nothing is made until Import is pressed.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20, 15);
const DAYLIO = path.resolve(import.meta.dirname, '../fixtures/imports/daylio.csv');
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: NOW, prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 20, seed: 3 }) });
  await h.goto('#/settings');
  await h.page.getByRole('heading', { name: 'Your data' }).waitFor();
});
afterAll(async () => {
  await h.close({ requireNoErrors: true });
});

const items = () => {
  const db = new Database(h.journalPath, { readonly: true });
  const rows = db.prepare('SELECT name, kind FROM trackables ORDER BY id').all();
  const values = db
    .prepare(
      "SELECT t.name, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id WHERE v.day = '2026-10-05' ORDER BY t.id",
    )
    .all();
  db.close();
  return { rows, values };
};

test('a Daylio export: mood becomes a new 0-10 rating, activities one yes/no item each', async () => {
  const { page } = h;
  const file = path.join(h.dir, 'daylio_export.csv');
  fs.copyFileSync(DAYLIO, file);
  h.answerOpen(file);
  await page.getByRole('button', { name: 'Choose a file to import…' }).click();
  await page.getByText('daylio_export.csv').waitFor();

  const field = (column: string) => page.getByLabel(`Axis field for the column “${column}”`);
  for (const column of ['date', 'weekday', 'time', 'note_title']) await field(column).selectOption('ignore');
  await field('activities').selectOption('activities');
  await field('mood').selectOption('new item');

  // The kind guessed from the words in the column, shown with its range, and editable.
  const kind = page.getByLabel('Kind of the new item from “mood”');
  expect(await kind.inputValue()).toBe('rating');
  await page.getByText('0 (awful) to 10 (rad)').waitFor();
  await kind.selectOption('choice');
  await page.getByText('good, rad, meh, bad, awful').waitFor();
  await kind.selectOption('rating');
  await page.getByText('0 (awful) to 10 (rad)').waitFor();
  const name = page.getByLabel('Name of the new item from “mood”');
  await name.fill('Mood');
  await name.press('Tab');
  await page
    .getByText(
      'This import adds 5 days; 7 new items of your own will be added (Mood, walk, coffee, friends, sleep early, alcohol, work late).',
    )
    .waitFor();
  expect(items().rows).toEqual([]); // the preview made nothing
  await h.screenshot('settings-data-new-items-light');
  expect(await h.axe()).toEqual([]);

  await page.getByRole('button', { name: 'Import 5 days' }).click();
  await page.getByText(/^Imported 5 days; 7 new items of your own were added/).waitFor();
  const after = items();
  expect(after.rows).toEqual([
    { name: 'Mood', kind: 'rating' },
    ...['walk', 'coffee', 'friends', 'sleep early', 'alcohol', 'work late'].map((n) => ({ name: n, kind: 'yesno' })),
  ]);
  expect(after.values).toEqual([
    { name: 'Mood', value: 8 },
    { name: 'walk', value: 1 },
    { name: 'coffee', value: 1 },
    { name: 'friends', value: 1 },
    { name: 'sleep early', value: 0 },
    { name: 'alcohol', value: 0 },
    { name: 'work late', value: 0 },
  ]);
});
