// "Before you start": every preset and every custom food gets its safety points before the first day, the
// points follow the food, the conditions and the age band, and the start rules refuse what they should.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITIONS, type Condition } from '$shared/domain/measures';
import {
  AGE_BANDS,
  allergensIn,
  clinicianReasons,
  isGlutenLike,
  safetyAnswerLines,
  safetyProblems,
  trialSafetyPoints,
  trialSafetySchema,
  type SafetyContext,
  type TrialFood,
  type TrialSafetyAnswers,
} from '$shared/safety/index';
import { PRESETS, foodInSentence } from '$shared/trials/protocol/index';

const ADULT: TrialSafetyAnswers = trialSafetySchema.parse({
  ageBand: '18-plus',
  pregnantOrBreastfeeding: false,
  eatingDisorder: false,
  reactionsToFood: false,
  clinicianAgreed: false,
  treatmentUnchanged: true,
});

const preset = (id: 'dairy' | 'sugar' | 'seed-oils'): TrialFood => {
  const p = PRESETS.find((x) => x.id === id)!;
  return { preset: id, name: p.name, whatCounts: '', food: p.food };
};
const custom = (name: string, whatCounts = ''): TrialFood => ({
  preset: 'custom',
  name,
  whatCounts,
  food: foodInSentence(name),
});
const ctx = (food: TrialFood, conditions: Condition[] = [], overlapping = false): SafetyContext => ({
  food,
  conditions,
  overlapping,
});
const ids = (c: SafetyContext, a: Partial<TrialSafetyAnswers> = ADULT) => trialSafetyPoints(c, a).map((p) => p.id);

/** Custom foods people plausibly test, gluten-like or not. */
const CUSTOM_FOODS = [
  'Gluten',
  'Wheat',
  'Bread and pasta',
  'Eggs',
  'Whey protein',
  'Late-night snacks',
  'Coffee',
  'Alcohol',
  'Chocolate',
  'Nightshades',
  'Peanut butter',
  'Spicy food',
];

describe('every trial shows its safety points before the first day', () => {
  const foods: TrialFood[] = [
    ...(['dairy', 'sugar', 'seed-oils'] as const).map(preset),
    ...CUSTOM_FOODS.map((n) => custom(n)),
  ];
  const everyone: [Condition[], (typeof AGE_BANDS)[number]][] = [
    [[], '18-plus'],
    ...CONDITIONS.map((c): [Condition[], (typeof AGE_BANDS)[number]] => [[c], '18-plus']),
    [['acne'], '13-17'],
    [['eczema'], 'under-13'],
  ];

  it.each(foods.map((f) => [f.name, f] as const))('%s: the general points, whoever sets it up', (_, food) => {
    for (const [conditions, ageBand] of everyone) {
      const shown = ids(ctx(food, conditions), { ...ADULT, ageBand });
      expect(shown, `${food.name} ${conditions.join()} ${ageBand}`).toEqual(
        expect.arrayContaining(['one-at-a-time', 'keep-treatment', 'reaction-signs', 'when-to-stop']),
      );
      // A point is never shown twice, and every point has words.
      expect(new Set(shown).size).toBe(shown.length);
      for (const p of trialSafetyPoints(ctx(food, conditions), { ...ADULT, ageBand })) {
        expect(p.title.trim()).not.toBe('');
        expect(p.text.length).toBeGreaterThan(40);
      }
    }
  });

  it('whatever a custom food is called, shows the general points, and the coeliac test for gluten words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 200 }), (name, whatCounts) => {
        const shown = ids(ctx(custom(name.trim() || 'x', whatCounts), ['eczema']));
        expect(shown).toEqual(
          expect.arrayContaining(['one-at-a-time', 'keep-treatment', 'reaction-signs', 'when-to-stop']),
        );
        const gluten = ids(ctx(custom(`${name} wheat`, whatCounts), ['eczema']));
        expect(gluten).toContain('coeliac-test');
        expect(gluten).toContain('reintroduce-with-plan'); // wheat is a common allergen, and eczema is tracked
      }),
    );
  });

  it('shows the points before any question is answered', () => {
    for (const food of foods) expect(trialSafetyPoints(ctx(food), {}).length).toBeGreaterThanOrEqual(4);
  });
});

