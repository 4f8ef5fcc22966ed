// A person with a year of check-ins and a finished dairy trial opens Trends: changes the range, overlays
// sleep, sees the trial's phases shaded, reads the tables, and switches to dark. The numbers on the page
// must be the numbers in the SQLite file, and the canvas must really be painted.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { analyze } from '../../electron/core/trials/results';
import { associations } from '../../electron/core/trends/associations';
import { updateSettings } from '../../electron/core/journal/settings';
import { trialLinkSentence } from '$shared/trends/trialLink';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';

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

  test('three months are too few for any clear pattern, and the page says so instead of drawing one', async () => {
    const { page } = h;
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'What moves with my skin' }) });
    await section.getByTestId('no-findings').waitFor();
    expect(await section.getByTestId('no-findings').textContent()).toMatch(
      /^\s*No clear pattern in these 92 days: nothing moved with your overall skin score more than chance alone would often show\.\s+Over a longer range, smaller links have a better chance to show\.\s*$/,
    );
    expect(await section.locator('ol.factors > li').count()).toBe(0);
    expect(await section.getByTestId('no-clear-pattern').locator('> li').count()).toBeGreaterThan(10);
    await section.screenshot({ path: `${ARTIFACTS}/screens/trends-associations-3-months-light.png` });
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

  test('what moves with the skin: only what passes is drawn, in plain words, with the dairy trial above it', async () => {
    const { page } = h;
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'What moves with my skin' }) });
    const findings = section.locator('ol.factors > li');
    await findings.first().waitFor();
    // The demo's skin follows dairy a day later, sugar two days later and stress the same day; nothing else.
    expect(await findings.locator('.head strong').allTextContents()).toEqual([
      'Dairy',
      'Added sugar and refined carbs',
      'Stress',
    ]);
    const dairy = findings.first();
    expect(await dairy.locator('.strength').textContent()).toBe('Day to day: weak link · 1 day later');
    expect(await dairy.locator('p.sentence').textContent()).toMatch(
      /^On days after you ate more dairy, your overall skin score tended to be worse \(higher\): a weak link over \d+ days\. This is an association, not proof: it does not show which one drives the other, and something else may move both\.$/,
    );
    expect(await dairy.locator('.figures').textContent()).toMatch(
      /^ρ = 0\.\d\d · \d+ days, worth about \d+ independent days · 1 day later$/,
    );

    // The finished dairy trial's verdict sits above the pattern, in the trial's own words, with how they fit.
    const result = analyze(h.session.current().ctx, { trialId });
    const beside = dairy.getByTestId('trial-beside');
    await beside.locator('.title').waitFor();
    const kicker = (await beside.locator('.kicker').textContent())!.replace(/\s+/g, ' ').trim();
    expect(kicker).toMatch(/^Your Dairy trial · finished \S.* 2026$/);
    expect(await beside.locator('.title').textContent()).toBe(result.analysis.verdict.title);
    const box = await beside.boundingBox();
    const sentenceBox = await dairy.locator('p.sentence').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(sentenceBox!.y);
    const dairyFactor = associations(h.session.current().ctx, {
      skinMeasure: 'skinOverall',
      from: YEAR_FROM,
      to: TODAY,
    }).factors.find((f) => f.key === 'dairy')!;
    expect(await beside.locator('p.link').textContent()).toBe(
      `${trialLinkSentence({ kind: result.analysis.verdict.kind, food: result.food, mid: result.outcome.mid }, dairyFactor, true)} See the trial's results`,
    );
    expect(await beside.getByRole('link', { name: "See the trial's results" }).getAttribute('href')).toBe(
      `#/trials/${trialId}/results`,
    );
    // Dairy has its trial; sugar, with none yet and worse skin after it, is offered one.
    expect(await dairy.getByRole('link', { name: 'Test it with a trial' }).count()).toBe(0);
    expect(await section.getByRole('link', { name: 'Test it with a trial' }).count()).toBe(1);
    expect(await findings.nth(1).getByRole('link', { name: 'Test it with a trial' }).getAttribute('href')).toBe(
      '#/trials/new/sugar',
    );

    // Everything else with enough days is listed together, not drawn.
    const unclear = await section.getByTestId('no-clear-pattern').locator('> li').allTextContents();
    expect(unclear.map((t) => t.trim())).toEqual(
      expect.arrayContaining(['Seed-oil foods', 'Prebiotic foods', 'Fermented foods', 'Sleep', 'Exercise']),
    );
    expect(unclear.length).toBe(15);
    for (const t of unclear) expect(t).not.toMatch(/^(Dairy|Added sugar|Stress)/);
    // The page's own sentences; the trial's verdict title above the pattern is the trial's words ("looks like a
    // trigger for you"), checked with the trial's own rules in tests/e2e/trials.test.ts.
    const sentences = await section.locator('p:not([data-testid="trial-beside"] .title)').allTextContents();
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) expect(s).not.toMatch(/\b(causes?|caused|because|triggers?|makes?|made)\b/i);
    expect((await section.locator('p').allTextContents()).join(' ')).not.toMatch(/\b(causes?|caused|because)\b/i);
    expect(await section.textContent()).not.toMatch(/Spearman/);

    // The table behind it: every factor at every lag, the passing cells in bold.
    await section.getByText('Show every factor and lag as a table').click();
    const table = section.getByTestId('association-table');
    await table.locator('tbody tr').last().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(18);
    const passing = dairyFactor.lags.filter((l) => l.passes).length;
    expect(await table.locator('tbody tr', { hasText: 'Dairy' }).locator('td.passes').count()).toBe(passing);
    expect(passing).toBeGreaterThan(0);
    expect(await h.axe()).toEqual([]);
    await section.screenshot({ path: `${ARTIFACTS}/screens/trends-associations-table-light.png` });
    await section.getByText('Show every factor and lag as a table').click();
    await h.screenshot('trends-light');
    await section.screenshot({ path: `${ARTIFACTS}/screens/trends-associations-light.png` });
  });

  test('"Test it with a trial" opens the set-up on that food; a custom food arrives with its name filled in', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Test it with a trial' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up a trial' }).waitFor();
    expect(await page.getByRole('radio', { name: /Sugar and refined carbs/ }).isChecked()).toBe(true);
    // Within the same page, as a link would, so the Trends choices (a year, sleep overlaid) are kept.
    await page.evaluate(() => (location.hash = '#/trials/new/custom/Fermented%20foods'));
    await page.getByLabel('Name of the food or habit').waitFor();
    expect(await page.getByLabel('Name of the food or habit').inputValue()).toBe('Fermented foods');
    await page.evaluate(() => (location.hash = '#/trends'));
    await drawn(`${YEAR_FROM}..${TODAY}:skinOverall,sleepHours`);
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
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'What moves with my skin' }) })
      .screenshot({ path: `${ARTIFACTS}/screens/trends-associations-dark.png` });
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
