// A series is one measure over days. A missing day is null, never zero: someone who did not log dairy on
// Tuesday did not eat zero dairy, and filling the gap would bias every average and correlation after it.
import { isDay, type Day } from '../domain/day';
import { dayOrdinal, daysFrom } from './calendar';

/** One day's value of one measure; null when nothing was logged that day. */
export interface DayValue {
  day: Day;
  value: number | null;
}

/** Days in ascending order; densify makes it one entry per calendar day. */
export type Series = readonly DayValue[];

/**
 * The day number of every entry. A densified series (ascending, no day twice, last − first = length − 1) is
 * necessarily contiguous, so its numbers are counted up from the first instead of parsed one by one.
 */
export function seriesOrdinals(series: Series): Int32Array {
  const n = series.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  const first = dayOrdinal((series[0] as DayValue).day);
  let contiguous = dayOrdinal((series[n - 1] as DayValue).day) - first === n - 1;
  for (let i = 1; contiguous && i < n; i++) contiguous = (series[i - 1] as DayValue).day < (series[i] as DayValue).day;
  if (contiguous) {
    for (let i = 0; i < n; i++) out[i] = first + i;
  } else {
    for (let i = 0; i < n; i++) out[i] = dayOrdinal((series[i] as DayValue).day);
  }
  return out;
}

/** A value counts only when it is a real finite number: null, NaN and ±Infinity are all "not logged". */
export function isLogged(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * One entry per calendar day in [from, to], null where nothing was logged, so charts and rolling windows
 * see gaps as gaps. Points outside the range are dropped; if a day appears twice the later point wins.
 */
export function densify(points: readonly { day: Day; value: number | null }[], from: Day, to: Day): DayValue[] {
  if (!isDay(from) || !isDay(to)) throw new RangeError(`densify needs real days, got ${from} and ${to}`);
  const start = dayOrdinal(from);
  const days = daysFrom(start, dayOrdinal(to) - start + 1);
  const values = new Float64Array(days.length).fill(NaN);
  for (const p of points) {
    if (p.day < from || p.day > to) continue;
    const i = dayOrdinal(p.day) - start;
    // A malformed day such as 2025-02-30 would parse to some other date; matching the text drops it instead.
    if (days[i] !== p.day) continue;
    values[i] = isLogged(p.value) ? p.value : NaN;
  }
  const out = new Array<DayValue>(days.length);
  for (let i = 0; i < days.length; i++) {
    const v = values[i] as number;
    out[i] = { day: days[i] as Day, value: Number.isNaN(v) ? null : v };
  }
  return out;
}

/** How many days in [from, to] hold a check-in, so the screen can say how much the trend rests on. */
export interface Completeness {
  logged: number;
  total: number;
  /** logged / total, 0 for an empty range. */
  share: number;
}

/** Share of days logged in [from, to]; duplicates and days outside the range are not counted. */
export function completeness(loggedDays: readonly Day[], from: Day, to: Day): Completeness {
  if (!isDay(from) || !isDay(to)) throw new RangeError(`completeness needs real days, got ${from} and ${to}`);
  const total = Math.max(0, dayOrdinal(to) - dayOrdinal(from) + 1);
  const seen = new Set<Day>();
  for (const d of loggedDays) if (d >= from && d <= to && isDay(d)) seen.add(d);
  return { logged: seen.size, total, share: total === 0 ? 0 : seen.size / total };
}

/** The numbers a report states about one measure over a period. */
export interface SeriesSummary {
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  firstDay: Day | null;
  lastDay: Day | null;
  /** Mean of the 7 calendar days starting at the first logged day. */
  firstWeekMean: number | null;
  /** Mean of the 7 calendar days ending at the last logged day. */
  lastWeekMean: number | null;
  /** lastWeekMean − firstWeekMean; null when the logged span is under 14 days (the two weeks would overlap). */
  change: number | null;
}

/** Mean, range and first-week → last-week change of a series, for reports and the Trends header. */
export function summary(series: Series): SeriesSummary {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let first = -1;
  let last = -1;
  for (let i = 0; i < series.length; i++) {
    const v = (series[i] as DayValue).value;
    if (!isLogged(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (first < 0) first = i;
    last = i;
  }
  if (n === 0) {
    return {
      n: 0,
      mean: null,
      min: null,
      max: null,
      firstDay: null,
      lastDay: null,
      firstWeekMean: null,
      lastWeekMean: null,
      change: null,
    };
  }
  const firstDay = (series[first] as DayValue).day;
  const lastDay = (series[last] as DayValue).day;
  const ord = seriesOrdinals(series);
  const firstOrd = ord[first] as number;
  const lastOrd = ord[last] as number;
  const firstWeekMean = meanBetween(series, ord, firstOrd, firstOrd + 6);
  const lastWeekMean = meanBetween(series, ord, lastOrd - 6, lastOrd);
  const change =
    lastOrd - firstOrd + 1 >= 14 && firstWeekMean !== null && lastWeekMean !== null
      ? lastWeekMean - firstWeekMean
      : null;
  return { n, mean: sum / n, min, max, firstDay, lastDay, firstWeekMean, lastWeekMean, change };
}

function meanBetween(series: Series, ord: Int32Array, fromOrd: number, toOrd: number): number | null {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < series.length; i++) {
    const v = (series[i] as DayValue).value;
    const o = ord[i] as number;
    if (isLogged(v) && o >= fromOrd && o <= toOrd) {
      n++;
      sum += v;
    }
  }
  return n === 0 ? null : sum / n;
}
