// Weekly and monthly means for the bar view and for reports. Every period between the first and last day of
// the series is listed, including empty ones (mean null), so a month without check-ins shows as a gap rather
// than silently vanishing from the axis.
import type { Day } from '../domain/day';
import type { DayValue, Series } from './series';
import { isLogged } from './series';
import {
  civilFromDays,
  dayOrdinal,
  daysFromCivil,
  daysInMonth,
  isoWeekKey,
  ordinalDay,
  ordinalWeekday,
} from './calendar';

export type PeriodKind = 'week' | 'month';

/** One ISO week (Monday–Sunday) or calendar month and the values logged in it. */
export interface PeriodAverage {
  /** 2026-W03 for ISO weeks, 2026-03 for months. */
  key: string;
  /** First and last calendar day of the whole period (not clipped to the series). */
  start: Day;
  end: Day;
  /** Mean of the logged values; null when the period holds none. */
  mean: number | null;
  /** Number of days with a value. */
  n: number;
}

/** Mean and count per ISO week or calendar month, from the period holding the first day to the one holding the last. */
export function periodAverages(series: Series, period: PeriodKind): PeriodAverage[] {
  if (series.length === 0) return [];
  const firstOrd = dayOrdinal((series[0] as DayValue).day);
  const lastOrd = dayOrdinal((series[series.length - 1] as DayValue).day);
  if (lastOrd < firstOrd) throw new RangeError('series days must be ascending');
  const first = civilFromDays(firstOrd);
  const last = civilFromDays(lastOrd);
  const firstMonday = firstOrd - ordinalWeekday(firstOrd);
  const firstMonth = first.y * 12 + (first.m - 1);
  const count =
    period === 'week'
      ? Math.floor((lastOrd - ordinalWeekday(lastOrd) - firstMonday) / 7) + 1
      : last.y * 12 + (last.m - 1) - firstMonth + 1;
  const sums = new Float64Array(count);
  const ns = new Uint32Array(count);
  for (const p of series) {
    if (!isLogged(p.value)) continue;
    const o = dayOrdinal(p.day);
    let k: number;
    if (period === 'week') {
      k = Math.floor((o - firstMonday) / 7);
    } else {
      const c = civilFromDays(o);
      k = c.y * 12 + (c.m - 1) - firstMonth;
    }
    if (k < 0 || k >= count) throw new RangeError('series days must be ascending');
    sums[k] = (sums[k] as number) + p.value;
    ns[k] = (ns[k] as number) + 1;
  }
  const out = new Array<PeriodAverage>(count);
  for (let k = 0; k < count; k++) {
    const n = ns[k] as number;
    const mean = n === 0 ? null : (sums[k] as number) / n;
    if (period === 'week') {
      const monday = firstMonday + 7 * k;
      out[k] = { key: isoWeekKey(monday), start: ordinalDay(monday), end: ordinalDay(monday + 6), mean, n };
    } else {
      const y = Math.floor((firstMonth + k) / 12);
      const m = ((firstMonth + k) % 12) + 1;
      const startOrd = daysFromCivil(y, m, 1);
      out[k] = {
        key: `${y}-${m < 10 ? '0' : ''}${m}`,
        start: ordinalDay(startOrd),
        end: ordinalDay(startOrd + daysInMonth(y, m) - 1),
        mean,
        n,
      };
    }
  }
  return out;
}
