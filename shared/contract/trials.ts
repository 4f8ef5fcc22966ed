// Operations on elimination trials: set-up, the daily question, slips, the trial's life cycle and its results.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import { CONDITIONS } from '../domain/measures';
import { slugSchema } from '../domain/trackable';
import {
  DEFAULT_OUTCOME,
  LENGTH_LIMITS,
  outcomeRefSchema,
  PHASE_KINDS,
  PRESET_IDS,
  planProblems,
} from '../trials/protocol/index';
import {
  currentSchema,
  daysRemainingSchema,
  phaseLengthsSchema,
  slipSchema,
  trialDetailSchema,
  trialResultSchema,
  trialSummarySchema,
} from '../trials/records';
import { trialSafetySchema } from '../safety/answers';
import { command, query } from './define';

const int = z.number().int();
const id = int.positive();

const setupShape = {
  preset: z.enum(PRESET_IDS),
  /** Required for a custom trial; presets use their own name when left out. */
  name: z.string().trim().min(1, { message: 'needs a name' }).max(60).optional(),
  /** For a custom trial: what counts as the food, in the person's words. */
  whatCounts: z.string().trim().max(2000).optional(),
  startDay: daySchema,
  /** Left out: the defaults for the conditions the person tracks. */
  lengths: phaseLengthsSchema.optional(),
  repeat: z.boolean().default(false),
  randomSwitch: z.strictObject({ windowDays: int }).nullable().default(null),
  outcome: outcomeRefSchema.default(DEFAULT_OUTCOME),
  /** Minimal important difference in points; left out: 2 (4 for itch). */
  mid: z.number().finite().positive().max(50).optional(),
  secondaryOutcomes: z.array(outcomeRefSchema).max(6).default([]),
  /** For a custom trial: one of the person's own food or drink items (its slug), whose daily value the trial's answer records. */
  foodItem: slugSchema.optional(),
};

type SetupValues = z.output<z.ZodObject<typeof setupShape>>;

function checkSetup(v: SetupValues, ctx: z.RefinementCtx): void {
  if (v.preset === 'custom' && !v.name && !v.foodItem)
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'a custom trial needs a name: what are you testing?' });
  if (v.preset !== 'custom' && v.foodItem)
    ctx.addIssue({
      code: 'custom',
      path: ['foodItem'],
      message: 'only a custom trial eliminates one of your own items',
    });
  if (v.secondaryOutcomes.includes(v.outcome))
    ctx.addIssue({ code: 'custom', path: ['secondaryOutcomes'], message: 'already the primary outcome' });
  if (new Set(v.secondaryOutcomes).size !== v.secondaryOutcomes.length)
    ctx.addIssue({ code: 'custom', path: ['secondaryOutcomes'], message: 'lists an outcome twice' });
  const windowDays = v.randomSwitch?.windowDays ?? null;
  if (v.lengths) {
    for (const p of planProblems({
      startDay: v.startDay,
      lengths: v.lengths,
      repeat: v.repeat,
      switchWindowDays: windowDays,
    })) {
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message.replace(/\.$/, '') });
    }
  } else if (
    windowDays !== null &&
    (windowDays < LENGTH_LIMITS.switchWindowDays.min || windowDays > LENGTH_LIMITS.switchWindowDays.max)
  ) {
    const { min, max } = LENGTH_LIMITS.switchWindowDays;
    ctx.addIssue({
      code: 'custom',
      path: ['randomSwitch', 'windowDays'],
      message: `the window for the random switch day must be from ${min} to ${max} days`,
    });
  }
}

export const trialSetupSchema = z.strictObject(setupShape).superRefine(checkSetup);

/** Setting up needs the "Before you start" answers; the service checks them against the food and conditions. */
const createSchema = z
  .strictObject({ ...setupShape, safety: trialSafetySchema })
  .superRefine((v, ctx) => checkSetup(v, ctx));

const presetSchema = z.strictObject({
  id: z.enum(PRESET_IDS),
  name: z.string(),
  food: z.string(),
  summary: z.string(),
  counts: z.array(z.string()),
  hiddenSources: z.array(z.string()),
  fineToEat: z.array(z.string()),
  evidence: z.string(),
});

const outcomeSchema = z.strictObject({
  key: outcomeRefSchema,
  label: z.string(),
  group: z.enum(['skin', 'gut']),
  higherIsWorse: z.boolean(),
  defaultMid: z.number(),
  unit: z.string(),
});

const plannedPhaseSchema = z.strictObject({
  kind: z.enum(PHASE_KINDS),
  cycle: int,
  label: z.string(),
  startDay: daySchema,
  endDay: daySchema,
  days: int,
  transitionDays: int,
  challengeDays: int,
});

