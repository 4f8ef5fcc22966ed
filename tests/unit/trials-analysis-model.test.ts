// The model (one mean per phase, AR(1) errors over the calendar, rho integrated over a grid), its posterior,
// the drift-balanced weights, the looks, "what would settle it" and the randomisation test.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '$shared/domain/day';
import { chooseLook, familyLevel } from '$shared/trials/analysis/looks';
import { RHO_GRID, designInverse, fitAt, fitModel, rhoSummary, type ModelData } from '$shared/trials/analysis/model';
import {
  centralRange,
  contrastPosterior,
  probabilityAbove,
  probabilityBelow,
  quantile,
} from '$shared/trials/analysis/posterior';
import { randomisationTest } from '$shared/trials/analysis/randomisation';
import { chanceDecisive } from '$shared/trials/analysis/settle';
import { effectWeights } from '$shared/trials/analysis/weights';
import { phasesFrom } from '../fixtures/trials/builders';

/** Seeded normal draws (Box–Muller on a linear congruential generator). */
function normals(seed: number): () => number {
  let state = seed >>> 0;
  const u = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** AR(1) noise on every calendar day 0 … days − 1, stationary from the start. */
function ar1(days: number, rho: number, sd: number, seed: number): number[] {
  const z = normals(seed);
  const out = [z() * sd];
  for (let t = 1; t < days; t++) out.push(rho * out[t - 1]! + z() * sd * Math.sqrt(1 - rho * rho));
  return out;
}

/** Dense GLS by brute force: R built whole and solved by Gaussian elimination (no gap transform). */
function denseGls(data: ModelData, rho: number): { beta: number[]; residual: number } {
  const n = data.values.length;
  const k = data.k;
  const r = data.positions.map((a) => data.positions.map((b) => Math.pow(rho, Math.abs(a - b))));
  const solve = (rhs: number[]): number[] => {
    const m = r.map((row, i) => [...row, rhs[i]!]);
    for (let c = 0; c < n; c++) {
      let pivot = c;
      for (let i = c + 1; i < n; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
      [m[c], m[pivot]] = [m[pivot]!, m[c]!];
      for (let i = 0; i < n; i++) {
        if (i === c) continue;
        const f = m[i]![c]! / m[c]![c]!;
        for (let j = c; j <= n; j++) m[i]![j]! -= f * m[c]![j]!;
      }
    }
    return m.map((row, i) => row[n]! / row[i]!);
  };
  const x = (p: number): number[] => data.phase.map((q) => (q === p ? 1 : 0));
  const rinvX = Array.from({ length: k }, (_, p) => solve(x(p)));
  const rinvY = solve([...data.values]);
  const m = Array.from({ length: k }, (_, p) =>
    Array.from({ length: k }, (_, q) => x(p).reduce((s, v, i) => s + v * rinvX[q]![i]!, 0)),
  );
  const b = Array.from({ length: k }, (_, p) => x(p).reduce((s, v, i) => s + v * rinvY[i]!, 0));
  // k ≤ 3 here: solve M·beta = b by Cramer-free elimination.
  const aug = m.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < k; c++)
    for (let i = 0; i < k; i++) {
      if (i === c) continue;
      const f = aug[i]![c]! / aug[c]![c]!;
      for (let j = c; j <= k; j++) aug[i]![j]! -= f * aug[c]![j]!;
    }
  const beta = aug.map((row, i) => row[k]! / row[i]!);
  const e = data.values.map((y, i) => y - beta[data.phase[i]!]!);
  const rinvE = solve(e);
  return { beta, residual: e.reduce((s, v, i) => s + v * rinvE[i]!, 0) };
}

describe('the model', () => {
  it('the gap-aware Prais–Winsten fit equals dense generalised least squares, whatever the gaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 12, maxLength: 30 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(0.11, 0.55, 0.93),
        (gaps, seed, rho) => {
          const positions = gaps.reduce<number[]>((acc, g) => [...acc, (acc.at(-1) ?? 0) + g], []);
          const z = normals(seed);
          const phase = positions.map((_, i) => Math.min(2, Math.floor((3 * i) / positions.length)));
          const data: ModelData = { positions, values: phase.map((p) => 3 + p + z()), phase, k: 3, step: 1 };
          const fast = fitAt(data, rho)!;
          const dense = denseGls(data, rho);
          fast.beta.forEach((b, p) => expect(b).toBeCloseTo(dense.beta[p]!, 9));
          expect(fast.scale2 * (positions.length - 3) - 1 / 12).toBeCloseTo(dense.residual, 8);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds the day-to-day correlation of a long series, and a gap of unlogged days keeps its length', () => {
    for (const truth of [0.3, 0.8]) {
      const noise = ar1(400, truth, 1.5, 17);
      const logged = noise.map((_, t) => t).filter((t) => t % 7 !== 3 && t % 11 !== 5); // about a fifth missing
      const data: ModelData = {
        positions: logged,
        values: logged.map((t) => 5 + noise[t]!),
        phase: logged.map((t) => (t < 200 ? 0 : 1)),
        k: 2,
        step: 1,
      };
      const fit = fitModel(data)!;
      expect(fit.grid.reduce((s, g) => s + g.weight, 0)).toBeCloseTo(1, 12);
      const rho = rhoSummary(fit);
      expect(Math.abs(rho.mean - truth)).toBeLessThan(0.08);
      expect(rho.low).toBeLessThanOrEqual(truth);
      expect(rho.high).toBeGreaterThanOrEqual(truth);
    }
  });

  it('more alike neighbouring days mean a wider range for the same number of days', () => {
    const positions = Array.from({ length: 60 }, (_, t) => t);
    const phase = positions.map((t) => (t < 30 ? 0 : 1));
    const at = (rho: number): number =>
      designInverse(positions, phase, 2, rho)!.reduce((s, v, i) => s + (i === 0 || i === 3 ? v : -v), 0);
    expect(at(0.01)).toBeLessThan(at(0.5));
    expect(at(0.5)).toBeLessThan(at(0.9));
    expect(RHO_GRID).toHaveLength(50);
  });
});

describe('the posterior of a contrast', () => {
  const noise = ar1(80, 0.6, 1.5, 5);
  const positions = noise.map((_, t) => t).filter((t) => t % 9 !== 4);
  const data: ModelData = {
    positions,
    values: positions.map((t) => (t < 40 ? 6 : 3.5) + noise[t]!),
    phase: positions.map((t) => (t < 40 ? 0 : 1)),
    k: 2,
    step: 1,
  };
  const post = contrastPosterior(fitModel(data)!, [1, -1]);

  it('ranges and probabilities come from one distribution, so they agree', () => {
    const [low, high] = centralRange(post, 0.95);
    expect(probabilityBelow(post, low)).toBeCloseTo(0.025, 12);
    expect(probabilityAbove(post, high)).toBeCloseTo(0.025, 12);
    expect(quantile(post, 0.5)).toBeGreaterThan(low);
    for (const p of [0.0005, 0.1, 0.5, 0.9, 0.9995])
      expect(probabilityBelow(post, quantile(post, p))).toBeCloseTo(p, 12);
  });

  it('wider levels give nested ranges, and the mean lies inside them', () => {
    const r90 = centralRange(post, 0.9);
    const r95 = centralRange(post, 0.95);
    const r999 = centralRange(post, 0.999);
    expect(r999[0]).toBeLessThan(r95[0]);
    expect(r95[0]).toBeLessThan(r90[0]);
    expect(r90[1]).toBeLessThan(r95[1]);
    expect(r95[1]).toBeLessThan(r999[1]);
    expect(post.mean).toBeGreaterThan(r90[0]);
    expect(post.mean).toBeLessThan(r90[1]);
  });

  it('constant scores still give a range of non-zero width (the spread is never below the rounding error)', () => {
    const flat: ModelData = { ...data, values: positions.map((t) => (t < 40 ? 5 : 3)) };
    const p = contrastPosterior(fitModel(flat)!, [1, -1]);
    const [low, high] = centralRange(p, 0.95);
    expect(high - low).toBeGreaterThan(0.01);
    expect(low).toBeLessThan(2);
    expect(high).toBeGreaterThan(2);
    expect(probabilityBelow(p, 0)).toBeGreaterThan(0); // a far tail, kept from underflowing to 0
  });
});

describe('drift-balanced weights', () => {
  it('cancel any steady drift exactly, keep their signs and add up to 1 and −1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 3, max: 40 }), { minLength: 3, maxLength: 5 }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        (lengths, slope) => {
          let start = 0;
          const phases = lengths.map((n, i) => {
            const p = { food: i % 2 === 0, centre: start + (n - 1) / 2, n };
            start += n;
            return p;
          });
          const w = effectWeights(phases)!;
          expect(w.balanced).toBe(true);
          const drift = phases.reduce((s, p, i) => s + w.c[i]! * (4 + slope * p.centre), 0);
          expect(Math.abs(drift)).toBeLessThan(1e-9);
          phases.forEach((p, i) => expect(p.food ? w.c[i]! >= -1e-12 : w.c[i]! <= 1e-12).toBe(true));
          const sum = (food: boolean) => phases.reduce((s, p, i) => s + (p.food === food ? w.c[i]! : 0), 0);
          expect(sum(true)).toBeCloseTo(1, 12);
          expect(sum(false)).toBeCloseTo(-1, 12);
        },
      ),
    );
  });

  it('say when no balance is possible (nothing with the food after the elimination yet)', () => {
    const w = effectWeights([
      { food: true, centre: 10, n: 20 },
      { food: false, centre: 40, n: 30 },
    ])!;
    expect(w).toEqual({ c: [1, -1], balanced: false });
    expect(effectWeights([{ food: true, centre: 1, n: 3 }])).toBeNull();
  });
});

