// Days each body area was affected in a range, counted by SQLite over the check-ins' JSON lists.
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import type { BodyArea } from '$shared/domain/measures';
import { summarizeBodyAreas } from '$shared/trends/bodyAreas';
import type { ServiceContext } from '../context';
import { sql } from '../db/statements';

export function bodyAreas(
  ctx: ServiceContext,
  { from, to }: ParsedInputOf<'trends.bodyAreas'>,
): OutputOf<'trends.bodyAreas'> {
  const totals = sql(
    ctx.db,
    "SELECT count(*) AS logged, sum(body_areas <> '[]') AS withAreas FROM check_ins WHERE day BETWEEN ? AND ?",
  ).get(from, to) as { logged: number; withAreas: number | null };
  // DISTINCT: an area listed twice on one day (a hand-edited file) is still one day.
  const rows = sql(
    ctx.db,
    `SELECT area, count(*) AS days FROM (
       SELECT DISTINCT c.day, a.value AS area FROM check_ins c, json_each(c.body_areas) a
       WHERE c.day BETWEEN ? AND ?)
     GROUP BY area`,
  ).all(from, to) as { area: BodyArea; days: number }[];
  return summarizeBodyAreas(
    totals.logged,
    totals.withAreas ?? 0,
    Object.fromEntries(rows.map((r) => [r.area, r.days])),
  );
}
