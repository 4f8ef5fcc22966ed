// A person with a year of check-ins and a finished dairy trial opens Trends: changes the range, overlays
// sleep, sees the trial's phases shaded, reads the tables, and switches to dark. The numbers on the page
// must be the numbers in the SQLite file, and the canvas must really be painted.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { updateSettings } from '../../electron/core/journal/settings';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20); // 30 Nov 2026, 20:00 local time
const TODAY = '2026-11-30';
const YEAR_FROM = '2025-12-01';

/** Pixels of the chart canvas: how many are painted at all, and how many carry a phase's shading colour. */
async function canvasPixels(h: Harness, phaseRgb: [number, number, number]) {
  return h.page.evaluate((rgb) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.trend canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let phase = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0) painted++;
      // Shading is drawn at 12-16% opacity on a transparent canvas, so the pixel holds the token's own colour
      // (give or take the rounding of premultiplied alpha).
      const near = (k: number) => Math.abs(data[i + k]! - rgb[k]!) <= 8;
      if (near(0) && near(1) && near(2) && data[i + 3]! > 20 && data[i + 3]! < 60) phase++;
    }
    const blank = document.createElement('canvas');
    blank.width = canvas.width;
    blank.height = canvas.height;
    return { painted, phase, total: data.length / 4, differsFromBlank: canvas.toDataURL() !== blank.toDataURL() };
  }, phaseRgb);
}

