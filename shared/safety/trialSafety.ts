// "Before you start": the safety points a person reads before the first day of any food trial, and the rules
// that decide whether the trial may start at all. Pure: the set-up screen shows these points as the answers
// come in, and the trial service checks the same rules again before anything is written.
//
// Why each point is there:
// - Going gluten-free before a coeliac blood test makes the test falsely negative; the test needs gluten in
//   more than one meal a day for at least 6 weeks (NICE guideline NG20, 2015).
// - After an elimination diet, about one in five children with food-triggered eczema developed new
//   immediate reactions, some of them anaphylaxis, mostly to milk and egg (Chang 2016, J Allergy Clin
//   Immunol Pract).
// - Restrictive diets are risky for people with an eating disorder, for growing children and teenagers, and
//   in pregnancy or breastfeeding, when nutrient needs are higher.
// - Two eliminations at once cannot be told apart, and a changed treatment muddies any result.
import type { Condition } from '../domain/measures';
import type { PresetId } from '../trials/protocol/presets';
import { MIN_OVERLAP_REASON, type TrialSafetyAnswers } from './answers';
import { allergensIn, isGlutenLike } from './foods';

export interface TrialFood {
  preset: PresetId;
  /** The custom trial's name (or the preset's). */
  name: string;
  /** For a custom trial: what counts as the food, in the person's words. */
  whatCounts: string;
  /** The food inside a sentence: "dairy", "gluten". */
  food: string;
}

export interface SafetyContext {
  food: TrialFood;
  /** The conditions the person tracks (Settings). */
  conditions: readonly Condition[];
  /** True when the planned days meet a trial of another food. */
  overlapping: boolean;
}

/** stop: the trial should not go ahead; clinician: only with their agreement; caution and info: read first. */
export type SafetyTone = 'stop' | 'clinician' | 'caution' | 'info';

export interface SafetyPoint {
  id: string;
  tone: SafetyTone;
  title: string;
  text: string;
}

export interface FoodFacts {
  glutenLike: boolean;
  /** Milk, egg, wheat and the other foods behind most immediate allergies. */
  allergens: string[];
}

export function foodFacts(food: TrialFood): FoodFacts {
  // The presets' own lists are not matched: the sugar list mentions white bread, yet the trial swaps it for
  // whole-grain bread rather than cutting out gluten, and seed oils are not among the common allergens.
  if (food.preset === 'sugar' || food.preset === 'seed-oils') return { glutenLike: false, allergens: [] };
  if (food.preset === 'dairy') return { glutenLike: false, allergens: ['milk'] };
  return { glutenLike: isGlutenLike(food.name, food.whatCounts), allergens: allergensIn(food.name, food.whatCounts) };
}

/** Every reason this trial needs the clinician's agreement, in words; empty when it does not. */
export function clinicianReasons(ctx: SafetyContext, a: Partial<TrialSafetyAnswers>): string[] {
  const facts = foodFacts(ctx.food);
  const reasons: string[] = [];
  if (a.ageBand === 'under-13') reasons.push('a child’s diet should only be changed with their doctor or dietitian');
  if (a.ageBand === '13-17') reasons.push('under 18, a trial needs a parent or carer and a doctor or dietitian');
  if (a.pregnantOrBreastfeeding) reasons.push('in pregnancy or while breastfeeding, food needs are higher');
  if (a.eatingDisorder) reasons.push('cutting foods out can bring back an eating disorder');
  if (a.reactionsToFood) reasons.push(`you have reacted to ${ctx.food.food} before`);
  else if (facts.allergens.length > 0 && ctx.conditions.includes('eczema'))
    reasons.push(`with eczema, bringing ${ctx.food.food} back can set off a new allergic reaction`);
  if (facts.glutenLike && a.coeliacTest === 'not-tested')
    reasons.push('coeliac disease should be ruled out before gluten is cut out');
  return reasons;
}

