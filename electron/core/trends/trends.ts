// The Trends screen's reads. SQL picks the days of the range and does the weekly and monthly aggregates;
// shared/trends turns rows into dense series, rolling means and heat-map levels. Column names come from
// MEASURES (a fixed list), never from the request, so interpolating them into SQL is safe.
import { addDays, type Day } from '$shared/domain/day';
import type { ItemRef } from '$shared/domain/trackingPlan';
import type { PeriodRow, ResolvedRange, TrendHeatmap, TrendSeries } from '$shared/contract/trends';
import { UserFacingError } from '$shared/contract/result';
import {
  civilFromDays,
  dayOrdinal,
  daysFromCivil,
  daysInMonth,
  heatmapLevels,
  isoWeekKey,
  ordinalDay,
  ordinalWeekday,
  rangePreset,
  rollingMeanDense,
  type DayRange,
  type RangePreset,
} from '$shared/trends/index';
// The per-row day reader straight from its module: it runs once per row, so no re-export in between.
import { realDayOrdinalAt } from '$shared/trends/calendar';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { today } from '../journal/settings';
import { markersBetween } from './markers';
import { ownItemDense, ownItemPeriods, trendItem } from './items';

/** The rolling mean looks back this many days, so rows that far before the range are read too. */
const ROLLING_WINDOW = 7;

export function firstLoggedDay(ctx: ServiceContext): Day | null {
  const row = sql(ctx.db, 'SELECT MIN(day) AS first FROM check_ins').get() as { first: string | null };
  return row.first;
}

export function resolveRange(
  ctx: ServiceContext,
  { preset, custom }: { preset: RangePreset; custom?: DayRange | undefined },
): ResolvedRange {
  const day = today(ctx);
  const firstDay = firstLoggedDay(ctx);
  const result = rangePreset(preset, day, firstDay, custom);
  if (!result.ok) throw new UserFacingError('invalid-input', result.message);
  return { ...result.range, today: day, firstDay };
}

/** Columns of check_ins laid out one entry per calendar day of a range: index i is the day `from` + i. */
export interface DenseColumns {
  /** Day number of `from` (see shared/trends/calendar). */
  start: number;
  length: number;
  /** 1 where the day has a check-in. */
  present: Uint8Array;
  /** Number of days in the range with a check-in. */
  logged: number;
  /** One array per column asked for, NaN where the day has no check-in or the measure was left empty. */
  values: Float64Array[];
}

/**
 * Reads the given columns of every check-in in [from, to] as one JSON array per column, with the days
 * packed into one string (SQLite builds them all in one pass), and lays them out by day. One row of a few
 * long strings instead of an object per check-in: ten years is 3,650 rows, and building an object per row
 * was most of a read's time; reading the days from one string by offset saves a string per day.
 * Days and values come from the same rows in the same order, so they stay paired whatever order SQLite
 * visits them in. A day that is not a real calendar day (2025-02-30) is dropped, as densify drops it.
 */
export function denseColumns(ctx: ServiceContext, columns: readonly string[], from: Day, to: Day): DenseColumns {
  const start = dayOrdinal(from);
  const length = Math.max(0, dayOrdinal(to) - start + 1);
  const arrays = columns.map((c) => `, json_group_array(${c})`).join('');
  const row = sql(
    ctx.db,
    `SELECT group_concat(day, '')${arrays} FROM check_ins ${scanOrder(ctx, from, to)} WHERE day BETWEEN ? AND ?`,
  )
    .raw(true)
    .get(from, to) as (string | null)[];
  const packed = row[0] ?? '';
  // day is CHECKed as YYYY-MM-DD, so every day is ten characters long.
  const rows = packed.length / 10;
  const present = new Uint8Array(length);
  const index = new Int32Array(rows);
  let logged = 0;
  for (let r = 0; r < rows; r++) {
    const i = realDayOrdinalAt(packed, 10 * r) - start;
    // NaN (not a real day) fails both comparisons.
    if (!(i >= 0 && i < length)) {
      index[r] = -1;
      continue;
    }
    index[r] = i;
    if (!present[i]) logged++;
    present[i] = 1;
  }
  const values = columns.map((_, c) => {
    const column = JSON.parse(row[c + 1] ?? '[]') as (number | null)[];
    if (column.length !== rows) throw new Error(`check_ins: ${rows} days but ${column.length} values in ${columns[c]}`);
    const out = new Float64Array(length).fill(NaN);
    for (let r = 0; r < rows; r++) {
      const i = index[r] as number;
      const v = column[r];
      if (i >= 0 && typeof v === 'number' && Number.isFinite(v)) out[i] = v;
    }
    return out;
  });
  return { start, length, present, logged, values };
}

/**
 * How to visit check-ins for a range: through the day index, or, when the range holds most of the
 * journal, straight through the table (NOT INDEXED). Going through the index costs a look-up in the table
 * for every row, which for ten years of days took longer than reading the whole table in storage order;
 * for a short range the index reads only the rows it needs. The journal's first and last day are two
 * seeks on the index, so the choice costs next to nothing.
 */