describe('points follow the food, the conditions and the age band', () => {
  it('asks for a coeliac test before any gluten-like custom trial, and not before the presets', () => {
    for (const name of ['Gluten', 'wheat', 'Bread', 'White pasta', 'Barley', 'Rye bread', 'Beer', 'Noodles']) {
      expect(ids(ctx(custom(name))), name).toContain('coeliac-test');
    }
    expect(ids(ctx(custom('Grains', 'toast, couscous and crackers')))).toContain('coeliac-test');
    for (const food of [preset('dairy'), preset('sugar'), preset('seed-oils'), custom('Buckwheat'), custom('Rice')])
      expect(ids(ctx(food)), food.name).not.toContain('coeliac-test');
    const text = trialSafetyPoints(ctx(custom('Gluten')), {})[0]!.text;
    expect(text).toMatch(/coeliac blood test before you cut out gluten/);
    expect(text).toMatch(/six weeks/);
  });

  it('matches gluten and allergens as whole words, and plant milks and nut butters are not dairy', () => {
    expect(isGlutenLike('Buckwheat pancakes')).toBe(false);
    expect(isGlutenLike('Rye')).toBe(true);
    expect(isGlutenLike('Dryer sheets')).toBe(false);
    expect(allergensIn('Peanut butter')).toEqual(['peanut']);
    expect(allergensIn('Oat milk')).toEqual([]);
    expect(allergensIn('Milk chocolate')).toEqual(['milk']);
    expect(allergensIn('Scrambled eggs on toast')).toEqual(['egg']);
  });

  it('gives the dairy trial with eczema the reintroduction warning and the nutrient note', () => {
    const shown = trialSafetyPoints(ctx(preset('dairy'), ['eczema']), ADULT);
    const plan = shown.find((p) => p.id === 'reintroduce-with-plan')!;
    expect(plan.tone).toBe('clinician');
    expect(plan.text).toMatch(/Do not reintroduce dairy at home on your own/);
    const note = shown.find((p) => p.id === 'dairy-nutrients')!.text;
    for (const word of ['calcium', 'iodine', 'protein', 'B12', 'vitamin D', 'fortified']) expect(note).toContain(word);
    // Without eczema, an adult with no past reaction gets the signs to watch for but no clinician gate.
    expect(ids(ctx(preset('dairy'), ['acne']))).not.toContain('reintroduce-with-plan');
    expect(ids(ctx(preset('sugar'), ['eczema']))).not.toContain('reintroduce-with-plan');
  });

  it('adds the reintroduction warning for children and past reactions, whatever the condition', () => {
    expect(ids(ctx(custom('Eggs'), ['acne']), { ...ADULT, ageBand: 'under-13' })).toContain('reintroduce-with-plan');
    expect(ids(ctx(custom('Coffee'), []), { ...ADULT, reactionsToFood: true })).toContain('reintroduce-with-plan');
    expect(ids(ctx(custom('Coffee'), ['eczema']), ADULT)).not.toContain('reintroduce-with-plan');
  });

  it('names the age band, pregnancy and eating disorders as "only with a clinician"', () => {
    expect(ids(ctx(preset('sugar')), { ...ADULT, ageBand: '13-17' })).toContain('teenager');
    expect(ids(ctx(preset('sugar')), { ...ADULT, ageBand: 'under-13' })).toContain('child');
    expect(ids(ctx(preset('sugar')), { ...ADULT, pregnantOrBreastfeeding: true })).toContain('pregnancy');
    const ed = trialSafetyPoints(ctx(preset('sugar')), { ...ADULT, eatingDisorder: true });
    expect(ed.find((p) => p.id === 'eating-disorder')?.text).toMatch(/without cutting anything out/);
    expect(ids(ctx(preset('sugar')))).toEqual(['one-at-a-time', 'keep-treatment', 'reaction-signs', 'when-to-stop']);
  });
});

