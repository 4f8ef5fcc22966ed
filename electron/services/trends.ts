// The Trends screen's reads. SQL picks the days of the range and does the weekly and monthly aggregates;
// shared/trends turns rows into dense series, rolling means and heat-map levels. Column names come from
// MEASURES (a fixed list), never from the request, so interpolating them into SQL is safe.
import { addDays, type Day } from '../../shared/domain/day';
import { measureByKey, type MeasureKey } from '../../shared/domain/measures';
import type { PeriodRow, ResolvedRange, TrendHeatmap, TrendSeries } from '../../shared/contract/trends';
import { UserFacingError } from '../../shared/contract/result';
import {
  completeness,
  civilFromDays,
  dayOrdinal,
  daysFromCivil,
  daysInMonth,
  densify,
  heatmap,
  isoWeekKey,
  ordinalDay,
  ordinalWeekday,
  rangePreset,
  rollingMean,
  type DayRange,
  type RangePreset,
} from '../../shared/trends/index';
import { sql } from '../db/statements';
import type { ServiceContext } from './context';
import { today } from './settings';
import { markersBetween } from './trendsMarkers';

/** The rolling mean looks back this many days, so rows that far before the range are read too. */
const ROLLING_WINDOW = 7;

export function firstLoggedDay(ctx: ServiceContext): Day | null {
  const row = sql(ctx.db, 'SELECT MIN(day) AS first FROM check_ins').get() as { first: string | null };
  return row.first;
}

export function resolveRange(ctx: ServiceContext, preset: RangePreset, custom?: DayRange): ResolvedRange {
  const day = today(ctx);
  const firstDay = firstLoggedDay(ctx);
  const result = rangePreset(preset, day, firstDay, custom);
  if (!result.ok) throw new UserFacingError('invalid-input', result.message);
  return { ...result.range, today: day, firstDay };
}

type Row = { day: Day } & Record<string, number | null>;

/** Day and the given columns for every check-in in [from, to], oldest first (uses the day primary key). */
function rows(ctx: ServiceContext, columns: readonly string[], from: Day, to: Day): Row[] {
  const list = columns.length ? ', ' + columns.join(', ') : '';
  return sql(ctx.db, `SELECT day${list} FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day`).all(from, to) as Row[];
}

export function series(ctx: ServiceContext, measures: readonly MeasureKey[], from: Day, to: Day): TrendSeries {
  const defs = measures.map(measureByKey);
  const lookback = addDays(from, -(ROLLING_WINDOW - 1));
  const all = rows(ctx, defs.map((m) => m.column), lookback, to);
  const inRange = all.filter((r) => r.day >= from);
  const out = defs.map((m) => {
    // Densified from the look-back day, so the first days of the range have a full window behind them.
    const dense = densify(all.map((r) => ({ day: r.day, value: r[m.column] ?? null })), lookback, to);
    const rolling = rollingMean(dense, ROLLING_WINDOW, 4);
    const skip = dense.length - (dayOrdinal(to) - dayOrdinal(from) + 1);
    const values = dense.slice(skip).map((p) => p.value);
    let logged = 0;
    let sum = 0;
    let min: number | null = null;
    let max: number | null = null;
    for (const v of values) {
      if (v === null) continue;
      logged++;
      sum += v;
      if (min === null || v < min) min = v;
      if (max === null || v > max) max = v;
    }
    return { key: m.key as MeasureKey, label: m.label, values, rolling: rolling.slice(skip).map((p) => p.value), logged, mean: logged ? sum / logged : null, min, max };
  });
  return {
    from,
    to,
    series: out,
    completeness: completeness(inRange.map((r) => r.day), from, to),
    markers: markersBetween(ctx, from, to),
  };
}

/** Monday of the ISO week holding `day`, in SQL: strftime('%w') is 0 for Sunday. */
const WEEK_START = "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')";
const MONTH_START = "substr(day, 1, 7) || '-01'";

/**
 * Mean and count per ISO week or calendar month, aggregated by SQLite (GROUP BY over the day index). Every
 * period from the one holding `from` to the one holding `to` is listed, empty ones with mean null, so a month
 * without check-ins shows as a gap rather than vanishing from the axis (as periodAverages does).
 */
export function periods(ctx: ServiceContext, measure: MeasureKey, period: 'week' | 'month', from: Day, to: Day): PeriodRow[] {
  const column = measureByKey(measure).column;
  const start = period === 'week' ? WEEK_START : MONTH_START;
  const found = sql(
    ctx.db,
    `SELECT ${start} AS start, AVG(${column}) AS mean, COUNT(${column}) AS n FROM check_ins WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1`,
  ).all(from, to) as { start: Day; mean: number | null; n: number }[];
  const byStart = new Map(found.map((r) => [r.start, r]));
  const out: PeriodRow[] = [];
  for (const p of periodSpans(period, from, to)) {
    const hit = byStart.get(p.start);
    out.push({ ...p, mean: hit && hit.n > 0 ? hit.mean : null, n: hit?.n ?? 0 });
  }
  return out;
}

/** The weeks or months from the one holding `from` to the one holding `to`, whole (not clipped). */
function periodSpans(period: 'week' | 'month', from: Day, to: Day): { key: string; start: Day; end: Day }[] {
  const first = dayOrdinal(from);
  const last = dayOrdinal(to);
  const spans: { key: string; start: Day; end: Day }[] = [];
  if (period === 'week') {
    for (let monday = first - ordinalWeekday(first); monday <= last; monday += 7) {
      spans.push({ key: isoWeekKey(monday), start: ordinalDay(monday), end: ordinalDay(monday + 6) });
    }
    return spans;
  }
  let { y, m } = civilFromDays(first);
  const end = civilFromDays(last);
  while (y < end.y || (y === end.y && m <= end.m)) {
    const startOrd = daysFromCivil(y, m, 1);
    spans.push({ key: `${y}-${m < 10 ? '0' : ''}${m}`, start: ordinalDay(startOrd), end: ordinalDay(startOrd + daysInMonth(y, m) - 1) });
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return spans;
}

/** The calendar heat-map of the overall skin score, on the measure's own 0-10 scale so colours keep their meaning. */
export function skinHeatmap(ctx: ServiceContext, from: Day, to: Day): TrendHeatmap {
  const measure = measureByKey('skinOverall');
  const points = rows(ctx, [measure.column], from, to).map((r) => ({ day: r.day, value: r[measure.column] ?? null }));
  const grid = heatmap(points, from, to, { min: measure.min, max: measure.max });
  return {
    from,
    to,
    measure: 'skinOverall',
    label: measure.label,
    firstWeekday: ordinalWeekday(dayOrdinal(from)),
    weeks: grid.weeks,
    values: grid.cells.map((c) => c.value),
    levels: grid.cells.map((c) => c.level),
    bins: grid.bins,
  };
}
