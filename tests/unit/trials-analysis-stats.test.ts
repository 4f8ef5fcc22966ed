// Unit tests of the building blocks: day windows, autocorrelation, distributions, bootstrap, randomisation.

import { describe, expect, it } from 'vitest';
import {
  effectiveSampleSize,
  lagOneAutocorrelation,
  correctedDifference,
  probabilityAtLeast,
} from '$shared/trials/analysis/autocorrelation';
import { blockBootstrapInterval, blockLength, mulberry32, percentile } from '$shared/trials/analysis/bootstrap';
import { comparisonSeed, foodEffectSign, phasePairs } from '$shared/trials/analysis/comparisons';
import {
  logGamma,
  normalCdf,
  regularizedBeta,
  studentTCdf,
  studentTQuantile,
} from '$shared/trials/analysis/distributions';
import { randomisationTest } from '$shared/trials/analysis/randomisation';
import { mean, phaseFigures, phaseWindow } from '$shared/trials/analysis/stats';
import { addDays } from '$shared/domain/day';
import { ar1Series, phasesFrom } from '../fixtures/trials/builders';

describe('phase window', () => {
  const [phase] = phasesFrom([{ kind: 'baseline', transitionDays: 2, values: [9, 9, 1, null, 3, 4] }]);

  it('drops the declared transition days and keeps missing days missing', () => {
    const w = phaseWindow(phase!);
    expect(w.days).toBe(6);
    expect(w.firstDay).toBe(addDays(phase!.startDay, 2));
    expect(w.slots).toEqual([1, null, 3, 4]);
    expect(w.values).toEqual([1, 3, 4]);
  });

  it('ignores entries outside the phase, malformed days and non-finite values; a later duplicate wins', () => {
    const p = {
      ...phase!,
      transitionDays: 0,
      series: [
        { day: addDays(phase!.startDay, -1), value: 100 },
        { day: addDays(phase!.endDay, 1), value: 100 },
        { day: 'not a day', value: 100 },
        { day: phase!.startDay, value: Number.NaN },
        { day: addDays(phase!.startDay, 1), value: 2 },
        { day: addDays(phase!.startDay, 1), value: 5 },
      ],
    };
    expect(phaseWindow(p).slots).toEqual([null, 5, null, null, null, null]);
  });

  it('copes with a transition longer than the phase and with reversed or invalid dates', () => {
    expect(phaseWindow({ ...phase!, transitionDays: 50 }).slots).toEqual([]);
    expect(phaseWindow({ ...phase!, endDay: addDays(phase!.startDay, -3) }).slots).toEqual([]);
    expect(phaseWindow({ ...phase!, startDay: '2025-02-30' }).slots).toEqual([]);
    const stats = phaseFigures({ ...phase!, transitionDays: 50 }).stats;
    expect(stats).toMatchObject({
      usableDays: 0,
      loggedDays: 0,
      loggedShare: 0,
      mean: null,
      sd: null,
      lag1: null,
      nEff: null,
    });
  });

  it('gives a flat series its exact value as mean', () => {
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1);
    expect(mean([])).toBeNull();
  });
});

describe('lag-1 autocorrelation and effective sample size', () => {
  it('pairs only consecutive logged days; the denominator is every logged day', () => {
    // mean 3: residuals −2, −1, ·, 1, 2 → (−2·−1 + 1·2) / (4 + 1 + 1 + 4) = 0.4; the gap does not link −1 with 1.
    expect(lagOneAutocorrelation([1, 2, null, 4, 5], 3)).toBeCloseTo(0.4, 15);
  });

  it('is 0 for a flat series and negative for an alternating one (clamped to 0 in the phase figures)', () => {
    expect(lagOneAutocorrelation([4, 4, 4, 4], 4)).toBe(0);
    expect(lagOneAutocorrelation([1, 3, 1, 3], 2)).toBeCloseTo(-0.75, 15);
    const [p] = phasesFrom([{ kind: 'baseline', values: [1, 3, 1, 3, 1, 3] }]);
    const s = phaseFigures(p!).stats;
    expect(s.lag1Raw).toBeLessThan(0);
    expect(s.lag1).toBe(0);
    expect(s.nEff).toBe(6);
  });

  it('clamps strong autocorrelation at 0.9', () => {
    const [p] = phasesFrom([{ kind: 'baseline', values: Array.from({ length: 60 }, (_, i) => i) }]);
    const s = phaseFigures(p!).stats;
    expect(s.lag1Raw).toBeGreaterThan(0.9);
    expect(s.lag1).toBe(0.9);
    expect(s.nEff).toBeCloseTo(effectiveSampleSize(60, 0.9), 12);
    expect(effectiveSampleSize(19, 0.9)).toBeCloseTo(1, 12);
  });
});

