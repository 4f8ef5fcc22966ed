// "What moves with my skin": each factor's rank correlation with a skin measure at lags of 0-3 days. SQL
// reads the range once (the factor columns plus the number of supplements taken each day); the statistics
// and the wording are shared/trends, which words every result as an association, never a cause.
import type { Day } from '../../shared/domain/day';
import { measureByKey, type MeasureKey, type MeasureKind } from '../../shared/domain/measures';
import type { FactorAssociation, TrendAssociations } from '../../shared/contract/trends';
import { DEFAULT_LAGS, DEFAULT_MIN_DAYS, describeAssociation, laggedAssociations, type DayValue, type Factor } from '../../shared/trends/index';
import { sql } from '../db/statements';
import type { ServiceContext } from './context';

/** The factors of the issue, in the order a person thinks of them: food, gut, then the day itself. */
export const FACTOR_MEASURES = [
  'sugar', 'seedOils', 'dairy', 'prebiotic', 'fermented', 'omega3', 'colourful',
  'stoolForm', 'bloating',
  'stress', 'sleepHours', 'sleepQuality', 'exerciseMinutes', 'relaxationMinutes',
] as const satisfies readonly MeasureKey[];

type Group = FactorAssociation['group'];

interface FactorDef extends Factor {
  group: Group;
}

export function associations(ctx: ServiceContext, skinMeasure: MeasureKey, from: Day, to: Day): TrendAssociations {
  const skin = measureByKey(skinMeasure);
  const measures = FACTOR_MEASURES.map(measureByKey);
  // On a day with a check-in and no supplement rows, none were taken that day: the check-in form lists the
  // regimen with each check-in. Days without a check-in stay unknown (null), never zero.
  const rows = sql(
    ctx.db,
    `SELECT c.day, c.${skin.column} AS skin, ${measures.map((m) => 'c.' + m.column).join(', ')},
       (SELECT COUNT(*) FROM supplement_intakes i WHERE i.day = c.day) AS supplements
     FROM check_ins c WHERE c.day BETWEEN ? AND ? ORDER BY c.day`,
  ).all(from, to) as ({ day: Day; skin: number | null; supplements: number } & Record<string, number | null>)[];

  const skinSeries: DayValue[] = rows.map((r) => ({ day: r.day, value: r.skin }));
  const factors: FactorDef[] = measures.map((m) => ({
    key: m.key,
    label: m.label,
    kind: m.kind as MeasureKind,
    group: m.group as Group,
    series: rows.map((r) => ({ day: r.day, value: r[m.column] ?? null })),
  }));
  factors.push({ key: 'supplements', label: 'Supplements taken', kind: 'count', group: 'supplements', series: rows.map((r) => ({ day: r.day, value: r.supplements })) });
  factors.push(...perSupplement(ctx, rows.map((r) => r.day), from, to));

  const groups = new Map(factors.map((f) => [f.key, f.group]));
  const results = laggedAssociations(skinSeries, factors, DEFAULT_LAGS, DEFAULT_MIN_DAYS);
  return {
    from,
    to,
    skinMeasure,
    skinLabel: skin.label,
    skinDays: skinSeries.reduce((n, p) => (p.value === null ? n : n + 1), 0),
    lags: [...DEFAULT_LAGS],
    minDays: DEFAULT_MIN_DAYS,
    factors: results.map((a) => ({
      key: a.key,
      label: a.label,
      group: groups.get(a.key) ?? 'supplements',
      enough: a.enough,
      reason: a.reason,
      strongest: a.strongest,
      lags: a.lags,
      sentence: describeAssociation(a, skin.label, skin.higherIsWorse),
    })),
  };
}

/**
 * One 1/0 series per supplement taken at least once in the range: 1 on logged days it was taken, 0 on other
 * logged days. A supplement never taken in the range is left out rather than listed as "did not change".
 */
function perSupplement(ctx: ServiceContext, loggedDays: readonly Day[], from: Day, to: Day): FactorDef[] {
  const taken = sql(
    ctx.db,
    `SELECT i.supplement_id AS id, s.name, i.day FROM supplement_intakes i JOIN supplements s ON s.id = i.supplement_id
     WHERE i.day BETWEEN ? AND ? ORDER BY s.name COLLATE NOCASE, i.supplement_id, i.day`,
  ).all(from, to) as { id: number; name: string; day: Day }[];
  const bySupplement = new Map<number, { name: string; days: Set<Day> }>();
  for (const t of taken) {
    let entry = bySupplement.get(t.id);
    if (!entry) bySupplement.set(t.id, (entry = { name: t.name, days: new Set() }));
    entry.days.add(t.day);
  }
  return [...bySupplement].map(([id, { name, days }]) => ({
    key: `supplement:${id}`,
    // "On days with more zinc carnosine taken": the shared wording puts "more" before count factors.
    label: `${name} taken`,
    kind: 'count' as const,
    group: 'supplements' as const,
    series: loggedDays.map((day) => ({ day, value: days.has(day) ? 1 : 0 })),
  }));
}
