// Thinning a long line for the chart: the rules a person would notice if broken. A line never crosses a day
// that was not logged, every drawn point is a real day with its real value, the shape's peaks survive, and
// the line gets short enough to draw quickly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thinLine, type LinePoint } from '$shared/trends';

const FIRST = 17_000;
/** A day's value: sometimes not logged (null or a non-finite number), otherwise anything a measure can hold. */
const valueArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY) },
  { weight: 6, arbitrary: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })) },
);
const logged = (v: number | null): v is number => typeof v === 'number' && Number.isFinite(v);

/** What the chart draws: consecutive non-null points are joined by a line. Returns the problems found. */
function problems(values: (number | null)[], points: LinePoint[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    const i = p.x - FIRST;
    if (k > 0 && p.x <= points[k - 1]!.x) out.push(`points out of order at ${k}`);
    if (p.y === null) {
      if (logged(values[i] ?? null)) out.push(`break on a logged day ${i}`);
      if (k === 0 || k === points.length - 1 || points[k - 1]!.y === null) out.push(`stray break at ${k}`);
      continue;
    }
    if (!Object.is(p.y, values[i])) out.push(`day ${i} drawn as ${p.y}, logged as ${values[i]}`);
    const q = points[k - 1];
    if (q && q.y !== null) {
      for (let d = q.x + 1; d < p.x; d++)
        if (!logged(values[d - FIRST] ?? null))
          out.push(`line from ${q.x - FIRST} to ${i} crosses unlogged day ${d - FIRST}`);
    }
  }
  return out;
}

describe('thinLine', () => {
  it('keeps every logged day, with a break at each gap, when they fit the budget', () => {
    const values = [3, 4, null, 5, null, null, 6, 7, 8];
    const { points, isolated } = thinLine(values, FIRST, 100);
    expect(points).toEqual([
      { x: FIRST, y: 3 },
      { x: FIRST + 1, y: 4 },
      { x: FIRST + 2, y: null },
      { x: FIRST + 3, y: 5 },
      { x: FIRST + 4, y: null },
      { x: FIRST + 6, y: 6 },
      { x: FIRST + 7, y: 7 },
      { x: FIRST + 8, y: 8 },
    ]);
    // Day 3 has no logged neighbour: it is listed so the chart can give it a dot.
    expect(isolated.map((k) => points[k]!.x - FIRST)).toEqual([3]);
  });

  it('draws nothing for a range with nothing logged, and no break before the first run or after the last', () => {
    expect(thinLine([null, NaN, null], FIRST, 10)).toEqual({ points: [], isolated: [] });
    const { points } = thinLine([null, null, 2, 3, null], FIRST, 10);
    expect(points).toEqual([
      { x: FIRST + 2, y: 2 },
      { x: FIRST + 3, y: 3 },
    ]);
  });

  it('thins ten years to about the budget, keeping each run’s ends and a peak the line must show', () => {
    const values: (number | null)[] = Array.from({ length: 3650 }, (_, i) => 5 + Math.sin(i / 30));
    values[1234] = 10; // one flare-up
    values[2000] = null;
    const { points } = thinLine(values, FIRST, 700);
    expect(points.length).toBeGreaterThan(600);
    expect(points.length).toBeLessThanOrEqual(705);
    const days = points.map((p) => p.x - FIRST);
    expect(days).toEqual(expect.arrayContaining([0, 1234, 1999, 2000, 2001, 3649]));
    expect(problems(values, points)).toEqual([]);
  });

  it('never draws across an unlogged day and draws only real values, whatever the data and budget', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 400 }), fc.integer({ min: 3, max: 120 }), (values, samples) => {
        const { points, isolated } = thinLine(values, FIRST, samples);
        expect(problems(values, points)).toEqual([]);
        // Every run of logged days shows its first and last day, so no stretch of logging vanishes.
        for (let i = 0; i < values.length; i++) {
          const starts = logged(values[i]!) && !logged(values[i - 1] ?? null);
          const ends = logged(values[i]!) && !logged(values[i + 1] ?? null);
          if (starts || ends) expect(points.some((p) => p.x === FIRST + i && p.y !== null)).toBe(true);
        }
        // Isolated days are exactly the logged days without a logged neighbour.
        const expected = values.flatMap((v, i) =>
          logged(v) && !logged(values[i - 1] ?? null) && !logged(values[i + 1] ?? null) ? [i] : [],
        );
        expect(isolated.map((k) => points[k]!.x - FIRST)).toEqual(expected);
        // Thinned to the budget, plus at most two ends and a break for every run.
        const runs = values.filter((v, i) => logged(v) && !logged(values[i - 1] ?? null)).length;
        expect(points.filter((p) => p.y !== null).length).toBeLessThanOrEqual(Math.max(samples, 0) + 2 * runs);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a budget too small to hold a line', () => {
    expect(() => thinLine([1, 2, 3], FIRST, 2)).toThrow(/samples/);
  });
});
