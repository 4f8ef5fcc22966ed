// The verdict rules (verdict.ts) at their boundaries, and the words a person reads (certainty.ts, wording.ts,
// sentences.ts, explain.ts).

import { describe, expect, it } from 'vitest';
import { analyzeTrial, type Comparison, type FoodEffect, type Look, type PhaseStats } from '$shared/trials/analysis';
import { alikeWords } from '$shared/trials/analysis/sentences';
import { judge } from '$shared/trials/analysis/verdict';
import {
  amount,
  changeWords,
  formatDay,
  formatPoints,
  inHundred,
  likelihoodWord,
  rangeWords,
  scoreName,
} from '$shared/trials/analysis/wording';
import { ar1Series, trialInput, verdictText, type PhaseSpec } from '../fixtures/trials/builders';

// ---------------------------------------------------------------------------------------------- judge()

const FINAL: Look = { kind: 'final', throughDay: '2025-05-01', nextLookDay: null, level: 0.95, rangeLevel: 0.95 };
const EARLY: Look = { ...FINAL, kind: 'early', level: 0.999 };

const stats = (id: number, kind: PhaseStats['kind']): PhaseStats => ({
  phaseId: id,
  label: `Phase ${id}`,
  kind,
  cycle: 1,
  days: 28,
  usableDays: 28,
  loggedDays: 26,
  mean: 5,
  sd: 1,
  level: 5,
  effectiveDays: 9,
  firstUsableDay: '2025-01-01',
});

const estimate = (range: [number, number]) => ({
  estimate: (range[0] + range[1]) / 2,
  ci: range,
  sd: (range[1] - range[0]) / 4,
  probabilityWorse: 0.5,
  probabilityMeaningful: 0.5,
  probabilityWithin: 0.4,
  probabilityMeaningfullyBetter: 0.1,
});

/** The food effect with a given decision range (and a 95% range, when the look's bar differs). */
const effect = (decision: [number, number], ci: [number, number] = decision): FoodEffect => ({
  ...estimate(ci),
  decisionRange: decision,
  weights: [],
  driftBalanced: true,
});

/** A switch with a given "worse with the food" decision range. */
function sw(kind: Comparison['kind'], range: [number, number], cycle = 1): Comparison {
  return {
    kind,
    cycle,
    before: stats(1, kind === 'elimination-vs-baseline' ? 'baseline' : 'elimination'),
    after: stats(2, kind === 'elimination-vs-baseline' ? 'elimination' : 'reintroduction'),
    difference: 1,
    ci: range,
    food: estimate(range),
    decisionRange: range,
  };
}
const E = (range: [number, number], cycle = 1) => sw('elimination-vs-baseline', range, cycle);
const R = (range: [number, number], cycle = 1) => sw('reintroduction-vs-elimination', range, cycle);

