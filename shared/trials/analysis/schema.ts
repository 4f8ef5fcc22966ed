// zod schemas matching types.ts, for the contract's output validation. A test checks that analyzeTrial's
// output always parses, so the two cannot drift apart unnoticed.

import { z } from 'zod';
import { PHASE_KINDS } from '../protocol/plan';
import type {
  Comparison,
  Estimate,
  FoodEffect,
  Look,
  ModelSummary,
  PhaseStats,
  Randomisation,
  Settle,
  TrialAnalysis,
  Verdict,
} from './types';

const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
/** A range is never of zero width: low < high. */
const interval = z.tuple([finite, finite]).refine(([low, high]) => low < high, { message: 'must have low < high' });
/** Probabilities from the model are never exactly 0 or 1. */
const probability = finite.gt(0).lt(1);
const level = finite.gt(0).lt(1);

export const lookSchema = z.object({
  kind: z.enum(['waiting', 'interim', 'early', 'final']),
  throughDay: z.string().nullable(),
  nextLookDay: z.string().nullable(),
  level,
  rangeLevel: level,
}) satisfies z.ZodType<Look>;

export const phaseStatsSchema = z.object({
  phaseId: z.number().int(),
  label: z.string(),
  kind: z.enum(PHASE_KINDS),
  cycle: z.number().int(),
  days: z.number().int().nonnegative(),
  usableDays: z.number().int().nonnegative(),
  loggedDays: z.number().int().nonnegative(),
  mean: finite.nullable(),
  sd: finite.nullable(),
  level: finite.nullable(),
  effectiveDays: finite.positive().nullable(),
  firstUsableDay: z.string(),
}) satisfies z.ZodType<PhaseStats>;

const estimateShape = {
  estimate: finite,
  ci: interval,
  sd: finite.positive(),
  probabilityWorse: probability,
  probabilityMeaningful: probability,
  probabilityWithin: probability,
  probabilityMeaningfullyBetter: probability,
};
export const estimateSchema = z.object(estimateShape) satisfies z.ZodType<Estimate>;

export const comparisonSchema = z.object({
  kind: z.enum(['elimination-vs-baseline', 'reintroduction-vs-elimination']),
  cycle: z.number().int(),
  before: phaseStatsSchema,
  after: phaseStatsSchema,
  difference: finite.nullable(),
  ci: interval.nullable(),
  food: estimateSchema.nullable(),
  decisionRange: interval.nullable(),
}) satisfies z.ZodType<Comparison>;

export const foodEffectSchema = z.object({
  ...estimateShape,
  decisionRange: interval,
  weights: z.array(z.object({ phaseId: z.number().int(), weight: finite })),
  driftBalanced: z.boolean(),
}) satisfies z.ZodType<FoodEffect>;

export const modelSummarySchema = z.object({
  loggedDays: z.number().int().positive(),
  phases: z.number().int().positive(),
  df: z.number().int().positive(),
  rho: z.object({ mean: finite.min(0).max(1), low: finite.min(0).max(1), high: finite.min(0).max(1) }),
  sd: finite.positive(),
}) satisfies z.ZodType<ModelSummary>;

export const randomisationSchema = z.object({
  p: finite.gt(0).max(1).nullable(),
  switchDays: z.number().int().nonnegative(),
  asExtreme: z.number().int().positive().nullable(),
}) satisfies z.ZodType<Randomisation>;

export const settleSchema = z.object({
  plan: z.enum(['rest-of-trial', 'same-again', 'with-repeat']),
  days: z.number().int().nonnegative(),
  loggedDays: z.number().int().nonnegative(),
  chance: finite.min(0).max(1),
  likely: z.boolean(),
}) satisfies z.ZodType<Settle>;

export const verdictSchema = z.object({
  kind: z.enum(['waiting', 'not-enough-data', 'looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive']),
  title: z.string(),
  certainty: z.string().min(1),
  summary: z.string(),
  details: z.array(z.string()),
  caveats: z.array(z.string()),
  nextSteps: z.array(z.string()),
}) satisfies z.ZodType<Verdict>;

export const trialAnalysisSchema = z.object({
  look: lookSchema,
  phases: z.array(phaseStatsSchema),
  model: modelSummarySchema.nullable(),
  effect: foodEffectSchema.nullable(),
  comparisons: z.array(comparisonSchema),
  randomisation: randomisationSchema.nullable(),
  settle: settleSchema.nullable(),
  verdict: verdictSchema,
}) satisfies z.ZodType<TrialAnalysis>;
