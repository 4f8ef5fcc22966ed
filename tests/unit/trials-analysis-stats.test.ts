// Unit tests of the building blocks: day windows, distributions, the model, its posterior, the drift-balanced
// weights, the looks, the randomisation test and the "what would settle it" prediction.

import { describe, expect, it } from 'vitest';
import { foodEffectSign, phasePairs } from '$shared/trials/analysis/comparisons';
import {
  logGamma,
  normalCdf,
  regularizedBeta,
  studentTCdf,
  studentTQuantile,
  studentTTail,
} from '$shared/trials/analysis/distributions';
import { mean, phaseFigures, phaseWindow } from '$shared/trials/analysis/stats';
import { addDays } from '$shared/domain/day';
import { phasesFrom } from '../fixtures/trials/builders';

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
      mean: null,
      sd: null,
      level: null,
      effectiveDays: null,
    });
  });

  it('gives a flat series its exact value as mean', () => {
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1);
    expect(mean([])).toBeNull();
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
    expect(studentTTail(-2, 5) + studentTTail(2, 5)).toBeCloseTo(1, 15);
    expect(studentTTail(60, 61)).toBeGreaterThan(0); // far tails keep their digits instead of rounding to 0
    expect(studentTQuantile(1.2, 3)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });
});

describe('phase pairs and orientation', () => {
  it('pairs each elimination with the phase before it and each reintroduction with its elimination', () => {
    const kinds = ['baseline', 'elimination', 'reintroduction', 'elimination', 'reintroduction'] as const;
    expect(phasePairs(kinds.map((kind) => ({ kind })))).toEqual([
      { kind: 'elimination-vs-baseline', before: 0, after: 1 },
      { kind: 'reintroduction-vs-elimination', before: 1, after: 2 },
      { kind: 'elimination-vs-baseline', before: 2, after: 3 },
      { kind: 'reintroduction-vs-elimination', before: 3, after: 4 },
    ]);
    expect(phasePairs([{ kind: 'baseline' }, { kind: 'baseline' }])).toEqual([]);
  });

  it('orients the food effect so that positive means worse with the food', () => {
    expect(foodEffectSign('reintroduction-vs-elimination', true)).toBe(1);
    expect(foodEffectSign('elimination-vs-baseline', true)).toBe(-1);
    expect(foodEffectSign('reintroduction-vs-elimination', false)).toBe(-1);
    expect(foodEffectSign('elimination-vs-baseline', false)).toBe(1);
  });
});
