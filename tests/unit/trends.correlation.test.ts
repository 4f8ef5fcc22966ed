// Rank correlation and lagged associations: the numbers. The sentences about them are tested in
// trends-wording.test.ts, the correlated-days correction in trends.effective-days.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '$shared/domain/day';
import { measureByKey } from '$shared/domain/measures';
import {
  codeSeries,
  describeAssociation,
  laggedAssociations,
  rankCorrelation,
  rankScratch,
  spearman,
  type DayValue,
  type Factor,
} from '$shared/trends';

const START = '2024-01-01';
const toSeries = (values: readonly (number | null)[], start = START): DayValue[] =>
  values.map((value, i) => ({ day: addDays(start, i), value }));

/** A small deterministic generator so the lag tests do not depend on Math.random. */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('spearman', () => {
  it('is 1 for any increasing relation and −1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 4, 9, 16, 1000])).toBe(1);
    expect(spearman([1, 2, 3, 4, 5], [5, 3, 2, 0, -7])).toBe(-1);
  });

  it('gives tied values the average of their ranks', () => {
    // x ranks 1.5 1.5 3 4 ; y ranks 1 2.5 2.5 4 → Pearson of ranks by hand.
    const rx = [1.5, 1.5, 3, 4];
    const ry = [1, 2.5, 2.5, 4];
    const sxy = rx.reduce((s, r, i) => s + (r - 2.5) * ((ry[i] as number) - 2.5), 0);
    const sxx = rx.reduce((s, r) => s + (r - 2.5) ** 2, 0);
    const syy = ry.reduce((s, r) => s + (r - 2.5) ** 2, 0);
    expect(spearman([7, 7, 8, 9], [1, 2, 2, 3])).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 14);
  });

  it('is null, never NaN, for constant series and fewer than three pairs', () => {
    expect(spearman([3, 3, 3, 3], [1, 2, 3, 4])).toBeNull();
    expect(spearman([1, 2, 3, 4], [0, 0, 0, 0])).toBeNull();
    expect(spearman([1, 2], [2, 1])).toBeNull();
    expect(spearman([1, 2, null, 4], [2, 1, 5, null])).toBeNull();
    expect(spearman([], [])).toBeNull();
    expect(spearman([1, 2, 3, 4], [NaN, 5, 5, 5])).toBeNull();
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('is null or within [−1, 1], symmetric, and blind to monotone rescaling (property)', () => {
    // Hundredths, so the exp() rescaling below stays strictly increasing in floating point (denormals would not).
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: -10_000, max: 10_000 }).map((k) => k / 100),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 40 }), (pairs) => {
        const x = pairs.map((p) => p[0]);
        const y = pairs.map((p) => p[1]);
        const rho = spearman(x, y);
        if (rho !== null) {
          expect(Number.isNaN(rho)).toBe(false);
          expect(Math.abs(rho)).toBeLessThanOrEqual(1);
        }
        expect(spearman(y, x)).toBe(rho);
        const stretched = spearman(
          x.map((v) => (v === null ? null : Math.exp(v / 50) * 3 + 1)),
          y,
        );
        if (rho === null) expect(stretched).toBeNull();
        else expect(Math.abs((stretched as number) - rho)).toBeLessThan(1e-12);
      }),
      { numRuns: 400 },
    );
  });
});

