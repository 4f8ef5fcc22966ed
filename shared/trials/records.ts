// What a trial looks like when it is read back: its phases, slips, other changes, details and results. The
// contract's trial operations answer with these, and the report prints them; both import them from here.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import { trialSafetySchema } from '../safety/answers';
import { trialAnalysisSchema } from './analysis/index';
import { CLOSED_AS, outcomeRefSchema, PHASE_KINDS, PRESET_IDS, TRIAL_STATUSES } from './protocol/index';

const int = z.number().int();
const id = int.positive();
const days = int.min(0).max(366);
export const phaseLengthsSchema = z.strictObject({
  baselineDays: days,
  eliminationDays: days,
  reintroductionDays: days,
  challengeDays: days,
  transitionDays: days,
});

export const daysRemainingSchema = z.strictObject({ exact: int.nullable(), atLeast: int, atMost: int });

export const currentSchema = z.strictObject({
  phaseId: id,
  label: z.string(),
  kind: z.enum(PHASE_KINDS),
  dayNumber: int,
  /** Null while the baseline's end is a hidden random switch. */
  phaseDays: int.nullable(),
  inTransition: z.boolean(),
});

export const trialSummarySchema = z.strictObject({
  id,
  preset: z.enum(PRESET_IDS),
  name: z.string(),
  food: z.string(),
  status: z.enum(TRIAL_STATUSES),
  statusLabel: z.string(),
  startDay: daySchema,
  /** Null while a hidden random switch makes the end unknown. */
  endDay: daySchema.nullable(),
  current: currentSchema.nullable(),
  daysRemaining: daysRemainingSchema,
});
export type TrialSummary = z.infer<typeof trialSummarySchema>;

export const phaseViewSchema = z.strictObject({
  id,
  position: int,
  kind: z.enum(PHASE_KINDS),
  cycle: int,
  label: z.string(),
  startDay: daySchema.nullable(),
  endDay: daySchema.nullable(),
  days: int.nullable(),
  /** Days added by extending the phase. */
  extendedBy: int,
  transitionDays: int,
  challengeDays: int,
  state: z.enum(['done', 'current', 'upcoming', 'not-reached']),
  instruction: z.string(),
});
export type PhaseView = z.infer<typeof phaseViewSchema>;

export const slipSchema = z.strictObject({
  id,
  day: daySchema,
  what: z.string(),
  amount: z.string(),
  phaseLabel: z.string().nullable(),
});
export type Slip = z.infer<typeof slipSchema>;

export const trialChangeSchema = z.strictObject({
  id,
  day: daySchema,
  description: z.string(),
  phaseLabel: z.string().nullable(),
  /** Whether Axis warned at the moment the change was made (false for changes entered before the trial). */
  warned: z.boolean(),
});
export type TrialChange = z.infer<typeof trialChangeSchema>;

/** The "Before you start" answers kept with a trial; null for trials set up before Axis asked them. */
export const trialSafetyViewSchema = z.strictObject({
  answers: trialSafetySchema,
  /** The answers in words, one line each. */
  lines: z.array(z.string()),
  /** The points read before the first day, by id and title. */
  points: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  answeredAt: z.string(),
});
export type TrialSafetyView = z.infer<typeof trialSafetyViewSchema>;

/** Another food's trial whose days met this one's: neither result can then be told apart from the other. */
export const trialOverlapSchema = z.strictObject({
  trialId: id,
  name: z.string(),
  /** "3 Mar 2025 to 12 May 2025". */
  span: z.string(),
  /** The reason given when the later of the two was set up; empty for trials from before Axis asked. */
  reason: z.string(),
});
export type TrialOverlap = z.infer<typeof trialOverlapSchema>;

export const trialDetailSchema = trialSummarySchema.extend({
  today: daySchema,
  whatCounts: z.string(),
  counts: z.array(z.string()),
  hiddenSources: z.array(z.string()),
  fineToEat: z.array(z.string()),
  evidence: z.string(),
  outcome: z.strictObject({ key: outcomeRefSchema, label: z.string(), mid: z.number(), unit: z.string() }),
  secondaryOutcomes: z.array(z.strictObject({ key: outcomeRefSchema, label: z.string() })),
  lengths: phaseLengthsSchema,
  repeat: z.boolean(),
  /** The switch day itself stays null until the day comes. */
  randomSwitch: z
    .strictObject({ first: daySchema, last: daySchema, days: int, switchDay: daySchema.nullable() })
    .nullable(),
  closed: z.strictObject({ as: z.enum(CLOSED_AS), on: daySchema, reason: z.string() }).nullable(),
  phases: z.array(phaseViewSchema),
  adherence: z.strictObject({
    answeredDays: int,
    keptDays: int,
    days: z.array(z.strictObject({ day: daySchema, kept: z.boolean() })),
  }),
  slips: z.array(slipSchema),
  changes: z.array(trialChangeSchema),
  allowed: z.strictObject({ extend: z.boolean(), endEarly: z.boolean(), abandon: z.boolean() }),
  safety: trialSafetyViewSchema.nullable(),
  overlaps: z.array(trialOverlapSchema),
});
export type TrialDetail = z.infer<typeof trialDetailSchema>;

export const outcomeRef = z.strictObject({
  key: outcomeRefSchema,
  label: z.string(),
  mid: z.number(),
  unit: z.string(),
  higherIsWorse: z.boolean(),
});

export const trialResultSchema = z.strictObject({
  trialId: id,
  name: z.string(),
  food: z.string(),
  status: z.enum(TRIAL_STATUSES),
  /** The last day the results include (today, or the end of the trial). */
  asOf: daySchema,
  outcome: outcomeRef,
  analysis: trialAnalysisSchema,
  secondary: z.array(z.strictObject({ outcome: outcomeRef, analysis: trialAnalysisSchema })),
  /** The primary outcome per phase for the chart: daily values and the phase mean of its comparison window. */
  phases: z.array(
    z.strictObject({
      id,
      label: z.string(),
      kind: z.enum(PHASE_KINDS),
      startDay: daySchema,
      endDay: daySchema,
      transitionDays: int,
      mean: z.number().nullable(),
      series: z.array(z.strictObject({ day: daySchema, value: z.number().nullable() })),
      answeredDays: int,
      keptDays: int,
      slips: int,
    }),
  ),
  slips: z.array(slipSchema),
  changes: z.array(trialChangeSchema),
  randomSwitch: z.strictObject({ first: daySchema, last: daySchema, switchDay: daySchema }).nullable(),
});
export type TrialResult = z.infer<typeof trialResultSchema>;
