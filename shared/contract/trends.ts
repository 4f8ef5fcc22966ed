// Operations behind the Trends screen. SQL does the range queries and the aggregates; the maths on series
// (rolling means, heat-map levels, lagged rank correlations and their wording) is shared/trends, so the same
// journal gives the same numbers here, in reports and in the command line.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import { BODY_AREAS, MEASURES, MEASURE_KEYS, type MeasureKey } from '../domain/measures';
import { REGIMEN_CHANGE_KINDS } from '../domain/supplement';
import { dayOrdinal } from '../trends/calendar';
import { rangePresetSchema, dayRangeSchema } from '../trends/ranges';
import { PHASE_KINDS } from '../trials/protocol/plan';
import { PRESET_IDS } from '../trials/protocol/presets';
import { TRIAL_STATUSES } from '../trials/protocol/status';
import { FACTOR_GROUPS } from '../trends/association';
import { itemRefSchema } from '../domain/trackingPlan';
import { query } from './define';

const int = z.number().int();
const share = z.number().min(0).max(1);
/** A measure's value on one day: null when nothing was logged (never zero). */
const dayValue = z.number().nullable();

export const measureKeySchema = z.enum(MEASURE_KEYS as [MeasureKey, ...MeasureKey[]]);
/** The skin measures an association can be computed against. */
export const SKIN_MEASURE_KEYS: MeasureKey[] = MEASURES.filter((m) => m.group === 'skin').map((m) => m.key);
export const skinMeasureKeySchema = z.enum(SKIN_MEASURE_KEYS as [MeasureKey, ...MeasureKey[]]);

const bodyAreasSchema = z.strictObject({
  loggedDays: int,
  daysWithAreas: int,
  areas: z.array(z.strictObject({ area: z.enum(BODY_AREAS), label: z.string(), days: int, share: share.nullable() })),
});
export type TrendBodyAreas = z.infer<typeof bodyAreasSchema>;

/** A century of days: far beyond any journal, small enough that a malformed request cannot ask for millions. */
export const MAX_RANGE_DAYS = 36_525;

const rangeShape = { from: daySchema, to: daySchema };
function checkRange(r: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (r.from > r.to) ctx.addIssue({ code: 'custom', path: ['from'], message: '"from" must not be after "to"' });
  else if (dayOrdinal(r.to) - dayOrdinal(r.from) + 1 > MAX_RANGE_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a range can cover at most 100 years' });
}

const completenessSchema = z.strictObject({ logged: int.min(0), total: int.min(0), share });

const measureSeriesSchema = z.strictObject({
  /** A measure key, or "custom:<slug>" for one of the person's own items. */
  key: itemRefSchema,
  label: z.string(),
  /** Index i is the day `from` + i, for every day of the range. */
  values: z.array(dayValue),
  /** Trailing 7-day mean (at least 4 logged days in the window), aligned with values. */
  rolling: z.array(dayValue),
  /** Days in the range with this measure logged. */
  logged: int.min(0),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type MeasureSeries = z.infer<typeof measureSeriesSchema>;

const phaseMarkerSchema = z.strictObject({
  trialId: int,
  trialName: z.string(),
  kind: z.enum(PHASE_KINDS),
  label: z.string(),
  /** Clipped to the range; a baseline whose end is a hidden random switch ends at today. */
  startDay: daySchema,
  endDay: daySchema,
});
export type PhaseMarker = z.infer<typeof phaseMarkerSchema>;

const slipMarkerSchema = z.strictObject({
  day: daySchema,
  trialId: int,
  trialName: z.string(),
  what: z.string(),
  amount: z.string(),
});
export type SlipMarker = z.infer<typeof slipMarkerSchema>;

const supplementMarkerSchema = z.strictObject({
  day: daySchema,
  kind: z.enum(REGIMEN_CHANGE_KINDS),
  name: z.string(),
  detail: z.string(),
});
export type SupplementMarker = z.infer<typeof supplementMarkerSchema>;

export const markersSchema = z.strictObject({
  phases: z.array(phaseMarkerSchema),
  slips: z.array(slipMarkerSchema),
  supplements: z.array(supplementMarkerSchema),
  /** Treatment starts, stops and changes, drawn like the supplement ones. */
  treatments: z.array(supplementMarkerSchema),
});
export type TrendMarkers = z.infer<typeof markersSchema>;

export const trendSeriesSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  /** The first measure asked for, then the overlay if any. */
  series: z.array(measureSeriesSchema),
  /** Days in the range with any check-in. */
  completeness: completenessSchema,
  markers: markersSchema,
});
export type TrendSeries = z.infer<typeof trendSeriesSchema>;

const periodSchema = z.strictObject({
  /** 2026-W03 for ISO weeks, 2026-03 for months. */
  key: z.string(),
  /** The whole week or month, not clipped to the range. */
  start: daySchema,
  end: daySchema,
  mean: z.number().nullable(),
  n: int.min(0),
});
export type PeriodRow = z.infer<typeof periodSchema>;

/**
 * The calendar as two arrays over the days of the range rather than one object per day: ten years is 3,650
 * days, and a day's place in the grid follows from its index (Monday-first rows, weeks as columns).
 */
const heatmapSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  measure: itemRefSchema,
  label: z.string(),
  /** Weekday of `from`, 0 = Monday: day i sits in row (firstWeekday + i) % 7 of week column ⌊(firstWeekday + i) / 7⌋. */
  firstWeekday: int.min(0).max(6),
  weeks: int.min(0),
  /** Index i is the day `from` + i; null when not logged. */
  values: z.array(dayValue),
  /** Shading level 0-4 of each value (see bins); null when not logged, never 0. */
  levels: z.array(int.min(0).max(4).nullable()),
  bins: z.array(z.strictObject({ level: int, from: z.number(), to: z.number() })),
});
export type TrendHeatmap = z.infer<typeof heatmapSchema>;