describe('corrected difference (§3a) and probability (§3e)', () => {
  it('matches a hand computation without autocorrelation', () => {
    // before: 1,2,3 (mean 2, SS 2); after: 4,5,6 (mean 5, SS 2); s_pooled = 1; SE = √(2/3); df = 4.
    const r = correctedDifference({ n: 3, mean: 2, sumSquares: 2, nEff: 3 }, { n: 3, mean: 5, sumSquares: 2, nEff: 3 });
    expect(r.difference).toBe(3);
    expect(r.pooledSd).toBe(1);
    expect(r.df).toBe(4);
    const half = 2.7764451051977987 * Math.sqrt(2 / 3);
    expect(r.ci[0]).toBeCloseTo(3 - half, 12);
    expect(r.ci[1]).toBeCloseTo(3 + half, 12);
    expect(r.standardisedDifference).toBe(3);
  });

  it('floors df at 1 when strong autocorrelation leaves almost nothing', () => {
    const r = correctedDifference(
      { n: 14, mean: 0, sumSquares: 13, nEff: 0.8 },
      { n: 14, mean: 1, sumSquares: 13, nEff: 0.8 },
    );
    expect(r.df).toBe(1);
    expect(Number.isFinite(r.ci[0]) && Number.isFinite(r.ci[1])).toBe(true);
  });

  it('treats a zero standard error as a point mass', () => {
    expect(probabilityAtLeast(2, 0, 2)).toBe(1);
    expect(probabilityAtLeast(1.99, 0, 2)).toBe(0);
    expect(probabilityAtLeast(2, 1, 2)).toBeCloseTo(0.5, 15);
    expect(probabilityAtLeast(3.959963984540054, 1, 2)).toBeCloseTo(0.975, 12);
  });
});

describe('distributions', () => {
  it('knows classic t quantiles', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174707, 9);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302652729749464, 10);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0422724563012373, 10);
    expect(studentTQuantile(0.025, 30)).toBeCloseTo(-2.0422724563012373, 10);
    expect(studentTQuantile(0.5, 7.3)).toBe(0);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959963984540054, 6);
  });

  it('inverts its own CDF', () => {
    for (const df of [0.7, 1, 2.5, 9, 44.4, 300]) {
      for (const p of [0.01, 0.2, 0.8, 0.975, 0.999])
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });

  it('has the right special values and refuses nonsense', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-40)).toBe(0);
    expect(studentTQuantile(1.2, 3)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });
});

