// Settings → Your data with a Bearable export (one reading per row): the page says the file was read as one
// reading per row and how many readings became how many days; the pivoted columns are mapped, one to a new
// item of the person's own and one, through the dropdown, to an item they already have. The SQLite file must
// hold exactly that after Import, and nothing before it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { addTrackable } from '../../electron/core/journal/trackables';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20, 15);
const BEARABLE = path.resolve(import.meta.dirname, '../fixtures/imports/bearable.csv');
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    now: NOW,
    prepare: (s) => {
      fillDemoJournal(s.current().ctx, { days: 20, seed: 3 });
      addTrackable(s.current().ctx, {
        name: 'Itch',
        kind: 'number',
        group: 'skin',
        direction: 'worse',
        question: '',
        unit: '',
        min: 0,
        max: 4,
        decimals: 0,
      });
    },
  });
  await h.goto('#/settings');
  await h.page.getByRole('heading', { name: 'Your data' }).waitFor();
});
afterAll(async () => {
  await h.close({ requireNoErrors: true });
});

const journal = () => {
  const db = new Database(h.journalPath, { readonly: true });
  const items = db.prepare('SELECT slug, kind FROM trackables ORDER BY id').all();
  const values = db
    .prepare(
      "SELECT v.day, t.slug, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id WHERE v.day < '2022-01-01' ORDER BY v.day, t.id",
    )
    .all();
  const days = db.prepare("SELECT day, sleep_hours FROM check_ins WHERE day < '2022-01-01' ORDER BY day").all();
  db.close();
  return { items, values, days };
};

test('a Bearable export is pivoted into days; columns go into a new item and one the person has', async () => {
  const { page } = h;
  const file = path.join(h.dir, 'bearable_export.csv');
  fs.copyFileSync(BEARABLE, file);
  h.answerOpen(file);
  await page.getByRole('button', { name: 'Choose a file to import…' }).click();
  await page.getByText('bearable_export.csv').waitFor();
  await page.getByText('Read as a Bearable export, one reading per row: 18 readings became 4 days').waitFor();

  const field = (column: string) => page.getByLabel(`Axis field for the column “${column}”`);
  // The person's own item is in the dropdown, by its name.
  const itchy = field('Symptoms: Itchy skin');
  await itchy.selectOption({ label: 'Your item: Itch' });
  expect(await itchy.inputValue()).toBe('custom: itch');
  await field('Mood').selectOption('new item');
  expect(await page.getByLabel('Kind of the new item from “Mood”').inputValue()).toBe('rating');
  for (const column of ['Factors: Coffee', 'Medication: Cetirizine', 'Symptoms: Redness', 'Factors: Alcohol'])
    await field(column).selectOption('ignore');
  await page.getByText('This import adds 4 days; 1 new item of your own will be added (Mood).').waitFor();
  expect(journal().days).toEqual([]); // the preview wrote nothing
  await h.screenshot('settings-data-bearable-light');
  expect(await h.axe()).toEqual([]);

  await page.getByRole('button', { name: 'Import 4 days' }).click();
  await page.getByText(/^Imported 4 days; 1 new item of your own was added \(Mood\)/).waitFor();
  const after = journal();
  expect(after.items).toEqual([
    { slug: 'itch', kind: 'number' },
    { slug: 'mood', kind: 'rating' },
  ]);
  expect(after.days).toEqual([
    { day: '2021-12-08', sleep_hours: 7.5 },
    { day: '2021-12-09', sleep_hours: 6 },
    { day: '2021-12-10', sleep_hours: 8 },
    { day: '2021-12-11', sleep_hours: 5.5 },
  ]);
  expect(after.values).toEqual([
    { day: '2021-12-08', slug: 'itch', value: 3 },
    { day: '2021-12-08', slug: 'mood', value: 7 },
    { day: '2021-12-09', slug: 'itch', value: 1 },
    { day: '2021-12-09', slug: 'mood', value: 5 },
    { day: '2021-12-10', slug: 'mood', value: 7 },
    { day: '2021-12-11', slug: 'itch', value: 4 },
    { day: '2021-12-11', slug: 'mood', value: 4 },
  ]);
});
