// Trends of the person's own items beside the built-in measures: an item is read from trackable_values
// through its (item, day, value) index, laid out by day exactly as a check_ins column is (NaN where not
// logged), so the same rolling means, period averages, calendar and associations apply to both.
import type { Day } from '$shared/domain/day';
import { measureByKey } from '$shared/domain/measures';
import { isCustomRef, slugOfRef } from '$shared/domain/trackable';
import type { ItemRef } from '$shared/domain/trackingPlan';
import { UserFacingError } from '$shared/contract/result';
import { realDayOrdinalAt } from '$shared/trends/calendar';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';

export interface TrendItem {
  key: ItemRef;
  label: string;
  /** The check_ins column of a built-in measure; null for an own item. */
  column: string | null;
  /** The own item's row; null for a built-in measure. */
  trackableId: number | null;
  min: number;
  max: number;
}

export function trendItem(ctx: ServiceContext, ref: ItemRef): TrendItem {
  if (!isCustomRef(ref)) {
    const m = measureByKey(ref);
    return { key: ref, label: m.label, column: m.column, trackableId: null, min: m.min, max: m.max };
  }
  const row = sql(ctx.db, 'SELECT id, name, min, max FROM trackables WHERE slug = ?').get(slugOfRef(ref)) as
    { id: number; name: string; min: number; max: number } | undefined;
  if (!row) throw new UserFacingError('not-found', `You have no item called "${slugOfRef(ref)}" to draw.`);
  return { key: ref, label: row.name, column: null, trackableId: row.id, min: row.min, max: row.max };
}

/** One own item's values over the days start … start + length - 1 (day numbers), NaN where not logged. */
export function ownItemDense(
  ctx: ServiceContext,
  trackableId: number,
  start: number,
  length: number,
  from: Day,
  to: Day,
): Float64Array {
  const out = new Float64Array(length).fill(NaN);
  const row = sql(
    ctx.db,
    "SELECT group_concat(day, ''), json_group_array(value) FROM trackable_values WHERE trackable_id = ? AND day BETWEEN ? AND ?",
  )
    .raw(true)
    .get(trackableId, from, to) as [string | null, string];
  const packed = row[0] ?? '';
  if (packed === '') return out;
  const values = JSON.parse(row[1]) as number[];
  for (let r = 0; r < values.length; r++) {
    const i = realDayOrdinalAt(packed, 10 * r) - start;
    if (i >= 0 && i < length) out[i] = values[r] as number;
  }
  return out;
}

/** Mean and count per period of an own item, aggregated by SQLite over its index. */
export function ownItemPeriods(
  ctx: ServiceContext,
  trackableId: number,
  periodStart: string,
  from: Day,
  to: Day,
): { start: Day; mean: number | null; n: number }[] {
  return sql(
    ctx.db,
    `SELECT ${periodStart} AS start, AVG(value) AS mean, COUNT(value) AS n FROM trackable_values
     WHERE trackable_id = ? AND day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1`,
  ).all(trackableId, from, to) as { start: Day; mean: number | null; n: number }[];
}
