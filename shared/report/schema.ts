// The report model: everything a printed progress report states, already worded, with the series its charts
// are drawn from. It says nothing about how it is drawn: the app's report view and the command line's HTML
// lay out this same object. Types are inferred from the schemas so the two cannot drift apart, and the
// router checks every report it returns against them.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import { PHASE_KINDS } from '../trials/protocol/plan';

const int = z.number().int();
const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const share = finite.min(0).max(1);

export { PAPER_SIZES, type PaperSize } from '../domain/paper';

/** Which way is better for a measure; "neutral" for stool form and bowel movements (the middle is best). */
export const DIRECTIONS = ['lower-is-better', 'higher-is-better', 'neutral'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const weekSchema = z.strictObject({
  start: daySchema,
  end: daySchema,
  text: z.string(),
  mean: finite,
  loggedDays: int,
});
export type ReportWeek = z.infer<typeof weekSchema>;

export const measureSummarySchema = z.strictObject({
  key: z.string(),
  label: z.string(),
  /** "out of 10", "spots", "hours", "minutes", "form 1-7". */
  unit: z.string(),
  direction: z.enum(DIRECTIONS),
  loggedDays: int,
  mean: finite.nullable(),
  min: finite.nullable(),
  max: finite.nullable(),
  firstWeekMean: finite.nullable(),
  lastWeekMean: finite.nullable(),
  /** Last week's mean minus the first week's; null when the logged span is under 14 days. */
  change: finite.nullable(),
  /** One sentence about the change from the start of the period, with "better"/"worse" only when that has a meaning. */
  changeText: z.string(),
  /** Weeks with at least MIN_WEEK_DAYS logged days only; null with fewer than two such weeks. */
  bestWeek: weekSchema.nullable(),
  worstWeek: weekSchema.nullable(),
  /** Figures as printed: "4.3", "2 to 8", "5.2 → 3.9". */
  meanText: z.string(),
  rangeText: z.string(),
  startEndText: z.string(),
});
export type MeasureSummary = z.infer<typeof measureSummarySchema>;

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export const CHART_SIZES = ['full', 'short', 'half'] as const;

const pointSchema = z.strictObject({ day: daySchema, value: finite.nullable() });

export const chartSpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  /** What the chart shows, in words: read aloud by screen readers and printed under the chart. */
  caption: z.string(),
  from: daySchema,
  to: daySchema,
  yMin: finite,
  yMax: finite,
  yLabel: z.string(),
  /** Daily values drawn as dots (faint), lines drawn over them; each line also has a style, never colour alone. */
  series: z.array(
    z.strictObject({
      label: z.string(),
      kind: z.enum(['dots', 'line']),
      style: z.enum(LINE_STYLES),
      tone: int.min(1).max(4),
      points: z.array(pointSchema),
    }),
  ),
  /** Trial phases as labelled, patterned bands. */
  bands: z.array(z.strictObject({ from: daySchema, to: daySchema, label: z.string(), kind: z.enum(PHASE_KINDS) })),
  /** Phase means as flat lines over the days compared. */
  levels: z.array(z.strictObject({ from: daySchema, to: daySchema, value: finite, label: z.string() })),
  /** Numbered regimen changes, listed in words in the report. */
  markers: z.array(z.strictObject({ day: daySchema, label: z.string() })),
  /** Drawn full width (default), full width but shorter, or half width beside another chart. */
  size: z.enum(CHART_SIZES).optional(),
});
export type ChartSpec = z.infer<typeof chartSpecSchema>;

const trialPhaseSchema = z.strictObject({
  label: z.string(),
  kind: z.enum(PHASE_KINDS),
  startDay: daySchema.nullable(),
  endDay: daySchema.nullable(),
  datesText: z.string(),
  days: int.nullable(),
  extendedBy: int,
  transitionDays: int,
  /** Mean of the outcome over the days compared (after the transition days). */
  mean: finite.nullable(),
  answeredDays: int,
  keptDays: int,
  slips: int,
  /** Days the outcome could be compared (after the transition days) and, of those, days logged. */
  comparedDays: int,
  loggedDays: int,
  instruction: z.string(),
});

/** One row of the trial's figures, every change said as better or worse (with the food, or after the switch). */
const comparisonRowSchema = z.strictObject({
  label: z.string(),
  beforeLevel: z.string(),
  afterLevel: z.string(),
  change: z.string(),
  range: z.string(),
  logged: z.string(),
});

