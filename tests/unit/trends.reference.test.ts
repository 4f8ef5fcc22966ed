// The trends maths against values computed independently by scripts/reference/trends_reference.py
// (numpy, scipy.stats.spearmanr, Python's datetime.isocalendar). Regenerate with that script, never by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  codeSeries,
  laggedAssociations,
  pairedDays,
  periodAverages,
  rankAutocorrelations,
  rollingMean,
  spearman,
  summary,
  type DayValue,
} from '$shared/trends';

interface Period {
  key: string;
  start: string;
  end: string;
  n: number;
  mean: number | null;
}
interface Reference {
  series: {
    name: string;
    days: string[];
    values: (number | null)[];
    rolling: { window: number; minPoints: number; expected: (number | null)[] }[];
    weekly: Period[];
    monthly: Period[];
    summary: Record<'n' | 'mean' | 'min' | 'max' | 'firstWeekMean' | 'lastWeekMean' | 'change', number | null>;
  }[];
  spearman: { name: string; x: (number | null)[]; y: (number | null)[]; expected: number | null }[];
  lagged: Judged;
  associations: Judged & {
    maxLag: number;
    acf: Record<string, number[]>;
    pairedSleepLag2: { pairs: number[]; span: number };
  };
  benjaminiHochberg: { p: number[]; expected: number[] };
}
interface Judged {
  days: string[];
  skin: (number | null)[];
  factors: Record<string, (number | null)[]>;
  lags: number[];
  expected: Record<
    string,
    {
      lag: number;
      n: number;
      rho: number | null;
      nEff: number | null;
      p: number | null;
      q: number | null;
      passes: boolean;
    }[]
  >;
}

const reference = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/trends/reference.json', import.meta.url)), 'utf8'),
) as Reference;

const TOLERANCE = 1e-9;

function expectNumberOrNull(actual: number | null | undefined, expected: number | null, what: string) {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

function toSeries(days: string[], values: (number | null)[]): DayValue[] {
  return days.map((day, i) => ({ day, value: values[i] ?? null }));
}

describe('trends against the numpy/scipy reference', () => {
  it('has cases to compare', () => {
    expect(reference.series.length).toBeGreaterThanOrEqual(4);
    expect(reference.spearman.length).toBeGreaterThanOrEqual(8);
  });

  for (const c of reference.series) {
    const series = toSeries(c.days, c.values);

    it(`rolling means agree: ${c.name}`, () => {
      for (const r of c.rolling) {
        const got = rollingMean(series, r.window, r.minPoints);
        expect(got.map((p) => p.day)).toEqual(c.days);
        r.expected.forEach((e, i) =>
          expectNumberOrNull(got[i]?.value, e, `${c.name} w${r.window}/${r.minPoints} ${c.days[i]}`),
        );
      }
    });

    it(`weekly and monthly means agree: ${c.name}`, () => {
      for (const [kind, expected] of [
        ['week', c.weekly],
        ['month', c.monthly],
      ] as const) {
        const got = periodAverages(series, kind);
        expect(got.map((p) => [p.key, p.start, p.end, p.n])).toEqual(expected.map((p) => [p.key, p.start, p.end, p.n]));
        expected.forEach((e, i) => expectNumberOrNull(got[i]?.mean, e.mean, `${c.name} ${e.key}`));
      }
    });

    it(`summary agrees: ${c.name}`, () => {
      const got = summary(series);
      expect(got.n).toBe(c.summary.n);
      for (const k of ['mean', 'min', 'max', 'firstWeekMean', 'lastWeekMean', 'change'] as const) {
        expectNumberOrNull(got[k], c.summary[k], `${c.name} ${k}`);
      }
    });
  }

  it('Spearman agrees with scipy.stats.spearmanr (ties, gaps, constant and tiny inputs)', () => {
    for (const c of reference.spearman) expectNumberOrNull(spearman(c.x, c.y), c.expected, c.name);
  });

  /** Every (factor, lag) of a judged case: n, passes, and rho, effective days, p and q to 1e-9. */
  function expectJudged(c: Judged) {
    const result = laggedAssociations(
      toSeries(c.days, c.skin),
      Object.entries(c.factors).map(([key, values]) => ({ key, label: key, series: toSeries(c.days, values) })),
      c.lags,
    );
    for (const [key, rows] of Object.entries(c.expected)) {
      const got = result.find((r) => r.key === key);
      expect(got, key).toBeDefined();
      expect(got?.finding, `${key} finding`).toBe(rows.some((r) => r.passes));
      rows.forEach((e, i) => {
        const g = got?.lags[i];
        expect(g?.lag).toBe(e.lag);
        expect(g?.n, `${key} lag ${e.lag} n`).toBe(e.n);
        expect(g?.passes, `${key} lag ${e.lag} passes`).toBe(e.passes);
        for (const k of ['rho', 'nEff', 'p', 'q'] as const)
          expectNumberOrNull(g?.[k], e[k], `${key} lag ${e.lag} ${k}`);
      });
    }
    return result;
  }

  it('lagged rho, n, effective days, p and adjusted p agree', () => {
    const result = expectJudged(reference.lagged);
    // The reference's dairy was built to act on skin two days later, and only that lag passes.
    expect(result.find((r) => r.key === 'dairy')?.strongest?.lag).toBe(2);
    expect(result.filter((r) => r.finding).map((r) => r.key)).toEqual(['dairy']);
  });

  it('two years with runs, drift, a supplement started once and missed weeks: every figure agrees', () => {
    const result = expectJudged(reference.associations);
    const zinc = result.find((r) => r.key === 'zinc')!;
    // Started once and taken since: a step worth far fewer independent days than it has pairs.
    expect(zinc.lags[0]!.nEff!).toBeLessThan(zinc.lags[0]!.n / 5);
    expect(result.find((r) => r.key === 'constant')?.enough).toBe(false);
  });

  it('rank autocorrelations (by FFT) agree with direct sums', () => {
    const { days, skin, factors, maxLag, acf } = reference.associations;
    const all = { skin, ...factors };
    const coded = Object.values(all).map((values) =>
      codeSeries(Float64Array.from(values, (v) => (v === null ? NaN : v))),
    );
    expect(coded[0]!.codes.length).toBe(days.length);
    const got = rankAutocorrelations(coded, maxLag);
    Object.keys(all).forEach((key, i) => {
      expect(got[i]!.length).toBe(acf[key]!.length);
      acf[key]!.forEach((e, j) => expectNumberOrNull(got[i]![j], e, `${key} acf lag ${j}`));
    });
  });

  it('pairs of paired days agree with direct counts', () => {
    const { skin, factors, pairedSleepLag2 } = reference.associations;
    const sleep = factors.sleepHours!;
    const mask = new Float64Array(skin.length);
    for (let t = 0; t + 2 < skin.length; t++) if (sleep[t] !== null && skin[t + 2] !== null) mask[t] = 1;
    const [got] = pairedDays([mask]);
    expect(got!.span).toBe(pairedSleepLag2.span);
    expect(Array.from(got!.pairs)).toEqual(pairedSleepLag2.pairs);
  });

  it('Benjamini-Hochberg agrees with scipy.stats.false_discovery_control', () => {
    const { p, expected } = reference.benjaminiHochberg;
    benjaminiHochberg(p).forEach((q, i) => expectNumberOrNull(q, expected[i]!, `q ${i}`));
  });
});
