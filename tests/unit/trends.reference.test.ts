// The trends maths against values computed independently by scripts/reference/trends_reference.py
// (numpy, scipy.stats.spearmanr, Python's datetime.isocalendar). Regenerate with that script, never by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { laggedAssociations, periodAverages, rollingMean, spearman, summary, type DayValue } from '$shared/trends';

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
  lagged: {
    days: string[];
    skin: (number | null)[];
    factors: Record<string, (number | null)[]>;
    lags: number[];
    expected: Record<
      string,
      { lag: number; n: number; rho: number | null; p: number | null; low: number | null; high: number | null }[]
    >;
  };
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

  it('lagged rho, n, Fisher p and band agree', () => {
    const { days, skin, factors, lags, expected } = reference.lagged;
    const result = laggedAssociations(
      toSeries(days, skin),
      Object.entries(factors).map(([key, values]) => ({ key, label: key, series: toSeries(days, values) })),
      lags,
    );
    for (const [key, rows] of Object.entries(expected)) {
      const got = result.find((r) => r.key === key);
      expect(got, key).toBeDefined();
      rows.forEach((e, i) => {
        const g = got?.lags[i];
        expect(g?.lag).toBe(e.lag);
        expect(g?.n, `${key} lag ${e.lag} n`).toBe(e.n);
        for (const k of ['rho', 'p', 'low', 'high'] as const)
          expectNumberOrNull(g?.[k], e[k], `${key} lag ${e.lag} ${k}`);
      });
    }
    // The reference's dairy was built to act on skin two days later.
    expect(result.find((r) => r.key === 'dairy')?.strongest?.lag).toBe(2);
  });
});
