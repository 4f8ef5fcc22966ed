// The calendar heat-map: one square per day, Monday-first columns of weeks, shaded in five levels. Days with
// nothing logged get level null (drawn as an empty square), never level 0, which would read as "good day".
import { isDay, type Day } from '../domain/day';
import type { Series } from './series';
import { isLogged } from './series';
import { dayOrdinal, daysFrom, ordinalWeekday } from './calendar';

export interface HeatmapCell {
  day: Day;
  /** 0 = Monday … 6 = Sunday: the row. */
  weekday: number;
  /** 0 for the week (Monday–Sunday) holding `from`: the column. */
  weekIndex: number;
  value: number | null;
  /** 0-4 (see bins), null when nothing was logged. */
  level: number | null;
}

/** Values v with from ≤ v < to get this level (the top bin also takes v = to). */
export interface HeatmapBin {
  level: number;
  from: number;
  to: number;
}

export interface Heatmap {
  cells: HeatmapCell[];
  /** Number of week columns. */
  weeks: number;
  bins: HeatmapBin[];
}

export const HEATMAP_LEVELS = 5;

/**
 * A calendar grid for [from, to]. Levels split the scale into five equal-width bins: level
 * = floor(5 · (v − min) / (max − min)), capped at 4, so a 0-10 score bins as 0-1 | 2-3 | 4-5 | 6-7 | 8-10.
 * Give the measure's own min and max as `scale` so colours mean the same from month to month; without it
 * the observed range is used, and a range where every value is equal shades all days at the middle level 2.
 */
export function heatmap(series: Series, from: Day, to: Day, scale?: { min: number; max: number }): Heatmap {
  if (!isDay(from) || !isDay(to)) throw new RangeError(`heatmap needs real days, got ${from} and ${to}`);
  const start = dayOrdinal(from);
  const end = dayOrdinal(to);
  const length = Math.max(0, end - start + 1);
  const values = new Float64Array(length).fill(NaN);
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of series) {
    if (!isLogged(p.value)) continue;
    const i = dayOrdinal(p.day) - start;
    if (i < 0 || i >= length) continue;
    values[i] = p.value;
  }
  for (let i = 0; i < length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (scale) {
    if (!(scale.max > scale.min)) throw new RangeError(`heatmap scale needs max > min, got ${scale.min}..${scale.max}`);
    lo = scale.min;
    hi = scale.max;
  }
  const width = hi - lo;
  const bins = binsOf(lo, hi);
  const firstMonday = start - ordinalWeekday(start);
  const days = daysFrom(start, length);
  const cells = new Array<HeatmapCell>(length);
  for (let i = 0; i < length; i++) {
    const o = start + i;
    const raw = values[i] as number;
    const value = Number.isNaN(raw) ? null : raw;
    cells[i] = {
      day: days[i] as Day,
      weekday: ordinalWeekday(o),
      weekIndex: Math.floor((o - firstMonday) / 7),
      value,
      level: value === null ? null : levelOf(value, lo, width),
    };
  }
  const weeks = length === 0 ? 0 : Math.floor((end - firstMonday) / 7) + 1;
  return { cells, weeks, bins };
}

function binsOf(lo: number, hi: number): HeatmapBin[] {
  const width = hi - lo;
  const bins: HeatmapBin[] = [];
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    for (let level = 0; level < HEATMAP_LEVELS; level++) {
      bins.push({
        level,
        from: lo + (width * level) / HEATMAP_LEVELS,
        to: lo + (width * (level + 1)) / HEATMAP_LEVELS,
      });
    }
  }
  return bins;
}

/**
 * The levels and bins heatmap() gives, for values already laid out one per calendar day (NaN where nothing
 * was logged): level null for an unlogged day, never 0. The scale is the measure's own, as for heatmap().
 */
export function heatmapLevels(
  values: ArrayLike<number>,
  scale: { min: number; max: number },
): { levels: (number | null)[]; bins: HeatmapBin[] } {
  if (!(scale.max > scale.min)) throw new RangeError(`heatmap scale needs max > min, got ${scale.min}..${scale.max}`);
  const width = scale.max - scale.min;
  const levels = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    levels[i] = isLogged(v) ? levelOf(v, scale.min, width) : null;
  }
  return { levels, bins: binsOf(scale.min, scale.max) };
}

function levelOf(value: number, lo: number, width: number): number {
  if (width === 0) return 2;
  // The small allowance keeps a value sitting exactly on a bin edge (4 of 0-10) from falling a level short
  // through floating-point rounding.
  const level = Math.floor((HEATMAP_LEVELS * (value - lo)) / width + 1e-9);
  return Math.max(0, Math.min(HEATMAP_LEVELS - 1, level));
}