describe('circular block bootstrap (§3b)', () => {
  const before = ar1Series(40, 5, 11);
  const after = ar1Series(40, 3, 12);
  const m = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

  it('uses blocks of about n^(1/3) days', () => {
    expect([1, 7, 8, 27, 28, 64, 200].map(blockLength)).toEqual([1, 2, 2, 3, 3, 4, 6]);
  });

  it('interpolates percentiles like numpy', () => {
    const sorted = Float64Array.from([1, 2, 3, 4]);
    expect(percentile(sorted, 0.5)).toBe(2.5);
    expect(percentile(sorted, 0.025)).toBeCloseTo(1.075, 14);
  });

  it('reproduces with the same seed and differs with another', () => {
    const a = blockBootstrapInterval(before, m(before), after, m(after), 2000, 99);
    const b = blockBootstrapInterval(before, m(before), after, m(after), 2000, 99);
    const c = blockBootstrapInterval(before, m(before), after, m(after), 2000, 100);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('contains the estimate for well-behaved data and narrows as phases lengthen', () => {
    const widths: number[] = [];
    for (const n of [20, 80, 320]) {
      let total = 0;
      for (let k = 0; k < 10; k++) {
        const x = ar1Series(n, 5, 1000 + k);
        const y = ar1Series(n, 4, 2000 + k);
        const ci = blockBootstrapInterval(x, m(x), y, m(y), 1000, k)!;
        const d = m(y) - m(x);
        expect(ci[0]).toBeLessThanOrEqual(d);
        expect(ci[1]).toBeGreaterThanOrEqual(d);
        total += ci[1] - ci[0];
      }
      widths.push(total / 10);
    }
    expect(widths[1]!).toBeLessThan(widths[0]!);
    expect(widths[2]!).toBeLessThan(widths[1]!);
  });

  it('gives exactly the difference for flat phases, and nothing below two scores', () => {
    expect(blockBootstrapInterval([0.3, 0.3, 0.3], 0.3, [0.7, 0.7], 0.7, 500, 1)).toEqual([0.7 - 0.3, 0.7 - 0.3]);
    expect(blockBootstrapInterval([1], 1, [2, 3], 2.5, 500, 1)).toBeNull();
  });

  it('mulberry32 draws in [0, 1) and is seed-determined', () => {
    const r = mulberry32(5);
    const draws = Array.from({ length: 1000 }, () => r());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(mulberry32(5)()).toBe(draws[0]);
    expect(comparisonSeed(7, 0)).not.toBe(comparisonSeed(7, 1));
    expect(comparisonSeed(Number.NaN, 0)).toBe(comparisonSeed(0, 0));
  });
});

describe('randomisation test (§3c)', () => {
  const flat = Array.from({ length: 30 }, (_, i) => 5 + (i % 3) * 0.1);
  const low = Array.from({ length: 30 }, (_, i) => 2 + (i % 3) * 0.1);
  const [baseline, elimination] = phasesFrom([
    { kind: 'baseline', values: flat },
    { kind: 'elimination', values: low, transitionDays: 2 },
  ]);
  const switchDay = elimination!.startDay;
  const around = (from: number, to: number): string[] =>
    Array.from({ length: to - from }, (_, k) => addDays(switchDay, from + k));

  it('gives the smallest possible p when the real switch shows by far the largest change', () => {
    const noTransition = { ...elimination!, transitionDays: 0 };
    const r = randomisationTest(baseline!, baseline!.startDay, noTransition, around(-12, 12), switchDay)!;
    expect(r.switchDays).toBe(24);
    expect(r.p).toBeCloseTo(1 / 24, 15);
  });

  it('drops the hypothetical transition days after each candidate switch, so T(real switch) is the phase difference', () => {
    const r = randomisationTest(baseline!, baseline!.startDay, elimination!, around(-12, 12), switchDay)!;
    expect(r.observed).toBeCloseTo(mean(low.slice(2))! - mean(flat)!, 12);
    expect(r.p).toBeGreaterThan(0);
  });

  it('needs at least 20 usable switch days, with the real one among them', () => {
    expect(randomisationTest(baseline!, baseline!.startDay, elimination!, around(-9, 10), switchDay)).toBeNull();
    expect(randomisationTest(baseline!, baseline!.startDay, elimination!, around(1, 25), switchDay)).toBeNull();
    // Days outside the data give no statistic and do not count towards the 20.
    const padded = [...around(-10, 10), '2020-01-01', '2030-01-01', 'nonsense'];
    expect(randomisationTest(baseline!, baseline!.startDay, elimination!, padded, switchDay)?.switchDays).toBe(20);
  });

  it('gives p = 1 when nothing changes', () => {
    const [a, b] = phasesFrom([
      { kind: 'baseline', values: Array(30).fill(4) },
      { kind: 'elimination', values: Array(30).fill(4) },
    ]);
    expect(randomisationTest(a!, a!.startDay, b!, around(-10, 15), b!.startDay)?.p).toBe(1);
  });
});

describe('which phases are compared', () => {
  it('pairs each elimination with the phase before it and each reintroduction with its elimination', () => {
    const phases = phasesFrom([
      { kind: 'baseline', values: [1] },
      { kind: 'elimination', values: [1] },
      { kind: 'reintroduction', values: [1] },
      { kind: 'elimination', cycle: 2, values: [1] },
      { kind: 'reintroduction', cycle: 2, values: [1] },
    ]);
    const pairs = phasePairs([...phases].reverse());
    expect(pairs.map((p) => [p.kind, p.before.id, p.after.id])).toEqual([
      ['elimination-vs-baseline', 1, 2],
      ['reintroduction-vs-elimination', 2, 3],
      ['elimination-vs-baseline', 3, 4],
      ['reintroduction-vs-elimination', 4, 5],
    ]);
  });

  it('orients the food effect so that positive means worse with the food', () => {
    expect(foodEffectSign('reintroduction-vs-elimination', true)).toBe(1);
    expect(foodEffectSign('reintroduction-vs-elimination', false)).toBe(-1);
    expect(foodEffectSign('elimination-vs-baseline', true)).toBe(-1);
    expect(foodEffectSign('elimination-vs-baseline', false)).toBe(1);
  });
});
