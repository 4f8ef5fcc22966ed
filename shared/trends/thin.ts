// Thinning a long daily line for drawing, without ever drawing across a day that was not logged.
//
// Ten years is 3,650 days on a chart about a thousand pixels wide, so most days share a pixel with others.
// Largest-Triangle-Three-Buckets (LTTB) keeps the points that carry the line's shape (peaks and troughs
// survive) and drops the rest. Chart.js has LTTB built in, but it runs over the whole line and averages an
// unlogged day in as zero, so the chart had to drop unlogged days and then hide, segment by segment, every
// line that crossed one: per-segment styling that cost more than the drawing itself. Here each run of
// logged days is thinned on its own and runs are separated by a null point, which Chart.js (spanGaps off)
// draws as a break. Every point kept is a real day with its real value.

import { isLogged } from './series';

export interface LinePoint {
  /** Day number (see calendar.ts). */
  x: number;
  /** The day's value, or null for the break between two runs of logged days. */
  y: number | null;
}

export interface ThinLine {
  points: LinePoint[];
  /**
   * Indexes into `points` of logged days with no logged neighbour: a line cannot show them, so the chart
   * gives them a dot of their own.
   */
  isolated: number[];
}

/**
 * The line of `values` (index i is day `first` + i; null, NaN or ±Infinity where nothing was logged),
 * thinned to about `samples` points. With no more logged days than `samples` every logged day is kept.
 * Each run of logged days keeps its first and last day and a share of the budget proportional to its
 * length (at least its ends), so short runs between gaps are never merged away.
 */
export function thinLine(values: ArrayLike<number | null>, first: number, samples: number): ThinLine {
  if (!Number.isInteger(samples) || samples < 3)
    throw new RangeError(`samples must be a whole number ≥ 3, got ${samples}`);
  const n = values.length;
  const runs: [start: number, end: number][] = [];
  let logged = 0;
  for (let i = 0; i < n; i++) {
    if (!isLogged(values[i])) continue;
    const start = i;
    while (i + 1 < n && isLogged(values[i + 1])) i++;
    runs.push([start, i]);
    logged += i - start + 1;
  }
  const keepAll = logged <= samples;
  const points: LinePoint[] = [];
  const isolated: number[] = [];
  for (let r = 0; r < runs.length; r++) {
    const [start, end] = runs[r]!;
    // The break: the first unlogged day after the previous run.
    if (r > 0) points.push({ x: first + runs[r - 1]![1] + 1, y: null });
    const length = end - start + 1;
    if (length === 1) isolated.push(points.length);
    const budget = keepAll ? length : Math.max(2, Math.round((length * samples) / logged));
    if (budget >= length) {
      for (let i = start; i <= end; i++) points.push({ x: first + i, y: values[i] as number });
    } else {
      lttbRun(values, first, start, end, budget, points);
    }
  }
  return { points, isolated };
}

/** LTTB over days start..end (all logged), choosing `budget` ≥ 2 of them, appended to `out` in day order. */
function lttbRun(
  values: ArrayLike<number | null>,
  first: number,
  start: number,
  end: number,
  budget: number,
  out: LinePoint[],
): void {
  const y = (i: number) => values[i] as number;
  out.push({ x: first + start, y: y(start) });
  if (budget > 2) {
    // The days strictly between the ends, split into budget − 2 buckets of (nearly) equal width.
    const inner = end - start - 1;
    const width = inner / (budget - 2);
    let chosen = start;
    for (let b = 0; b < budget - 2; b++) {
      const from = start + 1 + Math.floor(b * width);
      const to = start + 1 + Math.floor((b + 1) * width); // exclusive
      // The average of the next bucket (or the last day, for the last bucket) is the triangle's third corner.
      const nextFrom = to;
      const nextTo = b === budget - 3 ? end + 1 : start + 1 + Math.floor((b + 2) * width);
      let ax = 0;
      let ay = 0;
      for (let i = nextFrom; i < nextTo; i++) {
        ax += i;
        ay += y(i);
      }
      const count = nextTo - nextFrom;
      ax /= count;
      ay /= count;
      let best = from;
      let bestArea = -1;
      const px = chosen;
      const py = y(chosen);
      for (let i = from; i < to; i++) {
        const area = Math.abs((px - ax) * (y(i) - py) - (px - i) * (ay - py));
        if (area > bestArea) {
          bestArea = area;
          best = i;
        }
      }
      out.push({ x: first + best, y: y(best) });
      chosen = best;
    }
  }
  out.push({ x: first + end, y: y(end) });
}