describe('verdict rules', () => {
  it('waits while a running trial has had no look, and needs a food effect to say anything', () => {
    expect(judge(effect([1, 5]), [E([1, 5]), R([1, 5])], { ...FINAL, kind: 'waiting' }, 2).kind).toBe('waiting');
    expect(judge(null, [], FINAL, 2).kind).toBe('not-enough-data');
  });

  it('trigger: the effect’s range wholly above 0 and reaching the MID, with a reintroduction', () => {
    expect(judge(effect([0.01, 2]), [E([0.5, 4]), R([0.1, 5])], FINAL, 2).kind).toBe('looks-like-a-trigger');
    expect(judge(effect([0, 4]), [E([0.5, 4]), R([0.1, 5])], FINAL, 2).kind).toBe('inconclusive'); // must be > 0
    expect(judge(effect([0.2, 1.9]), [E([0.5, 4]), R([0.1, 5])], FINAL, 2).kind).toBe('no-meaningful-difference');
    expect(judge(effect([1, 5]), [E([1, 5])], FINAL, 2).kind).toBe('inconclusive'); // no reintroduction yet
  });

  it('an elimination is judged by its range: only one wholly on the wrong side blocks a trigger', () => {
    // The point estimate of this elimination is below 0, but its range still allows an improvement.
    expect(judge(effect([0.5, 4]), [E([-2.5, 0.1]), R([1, 5])], FINAL, 2).kind).toBe('looks-like-a-trigger');
    const blocked = judge(effect([0.5, 4]), [E([-2.5, 0]), R([1, 5])], FINAL, 2);
    expect(blocked.kind).toBe('inconclusive');
    expect(blocked.settlers).toContain('switches-disagree');
    expect(blocked.disagreeing.map((c) => c.kind)).toEqual(['elimination-vs-baseline']);
  });

  it('at an early look the stricter range decides, whatever the 95% range says', () => {
    const early = judge(effect([-0.2, 5], [0.4, 4.4]), [E([0.1, 5]), R([0.1, 5])], EARLY, 2);
    expect(early.kind).toBe('inconclusive');
    expect(early.settlers).toContain('early-look');
    expect(judge(effect([0.1, 5], [0.9, 4.2]), [E([0.1, 5]), R([0.1, 5])], EARLY, 2).kind).toBe('looks-like-a-trigger');
  });

  it('no meaningful difference: the whole range within ±MID, bounds included, and no switch beyond it', () => {
    expect(judge(effect([-2, 2]), [E([-1, 1]), R([-1, 1])], FINAL, 2).kind).toBe('no-meaningful-difference');
    expect(judge(effect([-2, 2.01]), [E([-1, 1]), R([-1, 1])], FINAL, 2).kind).toBe('inconclusive');
    const beyond = judge(effect([-1, 1]), [E([2.1, 4]), R([-4, -2.1])], FINAL, 2);
    expect(beyond.kind).toBe('inconclusive');
    expect(beyond.settlers).toContain('switches-disagree');
  });

  it('not enough data only when the range is wider than ±2·MID (and does not already clear zero)', () => {
    expect(judge(effect([-2.1, 6]), [E([-3, 6]), R([-3, 6])], FINAL, 2).kind).toBe('not-enough-data');
    expect(judge(effect([-2, 6]), [E([-3, 6]), R([-3, 6])], FINAL, 2).kind).toBe('inconclusive');
    expect(judge(effect([0.5, 9]), [E([0.1, 9]), R([0.1, 9])], FINAL, 2).kind).toBe('looks-like-a-trigger');
  });

  it('names what stands in the way', () => {
    expect(judge(effect([-4, -1]), [E([-4, -1]), R([-4, -1])], FINAL, 2).settlers).toEqual([
      'better-with-food',
      'more-days',
      'repeat-cycle',
    ]);
    expect(judge(effect([-1, 3]), [E([-1, 3]), R([-1, 3])], FINAL, 2).settlers).toEqual(['more-days', 'repeat-cycle']);
    expect(judge(effect([-1, 3]), [E([-1, 3]), R([-1, 3]), E([-1, 3], 2), R([-1, 3], 2)], FINAL, 2).settlers).toEqual([
      'more-days',
    ]);
    expect(judge(effect([1, 3]), [E([1, 3])], FINAL, 2).settlers).toEqual(['reintroduce', 'more-days']);
  });

  it('uses the default MID when the one given is not a positive number', () => {
    expect(judge(effect([0.5, 2]), [E([0.5, 3]), R([0.5, 3])], FINAL, Number.NaN).mid).toBe(2);
    expect(judge(effect([0.5, 2]), [E([0.5, 3]), R([0.5, 3])], FINAL, 0).mid).toBe(2);
  });
});

// ------------------------------------------------------------------------------------- whole analyses

const wave = (level: number, n: number, amplitude = 0.5): number[] =>
  Array.from({ length: n }, (_, i) => Math.round((level + amplitude * Math.sin(i * 2.1)) * 100) / 100);

const aba = (baseline: number, elimination: number, reintroduction: number, n = 28): PhaseSpec[] => [
  { kind: 'baseline', values: wave(baseline, n) },
  { kind: 'elimination', values: wave(elimination, n + 7), transitionDays: 7 },
  { kind: 'reintroduction', values: wave(reintroduction, n + 3), transitionDays: 3 },
];

