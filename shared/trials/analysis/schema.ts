// zod schemas matching types.ts, for the contract's output validation. A test checks that analyzeTrial's
// output always parses, so the two cannot drift apart unnoticed.

import { z } from 'zod';
import { PHASE_KINDS } from '../protocol/plan';
import type { Comparison, PhaseStats, TrialAnalysis, Verdict } from './types';

const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const interval = z.tuple([finite, finite]);

export const phaseStatsSchema = z.object({
  phaseId: z.number().int(),
  label: z.string(),
  days: z.number().int().nonnegative(),
  usableDays: z.number().int().nonnegative(),
  loggedDays: z.number().int().nonnegative(),
  loggedShare: finite.min(0).max(1),
  mean: finite.nullable(),
  sd: finite.nullable(),
  lag1: finite.min(0).max(0.9).nullable(),
  nEff: finite.nullable(),
  lag1Raw: finite.nullable(),
  kind: z.enum(PHASE_KINDS),
  firstUsableDay: z.string(),
}) satisfies z.ZodType<PhaseStats>;

export const comparisonSchema = z.object({
  kind: z.enum(['elimination-vs-baseline', 'reintroduction-vs-elimination']),
  cycle: z.number().int(),
  before: phaseStatsSchema,
  after: phaseStatsSchema,
  enoughData: z.boolean(),
  notEnoughReasons: z.array(z.string()),
  difference: finite.nullable(),
  standardisedDifference: finite.nullable(),
  ci: interval.nullable(),
  bootstrapCi: interval.nullable(),
  probabilityMeaningful: finite.min(0).max(1).nullable(),
  randomisationP: finite.min(0).max(1).nullable(),
  pooledSd: finite.nullable(),
  se: finite.nullable(),
  df: finite.nullable(),
  foodEffect: finite.nullable(),
  foodEffectCi: interval.nullable(),
  randomisationSwitchDays: z.number().int().nullable(),
}) satisfies z.ZodType<Comparison>;

export const verdictSchema = z.object({
  kind: z.enum(['not-enough-data', 'looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive']),
  title: z.string(),
  summary: z.string(),
  details: z.array(z.string()),
  caveats: z.array(z.string()),
  nextSteps: z.array(z.string()),
}) satisfies z.ZodType<Verdict>;

export const trialAnalysisSchema = z.object({
  comparisons: z.array(comparisonSchema),
  verdict: verdictSchema,
}) satisfies z.ZodType<TrialAnalysis>;
