// The journal made personal, as a person uses it in the app: an item of their own made in Settings, logged for
// several days with "Same as yesterday", seen in Trends and in a report; a custom trial on that food; a
// treatment started mid-trial that the one-change guard warns about and the report lists; and the whole
// journal exported and imported into an empty one with every table identical. The page and the SQLite file
// must agree at every step.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { TABLES } from '$shared/export/tables';
import { SAFETY } from '../helpers/safety';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20, 15);
const TODAY = '2026-11-30';
const LOGGED = ['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];

describe('your journal, your way', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      now: NOW,
      prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 60, seed: 8, until: '2026-11-29' }),
    });
  });
  afterAll(() => h.close({ requireNoErrors: true }));

  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(h.journalPath, { readonly: true });
    const rows = db.prepare(sql).all(...params) as T[];
    db.close();
    return rows;
  };
  const call = (name: string, input: unknown) =>
    h.page.evaluate(
      async ([n, i]) =>
        (window as unknown as { axis: { invoke(n: string, i: unknown): Promise<unknown> } }).axis.invoke(n, i),
      [name, input] as const,
    ) as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;

  test('makes an item of their own in Settings, and a suggested one in one click', async () => {
    const { page } = h;
    await h.goto('#/settings');
    await page.getByRole('heading', { name: 'What you track' }).waitFor();
    const form = page.getByRole('form', { name: 'Add your own item' });
    await form.getByLabel('Name').fill('Gluten');
    await form.getByLabel('Kind').selectOption({ label: 'Yes or no' });
    await form.getByLabel('Group').selectOption({ label: 'Food or drink' });
    await form.getByLabel('Higher is').selectOption({ label: 'Neither' });
    await form.getByLabel('Question (optional)').fill('Any gluten today?');
    await form.getByRole('button', { name: 'Add to my check-in' }).click();
    await page.getByText('Gluten added to your check-in.').waitFor();
    await page.getByRole('button', { name: 'Add Burning or stinging' }).click();
    await page.getByText('Burning or stinging added to your check-in.').waitFor();
    // A bad item is refused in words, and nothing is added.
    await form.getByLabel('Name').fill('gluten');
    await form.getByLabel('Kind').selectOption({ label: 'Yes or no' });
    await form.getByRole('button', { name: 'Add to my check-in' }).click();
    await page
      .getByText(/You already track an item called "Gluten"/)
      .first()
      .waitFor();
    expect(query('SELECT slug, kind, item_group FROM trackables ORDER BY position')).toEqual([
      { slug: 'gluten', kind: 'yesno', item_group: 'food' },
      { slug: 'burning-or-stinging', kind: 'rating', item_group: 'skin' },
    ]);
    await page.getByRole('heading', { name: 'What you track' }).scrollIntoViewIfNeeded();
    await h.screenshot('tracking-plan-light');
    expect(await h.axe()).toEqual([]);
  });

  test('logs it for several days, the later ones with "Same as yesterday", marked as copied', async () => {
    const { page } = h;
    await h.goto(`#/journal/${LOGGED[0]}`);
    const gluten = () => page.getByRole('group', { name: /^Gluten/ });
    await gluten().getByText('Yes', { exact: true }).click();
    await page.getByText(/✓ Saved/).waitFor();
    for (const day of LOGGED.slice(1)) {
      await h.goto(`#/journal/${day}`);
      await gluten().waitFor();
      await page.getByRole('button', { name: 'Same as yesterday' }).click();
      await page
        .getByRole('status')
        .getByText(/^Copied \d+ answers? from .*marked “copied”/)
        .waitFor();
      await gluten().getByText('copied').waitFor();
      expect(await gluten().getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    }
    await h.screenshot('same-as-yesterday-light');
    expect(await h.axe()).toEqual([]);
    expect(
      query<{ day: string; value: number }>(
        "SELECT v.day, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id WHERE t.slug = 'gluten' ORDER BY v.day",
      ),
    ).toEqual(LOGGED.map((day) => ({ day, value: 1 })));
  });

  test('asks it in today’s check-in, beside the built-in questions', async () => {
    const { page } = h;
    await h.goto('#/today');
    await page.getByRole('group', { name: /^Burning or stinging/ }).waitFor();
    await page.getByRole('group', { name: /^Gluten/ }).scrollIntoViewIfNeeded();
    await h.screenshot('custom-item-checkin-light');
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Food', exact: false }) })
      .first()
      .screenshot({ path: path.join(ARTIFACTS, 'screens', 'custom-item-food-light.png') });
    expect(await h.axe()).toEqual([]);
  });

  test('draws it in Trends with its calendar', async () => {
    const { page } = h;
    await h.goto('#/trends/custom:gluten');
    await page.getByTestId('completeness').getByText('Gluten: 4 days.').waitFor();
    await page.getByRole('heading', { name: 'Calendar of Gluten' }).waitFor();
    expect(await page.locator('#trend-measure').inputValue()).toBe('custom:gluten');
    await h.screenshot('trends-own-item-light');
    expect(await h.axe()).toEqual([]);
  });

  test('runs a custom trial on the own food: the daily answer is the item’s value', async () => {
    const { page } = h;
    const created = await call('trials.create', {
      safety: { ...SAFETY, coeliacTest: 'tested-negative' },
      preset: 'custom',
      foodItem: 'gluten',
      startDay: TODAY,
      outcome: 'custom:burning-or-stinging',
    });
    expect(created.ok).toBe(true);
    await h.goto('#/today');
    const card = page.getByRole('heading', { name: 'Quick check-in' }).locator('..');
    await card.getByText('Did you eat gluten as usual today?').waitFor();
    await card.getByRole('button', { name: /Yes/ }).click();
    await card.getByText('Noted: kept to the plan today.').waitFor();
    expect(
      query(
        "SELECT v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id WHERE t.slug = 'gluten' AND v.day = ?",
        TODAY,
      ),
    ).toEqual([{ value: 1 }]);
  });

  test('a treatment started mid-trial shows the guard’s warning, and the report lists it', async () => {
    const { page } = h;
    await h.goto('#/settings');
    await page.getByRole('heading', { name: 'Treatments' }).waitFor();
    await page.getByLabel('Name', { exact: true }).last().fill('Tacrolimus');
    await page
      .getByLabel('Kind of treatment')
      .selectOption({ label: 'Calcineurin inhibitor (tacrolimus, pimecrolimus)' });
    await page.getByLabel('Strength or amount').fill('0.1%');
    await page.getByLabel('How often').selectOption({ label: 'Twice a day' });
    await page.getByRole('button', { name: 'Add to my treatments' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Started Tacrolimus 0\.1%, twice a day on .*during the baseline of your "Gluten" trial/)
      .waitFor();
    expect(query('SELECT trial_id FROM trial_treatment_changes')).toHaveLength(1);

    await h.goto('#/reports');
    const preview = page.getByRole('region', { name: 'Preview of the report' });
    await preview.getByRole('heading', { name: 'Treatments in this period' }).waitFor();
    await preview.getByRole('cell', { name: 'Tacrolimus', exact: true }).waitFor();
    await preview.getByRole('heading', { name: 'Your own items' }).waitFor();
    await preview
      .getByText(/Started Tacrolimus 0\.1%, twice a day/)
      .first()
      .waitFor();
    await page.waitForFunction(() => !document.querySelector('.preview[aria-busy="true"]'));
    await preview.getByRole('heading', { name: 'Treatments in this period' }).scrollIntoViewIfNeeded();
    await h.screenshot('report-treatments-light');
    // The section itself at full size, to read it.
    await preview
      .locator('section', { has: page.getByRole('heading', { name: 'Treatments in this period' }) })
      .screenshot({ path: path.join(ARTIFACTS, 'screens', 'report-treatments-section-light.png') });
    expect(await h.axe()).toEqual([]);
  });

  test('exports everything and imports it into an empty journal, every table identical', async () => {
    const { page } = h;
    await h.goto('#/settings');
    const file = path.join(h.saveDir, 'axis-journal-2026-11-30.json');
    await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
    await page.getByRole('status').getByText(`Saved to ${file}.`).waitFor();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).tables.trackables.length).toBeGreaterThan(0);

    const other = await startHarness({ now: NOW });
    try {
      await other.goto('#/settings');
      // First run: the import is offered from Settings → Your data once set up; set up in one step here.
      await other.page.getByLabel('I understand that Axis is a journal, not medical advice.').check();
      await other.page.getByRole('button', { name: 'Start my journal' }).click();
      await other.goto('#/settings');
      other.answerOpen(file);
      await other.page.getByRole('button', { name: 'Choose a file to import…' }).click();
      await other.page.getByRole('radio', { name: /^Into an empty journal/ }).check();
      await other.page.getByText(/^This import adds \d+ days/).waitFor();
      await other.page.getByRole('button', { name: 'Import', exact: true }).click();
      await other.page.getByText(/^Imported \d+ days/).waitFor();
      const byKey = (file: string) => {
        const db = new Database(file, { readonly: true });
        const out = Object.fromEntries(
          TABLES.map((t) => [
            t.name,
            db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')}`).all(),
          ]),
        );
        db.close();
        return out;
      };
      const [before, after] = [byKey(h.journalPath), byKey(other.journalPath)];
      for (const t of ['trackables', 'trackable_values', 'treatments', 'treatment_changes', 'trial_food_items'])
        expect(before[t]!.length, t).toBeGreaterThan(0);
      for (const t of TABLES) expect(after[t.name], t.name).toEqual(before[t.name]);
    } finally {
      await other.close({ requireNoErrors: true });
    }
  });

  test('the same screens in the dark', async () => {
    expect((await call('settings.update', { theme: 'dark' })).ok).toBe(true);
    for (const [hash, name, wait] of [
      ['#/settings', 'tracking-plan-dark', 'What you track'],
      ['#/today', 'quick-checkin-dark', 'Quick check-in'],
      ['#/reports', 'report-treatments-dark', 'Treatments in this period'],
    ] as const) {
      await h.page.goto('about:blank');
      await h.goto(hash);
      await h.page.getByRole('heading', { name: wait }).first().waitFor();
      await h.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      expect(await h.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await h.screenshot(name);
      expect(await h.axe(), name).toEqual([]);
    }
  });
});
