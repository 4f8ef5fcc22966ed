// A report period's own-item values and treatments used, by day, in two reads over their day keys.
import type { Day } from '$shared/domain/day';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';

export function ownItemsIn(
  ctx: ServiceContext,
  from: Day,
  to: Day,
): { values: Map<string, Record<string, number>>; used: Map<string, number[]> } {
  const values = new Map<string, Record<string, number>>();
  for (const r of sql(
    ctx.db,
    'SELECT v.day, t.slug, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id WHERE v.day BETWEEN ? AND ?',
  ).all(from, to) as { day: string; slug: string; value: number }[]) {
    const day = values.get(r.day) ?? {};
    day[r.slug] = r.value;
    values.set(r.day, day);
  }
  const used = new Map<string, number[]>();
  for (const r of sql(
    ctx.db,
    'SELECT day, treatment_id AS id FROM treatment_uses WHERE day BETWEEN ? AND ? ORDER BY day, treatment_id',
  ).all(from, to) as { day: string; id: number }[])
    used.set(r.day, [...(used.get(r.day) ?? []), r.id]);
  return { values, used };
}