describe('the start rules', () => {
  it('lets an adult with no warning sign start once the treatment promise is given', () => {
    expect(safetyProblems(ctx(preset('sugar'), ['acne']), ADULT)).toEqual([]);
    expect(safetyProblems(ctx(preset('sugar'), ['acne']), { ...ADULT, treatmentUnchanged: false })).toEqual([
      expect.stringMatching(/keep your prescribed treatment/),
    ]);
  });

  it("needs the clinician's agreement for under-18s, pregnancy, eating disorders and dairy with eczema", () => {
    const cases: [SafetyContext, Partial<TrialSafetyAnswers>, RegExp][] = [
      [ctx(preset('sugar')), { ageBand: '13-17' }, /parent or carer/],
      [ctx(preset('sugar')), { ageBand: 'under-13' }, /child’s diet/],
      [ctx(preset('seed-oils')), { pregnantOrBreastfeeding: true }, /pregnancy/],
      [ctx(preset('sugar')), { eatingDisorder: true }, /eating disorder/],
      [ctx(preset('dairy'), ['eczema']), {}, /with eczema, bringing dairy back/],
      [ctx(custom('Coffee')), { reactionsToFood: true }, /reacted to coffee before/],
    ];
    for (const [c, change, reason] of cases) {
      const answers = { ...ADULT, ...change };
      expect(clinicianReasons(c, answers).join(' ')).toMatch(reason);
      expect(safetyProblems(c, answers)).toEqual([expect.stringMatching(/needs your clinician’s agreement first/)]);
      expect(safetyProblems(c, { ...answers, clinicianAgreed: true })).toEqual([]);
    }
  });

  it('needs the coeliac question answered before a gluten trial, and refuses one with coeliac disease', () => {
    const gluten = ctx(custom('Gluten'), ['psoriasis']);
    expect(safetyProblems(gluten, ADULT)).toEqual([expect.stringMatching(/coeliac blood test/)]);
    expect(safetyProblems(gluten, { ...ADULT, coeliacTest: 'tested-negative' })).toEqual([]);
    expect(safetyProblems(gluten, { ...ADULT, coeliacTest: 'not-tested' })).toEqual([
      expect.stringMatching(/coeliac disease should be ruled out/),
    ]);
    expect(safetyProblems(gluten, { ...ADULT, coeliacTest: 'not-tested', clinicianAgreed: true })).toEqual([]);
    const coeliac = { ...ADULT, coeliacTest: 'has-coeliac' as const, clinicianAgreed: true };
    expect(safetyProblems(gluten, coeliac)).toEqual([expect.stringMatching(/gluten has to stay out for good/)]);
    expect(ids(gluten, coeliac)).toContain('coeliac-known');
    expect(ids(gluten, { ...ADULT, coeliacTest: 'tested-negative' })).toContain('coeliac-ruled-out');
  });

  it('needs a reason of a few words to run alongside another trial', () => {
    const overlapping = ctx(preset('sugar'), ['acne'], true);
    expect(safetyProblems(overlapping, ADULT)).toEqual([expect.stringMatching(/Say in a few words why/)]);
    expect(safetyProblems(overlapping, { ...ADULT, overlapReason: 'ok' })).toHaveLength(1);
    expect(
      safetyProblems(overlapping, { ...ADULT, overlapReason: 'My dietitian wants both tested before spring' }),
    ).toEqual([]);
    expect(ids(overlapping)).toContain('overlapping-trial');
    expect(ids(ctx(preset('sugar'), ['acne']))).not.toContain('overlapping-trial');
  });
});

describe('the answers in words', () => {
  it('prints every answer, the coeliac test only where it was asked, and the reason for an overlap', () => {
    const lines = safetyAnswerLines('gluten', {
      ...ADULT,
      coeliacTest: 'tested-negative',
      overlapReason: 'Both are on my dietitian’s list',
    });
    expect(lines.join('\n')).toMatch(/Age: 18 or over/);
    expect(lines.join('\n')).toMatch(/Coeliac blood test while eating gluten: yes/);
    expect(lines.join('\n')).toMatch(/Run alongside another food’s trial because: “Both are on my dietitian’s list”/);
    expect(safetyAnswerLines('dairy', ADULT).join('\n')).not.toMatch(/Coeliac|alongside/);
  });

  it('refuses answers of the wrong shape', () => {
    expect(trialSafetySchema.safeParse({ ...ADULT, ageBand: '40' }).success).toBe(false);
    expect(trialSafetySchema.safeParse({ ...ADULT, extra: 1 }).success).toBe(false);
    expect(trialSafetySchema.safeParse({ ...ADULT, overlapReason: 'x'.repeat(501) }).success).toBe(false);
  });
});
