// Every screen at the sizes people really use: a small laptop window (800x600, or 1280x800 at 150% zoom is
// about the same), a normal one (1280x800), and 200% zoom of the small one (400x300 CSS pixels), down to the
// 320 CSS pixels of WCAG's reflow rule for reading text. The page never scrolls sideways as a whole: wide
// tables and charts scroll inside their own box, and the navigation folds into a bar.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemo } from '../../electron/core/data/demoJournal';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20);
const SCREENS = ['today', 'journal', 'trials/1', 'trials/1/results', 'trends', 'guide', 'reports', 'settings'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 400, height: 300 },
] as const;

/** How far the page reaches past the window's right edge, in CSS pixels (0: no sideways scrolling). */
async function overflow(h: Harness): Promise<number> {
  return h.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function settle(h: Harness): Promise<void> {
  await h.page.locator('main h1').first().waitFor();
  await h.page.waitForLoadState('networkidle');
  await h.page.waitForFunction(
    () =>
      !document.querySelector('main [aria-busy="true"]') &&
      [...document.querySelectorAll('main canvas')].every((c) => c.hasAttribute('data-drawn')),
  );
}

describe('every screen fits its window', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: NOW, prepare: (s) => void fillDemo(s.current().ctx, { days: 365, seed: 4 }) });
  });
  afterAll(() => h.close({ requireNoErrors: true }));

  for (const size of SIZES) {
    test(`${size.width}x${size.height}: no screen scrolls sideways`, async () => {
      await h.page.setViewportSize(size);
      const wide: string[] = [];
      for (const screen of SCREENS) {
        await h.goto(`#/${screen}`);
        await settle(h);
        const by = await overflow(h);
        if (by > 0) wide.push(`${screen} is ${by}px too wide`);
        // What the window shows, as a person first sees the screen.
        await h.page.screenshot({
          path: `${ARTIFACTS}/screens/layout-${size.width}x${size.height}-${screen.replaceAll('/', '-')}.png`,
        });
      }
      expect(wide).toEqual([]);
    });
  }

  test('the navigation folds into a bar in a small window, and every screen is still one key away', async () => {
    await h.page.setViewportSize({ width: 800, height: 600 });
    await h.goto('#/today');
    const nav = h.page.getByRole('navigation', { name: 'Screens' });
    const box = (await nav.boundingBox())!;
    expect(box.width).toBeGreaterThan(700); // across the top, not a 200px column
    expect(box.height).toBeLessThan(120);
    for (const name of ['Today', 'Journal', 'Trials', 'Trends', 'Guide', 'Reports', 'Settings'])
      expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    await h.page.keyboard.press('Control+4');
    await h.page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
    expect(await h.axe()).toEqual([]);
  });

  test("Trends' summary line keeps a space between its sentences, and offers the last 30 days", async () => {
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.goto('#/trends');
    await settle(h);
    const line = await h.page.getByTestId('completeness').innerText();
    expect(line).toMatch(/Overall skin: \d+ days\./);
    expect(line).not.toMatch(/days\.\S/);
    await h.page.getByRole('button', { name: 'Last 30 days' }).click();
    await h.page
      .getByTestId('completeness')
      .getByText(/ of 30 days/)
      .waitFor();
  });

  test('the Journal lists days from the first logged day, not before', async () => {
    await h.goto('#/journal');
    await h.page.getByRole('button', { name: 'Earlier days' }).click();
    await h.page.getByRole('button', { name: 'Earlier days' }).click();
    await h.page.getByRole('button', { name: 'Earlier days' }).click();
    await h.page.getByRole('button', { name: 'Earlier days' }).click();
    // The demo journal began 365 days before today: after four pages of 90 days the list stops there.
    expect(await h.page.getByRole('button', { name: 'Earlier days' }).isDisabled()).toBe(true);
    const oldest = await h.page.locator('.day .date').last().innerText();
    const first = (await h.session.handle('journal.info', {}, { url: `${h.baseUrl}/index.html` })) as {
      ok: true;
      value: { firstDay: string };
    };
    const firstShown = new Date(`${first.value.firstDay}T12:00:00`);
    expect(oldest).toContain(String(firstShown.getDate()));
    expect(await h.page.locator('.day.empty').count()).toBeLessThan(20); // only real gaps, not the year before
  });

  test('text reflows at 320 CSS pixels (WCAG 2.2, 1.4.10)', async () => {
    await h.page.setViewportSize({ width: 320, height: 480 });
    for (const screen of ['today', 'guide', 'settings'] as const) {
      await h.goto(`#/${screen}`);
      await settle(h);
      expect(await overflow(h), screen).toBe(0);
      await h.page.screenshot({ path: `${ARTIFACTS}/screens/layout-320-${screen}.png` });
    }
  });
});

describe('body areas', () => {
  test('Trends shows on how many days each area was affected, as the journal holds them', async () => {
    const h = await startHarness({ now: NOW, prepare: (s) => void fillDemo(s.current().ctx, { days: 120, seed: 4 }) });
    try {
      await h.goto('#/trends');
      const table = h.page.getByTestId('body-area-table');
      await table.waitFor();
      const shown = (await h.session.handle('trends.range', { preset: '3m' }, { url: `${h.baseUrl}/index.html` })) as {
        ok: true;
        value: { from: string; to: string };
      };
      const db = new Database(h.journalPath, { readonly: true });
      const face = db
        .prepare(
          "SELECT count(*) AS n FROM check_ins, json_each(body_areas) WHERE value = 'face' AND day BETWEEN ? AND ?",
        )
        .get(shown.value.from, shown.value.to) as { n: number };
      db.close();
      expect(face.n).toBeGreaterThan(0);
      await expect
        .poll(() => table.getByRole('row', { name: /^Face/ }).getByRole('cell').first().innerText())
        .toBe(String(face.n));
      expect(await h.axe()).toEqual([]);
    } finally {
      await h.close({ requireNoErrors: true });
    }
  });
});