describe('looks', () => {
  const ends = ['2025-04-01', '2025-06-01'];
  it('a running trial waits until a cycle has ended, then shows that cycle on the stricter bar', () => {
    expect(chooseLook({ status: 'running', asOf: '2025-03-01', cycleEnds: ends })).toMatchObject({
      kind: 'waiting',
      nextLookDay: '2025-04-01',
    });
    expect(chooseLook({ status: 'running', asOf: '2025-04-01', cycleEnds: ends }).kind).toBe('waiting');
    expect(chooseLook({ status: 'running', asOf: '2025-04-02', cycleEnds: ends })).toEqual({
      kind: 'interim',
      throughDay: '2025-04-01',
      nextLookDay: '2025-06-01',
      level: 0.999,
      rangeLevel: 0.95,
    });
    expect(chooseLook({ status: 'running', asOf: '2025-03-01', cycleEnds: [] })).toMatchObject({
      kind: 'waiting',
      nextLookDay: null,
    });
  });

  it('a finished trial gets the 95% bar; one closed before its end the 99.9% bar', () => {
    expect(chooseLook({ status: 'finished', asOf: '2025-06-01', cycleEnds: ends })).toMatchObject({
      kind: 'final',
      level: 0.95,
    });
    expect(chooseLook({ status: 'ended-early', asOf: '2025-05-01', cycleEnds: ends })).toMatchObject({
      kind: 'early',
      level: 0.999,
    });
    expect(chooseLook({ status: 'abandoned', asOf: '2025-06-01', cycleEnds: ends })).toMatchObject({
      kind: 'final',
      level: 0.95,
    });
    // Closed while a drawn switch day (and so the planned end) was still a secret: an early look.
    expect(chooseLook({ status: 'ended-early', asOf: '2025-06-01', cycleEnds: [] })).toMatchObject({ kind: 'early' });
  });

  it('shares the 5% among a family of outcomes', () => {
    expect(familyLevel(0.95, 1)).toBe(0.95);
    expect(familyLevel(0.95, 4)).toBeCloseTo(0.9875, 14);
    expect(familyLevel(0.95, undefined)).toBe(0.95);
  });
});

