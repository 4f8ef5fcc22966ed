// "What moves with my skin": each factor's rank correlation with a skin measure at lags of 0-3 days, judged
// on effective days with a false-discovery allowance. SQL reads the range once (the factor columns plus the
// number of supplements taken each day); the statistics and the wording are shared/trends, which words every
// result as an association, never a cause. Each food's trial, if any, comes along as a reference: the screen
// asks trials.analyze for its verdict, so this read stays as fast as the correlations themselves.
import type { Day } from '$shared/domain/day';
import { measureByKey, type MeasureKey } from '$shared/domain/measures';
import type { FactorAssociation, TrendAssociations } from '$shared/contract/trends';
import {
  DEFAULT_LAGS,
  DEFAULT_MIN_DAYS,
  describeAssociation,
  FALSE_DISCOVERY_RATE,
  figuresLine,
  laggedAssociationsDense,
  trialFactorKey,
  trialOffer,
  trialToShow,
  type DenseFactor,
} from '$shared/trends/index';
import type { TrialSummary } from '$shared/trials/records';
import { realDayOrdinalAt } from '$shared/trends/calendar';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { denseColumns, type DenseColumns } from './trends';
import { listTrials } from '../trials/setup';
import { ownItemFactors } from './ownItemFactors';

/** The factors of the issue, in the order a person thinks of them: food, gut, then the day itself. */
export const FACTOR_MEASURES = [
  'sugar',
  'seedOils',
  'dairy',
  'prebiotic',
  'fermented',
  'omega3',
  'colourful',
  'stoolForm',
  'bloating',
  'stress',
  'sleepHours',
  'sleepQuality',
  'exerciseMinutes',
  'relaxationMinutes',
] as const satisfies readonly MeasureKey[];

type Group = FactorAssociation['group'];

interface FactorDef extends DenseFactor {
  group: Group;
}

/** Each factor's trials (abandoned ones left out: they have no verdict and should not block an offer). */
function trialsByFactor(ctx: ServiceContext): Map<string, TrialSummary[]> {
  const byFactor = new Map<string, TrialSummary[]>();
  for (const t of listTrials(ctx)) {
    const key = t.status === 'abandoned' ? null : trialFactorKey(t.preset, t.name);
    if (key !== null) byFactor.set(key, [...(byFactor.get(key) ?? []), t]);
  }
  return byFactor;
}

export function associations(
  ctx: ServiceContext,
  { skinMeasure, from, to }: { skinMeasure: MeasureKey; from: Day; to: Day },
): TrendAssociations {
  const skin = measureByKey(skinMeasure);
  const measures = FACTOR_MEASURES.map(measureByKey);
  // Every column laid out by day of the range (NaN where not logged): the lag analysis shifts by index.
  const dense = denseColumns(ctx, [skin.column, ...measures.map((m) => m.column)], from, to);
  const skinValues = dense.values[0] as Float64Array;
  const factors: FactorDef[] = measures.map((m, k) => ({
    key: m.key,
    label: m.label,
    kind: m.kind,
    group: m.group as Group,
    values: dense.values[k + 1] as Float64Array,
  }));
  const intakes = supplementIntakes(ctx, dense, from, to);
  factors.push({
    key: 'supplements',
    label: 'Supplements taken',
    kind: 'count',
    group: 'supplements',
    values: intakes.count,
  });
  factors.push(...intakes.each);
  factors.push(...ownItemFactors(ctx, dense, from, to));

  const results = laggedAssociationsDense(skinValues, factors, DEFAULT_LAGS, DEFAULT_MIN_DAYS);
  let skinDays = 0;
  for (let i = 0; i < skinValues.length; i++) if (!Number.isNaN(skinValues[i])) skinDays++;
  const trials = trialsByFactor(ctx);
  return {
    from,
    to,
    skinMeasure,
    skinLabel: skin.label,
    higherIsWorse: skin.higherIsWorse,
    skinDays,
    lags: [...DEFAULT_LAGS],
    minDays: DEFAULT_MIN_DAYS,
    falseDiscoveryRate: FALSE_DISCOVERY_RATE,
    judged: results.reduce((sum, a) => sum + a.lags.filter((l) => l.p !== null).length, 0),
    factors: results.map((a) => {
      const trial = trialToShow(trials.get(a.key) ?? []);
      return {
        key: a.key,
        label: a.label,
        group: a.group ?? 'supplements',
        enough: a.enough,
        finding: a.finding,
        reason: a.reason,
        strongest: a.strongest,
        lags: a.lags,
        sentence: describeAssociation(a, skin.label, skin.higherIsWorse),
        figures: figuresLine(a),
        trial: trial && {
          trialId: trial.id,
          name: trial.name,
          food: trial.food,
          status: trial.status,
          startDay: trial.startDay,
          endDay: trial.endDay,
        },
        offer: trialOffer(a, skin.higherIsWorse, trial !== null),
      };
    }),
  };
}

/**
 * The supplements taken on each day of the range, read in one pass over the intakes' key (the days packed
 * into one string, the supplement ids as a JSON array). On a day with a check-in and no supplement rows, none were taken that day:
 * the check-in form lists the regimen with each check-in. Days without a check-in stay unknown (NaN), never
 * zero. `count` is the number taken each logged day; `each` is one 1/0 series per supplement taken at least
 * once in the range, by name — a supplement never taken in the range is left out rather than listed as
 * "did not change".
 */
function supplementIntakes(
  ctx: ServiceContext,
  dense: DenseColumns,
  from: Day,
  to: Day,
): { count: Float64Array; each: FactorDef[] } {
  const { start, length, present } = dense;
  const count = new Float64Array(length);
  for (let i = 0; i < length; i++) count[i] = present[i] ? 0 : NaN;
  // One pass over the intakes' (day, supplement) key, the days packed into one string: no sorting or
  // grouping in SQL, and no string per intake in JS.
  const row = sql(
    ctx.db,
    "SELECT group_concat(day, ''), json_group_array(supplement_id) FROM supplement_intakes WHERE day BETWEEN ? AND ?",
  )
    .raw(true)
    .get(from, to) as [string | null, string];
  const packed = row[0] ?? '';
  if (packed === '') return { count, each: [] };
  const ids = JSON.parse(row[1]) as number[];
  // An intake's day is a check-in's day (a foreign key), so every day is ten characters long.
  if (packed.length !== 10 * ids.length)
    throw new Error(`supplement_intakes: ${ids.length} intakes but ${packed.length} characters of days`);
  const bySupplement = new Map<number, Float64Array>();
  for (let r = 0; r < ids.length; r++) {
    const i = realDayOrdinalAt(packed, 10 * r) - start;
    if (!(i >= 0 && i < length) || !present[i]) continue;
    const id = ids[r] as number;
    let values = bySupplement.get(id);
    if (!values) {
      values = new Float64Array(length);
      for (let j = 0; j < length; j++) values[j] = present[j] ? 0 : NaN;
      bySupplement.set(id, values);
    }
    if (values[i] === 1) continue;
    values[i] = 1;
    count[i] = (count[i] as number) + 1;
  }
  const names = sql(ctx.db, 'SELECT id, name FROM supplements ORDER BY name COLLATE NOCASE, id').all() as {
    id: number;
    name: string;
  }[];
  const each: FactorDef[] = [];
  for (const { id, name } of names) {
    const values = bySupplement.get(id);
    if (values === undefined) continue;
    // "On days with more zinc carnosine taken": the shared wording puts "more" before count factors.
    each.push({ key: `supplement:${id}`, label: `${name} taken`, kind: 'count', group: 'supplements', values });
  }
  return { count, each };
}