export const overlapSchema = z.strictObject({
  trialId: id,
  name: z.string(),
  sameFood: z.boolean(),
  message: z.string(),
});

const planSchema = z.strictObject({
  phases: z.array(plannedPhaseSchema),
  lengths: phaseLengthsSchema,
  /** With a random switch: the end if the earliest day is drawn, and if the latest is. */
  endDay: daySchema,
  latestEndDay: daySchema,
  switchWindow: z.strictObject({ first: daySchema, last: daySchema, days: int }).nullable(),
  overlaps: z.array(overlapSchema),
  notes: z.array(z.string()),
});

const slipInput = {
  what: z.string().trim().min(1, { message: 'say what it was' }).max(200),
  amount: z.string().trim().max(100).default(''),
};

const promptSchema = z.strictObject({
  trialId: id,
  name: z.string(),
  food: z.string(),
  phase: currentSchema,
  question: z.string(),
  keptAnswer: z.enum(['yes', 'no']),
  instruction: z.string(),
  /** Null until today's question is answered. */
  kept: z.boolean().nullable(),
  slipsToday: z.array(slipSchema),
  daysRemaining: daysRemainingSchema,
});
export type TrialPrompt = z.infer<typeof promptSchema>;

const noticeSchema = z.strictObject({
  trialId: id,
  kind: z.enum(['trial-starts', 'phase-starts', 'trial-finished']),
  message: z.string(),
});

const trialRef = z.strictObject({ trialId: id });
const closeInput = z.strictObject({ trialId: id, reason: z.string().trim().max(500).default('') });

export const trialOperations = {
  'trials.presets': query(
    'The ready-made trials, the outcomes a trial can be judged on, and default phase lengths for your conditions',
    z.strictObject({ cycleAffectsSkin: z.boolean().optional(), outcome: outcomeRefSchema.optional() }),
    z.strictObject({
      presets: z.array(presetSchema),
      outcomes: z.array(outcomeSchema),
      conditions: z.array(z.enum(CONDITIONS)),
      defaults: phaseLengthsSchema.extend({ why: z.array(z.string()) }),
      /** The person's own answers from their last trial (null before the first): "Before you start" is
       *  answered in full the first time, then pre-filled for the person to check. */
      lastSafety: trialSafetySchema
        .pick({ ageBand: true, pregnantOrBreastfeeding: true, eatingDisorder: true })
        .nullable(),
    }),
  ),
  'trials.plan': query(
    'Preview the dates of a trial and any overlap with other trials, without saving',
    trialSetupSchema,
    planSchema,
  ),
  'trials.create': command(
    'Set up a trial with its "Before you start" answers (an overlapping trial of another food needs a reason)',
    createSchema,
    trialDetailSchema,
  ),
  'trials.list': query(
    'Every trial, newest first, including ended and abandoned ones',
    z.strictObject({}),
    z.array(trialSummarySchema),
  ),
  'trials.get': query(
    'One trial with its timeline: phases, today, slips, regimen changes, days remaining',
    trialRef,
    trialDetailSchema,
  ),
  'trials.recordAdherence': command(
    "Answer the phase's question for a day (kept to the plan or not), optionally with what slipped in",
    z
      .strictObject({ trialId: id, day: daySchema, kept: z.boolean(), slip: z.strictObject(slipInput).optional() })
      .refine((v) => !(v.kept && v.slip), {
        message: 'a slip means the plan was not kept that day',
        path: ['slip'],
      }),
    z.strictObject({ day: daySchema, kept: z.boolean(), slip: slipSchema.nullable() }),
  ),
  'trials.recordSlip': command(
    'Log a slip (what, how much) against a trial',
    z.strictObject({ trialId: id, day: daySchema, ...slipInput }),
    slipSchema,
  ),
  'trials.extendPhase': command(
    'Make the current or a coming phase longer; later phases move with it',
    z.strictObject({ trialId: id, phaseId: id, days: int.min(1).max(90) }),
    trialDetailSchema,
  ),
  'trials.endEarly': command('End a running trial today and keep what it gathered', closeInput, trialDetailSchema),
  'trials.abandon': command('Abandon a trial (it stays in the history)', closeInput, trialDetailSchema),
  'trials.analyze': query(
    'The results of a trial: every comparison, the per-phase chart data and one verdict',
    trialRef,
    trialResultSchema,
  ),
  'trials.todayPrompt': query(
    "Active trials for a day: phase, day N of M, the phase's question and whether it is answered, and phase-change notices",
    z.strictObject({ day: daySchema.optional() }),
    z.strictObject({ day: daySchema, prompts: z.array(promptSchema), notices: z.array(noticeSchema) }),
  ),
};