const lagSchema = z.strictObject({
  lag: int.min(0),
  rho: z.number().min(-1).max(1).nullable(),
  n: int.min(0),
  /** Effective number of days once alike neighbouring days are allowed for; null when not judged. */
  nEff: z.number().min(0).nullable(),
  /** Two-sided p on nEff days; null when not judged. */
  p: share.nullable(),
  /** Benjamini-Hochberg adjusted p across every factor and lag judged. */
  q: share.nullable(),
  passes: z.boolean(),
});

const factorSchema = z.strictObject({
  /** A measure key, "supplements" for the count taken, or "supplement:<id>" for one supplement. */
  key: z.string(),
  label: z.string(),
  group: z.enum(FACTOR_GROUPS),
  enough: z.boolean(),
  /** Passed the correlated-days test and the false-discovery allowance at some lag: drawn as a pattern. */
  finding: z.boolean(),
  /** Why there is no result, in words, when enough is false. */
  reason: z.string().nullable(),
  /** The lag shown: the strongest passing one, else the strongest with enough days. */
  strongest: lagSchema.nullable(),
  lags: z.array(lagSchema),
  /** Worded as association, never cause. */
  sentence: z.string(),
  /** The figures behind the sentence, for those who want them; null without a result. */
  figures: z.string().nullable(),
  /** The trial of this food to show beside it: the latest finished (its verdict comes from trials.analyze), else one running or planned. */
  trial: z
    .strictObject({
      trialId: int.positive(),
      name: z.string(),
      food: z.string(),
      status: z.enum(TRIAL_STATUSES),
      startDay: daySchema,
      endDay: daySchema.nullable(),
    })
    .nullable(),
  /** "Test it with a trial": a food that passed, went with worse skin, and has no trial yet. */
  offer: z.strictObject({ preset: z.enum(PRESET_IDS), name: z.string().nullable() }).nullable(),
});
export type FactorAssociation = z.infer<typeof factorSchema>;

const associationsSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  skinMeasure: skinMeasureKeySchema,
  skinLabel: z.string(),
  /** Whether a higher score of the skin measure is worse, for the direction words. */
  higherIsWorse: z.boolean(),
  /** Days in the range with the skin measure logged. */
  skinDays: int.min(0),
  lags: z.array(int.min(0)),
  minDays: int.min(1),
  /** The false-discovery rate allowed across every factor and lag judged. */
  falseDiscoveryRate: share,
  /** How many factor-and-lag questions were judged together. */
  judged: int.min(0),
  /** Findings first (strongest first), then "no clear pattern", then factors with too little data. */
  factors: z.array(factorSchema),
});
export type TrendAssociations = z.infer<typeof associationsSchema>;

const resolvedRangeSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  today: daySchema,
  /** The journal's first check-in; null for an empty journal (the screen shows how to start). */
  firstDay: daySchema.nullable(),
});
export type ResolvedRange = z.infer<typeof resolvedRangeSchema>;

export const trendOperations = {
  'trends.range': query(
    'The days a range choice covers, ending today ("all" starts at the journal\'s first check-in)',
    z.strictObject({ preset: rangePresetSchema, custom: dayRangeSchema.optional() }),
    resolvedRangeSchema,
  ),
  'trends.series': query(
    'Daily values, 7-day rolling means, completeness and trial/supplement markers for one measure and an optional overlay',
    z.strictObject({ measures: z.array(itemRefSchema).min(1).max(2), ...rangeShape }).superRefine((v, ctx) => {
      checkRange(v, ctx);
      if (v.measures.length === 2 && v.measures[0] === v.measures[1])
        ctx.addIssue({ code: 'custom', path: ['measures'], message: 'the overlay must be a different measure' });
    }),
    trendSeriesSchema,
  ),
  'trends.periods': query(
    'Weekly (ISO, Monday first) or monthly means of one measure, empty periods kept',
    z
      .strictObject({ measure: itemRefSchema, period: z.enum(['week', 'month']), ...rangeShape })
      .superRefine(checkRange),
    z.array(periodSchema),
  ),
  'trends.heatmap': query(
    'A measure (the overall skin score unless another is asked for) as a calendar grid in five levels',
    z.strictObject({ ...rangeShape, measure: itemRefSchema.optional() }).superRefine(checkRange),
    heatmapSchema,
  ),
  'trends.bodyAreas': query(
    'On how many of the days logged each body area was affected, in a range',
    z.strictObject(rangeShape).superRefine(checkRange),
    bodyAreasSchema,
  ),
  'trends.associations': query(
    'How each food, gut and lifestyle factor and each supplement moves with a skin measure at lags of 0-3 days, judged on effective days with a false-discovery allowance (association, not cause), with any trial of the food',
    z.strictObject({ skinMeasure: skinMeasureKeySchema, ...rangeShape }).superRefine(checkRange),
    associationsSchema,
  ),
};
