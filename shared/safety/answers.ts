// The questions "Before you start" asks before any food trial, and the answers as they are stored with the
// trial. Short on purpose: each one changes what the person is told, or whether the trial needs their
// clinician's agreement first.
import { z } from 'zod';

/** Age in three bands: a child, a teenager, an adult. Growing bodies and reintroduction risks differ. */
export const AGE_BANDS = ['under-13', '13-17', '18-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  'under-13': 'Under 13',
  '13-17': '13 to 17',
  '18-plus': '18 or over',
};

/** Asked before a trial that cuts out gluten only. */
export const COELIAC_TEST_ANSWERS = ['tested-negative', 'not-tested', 'has-coeliac'] as const;
export type CoeliacTestAnswer = (typeof COELIAC_TEST_ANSWERS)[number];
export const COELIAC_TEST_LABELS: Record<CoeliacTestAnswer, string> = {
  'tested-negative': 'Yes, while I was still eating gluten, and it did not show coeliac disease',
  'not-tested': 'No, not yet',
  'has-coeliac': 'I have coeliac disease',
};

/** Fewest characters of a reason to run a trial alongside another one: a few words, not a tick. */
export const MIN_OVERLAP_REASON = 10;

export const trialSafetySchema = z.strictObject({
  ageBand: z.enum(AGE_BANDS),
  pregnantOrBreastfeeding: z.boolean(),
  /** A current or past eating disorder, or a difficult relationship with food. */
  eatingDisorder: z.boolean(),
  /** Hives, swelling, wheeze or vomiting soon after the food, or a diagnosed allergy to it. */
  reactionsToFood: z.boolean(),
  /** Null unless the trial cuts out gluten. */
  coeliacTest: z.enum(COELIAC_TEST_ANSWERS).nullable().default(null),
  /** The person's clinician knows about the trial, agrees, and has given a plan for the reintroduction. */
  clinicianAgreed: z.boolean(),
  /** The person will keep prescribed treatment as it is during the trial. */
  treatmentUnchanged: z.boolean(),
  /** Required when the trial would overlap a trial of another food: why run both at once. */
  overlapReason: z.string().trim().max(500).default(''),
});
export type TrialSafetyAnswers = z.output<typeof trialSafetySchema>;
export type TrialSafetyInput = z.input<typeof trialSafetySchema>;

/** What the app stores and shows back: the answers, the points that were shown, and when. */
export const storedSafetySchema = z.strictObject({
  answers: trialSafetySchema,
  /** Ids of the points shown before the trial was started (see trialSafetyPoints). */
  points: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(30),
  answeredAt: z.iso.datetime({ offset: true }),
});
export type StoredSafety = z.infer<typeof storedSafetySchema>;