/** What stops the trial from starting, in words; empty when it may start. The service refuses on any. */
export function safetyProblems(ctx: SafetyContext, a: TrialSafetyAnswers): string[] {
  const problems: string[] = [];
  const facts = foodFacts(ctx.food);
  if (facts.glutenLike && a.coeliacTest === null)
    problems.push('Say whether you have had a coeliac blood test while eating gluten.');
  if (facts.glutenLike && a.coeliacTest === 'has-coeliac')
    problems.push(
      'With coeliac disease, gluten has to stay out for good: bringing it back harms the gut even when the skin seems fine. Please talk to your clinician or dietitian instead of running this trial.',
    );
  const reasons = clinicianReasons(ctx, a);
  if (reasons.length > 0 && !a.clinicianAgreed)
    problems.push(
      `This trial needs your clinician’s agreement first, because ${reasons.join('; ')}. Once they agree and have given you a plan for bringing the food back, tick that box.`,
    );
  if (!a.treatmentUnchanged)
    problems.push('Confirm that you will keep your prescribed treatment as it is while the trial runs.');
  if (ctx.overlapping && a.overlapReason.trim().length < MIN_OVERLAP_REASON)
    problems.push(
      'This trial would run at the same time as a trial of another food. Say in a few words why you want to run both at once.',
    );
  return problems;
}

/** Each point's title, by its id: stored ids are printed with these in the trial's report section. */
export const POINT_TITLES = {
  'coeliac-test': 'Get tested for coeliac disease first',
  'coeliac-ruled-out': 'Coeliac disease ruled out first',
  'coeliac-known': 'Not with coeliac disease',
  child: 'A child’s diet: only with their doctor',
  teenager: 'Under 18: with a parent and a clinician',
  'eating-disorder': 'Eating disorders: only with your care team',
  pregnancy: 'Pregnant or breastfeeding: talk it over first',
  'reintroduce-with-plan': 'Bring the food back only with a clinician’s plan',
  'dairy-nutrients': 'Replace what dairy gives you',
  'gluten-nutrients': 'Replace what grains give you',
  'overlapping-trial': 'Another trial is running at the same time',
  'one-at-a-time': 'One food at a time',
  'keep-treatment': 'Keep your treatment as it is',
  'reaction-signs': 'Know the signs of an allergic reaction',
  'when-to-stop': 'When to stop',
} as const;
export type SafetyPointId = keyof typeof POINT_TITLES;

const point = (id: SafetyPointId, tone: SafetyTone, text: string): SafetyPoint => ({
  id,
  tone,
  title: POINT_TITLES[id],
  text,
});

/** The words shared with the guide's "Before you cut anything out" section, so both say the same. */
export const GENERAL_POINTS = {
  oneAtATime: point(
    'one-at-a-time',
    'info',
    'Leave out one food at a time. With two changes running together, neither result can be trusted, and a narrower diet makes it harder to eat well.',
  ),
  keepTreatment: point(
    'keep-treatment',
    'info',
    'Carry on with your prescribed creams, tablets and other treatment exactly as before. The trial tests the food, not your treatment; talk to whoever prescribed it before changing anything.',
  ),
  reactionSigns: point(
    'reaction-signs',
    'caution',
    'When a food comes back, watch the first two hours after eating it for hives or raised itchy welts, swelling of the lips, tongue, face or throat, wheezing or difficulty breathing, repeated vomiting, or feeling faint. If any of these appear, stop eating it and get urgent help; call emergency services if breathing or swallowing is affected.',
  ),
  whenToStop: point(
    'when-to-stop',
    'caution',
    'Stop the trial and talk to a clinician if you lose weight without meaning to, feel tired or unwell, or find that food starts to feel frightening. You can always keep the journal without cutting anything out.',
  ),
} as const;

function coeliacPoint(a: Partial<TrialSafetyAnswers>): SafetyPoint {
  const why =
    'Coeliac disease is about twice as common with psoriasis, and an intensely itchy, blistering rash on the elbows, knees or buttocks can be its skin form.';
  if (a.coeliacTest === 'has-coeliac')
    return point(
      'coeliac-known',
      'stop',
      'With coeliac disease, gluten has to stay out for good. A trial that brings it back would harm your gut even if your skin seemed fine. Please talk to your clinician or dietitian instead.',
    );
  if (a.coeliacTest === 'tested-negative')
    return point(
      'coeliac-ruled-out',
      'info',
      `Good: a coeliac test taken while you were eating gluten is the one that counts. ${why} If gut symptoms or a new rash appear later, ask about testing again.`,
    );
  return point(
    'coeliac-test',
    'clinician',
    `Ask your doctor for a coeliac blood test before you cut out gluten. The test only works while you are still eating gluten, in more than one meal a day for at least six weeks beforehand; after weeks without it, a negative result means little. ${why}`,
  );
}