function scanOrder(ctx: ServiceContext, from: Day, to: Day): '' | 'NOT INDEXED' {
  const [first, last] = sql(ctx.db, 'SELECT MIN(day), MAX(day) FROM check_ins').raw(true).get() as [
    Day | null,
    Day | null,
  ];
  if (first === null || last === null) return '';
  const span = dayOrdinal(last) - dayOrdinal(first) + 1;
  const covered = Math.min(dayOrdinal(to), dayOrdinal(last)) - Math.max(dayOrdinal(from), dayOrdinal(first)) + 1;
  return covered > span * SCAN_WHOLE_TABLE_FROM ? 'NOT INDEXED' : '';
}
/**
 * Share of the journal's days above which reading the whole table beats the index: measured on a dense
 * ten-year journal, a row through the index cost about 1.7 times a row read in table order.
 */
const SCAN_WHOLE_TABLE_FROM = 0.6;

/** NaN (not logged) becomes null for the answer: a gap, never zero. */
function nullable(values: Float64Array, skip = 0): (number | null)[] {
  const out = new Array<number | null>(values.length - skip);
  for (let i = skip; i < values.length; i++) {
    const v = values[i] as number;
    out[i - skip] = Number.isNaN(v) ? null : v;
  }
  return out;
}

export function series(
  ctx: ServiceContext,
  { measures, from, to }: { measures: readonly ItemRef[]; from: Day; to: Day },
): TrendSeries {
  const defs = measures.map((ref) => trendItem(ctx, ref));
  // Read from the look-back day, so the first days of the range have a full window behind them.
  const lookback = addDays(from, -(ROLLING_WINDOW - 1));
  const dense = denseColumns(
    ctx,
    defs.flatMap((m) => m.column ?? []),
    lookback,
    to,
  );
  let column = 0;
  const columns = defs.map((m) =>
    m.column !== null
      ? (dense.values[column++] as Float64Array)
      : ownItemDense(ctx, m.trackableId!, dense.start, dense.length, lookback, to),
  );
  const skip = dayOrdinal(from) - dense.start;
  const out = defs.map((m, k) => {
    const all = columns[k] as Float64Array;
    const rolling = rollingMeanDense(all, ROLLING_WINDOW, 4);
    let logged = 0;
    let sum = 0;
    let min: number | null = null;
    let max: number | null = null;
    for (let i = skip; i < all.length; i++) {
      const v = all[i] as number;
      if (Number.isNaN(v)) continue;
      logged++;
      sum += v;
      if (min === null || v < min) min = v;
      if (max === null || v > max) max = v;
    }
    return {
      key: m.key,
      label: m.label,
      values: nullable(all, skip),
      rolling: nullable(rolling, skip),
      logged,
      mean: logged ? sum / logged : null,
      min,
      max,
    };
  });
  let inRange = 0;
  for (let i = skip; i < dense.length; i++) inRange += dense.present[i] as number;
  const total = dense.length - skip;
  return {
    from,
    to,
    series: out,
    completeness: { logged: inRange, total, share: total === 0 ? 0 : inRange / total },
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
export function periods(
  ctx: ServiceContext,
  { measure, period, from, to }: { measure: ItemRef; period: 'week' | 'month'; from: Day; to: Day },
): PeriodRow[] {
  const item = trendItem(ctx, measure);
  const start = period === 'week' ? WEEK_START : MONTH_START;
  const found =
    item.column === null
      ? ownItemPeriods(ctx, item.trackableId!, start, from, to)
      : (sql(
          ctx.db,
          `SELECT ${start} AS start, AVG(${item.column}) AS mean, COUNT(${item.column}) AS n FROM check_ins WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1`,
        ).all(from, to) as { start: Day; mean: number | null; n: number }[]);
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
    spans.push({
      key: `${y}-${m < 10 ? '0' : ''}${m}`,
      start: ordinalDay(startOrd),
      end: ordinalDay(startOrd + daysInMonth(y, m) - 1),
    });
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return spans;
}

/** The calendar heat-map of a measure (the overall skin score by default), on its own range so colours keep their meaning. */
export function skinHeatmap(
  ctx: ServiceContext,
  { from, to, measure: ref = 'skinOverall' }: { from: Day; to: Day; measure?: ItemRef | undefined },
): TrendHeatmap {
  const measure = trendItem(ctx, ref);
  const dense = denseColumns(ctx, measure.column ? [measure.column] : [], from, to);
  const values =
    measure.column !== null
      ? (dense.values[0] as Float64Array)
      : ownItemDense(ctx, measure.trackableId!, dense.start, dense.length, from, to);
  const { levels, bins } = heatmapLevels(values, { min: measure.min, max: measure.max });
  const start = dayOrdinal(from);
  const firstWeekday = ordinalWeekday(start);
  return {
    from,
    to,
    measure: measure.key,
    label: measure.label,
    firstWeekday,
    weeks: values.length === 0 ? 0 : Math.floor((firstWeekday + values.length - 1) / 7) + 1,
    values: nullable(values),
    levels,
    bins,
  };
}