describe('what would settle it', () => {
  it('a more precise follow-up is more likely to settle it, and a certain one always does', () => {
    const chances = [1.5, 1, 0.6, 0.3].map((se) => chanceDecisive(1, 1, se, 2));
    chances.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(chances[i]!));
    expect(chanceDecisive(0.3, 1, 0.1, 2)).toBeGreaterThan(0.9);
    expect(chanceDecisive(5, 0.5, 0.2, 2)).toBeGreaterThan(0.99);
    expect(chanceDecisive(0, 1, 0.4, 2)).toBe(1); // a range of ±0.8 around anything settles it at a MID of 2
  });
});

describe('randomisation test of the food effect', () => {
  const lengths = { baseline: 40, elimination: 40, reintroduction: 20 };
  const build = (score: (day: number) => number | null, transitionDays = 5) => {
    let d = 0;
    const values = (n: number) => Array.from({ length: n }, () => score(d++));
    return phasesFrom([
      { kind: 'baseline', values: values(lengths.baseline) },
      { kind: 'elimination', values: values(lengths.elimination), transitionDays },
      { kind: 'reintroduction', values: values(lengths.reintroduction), transitionDays },
    ]);
  };
  const window = (phases: ReturnType<typeof build>, from: number, days: number) =>
    Array.from({ length: days }, (_, i) => addDays(phases[1]!.startDay, from + i));

  it('gives the smallest possible p when the real schedule shows by far the largest effect', () => {
    // Without transition days, so that no other draw lines up with the change as well as the real one.
    const phases = build((d) => (d < 40 || d >= 80 ? 6 : 3) + 0.1 * Math.sin(d), 0);
    const r = randomisationTest(phases, window(phases, -12, 25), phases[1]!.startDay, phases[2]!.endDay, true)!;
    expect(r).toEqual({ p: 1 / 25, switchDays: 25, asExtreme: 1 });
  });

  it('says plainly that 20 possible days cannot reach p below 0.05', () => {
    const phases = build((d) => 5 + Math.sin(d));
    const r = randomisationTest(phases, window(phases, -10, 20), phases[1]!.startDay, phases[2]!.endDay, true)!;
    expect(r).toEqual({ p: null, switchDays: 20, asExtreme: null });
  });

  it('gives p = 1 when nothing changes, and reads no day after the earliest possible end', () => {
    const flat = build(() => 4);
    expect(randomisationTest(flat, window(flat, -10, 21), flat[1]!.startDay, flat[2]!.endDay, true)?.p).toBe(1);
    const phases = build((d) => 5 + Math.sin(d * 1.3));
    const allowed = window(phases, -10, 21);
    const a = randomisationTest(phases, allowed, phases[1]!.startDay, phases[2]!.endDay, true)!;
    // Scores after the day the earliest draw would have ended on cannot matter to the test.
    const later = phases.map((p) => ({
      ...p,
      series: p.series.map((e, i) => (p.kind === 'reintroduction' && i >= 10 ? { ...e, value: 10 } : e)),
    }));
    expect(randomisationTest(later, allowed, phases[1]!.startDay, phases[2]!.endDay, true)).toEqual(a);
  });

  it('needs the real switch among the allowed days, and to have come', () => {
    const phases = build((d) => 5 + Math.sin(d));
    expect(randomisationTest(phases, window(phases, 1, 25), phases[1]!.startDay, phases[2]!.endDay, true)).toBeNull();
    expect(
      randomisationTest(phases, window(phases, -5, 25), phases[1]!.startDay, addDays(phases[1]!.startDay, -1), true),
    ).toBeNull();
  });
});