describe('the words of a result', () => {
  it('a trigger: one sentence of how sure first, then what was seen, never a cause', () => {
    const a = analyzeTrial(
      trialInput(aba(6, 3, 6.2), { confounders: [{ day: '2025-04-01', description: 'Started zinc' }] }),
    );
    const v = a.verdict;
    expect(v.kind).toBe('looks-like-a-trigger');
    expect(v.title).toBe('Dairy: looks like a trigger for you');
    const p = a.effect!.probabilityMeaningful;
    expect(v.certainty).toBe(
      `${likelihoodWord(p)} (${inHundred(p)}) that your overall skin score was at least 2 points worse while eating dairy than while avoiding it.`,
    );
    expect(v.summary).toMatch(
      /^With dairy against without it, your overall skin score was \d\.\d points worse \(95% range \d\.\d to \d\.\d worse\)/,
    );
    expect(v.summary).toMatch(/one trial cannot prove it/);
    expect(v.details.join('\n')).toMatch(
      /While avoiding dairy your overall skin score was \d\.\d points better than during the baseline/,
    );
    expect(v.details.join('\n')).toMatch(
      /While eating dairy again your overall skin score was \d\.\d points worse than during the elimination/,
    );
    expect(v.caveats.join('\n')).toMatch(/Started zinc \(1 April 2025\)/);
    expect(verdictText(v)).not.toMatch(/caus|\bmakes?\b/i);
  });

  it('scales where higher is better (sleep quality) still say worse and better the right way round', () => {
    const a = analyzeTrial(
      trialInput(aba(4, 7.5, 4), {
        food: 'added sugar and refined carbs',
        outcome: { key: 'sleep', label: 'Sleep quality', higherIsWorse: false, unit: 'points', step: 1 },
      }),
    );
    expect(a.verdict.kind).toBe('looks-like-a-trigger');
    expect(a.effect!.estimate).toBeGreaterThan(3);
    expect(a.comparisons[0]!.difference).toBeGreaterThan(3); // sleep went up without the food…
    expect(a.verdict.details.join('\n')).toMatch(
      /While avoiding added sugar and refined carbs your sleep quality score was \d\.\d points better/,
    );
    expect(a.verdict.certainty).toMatch(/sleep quality score was at least 2 points worse while eating added sugar/);
  });

  it('no meaningful difference says so, in the same terms', () => {
    const a = analyzeTrial(trialInput(aba(4, 4, 4, 60)));
    expect(a.verdict.kind).toBe('no-meaningful-difference');
    expect(a.verdict.certainty).toMatch(
      /^(Likely|Very likely|Almost certain) \((about \d+|more than 99) in 100\) that your overall skin score differed by less than 2 points either way between eating dairy and avoiding it\.$/,
    );
    expect(a.verdict.nextSteps.join(' ')).toMatch(/you can go back to eating dairy/);
  });

  it('no meaningful difference, though clearly a little worse with the food, says both', () => {
    const a = analyzeTrial(trialInput(aba(4.6, 3.8, 4.6, 60)));
    expect(a.verdict.kind).toBe('no-meaningful-difference');
    expect(a.effect!.ci[0]).toBeGreaterThan(0);
    expect(a.verdict.summary).toMatch(
      /It was worse with dairy, but by less than the 2 points you set as meaningful\.$/,
    );
  });

  it('an open finished trial says what would settle it, computed, and never "yet"', () => {
    const a = analyzeTrial(
      trialInput([
        { kind: 'baseline', values: ar1Series(21, 5.4, 1, 0.7, 1.3) },
        { kind: 'elimination', values: ar1Series(42, 4.4, 2, 0.7, 1.3), transitionDays: 7 },
        { kind: 'reintroduction', values: ar1Series(21, 5.6, 3, 0.7, 1.3), transitionDays: 7 },
      ]),
    );
    expect(a.verdict.kind).toBe('inconclusive');
    expect(a.verdict.title).toBe('Inconclusive');
    expect(a.verdict.certainty).toMatch(
      /^Not settled: (about \d+|fewer than 1) in 100 that your overall skin score was at least 2 points worse/,
    );
    expect(a.settle).not.toBeNull();
    expect(a.verdict.nextSteps[0]).toMatch(
      new RegExp(
        `^(Even r|R)unning (the same trial again|it again with the repeat cycle) \\(${a.settle!.days} days, about ${a.settle!.loggedDays} logged`,
      ),
    );
    expect(a.verdict.nextSteps[0]).toContain(inHundred(a.settle!.chance));
    expect(verdictText(a.verdict)).not.toMatch(/\byet\b|so far|more days/i);
  });

  it('too few logged days: not enough data, without a guess at figures', () => {
    const a = analyzeTrial(
      trialInput([
        { kind: 'baseline', values: [5, null, null] },
        { kind: 'elimination', values: [3, 4] },
      ]),
    );
    expect(a.verdict.kind).toBe('not-enough-data');
    expect(a.verdict.title).toBe('Not enough data');
    expect(a.verdict.certainty).toBe(
      'There are too few logged days to say how your overall skin score differed with and without dairy.',
    );
  });

  it('reports the randomisation test in words, or says plainly why there is none', () => {
    // No transition days, so that no other possible switch lines up with the change as well as the real one.
    const specs = aba(6, 3, 6, 40).map((spec) => ({ ...spec, transitionDays: 0 }));
    const plain = analyzeTrial(trialInput(specs));
    expect(plain.verdict.details.join('\n')).toMatch(
      /chosen rather than drawn at random, so no randomisation test is possible/,
    );
    const input = trialInput(specs);
    const switchDay = input.phases[1]!.startDay;
    const days = (n: number) => Array.from({ length: n }, (_, k) => formatIso(switchDay, k - 10));
    const twenty = analyzeTrial({ ...input, randomisation: { allowedSwitchDays: days(20), switchDay } });
    expect(twenty.randomisation).toEqual({ p: null, switchDays: 20, asExtreme: null });
    expect(twenty.verdict.details.join('\n')).toMatch(
      /needs at least 21 possible switch days to reach p below 0\.05; this trial had 20, so its smallest possible p is 0\.05/,
    );
    const enough = analyzeTrial({ ...input, randomisation: { allowedSwitchDays: days(28), switchDay } });
    expect(enough.randomisation!.p).toBeLessThan(0.05);
    expect(enough.verdict.details.join('\n')).toMatch(
      /Of the 28 days the switch could have fallen on, 1 \(your own among them\)/,
    );
  });

  it('secondary outcomes judged as a family widen their ranges', () => {
    const one = analyzeTrial(trialInput(aba(6, 4, 6)));
    const three = analyzeTrial(trialInput(aba(6, 4, 6), { family: 3 }));
    expect(three.look.rangeLevel).toBeCloseTo(1 - 0.05 / 3, 12);
    expect(three.effect!.ci[1] - three.effect!.ci[0]).toBeGreaterThan(one.effect!.ci[1] - one.effect!.ci[0]);
    expect(three.verdict.details.join('\n')).toMatch(/3 scores are watched beside the main one/);
  });
});