function agePoint(a: Partial<TrialSafetyAnswers>): SafetyPoint | null {
  if (a.ageBand === 'under-13')
    return point(
      'child',
      'clinician',
      'Children need a wide range of foods to grow. Change a child’s diet only with their doctor or a dietitian, who can also plan how the food comes back safely.',
    );
  if (a.ageBand === '13-17')
    return point(
      'teenager',
      'clinician',
      'Teenagers are still growing and need plenty of energy, protein, calcium and iron. Run a food trial only with a parent or carer and a doctor or dietitian who know about it.',
    );
  return null;
}

/**
 * The points to read before this trial's first day, in reading order. Shown as the answers come in, so a
 * point that depends on an answer appears once the question is answered. Never empty: the general points
 * hold for every food.
 */
export function trialSafetyPoints(ctx: SafetyContext, a: Partial<TrialSafetyAnswers>): SafetyPoint[] {
  const facts = foodFacts(ctx.food);
  const food = ctx.food.food;
  const points: SafetyPoint[] = [];
  if (facts.glutenLike) points.push(coeliacPoint(a));
  const age = agePoint(a);
  if (age) points.push(age);
  if (a.eatingDisorder)
    points.push(
      point(
        'eating-disorder',
        'clinician',
        'If you have, or have had, an eating disorder or a difficult relationship with food, leaving foods out can pull you back into it. Run a trial only if your care team agrees. You can still use Axis to log your skin without cutting anything out.',
      ),
    );
  if (a.pregnantOrBreastfeeding)
    points.push(
      point(
        'pregnancy',
        'clinician',
        'Your needs for energy, protein, calcium, iodine and other nutrients are higher now. Talk to your midwife, doctor or a dietitian before leaving any food out.',
      ),
    );
  const reintroRisk =
    a.reactionsToFood === true ||
    (facts.allergens.length > 0 && (ctx.conditions.includes('eczema') || (a.ageBand && a.ageBand !== '18-plus')));
  if (reintroRisk)
    points.push(
      point(
        'reintroduce-with-plan',
        'clinician',
        `With eczema, a known food allergy, or past reactions such as hives, lip or tongue swelling, wheeze or vomiting soon after eating, and in children, a food left out for weeks can set off a new and sometimes severe allergic reaction when it returns, even if it was eaten without trouble before. Do not reintroduce ${food} at home on your own: ask an allergist or your clinician for a plan; some foods are best brought back in clinic.`,
      ),
    );
  if (facts.allergens.includes('milk'))
    points.push(
      point(
        'dairy-nutrients',
        'info',
        'Milk and dairy foods bring calcium, iodine, protein and vitamin B12, and in some countries vitamin D. Soy or pea drinks fortified with calcium, iodine and B12 are the closest swap; oat, almond, rice and coconut drinks are low in protein and often unfortified. Fish, eggs and leafy greens help too.',
      ),
    );
  if (facts.glutenLike && a.coeliacTest !== 'has-coeliac')
    points.push(
      point(
        'gluten-nutrients',
        'info',
        'Whole wheat, barley and rye bring fibre, iron and B vitamins. Swap to naturally gluten-free whole foods such as potatoes, rice, buckwheat, quinoa, millet and oats labelled gluten-free, rather than relying on processed gluten-free products.',
      ),
    );
  if (ctx.overlapping)
    points.push(
      point(
        'overlapping-trial',
        'caution',
        'Your plan meets the days of a trial of another food. Whatever changes, Axis cannot tell which food did it, and both trials’ results will say so. If you run both anyway, say why: it is kept with the trial and printed in its report.',
      ),
    );
  points.push(
    GENERAL_POINTS.oneAtATime,
    GENERAL_POINTS.keepTreatment,
    GENERAL_POINTS.reactionSigns,
    GENERAL_POINTS.whenToStop,
  );
  return points;
}

/** The answers as they are stored: questions that do not apply to this trial are left empty. */
export function answersToStore(ctx: SafetyContext, a: TrialSafetyAnswers): TrialSafetyAnswers {
  return {
    ...a,
    coeliacTest: foodFacts(ctx.food).glutenLike ? a.coeliacTest : null,
    overlapReason: ctx.overlapping ? a.overlapReason.trim() : '',
  };
}