describe('Trends with a year of check-ins and a dairy trial', () => {
  let h: Harness;
  let trialId = 0;
  const journal = () => new Database(h.journalPath, { readonly: true });
  const drawn = (signature: string) =>
    h.page.locator(`.trend canvas[data-drawn="${signature}"]`).waitFor({ state: 'attached' });

  beforeAll(async () => {
    h = await startHarness({
      now: NOW,
      prepare: (session) => {
        fillDemoJournal(session.current().ctx, { days: 365, seed: 4, until: TODAY });
        trialId = fillDemoTrial(session.current().ctx, { seed: 4 }).trialId;
      },
    });
    await h.goto('#/trends');
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  test('opens on the last 3 months with the trial phases shaded behind a painted chart', async () => {
    const { page } = h;
    await page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
    await drawn(`2026-08-31..${TODAY}:skinOverall`);
    expect(await page.getByRole('button', { name: 'Last 3 months' }).getAttribute('aria-pressed')).toBe('true');
    const pixels = await canvasPixels(h, [0, 158, 115]); // --phase-elimination in the light theme
    expect(pixels.differsFromBlank).toBe(true);
    expect(pixels.painted).toBeGreaterThan(pixels.total * 0.2);
    expect(pixels.phase).toBeGreaterThan(2000);
    const key = page.getByRole('list', { name: 'Chart key' });
    await key.getByText('Elimination (without the food)').waitFor();
    await key.getByText('Reintroduction (food back)').waitFor();
    await key.getByText('Trial slip').waitFor();

    const db = journal();
    const logged = (
      db.prepare('SELECT COUNT(*) AS n FROM check_ins WHERE day BETWEEN ? AND ?').get('2026-08-31', TODAY) as {
        n: number;
      }
    ).n;
    const phases = db.prepare('SELECT COUNT(*) AS n FROM trial_phases WHERE trial_id = ?').get(trialId) as {
      n: number;
    };
    db.close();
    expect(phases.n).toBe(3);
    expect(await page.getByTestId('completeness').textContent()).toContain(`${logged} of 92 days`);
  });

  test('a year with sleep overlaid: the table holds exactly what the file holds', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Last year' }).click();
    await drawn(`${YEAR_FROM}..${TODAY}:skinOverall`);
    await page.getByLabel('Compare with').selectOption({ label: 'Sleep' });
    await drawn(`${YEAR_FROM}..${TODAY}:skinOverall,sleepHours`);
    await page.getByRole('list', { name: 'Chart key' }).getByText('Sleep, 7-day average (right-hand scale)').waitFor();
    expect((await canvasPixels(h, [0, 158, 115])).phase).toBeGreaterThan(1000);

    await page.getByText('Show the numbers as a table').click();
    await page.getByTestId('trend-table').locator('tbody tr').last().waitFor();
    const rows = await page
      .getByTestId('trend-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          day: tr.getAttribute('data-day')!,
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
        })),
      );
    expect(rows.length).toBe(365);
    const db = journal();
    const stored = new Map(
      (
        db
          .prepare('SELECT day, skin_overall, sleep_hours FROM check_ins WHERE day BETWEEN ? AND ?')
          .all(YEAR_FROM, TODAY) as { day: string; skin_overall: number | null; sleep_hours: number | null }[]
      ).map((r) => [r.day, r]),
    );
    const slipDay = (db.prepare('SELECT day FROM trial_slips').get() as { day: string }).day;
    db.close();
    let gaps = 0;
    for (const r of rows) {
      const s = stored.get(r.day);
      const show = (v: number | null | undefined) => (v === null || v === undefined ? 'not logged' : String(v));
      expect([r.day, r.cells[0]]).toEqual([r.day, show(s?.skin_overall)]);
      expect([r.day, r.cells[2]]).toEqual([r.day, show(s?.sleep_hours)]);
      if (!s) gaps++;
    }
    expect(gaps).toBeGreaterThan(5); // unlogged days are listed as such, not as zeros
    expect(rows.find((r) => r.day === slipDay)!.cells[4]).toContain(
      'Slip in the Dairy trial: Milk chocolate at a birthday party',
    );
    await page.getByText('Show the numbers as a table').click();
  });

  test('monthly averages and the calendar match SQLite', async () => {
    const { page } = h;
    await page.getByRole('heading', { name: 'Monthly averages' }).waitFor();
    await page.getByText('Show the monthly means as a table').click();
    await page.getByTestId('period-table').locator('tbody tr').last().waitFor();
    const months = await page
      .getByTestId('period-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-key'),
          ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent.trim()),
        ]),
      );
    const db = journal();
    const expected = (
      db
        .prepare(
          'SELECT substr(day, 1, 7) AS key, AVG(skin_overall) AS mean, COUNT(skin_overall) AS n FROM check_ins WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1',
        )
        .all(YEAR_FROM, TODAY) as { key: string; mean: number; n: number }[]
    ).map((r) => [r.key, r.mean.toFixed(1), String(r.n)]);
    expect(months).toEqual(expected);

    await page.getByText('Show the calendar as a table').click();
    await page.getByTestId('calendar-table').locator('tbody tr').last().waitFor();
    const november = await page
      .getByTestId('calendar-table')
      .locator('tbody tr')
      .last()
      .locator('td')
      .allTextContents();
    const stored = new Map(
      (
        db.prepare("SELECT day, skin_overall FROM check_ins WHERE day LIKE '2026-11-%'").all() as {
          day: string;
          skin_overall: number | null;
        }[]
      ).map((r) => [Number(r.day.slice(8)), r.skin_overall]),
    );
    const scored = (
      db.prepare('SELECT COUNT(skin_overall) AS n FROM check_ins WHERE day BETWEEN ? AND ?').get(YEAR_FROM, TODAY) as {
        n: number;
      }
    ).n;
    const logged = db
      .prepare(
        'SELECT day, skin_overall FROM check_ins WHERE day BETWEEN ? AND ? AND skin_overall IS NOT NULL ORDER BY day DESC LIMIT 1 OFFSET 20',
      )
      .get(YEAR_FROM, TODAY) as { day: string; skin_overall: number };
    db.close();
    expect(november.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => String(stored.get(i + 1) ?? '')));
    expect(november[30]).toBe('–'); // there is no 31 November
    // An unlogged day is an empty outline in the calendar, never the calm shade.
    expect(await page.locator('.calendar rect.empty').count()).toBe(365 - scored);
    expect(await page.locator('.calendar rect').count()).toBe(365);
    // Pointing at a square names its day and score (the tooltip is written when the pointer arrives).
    const square = page.locator(`.calendar rect[data-day="${logged.day}"]`);
    await square.hover();
    expect(await square.locator('title').textContent()).toMatch(
      new RegExp(`${Number(logged.day.slice(8))}.*: ${logged.skin_overall} of 10$`),
    );
  });

  test('what moves with the skin: strongest first, with days and lag, never worded as cause', async () => {
    const { page } = h;
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'What moves with my skin' }) });
    const first = section.locator('ol.factors > li').first();
    expect(await first.locator('strong').textContent()).toBe('Dairy');
    expect(await first.textContent()).toMatch(/ρ = 0\.\d\d · \d+ days · strongest 1 day later/);
    const sentences = await section.locator('ol.factors p').allTextContents();
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect(s).not.toMatch(/\b(causes?|caused|because|triggers?)\b/i);
    expect(await h.axe()).toEqual([]);
    await h.screenshot('trends-light');
  });

  test('custom dates and 2 weeks; eight days are too little data, and it says so', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Choose dates' }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-03-01');
    await page.getByLabel('To', { exact: true }).fill('2026-04-15');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await drawn('2026-03-01..2026-04-15:skinOverall,sleepHours');
    await page.getByRole('button', { name: 'Last 2 weeks' }).click();
    await drawn(`2026-11-17..${TODAY}:skinOverall,sleepHours`);
    expect(await page.getByRole('heading', { name: 'Weekly averages' }).count()).toBe(1);
    // Eight days cannot give any factor the 14 paired days an association needs.
    await page.getByRole('button', { name: 'Choose dates' }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-11-23');
    await page.getByLabel('To', { exact: true }).fill(TODAY);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await drawn(`2026-11-23..${TODAY}:skinOverall,sleepHours`);
    await page.getByText('Too little data to look for patterns yet').waitFor();
    expect(
      await page
        .getByText(/Dairy: Only \d days have both dairy and your skin score logged; at least 14 are needed\.$/)
        .count(),
    ).toBe(1);
  });

  test('dark theme: the chart re-reads its colours when the system theme changes', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Last year' }).click();
    await drawn(`${YEAR_FROM}..${TODAY}:skinOverall,sleepHours`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(async () => (await canvasPixels(h, [47, 197, 155])).phase, { timeout: 5000 })
      .toBeGreaterThan(1000); // --phase-elimination, dark
    expect((await canvasPixels(h, [0, 158, 115])).phase).toBe(0);
    expect(await h.axe()).toEqual([]);
    await h.screenshot('trends-dark');
  });

  test("a link to one measure (the guide's) opens it beside the overall skin score", async () => {
    const { page } = h;
    // A new document, so the range is the default three months (a change of hash alone keeps the last range).
    await page.goto(`${h.baseUrl}/index.html?from-guide#/trends/stress`);
    await drawn(`2026-08-31..${TODAY}:stress,skinOverall`);
    expect(await page.locator('#trend-measure').inputValue()).toBe('stress');
    expect(await page.locator('#trend-overlay').inputValue()).toBe('skinOverall');
  });
});

describe('Trends on a journal with no check-ins yet', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      now: NOW,
      prepare: (s) => void updateSettings(s.current().ctx, { setupDone: true, disclaimerSeen: true }),
    });
    await h.goto('#/trends');
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  test('says that Axis tracks skin without photos, and how to start', async () => {
    const { page } = h;
    await page.getByRole('heading', { name: 'Axis tracks your skin without photos.' }).waitFor();
    await page.getByRole('link', { name: "Start today's check-in" }).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await h.axe()).toEqual([]);
    await h.screenshot('trends-empty-light');
  });
});