/** Textbook Spearman: average ranks by sorting each side, then Pearson of the ranks. Slow and obvious. */
function naiveSpearman(x: readonly (number | null)[], y: readonly (number | null)[]): number | null {
  const pairs = x.flatMap((v, i) =>
    v !== null && Number.isFinite(v) && y[i] !== null && Number.isFinite(y[i]) ? [[v, y[i] as number] as const] : [],
  );
  if (pairs.length < 3) return null;
  const rank = (vals: number[]) =>
    vals.map((v) => {
      const below = vals.filter((w) => w < v).length;
      const same = vals.filter((w) => w === v).length;
      return below + (same + 1) / 2;
    });
  const rx = rank(pairs.map((p) => p[0]));
  const ry = rank(pairs.map((p) => p[1]));
  const m = (pairs.length + 1) / 2;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  rx.forEach((r, i) => {
    sxy += (r - m) * ((ry[i] as number) - m);
    sxx += (r - m) ** 2;
    syy += ((ry[i] as number) - m) ** 2;
  });
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

describe('rank coding and both counting paths agree with textbook Spearman', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom(-0, 0.25, 2.5, -3, 1500, 1e-300, NaN, Infinity),
    fc.double({ min: -50, max: 50, noNaN: true }),
  );
  it('joint-table path, two-pass path and spearman() match the naive version (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { maxLength: 60 }),
        fc.integer({ min: -3, max: 3 }),
        (pairs, shift) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const expected = naiveSpearman(x, y);
          const close = (got: number | null) =>
            expected === null ? got === null : got !== null && Math.abs(got - expected) < 1e-12;
          expect(close(spearman(x, y))).toBe(true);
          const cx = codeSeries(x.map((v) => (v === null ? NaN : v)));
          const cy = codeSeries(y.map((v) => (v === null ? NaN : v)));
          const table = rankScratch(cx, cy);
          const passes = { ...rankScratch(cx, cy), table: null };
          // Shifted: x[i] against y[i + shift].
          const shiftedY = x.map((_, i) => (i + shift >= 0 && i + shift < y.length ? (y[i + shift] ?? null) : null));
          const shiftedExpected = naiveSpearman(x, shiftedY);
          for (const scratch of [table, passes]) {
            const got = rankCorrelation(cx, cy, shift, scratch).rho;
            expect(
              shiftedExpected === null ? got === null : got !== null && Math.abs(got - shiftedExpected) < 1e-12,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('falls back to sorting for series with more than a thousand distinct values', () => {
    const r = noise(5);
    const x = Array.from({ length: 1500 }, () => r() * 100);
    const y = x.map((v) => v + r() * 60);
    const coded = codeSeries(x);
    expect(coded.distinct).toBe(new Set(x).size);
    expect(spearman(x, y)).toBeCloseTo(naiveSpearman(x, y) as number, 12);
  });
});

describe('laggedAssociations', () => {
  const days = 200;
  const rand = noise(7);
  const base = Array.from({ length: days }, () => Math.round(rand() * 10));

  it('finds a series shifted by two days at lag 2', () => {
    // skin(t + 2) = factor(t): the same numbers, two days apart.
    const factor = toSeries(base);
    const skin = toSeries(base, addDays(START, 2));
    const [result] = laggedAssociations(skin, [{ key: 'x', label: 'X', series: factor }]);
    expect(result?.strongest?.lag).toBe(2);
    expect(result?.strongest?.rho).toBeCloseTo(1, 12);
    expect(result?.strongest?.n).toBe(days);
    expect(Math.abs(result?.lags[0]?.rho as number)).toBeLessThan(0.5);
  });

  it('still peaks at lag 2 with noise and gaps, and pairs factor day t with skin day t + L only', () => {
    const r = noise(11);
    const factorValues = base.map((v) => (r() < 0.15 ? null : v));
    const skinValues = base.map((v) => (r() < 0.2 ? null : Math.min(10, Math.max(0, v + Math.round((r() - 0.5) * 6)))));
    const factor = toSeries(factorValues);
    const skin = toSeries(skinValues, addDays(START, 2));
    const [result] = laggedAssociations(skin, [{ key: 'x', label: 'X', series: factor }], [0, 1, 2, 3, 4]);
    expect(result?.strongest?.lag).toBe(2);
    // n at lag 2 is the number of days t with both factor(t) and skin(t + 2) logged.
    const both = factorValues.filter((v, i) => v !== null && skinValues[i] !== null).length;
    expect(result?.lags[2]?.n).toBe(both);
    const expectedRho = spearman(factorValues, skinValues);
    expect(result?.lags[2]?.rho).toBeCloseTo(expectedRho as number, 12);
  });

  it('sorts by strength and puts factors with too little data last, with a reason in words', () => {
    const r = noise(3);
    const skin = toSeries(base);
    const factors: Factor[] = [
      { key: 'weak', label: 'Weak', series: toSeries(base.map((v) => v + r() * 40)) },
      { key: 'unrelated', label: 'Unrelated', series: toSeries(base.map(() => Math.floor(r() * 5))) },
      { key: 'sparse', label: 'Dairy', series: toSeries(base.map((v, i) => (i % 20 === 0 ? v : null))) },
      { key: 'strong', label: 'Strong', series: toSeries(base.map((v) => v + r() * 3)) },
      { key: 'flat', label: 'Fermented foods', series: toSeries(base.map(() => 2)) },
      { key: 'none', label: 'Omega-3 foods', series: [] },
    ];
    const result = laggedAssociations(skin, factors);
    // Findings first, then the rest with a result; then the ones without one, most paired days first.
    expect(result.map((a) => a.key)).toEqual(['strong', 'weak', 'unrelated', 'flat', 'sparse', 'none']);
    const byKey = Object.fromEntries(result.map((a) => [a.key, a]));
    expect(byKey.strong?.enough).toBe(true);
    // Skin under noise passes, the stronger first; noise alone has a result but is no finding.
    expect([byKey.strong?.finding, byKey.weak?.finding]).toEqual([true, true]);
    expect(byKey.unrelated).toMatchObject({ enough: true, finding: false });
    expect(byKey.sparse).toMatchObject({
      enough: false,
      strongest: null,
      reason: 'Only 10 days have both dairy and your skin score logged; at least 14 are needed.',
    });
    expect(byKey.flat?.reason).toBe(
      'Fermented foods did not change across the days with a skin score, so there is nothing to compare.',
    );
    expect(byKey.none?.reason).toMatch(/^No days have both omega-3 foods/);
    for (const a of result) for (const l of a.lags) if (l.rho !== null) expect(Number.isNaN(l.rho)).toBe(false);
  });

  it('reports a constant skin score in words', () => {
    const [result] = laggedAssociations(toSeries(base.map(() => 5)), [
      { key: 'd', label: 'Dairy', series: toSeries(base) },
    ]);
    expect(result?.reason).toBe(
      'Your skin score did not change across the days with dairy logged, so there is nothing to compare.',
    );
  });

  it('respects minDays and rejects bad lags', () => {
    const factor = toSeries(base.slice(0, 20));
    const skin = toSeries(base.slice(0, 20));
    expect(laggedAssociations(skin, [{ key: 'a', label: 'A', series: factor }], [0], 20)[0]?.enough).toBe(true);
    expect(laggedAssociations(skin, [{ key: 'a', label: 'A', series: factor }], [0], 21)[0]?.enough).toBe(false);
    expect(() => laggedAssociations(skin, [], [-1])).toThrow(RangeError);
    expect(() => laggedAssociations(skin, [], [0.5])).toThrow(RangeError);
    expect(() => laggedAssociations(skin, [], [0], 3)).toThrow(RangeError);
    expect(() => laggedAssociations([{ day: '0001-01-01', value: 1 }, ...skin], [])).toThrow(RangeError);
  });
});

describe('sentences over real measures', () => {
  it('keeps every not-enough reason and real-measure sentence free of "caus"', () => {
    const skin = toSeries(Array.from({ length: 60 }, (_, i) => i % 11));
    const factors: Factor[] = ['dairy', 'sugar', 'stress', 'sleepHours', 'stoolForm', 'exerciseMinutes'].map(
      (key, i) => {
        const m = measureByKey(key as Parameters<typeof measureByKey>[0]);
        const series =
          i % 3 === 0
            ? toSeries(Array.from({ length: 60 }, () => 1))
            : i % 3 === 1
              ? toSeries([1, 2, 3])
              : toSeries(Array.from({ length: 60 }, (_, d) => (d * 7) % 5));
        return { key, label: m.label, kind: m.kind, series };
      },
    );
    for (const a of laggedAssociations(skin, factors)) {
      const text = describeAssociation(a, 'Overall skin', true);
      expect(text).not.toMatch(/caus/i);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});