function formatIso(day: string, offset: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

describe('formatting', () => {
  it('formats points with one decimal and a real minus sign', () => {
    expect(formatPoints(1.25)).toBe('1.3');
    expect(formatPoints(-0.04)).toBe('0.0');
    expect(formatPoints(-2)).toBe('\u22122.0');
  });

  it('says every change as better or worse, ranges included', () => {
    expect(changeWords(2.94)).toBe('2.9 worse');
    expect(changeWords(-0.44)).toBe('0.4 better');
    expect(changeWords(0.02)).toBe('about the same');
    expect(rangeWords([1.04, 4.8])).toBe('1.0 to 4.8 worse');
    expect(rangeWords([-4.8, -1.04])).toBe('1.0 to 4.8 better');
    expect(rangeWords([-1.5, 0.7])).toBe('from 1.5 better to 0.7 worse');
    expect(rangeWords([-0.02, 0.9])).toBe('0.0 to 0.9 worse');
    expect(amount(2, 'points')).toBe('2 points');
    expect(amount(1, 'spots')).toBe('1 spot');
    expect(amount(1.5, 'spots')).toBe('1.5 spots');
  });

  it('chances in n out of 100, never 0 or 100, with words on the IPCC scale', () => {
    expect(inHundred(0.967)).toBe('about 97 in 100');
    expect(inHundred(0.9951)).toBe('more than 99 in 100');
    expect(inHundred(0.004)).toBe('fewer than 1 in 100');
    expect([0.995, 0.93, 0.7, 0.5, 0.2, 0.05, 0.001].map(likelihoodWord)).toEqual([
      'Almost certain',
      'Very likely',
      'Likely',
      'About as likely as not',
      'Unlikely',
      'Very unlikely',
      'Almost certainly not',
    ]);
  });

  it('says how alike neighbouring days were in words that fit the figure', () => {
    expect([0.8, 0.35, 0.07, -0.4].map(alikeWords)).toEqual([
      'Neighbouring days were much alike',
      'Neighbouring days were somewhat alike',
      'Neighbouring days were hardly alike',
      'A day tended to swing the other way from the day before',
    ]);
  });

  it('names scores and days for people', () => {
    expect(scoreName(trialInput([]))).toBe('overall skin score');
    expect(formatDay('2025-03-03')).toBe('3 March 2025');
  });
});
