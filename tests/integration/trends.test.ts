// The trends operations on a real journal file: every figure SQL aggregates must equal what shared/trends
// computes from the same rows, gaps must stay gaps, and the markers must follow the trials and regimen.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MEASURES, type MeasureKey } from '$shared/domain/measures';
import { addDays } from '$shared/domain/day';
import { completeness, densify, heatmap, periodAverages, rollingMean, type PeriodKind } from '$shared/trends/index';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { openTestJournal, type TestJournal } from '../helpers/journal';
import { SAFETY } from '../helpers/safety';

const NOW = new Date(2026, 10, 30, 20);
const TODAY = '2026-11-30';
const column = (key: MeasureKey) => MEASURES.find((m) => m.key === key)!.column;

describe('trends on a year of demo data', () => {
  let j: TestJournal;
  beforeAll(() => {
    j = openTestJournal({ now: () => NOW });
    fillDemoJournal(j.app.ctx, { days: 365, seed: 4, until: TODAY });
    fillDemoTrial(j.app.ctx, { seed: 4 });
  });
  afterAll(() => j.close());

  /** What the file holds for one column, read independently of the service. */
  const raw = (key: MeasureKey, from: string, to: string) =>
    j.app.db
      .prepare(`SELECT day, ${column(key)} AS value FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day`)
      .all(from, to) as { day: string; value: number | null }[];

  test('ranges end today; "all" starts at the first check-in; impossible custom ranges are refused in words', async () => {
    expect(await j.value('trends.range', { preset: '2w' })).toEqual({
      from: '2026-11-17',
      to: TODAY,
      today: TODAY,
      firstDay: '2025-12-01',
    });
    expect(await j.value('trends.range', { preset: 'all' })).toMatchObject({ from: '2025-12-01', to: TODAY });
    expect(
      await j.value('trends.range', { preset: 'custom', custom: { from: '2026-03-01', to: '2026-03-31' } }),
    ).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    const late = await j.call('trends.range', { preset: 'custom', custom: { from: '2026-11-01', to: '2026-12-31' } });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The end date is after today.' },
    });
  });

  test('daily values are the file’s values with nulls for gaps; the rolling mean looks back before the range', async () => {
    const from = '2026-06-10';
    const to = '2026-09-20';
    const out = await j.value('trends.series', { measures: ['skinOverall', 'sleepHours'], from, to });
    expect(out.series.map((s) => s.key)).toEqual(['skinOverall', 'sleepHours']);
    for (const s of out.series) {
      const dense = densify(raw(s.key as MeasureKey, from, to), from, to);
      expect(s.values).toEqual(dense.map((p) => p.value));
      expect(s.values.length).toBe(103);
      expect(s.values.filter((v) => v === null).length).toBeGreaterThan(0); // the demo leaves days unlogged
      const lookback = addDays(from, -6);
      const expected = rollingMean(densify(raw(s.key as MeasureKey, lookback, to), lookback, to))
        .slice(6)
        .map((p) => p.value);
      expect(s.rolling).toEqual(expected);
      expect(s.rolling[0]).not.toBeNull(); // a full window behind the first day, read from before the range
      const logged = s.values.filter((v): v is number => v !== null);
      expect(s.logged).toBe(logged.length);
      expect(s.mean).toBeCloseTo(logged.reduce((a, b) => a + b, 0) / logged.length, 12);
    }
    const days = (
      j.app.db.prepare('SELECT day FROM check_ins WHERE day BETWEEN ? AND ?').all(from, to) as { day: string }[]
    ).map((r) => r.day);
    expect(out.completeness).toEqual(completeness(days, from, to));
    expect(out.completeness.logged).toBeLessThan(out.completeness.total);
  });

  test('a day with a check-in but no value for the measure is a gap, not a zero', async () => {
    const day = '2026-05-05';
    j.app.db.prepare('UPDATE check_ins SET sleep_hours = NULL WHERE day = ?').run(day);
    const out = await j.value('trends.series', { measures: ['sleepHours'], from: day, to: day });
    expect(out.series[0]!.values).toEqual([null]);
    expect(out.completeness).toMatchObject({ logged: 1, total: 1 });
  });

  test.each([
    ['week', '2026-02-11', '2026-07-02'],
    ['month', '2026-01-17', '2026-11-30'],
    ['week', '2025-12-01', TODAY],
  ] as [PeriodKind, string, string][])(
    '%s averages from SQL GROUP BY equal periodAverages (%s to %s)',
    async (period, from, to) => {
      for (const key of ['skinOverall', 'dairy', 'sleepHours'] as MeasureKey[]) {
        const out = await j.value('trends.periods', { measure: key, period, from, to });
        const expected = periodAverages(densify(raw(key, from, to), from, to), period);
        expect(out.map((p) => [p.key, p.start, p.end, p.n])).toEqual(expected.map((p) => [p.key, p.start, p.end, p.n]));
        out.forEach((p, i) => {
          const e = expected[i]!.mean;
          if (e === null) expect(p.mean).toBeNull();
          else expect(p.mean).toBeCloseTo(e, 10);
        });
      }
    },
  );

  test('an empty month is listed with mean null, not left out and not zero', async () => {
    j.app.db.prepare("DELETE FROM check_ins WHERE day BETWEEN '2026-03-01' AND '2026-03-31'").run();
    const out = await j.value('trends.periods', {
      measure: 'skinOverall',
      period: 'month',
      from: '2026-02-01',
      to: '2026-04-30',
    });
    expect(out.map((p) => [p.key, p.mean === null, p.n])).toEqual([
      ['2026-02', false, expect.any(Number)],
      ['2026-03', true, 0],
      ['2026-04', false, expect.any(Number)],
    ]);
  });

  test('the heat-map holds the file’s skin scores on the 0-10 scale, unlogged days without a level', async () => {
    const from = '2025-12-01';
    const out = await j.value('trends.heatmap', { from, to: TODAY });
    const expected = heatmap(raw('skinOverall', from, TODAY), from, TODAY, { min: 0, max: 10 });
    expect(out.values).toEqual(expected.cells.map((c) => c.value));
    expect(out.levels).toEqual(expected.cells.map((c) => c.level));
    // The grid position the renderer derives from the index is the one shared/trends gives each cell.
    expected.cells.forEach((c, i) => {
      expect([(out.firstWeekday + i) % 7, Math.floor((out.firstWeekday + i) / 7)]).toEqual([c.weekday, c.weekIndex]);
    });
    expect(out.weeks).toBe(53);
    expect(out.bins.map((b) => [b.from, b.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
    expect(out.values.every((v, i) => (v === null) === (out.levels[i] === null))).toBe(true);
  });

  test('markers: the finished demo trial’s phases, its slip and the supplement changes, clipped to the range', async () => {
    const out = await j.value('trends.series', { measures: ['skinOverall'], from: '2026-09-01', to: TODAY });
    const { phases, slips, supplements } = out.markers;
    expect(phases.map((p) => p.kind)).toEqual(['elimination', 'reintroduction']);
    expect(phases[0]!.startDay).toBe('2026-09-01'); // clipped: the elimination began before the range
    const stored = j.app.db
      .prepare("SELECT kind, start_day, end_day FROM trial_phases WHERE kind = 'reintroduction'")
      .get() as { start_day: string; end_day: string };
    expect(phases[1]).toMatchObject({
      label: 'Reintroduction',
      startDay: stored.start_day,
      endDay: stored.end_day,
      trialName: 'Dairy',
    });
    expect(slips).toEqual([
      expect.objectContaining({
        what: 'Milk chocolate at a birthday party',
        amount: 'two squares',
        trialName: 'Dairy',
      }),
    ]);
    const changes = j.app.db
      .prepare(
        'SELECT r.day, r.kind, s.name FROM regimen_changes r JOIN supplements s ON s.id = r.supplement_id WHERE r.day >= ? ORDER BY r.day, r.id',
      )
      .all('2026-09-01');
    expect(supplements.map(({ day, kind, name }) => ({ day, kind, name }))).toEqual(changes);
    expect(supplements.map((s) => s.kind)).toContain('stopped');
  });

  test('too little data says so, per factor, with the number of days', async () => {
    const out = await j.value('trends.associations', { skinMeasure: 'itch', from: '2026-11-21', to: TODAY });
    expect(out.factors.every((f) => !f.enough && f.strongest === null)).toBe(true);
    const dairy = out.factors.find((f) => f.key === 'dairy')!;
    expect(dairy.reason).toMatch(
      /^Only \d+ days have both dairy and your skin score logged; at least 14 are needed\.$/,
    );
    expect(dairy.sentence).toMatch(/^Not enough data yet for dairy\./);
  });

  test('malformed requests are refused before any query', async () => {
    expect(
      await j.call('trends.series', { measures: ['skinOverall', 'skinOverall'], from: '2026-01-01', to: '2026-01-31' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await j.call('trends.series', { measures: [], from: '2026-01-01', to: '2026-01-31' })).toMatchObject({
      ok: false,
    });
    expect(
      await j.call('trends.series', {
        measures: ['skinOverall', 'dairy', 'stress'] as never,
        from: '2026-01-01',
        to: '2026-01-31',
      }),
    ).toMatchObject({ ok: false });
    expect(
      await j.call('trends.periods', { measure: 'skinOverall', period: 'week', from: '2026-02-01', to: '2026-01-01' }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('"from" must not be after "to"') } });
    expect(
      await j.call('trends.associations', { skinMeasure: 'dairy', from: '2026-01-01', to: '2026-01-31' }),
    ).toMatchObject({ ok: false });
    expect(await j.call('trends.heatmap', { from: '1900-01-01', to: '2200-01-01' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('100 years') },
    });
  });
});

describe('what moves with the skin on an untouched year of demo data', () => {
  // Its own journal: the tests above delete a month and blank a day, which rightly changes the judgement.
  let j: TestJournal;
  beforeAll(() => {
    j = openTestJournal({ now: () => NOW });
    fillDemoJournal(j.app.ctx, { days: 365, seed: 4, until: TODAY });
    fillDemoTrial(j.app.ctx, { seed: 4 });
  });
  afterAll(() => j.close());

  test('what moves with the skin: the same rho as shared/trends on the file’s rows, worded as association', async () => {
    const out = await j.value('trends.associations', { skinMeasure: 'skinOverall', from: '2025-12-01', to: TODAY });
    const keys = out.factors.map((f) => f.key);
    for (const k of [
      'sugar',
      'seedOils',
      'dairy',
      'prebiotic',
      'fermented',
      'omega3',
      'colourful',
      'supplements',
      'stress',
      'sleepHours',
      'sleepQuality',
      'exerciseMinutes',
      'relaxationMinutes',
      'stoolForm',
      'bloating',
    ]) {
      expect(keys).toContain(k);
    }
    expect(keys.filter((k) => k.startsWith('supplement:')).length).toBeGreaterThanOrEqual(3);
    // Findings first, strongest first; then "no clear pattern", strongest first; too little data last.
    const order = out.factors.map((f) => (f.finding ? 0 : f.enough ? 1 : 2));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of [0, 1]) {
      const strengths = out.factors.filter((_, i) => order[i] === group).map((f) => Math.abs(f.strongest!.rho!));
      expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    }
    // The demo's skin follows dairy a day later, sugar two days later and stress the same day; nothing else
    // was built in, and nothing else is shown.
    expect(out.factors.filter((f) => f.finding).map((f) => f.key)).toEqual(['dairy', 'sugar', 'stress']);
    const dairy = out.factors.find((f) => f.key === 'dairy')!;
    expect(dairy.strongest).toMatchObject({ lag: 1, passes: true });
    expect(dairy.strongest!.q!).toBeLessThanOrEqual(out.falseDiscoveryRate);
    // Dairy was eaten in a long run of none during the trial, so its days are worth fewer than their number.
    expect(dairy.strongest!.nEff!).toBeLessThan(dairy.strongest!.n * 0.8);
    expect(dairy.sentence).toMatch(
      /^On days after you ate more dairy, your overall skin score tended to be worse \(higher\): a weak link over \d+ days\./,
    );
    expect(out.judged).toBe(out.factors.reduce((s, f) => s + f.lags.filter((l) => l.p !== null).length, 0));
    expect(out.judged).toBe(72);
    for (const f of out.factors) {
      expect(f.sentence).not.toMatch(/\b(causes?|caused|because|triggers?|makes your)\b/i);
      if (f.enough && !f.finding) expect(f.sentence).toMatch(/^No clear pattern between /);
      expect(f.finding).toBe(f.lags.some((l) => l.passes));
    }
    // The finished dairy trial comes along for its verdict; sugar, with no trial yet, is offered one.
    const trialId = (j.app.db.prepare("SELECT id FROM trials WHERE preset = 'dairy'").get() as { id: number }).id;
    expect(dairy.trial).toMatchObject({ trialId, name: 'Dairy', status: 'finished' });
    expect(dairy.offer).toBeNull();
    expect(out.factors.find((f) => f.key === 'sugar')).toMatchObject({
      trial: null,
      offer: { preset: 'sugar', name: null },
    });
    expect(out.factors.filter((f) => f.offer !== null).map((f) => f.key)).toEqual(['sugar']);

    // An independent check of one lag: dairy on day t against skin on day t + 1, ranked here with ties averaged.
    const rows = j.app.db.prepare('SELECT day, dairy, skin_overall FROM check_ins ORDER BY day').all() as {
      day: string;
      dairy: number | null;
      skin_overall: number | null;
    }[];
    const byDay = new Map(rows.map((r) => [r.day, r]));
    const pairs: [number, number][] = [];
    for (const r of rows) {
      const next = byDay.get(addDays(r.day, 1));
      if (r.dairy !== null && next && next.skin_overall !== null) pairs.push([r.dairy, next.skin_overall]);
    }
    const lag1 = dairy.lags.find((l) => l.lag === 1)!;
    expect(lag1.n).toBe(pairs.length);
    expect(lag1.rho).toBeCloseTo(pearson(ranks(pairs.map((p) => p[0])), ranks(pairs.map((p) => p[1]))), 10);

    // Supplements taken per day is the count of intake rows on a logged day.
    const counts = j.app.db
      .prepare(
        'SELECT c.day, COUNT(i.day) AS n FROM check_ins c LEFT JOIN supplement_intakes i ON i.day = c.day GROUP BY c.day',
      )
      .all() as { n: number }[];
    expect(new Set(counts.map((c) => c.n)).size).toBeGreaterThan(1);
  });

  test('a planned sugar trial takes the place of the offer; once abandoned, the offer is back', async () => {
    const range = { skinMeasure: 'skinOverall' as const, from: '2025-12-01', to: TODAY };
    const trial = await j.value('trials.create', { safety: SAFETY, preset: 'sugar', startDay: addDays(TODAY, 1) });
    const planned = (await j.value('trends.associations', range)).factors.find((f) => f.key === 'sugar')!;
    expect(planned).toMatchObject({ finding: true, offer: null, trial: { trialId: trial.id, status: 'planned' } });
    await j.value('trials.abandon', { trialId: trial.id, reason: 'changed my mind' });
    const after = (await j.value('trends.associations', range)).factors.find((f) => f.key === 'sugar')!;
    expect(after).toMatchObject({ trial: null, offer: { preset: 'sugar', name: null } });
  });
});

describe('trends on an empty journal and during a trial with a hidden switch', () => {
  let j: TestJournal;
  beforeAll(() => (j = openTestJournal({ now: () => NOW })));
  afterAll(() => j.close());

  test('an empty journal has no first day, all gaps and nothing to associate', async () => {
    expect(await j.value('trends.range', { preset: 'all' })).toEqual({
      from: TODAY,
      to: TODAY,
      today: TODAY,
      firstDay: null,
    });
    const out = await j.value('trends.series', { measures: ['skinOverall'], from: '2026-11-01', to: TODAY });
    expect(out.series[0]!.values.every((v) => v === null)).toBe(true);
    expect(out.series[0]!.rolling.every((v) => v === null)).toBe(true);
    expect(out.completeness).toEqual({ logged: 0, total: 30, share: 0 });
    const periods = await j.value('trends.periods', {
      measure: 'skinOverall',
      period: 'month',
      from: '2026-10-01',
      to: TODAY,
    });
    expect(periods.map((p) => [p.key, p.mean, p.n])).toEqual([
      ['2026-10', null, 0],
      ['2026-11', null, 0],
    ]);
    const assoc = await j.value('trends.associations', { skinMeasure: 'skinOverall', from: '2026-11-01', to: TODAY });
    expect(assoc.skinDays).toBe(0);
    expect(assoc.factors.some((f) => f.key.startsWith('supplement:'))).toBe(false);
  });

  test('a running trial with a hidden switch shades the baseline up to today and nothing after it', async () => {
    await j.value('settings.update', { setupDone: true, conditions: ['acne'] });
    const created = await j.value('trials.create', {
      safety: SAFETY,
      preset: 'sugar',
      startDay: addDays(TODAY, -10),
      randomSwitch: { windowDays: 21 },
    });
    const hidden = j.app.db.prepare('SELECT switch_day FROM trials WHERE id = ?').get(created.id) as {
      switch_day: string;
    };
    expect(hidden.switch_day > TODAY).toBe(true);
    const out = await j.value('trends.series', {
      measures: ['skinOverall'],
      from: addDays(TODAY, -30),
      to: addDays(TODAY, 200),
    });
    expect(out.markers.phases).toEqual([
      {
        trialId: created.id,
        trialName: expect.any(String),
        kind: 'baseline',
        label: 'Baseline',
        startDay: addDays(TODAY, -10),
        endDay: TODAY,
      },
    ]);
    expect(JSON.stringify(out)).not.toContain(hidden.switch_day);
  });
});

describe('trends read in storage order', () => {
  // A range holding most of the journal is read straight through the table, in the order rows were
  // stored, rather than through the day index. Rows stored out of day order, and a day that is not a real
  // calendar day (the column's check admits 2025-02-30), must not shift any value onto another day.
  let j: TestJournal;
  const first = '2026-09-01';
  beforeAll(() => {
    j = openTestJournal({ now: () => NOW });
    const insert = j.app.db.prepare(
      "INSERT INTO check_ins (day, skin_overall, dairy, created_at, updated_at) VALUES (?, ?, ?, '2026-11-30T20:00:00Z', '2026-11-30T20:00:00Z')",
    );
    const days = Array.from({ length: 91 }, (_, i) => addDays(first, i)).filter((_, i) => i % 9 !== 4);
    // Stored in a scrambled order (a fixed permutation, so a failure repeats).
    const scrambled = days
      .map((d, i) => [(i * 37) % days.length, d] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, d]) => d);
    j.app.db.transaction(() => {
      for (const d of scrambled) insert.run(d, Number(d.slice(8)) % 11, Number(d.slice(5, 7)) % 4);
      insert.run('2026-09-31', 10, 3);
    })();
    j.app.db
      .prepare(
        "INSERT INTO supplements (id, name, created_at, updated_at) VALUES (1, 'Zinc carnosine', '2026-09-01', '2026-09-01')",
      )
      .run();
    const intake = j.app.db.prepare('INSERT INTO supplement_intakes (day, supplement_id) VALUES (?, 1)');
    for (const d of scrambled.filter((_, i) => i % 3 === 0)) intake.run(d);
  });
  afterAll(() => j.close());

  const expected = (from: string, to: string) =>
    densify(
      j.app.db
        .prepare("SELECT day, skin_overall AS value FROM check_ins WHERE day BETWEEN ? AND ? AND day <> '2026-09-31'")
        .all(from, to) as { day: string; value: number }[],
      from,
      to,
    ).map((p) => p.value);

  test('the whole journal and a short range both hold each day’s own value', async () => {
    const last = addDays(first, 90);
    const all = await j.value('trends.series', { measures: ['skinOverall'], from: first, to: last });
    expect(all.series[0]!.values).toEqual(expected(first, last));
    expect(all.completeness.logged).toBe(81); // the impossible day is not counted
    const part = await j.value('trends.series', { measures: ['skinOverall'], from: '2026-10-10', to: '2026-10-24' });
    expect(part.series[0]!.values).toEqual(expected('2026-10-10', '2026-10-24'));
    const map = await j.value('trends.heatmap', { from: first, to: last });
    expect(map.values).toEqual(expected(first, last));
  });

  test('supplements taken are counted on their own days', async () => {
    const last = addDays(first, 90);
    const out = await j.value('trends.associations', { skinMeasure: 'skinOverall', from: first, to: last });
    const zinc = out.factors.find((f) => f.label === 'Zinc carnosine taken')!;
    const lag0 = zinc.lags.find((l) => l.lag === 0)!;
    // Every logged day with a skin score pairs with a 1 or a 0 for the supplement.
    expect(lag0.n).toBe(81);
    const rows = j.app.db
      .prepare(
        "SELECT c.day, c.skin_overall AS skin, COUNT(i.day) AS taken FROM check_ins c LEFT JOIN supplement_intakes i ON i.day = c.day WHERE c.day <> '2026-09-31' GROUP BY c.day",
      )
      .all() as { skin: number; taken: number }[];
    expect(lag0.rho).toBeCloseTo(pearson(ranks(rows.map((r) => r.taken)), ranks(rows.map((r) => r.skin))), 10);
  });
});

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let k = i;
    while (k + 1 < order.length && order[k + 1]![0] === order[i]![0]) k++;
    for (let m = i; m <= k; m++) out[order[m]![1]] = (i + k) / 2 + 1;
    i = k + 1;
  }
  return out;
}

function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
