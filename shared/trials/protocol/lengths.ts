// Default phase lengths from the conditions a person tracks. Every number is a judgement from the published
// trials it names (acne diet trials ran 8-12 weeks: Smith et al., 2007, Am J Clin Nutr; eczema flares after a
// food show within about 48 hours: Breuer et al., 2004, Clin Exp Allergy), and every one is editable.
import type { Condition } from '../../domain/measures';
import { MIN_SWITCH_DAYS, MIN_USABLE_DAYS } from './minimums';

export interface PhaseLengths {
  /** Days of eating as usual before anything changes (the minimum, when the switch day is drawn at random). */
  baselineDays: number;
  eliminationDays: number;
  /** The whole reintroduction, challenge days included. */
  reintroductionDays: number;
  /** First days of the reintroduction with rising portions. */
  challengeDays: number;
  /** First days of each elimination and reintroduction left out of the comparison while the skin adjusts. */
  transitionDays: number;
}

// A phase shorter than the verdict rules' usable days, or a switch window smaller than the randomisation test
// needs, could only ever give "not enough data yet", so the set-up does not offer them.
export const LENGTH_LIMITS = {
  baselineDays: { min: MIN_USABLE_DAYS, max: 120 },
  eliminationDays: { min: MIN_USABLE_DAYS, max: 180 },
  reintroductionDays: { min: MIN_USABLE_DAYS, max: 120 },
  challengeDays: { min: 0, max: 14 },
  transitionDays: { min: 0, max: 42 },
  switchWindowDays: { min: MIN_SWITCH_DAYS, max: 60 },
} as const;

/**
 * Why the repeat cycle is recommended, from the simulation in BENCHMARKS.md (daily scores 0-10, 10% of days
 * missed, a real change of 1.5 times the meaningful difference): one cycle found it in 73% of trials when days
 * were strongly alike (correlation 0.8), 86-88% at 0.6 and over 99% at 0.3; with the repeat, 94%, 99% and
 * 100%. The repeat also keeps a lasting change that happens to start on the day the food returns from passing
 * for a trigger (38% of one-cycle trials at correlation 0.3, 4% with the repeat).
 */
export const REPEAT_ADVICE =
  'Recommended: when a bad day tends to be followed by another, as it does for most skin, one cycle finds a real change of one and a half times the meaningful difference only about 3 times in 4; repeating it (A-B-A-B) finds it more than 9 times in 10, and keeps a change that happens to start on the day the food returns from passing for a trigger.';

interface Profile extends Omit<PhaseLengths, 'baselineDays' | 'reintroductionDays' | 'challengeDays'> {
  why: string[];
}

// The low end of each published range: a shorter experiment is one a person is likelier to finish, and a
// phase can always be extended while it runs.
const ACNE: Profile = {
  eliminationDays: 56,
  transitionDays: 21,
  why: [
    'Acne: elimination 8 weeks, as in the diet trials for acne (8 to 12 weeks); spots take weeks to come and go.',
    'Acne: the first 3 weeks of each change are left out of the comparison while the skin catches up.',
    'Acne: after the challenge days you keep eating the food for several weeks, because a flare shows up slowly.',
  ],
};
const FAST_SKIN: Profile = {
  eliminationDays: 28,
  transitionDays: 2,
  why: [
    'Eczema, rosacea or psoriasis: elimination 4 weeks; food-related flares show within about a day, so 2 transition days are left out.',
  ],
};
const GUT: Profile = {
  eliminationDays: 21,
  transitionDays: 2,
  why: ['Gut symptoms: elimination 3 weeks, with 2 transition days; the gut answers within a day or two.'],
};
const GENERAL: Profile = {
  eliminationDays: 42,
  transitionDays: 7,
  why: [
    'No skin condition chosen yet: elimination 6 weeks with a week of transition, between the acne and eczema defaults.',
  ],
};

const CHALLENGE_DAYS = 3;
const MIN_OBSERVATION_DAYS = 3;

export interface DefaultLengths extends PhaseLengths {
  /** One line per choice, to show beside the numbers. */
  why: string[];
}

/**
 * The slowest tracked condition decides: someone with acne and eczema needs the acne timings, or the acne
 * effect would be missed. The reintroduction is long enough to leave 14 usable days after its transition days,
 * because anything shorter could only ever give "not enough data yet".
 */
export function defaultLengths(
  conditions: readonly Condition[],
  options: { cycleAffectsSkin?: boolean; outcomeGroup?: 'skin' | 'gut' } = {},
): DefaultLengths {
  const profiles: Profile[] = [];
  if (options.outcomeGroup === 'gut') profiles.push(GUT);
  else {
    if (conditions.includes('acne')) profiles.push(ACNE);
    if (conditions.some((c) => c === 'eczema' || c === 'rosacea' || c === 'psoriasis')) profiles.push(FAST_SKIN);
    if (profiles.length === 0) profiles.push(GENERAL);
  }
  const eliminationDays = Math.max(...profiles.map((p) => p.eliminationDays));
  const transitionDays = Math.max(...profiles.map((p) => p.transitionDays));
  const baselineDays = options.cycleAffectsSkin ? 28 : 21;
  const reintroductionDays = Math.max(CHALLENGE_DAYS + MIN_OBSERVATION_DAYS, transitionDays + MIN_USABLE_DAYS);
  const why = [
    options.cycleAffectsSkin
      ? 'Baseline 4 weeks: your cycle affects your skin, so the yardstick covers a whole cycle.'
      : 'Baseline 3 weeks: enough ordinary days to know what "usual" looks like, even when a bad week tends to follow a bad week.',
    ...profiles.flatMap((p) => p.why),
    `Reintroduction ${reintroductionDays} days: ${CHALLENGE_DAYS} challenge days of rising portions, then ordinary eating while you keep logging.`,
  ];
  return { baselineDays, eliminationDays, reintroductionDays, challengeDays: CHALLENGE_DAYS, transitionDays, why };
}