export const reportTrialSchema = z.strictObject({
  id: int,
  name: z.string(),
  food: z.string(),
  statusLabel: z.string(),
  startDay: daySchema,
  endDay: daySchema.nullable(),
  datesText: z.string(),
  /** What counts as the food, as listed in the trial. */
  whatCounts: z.array(z.string()),
  outcomeText: z.string(),
  /** The phases in order, the transition days left out, the repeat cycle and how a random switch was drawn. */
  designText: z.string(),
  closedText: z.string().nullable(),
  phases: z.array(trialPhaseSchema),
  adherence: z.strictObject({ answeredDays: int, keptDays: int, keptShare: share.nullable(), text: z.string() }),
  slips: z.array(
    z.strictObject({ day: daySchema, what: z.string(), amount: z.string(), phaseLabel: z.string().nullable() }),
  ),
  changes: z.array(z.strictObject({ day: daySchema, description: z.string(), phaseLabel: z.string().nullable() })),
  comparisons: z.array(comparisonRowSchema),
  verdict: z.strictObject({
    kind: z.string(),
    title: z.string(),
    /** The one sentence of how sure, the same the results screen shows first. */
    certainty: z.string(),
    summary: z.string(),
    details: z.array(z.string()),
    caveats: z.array(z.string()),
  }),
  asOfText: z.string(),
  chart: chartSpecSchema.nullable(),
  /** The "Before you start" answers in words and the titles of the points read; null for older trials. */
  safety: z.strictObject({ lines: z.array(z.string()), points: z.array(z.string()) }).nullable(),
  /** Other foods' trials on the same days, in one sentence; null when there were none. */
  overlapText: z.string().nullable(),
  /** Why the trial was run: the question, what the published evidence says, the outcome chosen. */
  why: z.array(z.string()),
  /** Worst days, flares and anything that ended the trial early, in words. */
  harms: z.array(z.string()),
  /** What this one trial cannot show. */
  limitations: z.array(z.string()),
  /** The statistics detail, printed in the appendix: the method, the look, and the figures in words. */
  statistics: z.strictObject({ method: z.array(z.string()), details: z.array(z.string()) }),
});
export type ReportTrial = z.infer<typeof reportTrialSchema>;

export const supplementRegularitySchema = z.strictObject({
  name: z.string(),
  doseText: z.string(),
  /** "since 3 Mar 2026", "until 9 Oct 2026", "all period". */
  spanText: z.string(),
  takenDays: int,
  /** Days logged in the period while the supplement was in the regimen (or taken). */
  loggedDays: int,
  share: share.nullable(),
  text: z.string(),
  /** Still in the regimen on the period's last day. */
  current: z.boolean(),
});
export type SupplementRegularity = z.infer<typeof supplementRegularitySchema>;

/** A treatment in use at some point of the period ("Treatments in this period"). */
export const reportTreatmentSchema = z.strictObject({
  name: z.string(),
  typeText: z.string(),
  strengthText: z.string(),
  howOftenText: z.string(),
  /** "since 3 Mar 2026, still in use", "from 4 Apr 2026 until 9 May 2026". */
  spanText: z.string(),
  /** For as-needed treatments: "used on 12 days logged"; empty otherwise. */
  usedText: z.string(),
  /** Starts, stops and changes within the period. */
  changes: z.array(z.strictObject({ day: daySchema, text: z.string() })),
});
export type ReportTreatment = z.infer<typeof reportTreatmentSchema>;

/** Page 1: what a clinician reads in a minute. */
export const reportSummarySchema = z.strictObject({
  /** Share logged, average, the change from start to end, best and worst weeks. */
  keyFigures: z.array(z.string()),
  /** The headline change of overall skin (first week against last), in one sentence; null when not logged. */
  headline: z.string().nullable(),
  /** Each trial's verdict: its title and the one sentence of how sure. */
  verdicts: z.array(z.strictObject({ trial: z.string(), title: z.string(), certainty: z.string() })),
  /** What is taken or used at the end of the period, one line each. */
  current: z.array(z.strictObject({ kind: z.enum(['supplement', 'treatment']), text: z.string() })),
  /** Cautions the journal holds: answers at a trial's set-up that needed a clinician, trials stopped early. */
  flags: z.array(z.string()),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportSchema = z.strictObject({
  version: z.literal(1),
  title: z.string(),
  /** Blank names are null: the report then prints no name line at all. */
  name: z.string().nullable(),
  period: z.strictObject({ from: daySchema, to: daySchema, days: int, text: z.string() }),
  printedOn: daySchema,
  printedOnText: z.string(),
  logging: z.strictObject({ loggedDays: int, totalDays: int, share, text: z.string() }),
  conditions: z.array(z.strictObject({ key: z.string(), label: z.string() })),
  conditionsText: z.string(),
  summary: reportSummarySchema,
  skin: z.array(measureSummarySchema),
  /** Days each body area was ticked as affected, of the days logged (areas never ticked left out). */
  bodyAreas: z.strictObject({
    loggedDays: int,
    daysWithAreas: int,
    areas: z.array(z.strictObject({ label: z.string(), days: int, share })),
    text: z.string(),
  }),
  gut: z.array(measureSummarySchema),
  charts: z.array(chartSpecSchema),
  trials: z.array(reportTrialSchema),
  supplements: z.array(supplementRegularitySchema),
  lifestyle: z.strictObject({
    measures: z.array(measureSummarySchema),
    exerciseText: z.string(),
  }),
  regimenChanges: z.array(z.strictObject({ number: int, day: daySchema, text: z.string() })),
  /** The person's own items, summarised like the built-in measures. */
  ownItems: z.array(measureSummarySchema),
  treatments: z.array(reportTreatmentSchema),
  notes: z.array(z.strictObject({ day: daySchema, dayText: z.string(), text: z.string() })),
  howToRead: z.array(z.string()),
  /** When to see a clinician rather than wait for a trial: the general signs, then the conditions'. */
  redFlags: z.strictObject({
    title: z.string(),
    intro: z.string(),
    groups: z.array(z.strictObject({ heading: z.string(), items: z.array(z.string()) })),
  }),
  disclaimer: z.strictObject({ title: z.string(), paragraphs: z.array(z.string()) }),
});
export type Report = z.infer<typeof reportSchema>;
