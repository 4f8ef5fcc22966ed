// The verdict rules (verdict.ts) at their boundaries, and the words a person reads (wording.ts, explain.ts).

import { describe, expect, it } from 'vitest';
import { analyzeTrial, trialAnalysisSchema, type Comparison, type PhaseStats } from '$shared/trials/analysis';
import { explain } from '$shared/trials/analysis/explain';
import { judge } from '$shared/trials/analysis/verdict';
import { formatDay, formatPoints, rangePhrase, scoreName } from '$shared/trials/analysis/wording';
import { addDays } from '$shared/domain/day';
import { ar1Series, trialInput, type PhaseSpec } from '../fixtures/trials/builders';

const wave = (level: number, n: number, amplitude = 0.5): number[] =>
  Array.from({ length: n }, (_, i) => Math.round((level + amplitude * Math.sin(i * 2.1)) * 100) / 100);

const ab = (baseline: number, elimination: number, reintroduction: number, n = 28): PhaseSpec[] => [
  { kind: 'baseline', values: wave(baseline, n) },
  { kind: 'elimination', values: wave(elimination, n + 7), transitionDays: 7 },
  { kind: 'reintroduction', values: wave(reintroduction, n + 3), transitionDays: 3 },
];

// ---------------------------------------------------------------------------------------------- judge()

const stats = (id: number): PhaseStats => ({
  phaseId: id,
  label: `Phase ${id}`,
  days: 28,
  usableDays: 28,
  loggedDays: 28,
  loggedShare: 1,
  mean: 5,
  sd: 1,
  lag1: 0.2,
  nEff: 18.7,
  lag1Raw: 0.2,
  kind: id === 1 ? 'baseline' : 'elimination',
  firstUsableDay: '2025-01-01',
});

/** A comparison with given "worse with the food" estimate and interval (higher is worse). */
function fake(
  kind: Comparison['kind'],
  foodEffect: number,
  ci: [number, number],
  cycle = 1,
  enoughData = true,
): Comparison {
  const sign = kind === 'reintroduction-vs-elimination' ? 1 : -1;
  return {
    kind,
    cycle,
    before: stats(1),
    after: stats(2),
    enoughData,
    notEnoughReasons: enoughData ? [] : ['short'],
    difference: sign * foodEffect,
    standardisedDifference: null,
    ci: sign === 1 ? ci : [-ci[1], -ci[0]],
    bootstrapCi: null,
    probabilityMeaningful: 0.5,
    randomisationP: null,
    pooledSd: 1,
    se: 0.5,
    df: 30,
    foodEffect,
    foodEffectCi: ci,
    randomisationSwitchDays: null,
  };
}
const E = (fe: number, ci: [number, number], cycle = 1): Comparison => fake('elimination-vs-baseline', fe, ci, cycle);
const R = (fe: number, ci: [number, number], cycle = 1): Comparison =>
  fake('reintroduction-vs-elimination', fe, ci, cycle);

describe('verdict rules', () => {
  it('no comparison, or any comparison short of data: not enough data', () => {
    expect(judge([], 2).kind).toBe('not-enough-data');
    expect(judge([E(3, [2, 4]), fake('reintroduction-vs-elimination', 3, [2, 4], 1, false)], 2).kind).toBe(
      'not-enough-data',
    );
  });

  it('trigger: reintroduction CI above 0, estimate ≥ MID, elimination improved', () => {
    expect(judge([E(0.1, [-1, 1.2]), R(2, [0.01, 4])], 2).kind).toBe('looks-like-a-trigger');
    expect(judge([E(0.1, [-1, 1.2]), R(2, [0, 4])], 2).kind).toBe('inconclusive'); // lower bound must be > 0
    expect(judge([E(0.1, [-1, 1.2]), R(1.99, [0.5, 3.5])], 2).kind).toBe('inconclusive'); // below MID
    expect(judge([E(0, [-1, 1]), R(3, [1, 5])], 2).kind).toBe('inconclusive'); // elimination did not improve
  });

  it('repeats must agree for a trigger; a disagreeing cycle makes it inconclusive', () => {
    const both = judge([E(2, [1, 3]), R(3, [1, 5]), E(2, [1, 3], 2), R(2.5, [0.5, 4.5], 2)], 2);
    expect(both.kind).toBe('looks-like-a-trigger');
    expect(both.settlers).toEqual([]);
    const split = judge([E(2, [1, 3]), R(3, [1, 5]), E(2, [1, 3], 2), R(0.2, [-1.5, 1.9], 2)], 2);
    expect(split.kind).toBe('inconclusive');
    expect(split.settlers).toContain('cycles-disagree');
  });

  it('no meaningful difference: every CI within ±MID, bounds included', () => {
    expect(judge([E(0, [-2, 2]), R(0.3, [-1, 2])], 2).kind).toBe('no-meaningful-difference');
    expect(judge([E(0, [-2, 2]), R(0.3, [-1, 2.01])], 2).kind).toBe('inconclusive');
    expect(judge([E(0.2, [-1, 1.5])], 2).kind).toBe('no-meaningful-difference'); // no reintroduction needed
  });

  it('inconclusive says what would settle it', () => {
    expect(judge([E(2.5, [0.5, 4.5])], 2).settlers).toEqual(['reintroduce', 'more-days']);
    expect(judge([E(3, [2.5, 3.5])], 2).settlers).toEqual(['reintroduce']);
    expect(judge([E(1, [0.5, 1.5]), R(1.3, [0.6, 2.1])], 2).settlers).toEqual([
      'more-days',
      'below-mid',
      'repeat-cycle',
    ]);
    expect(judge([E(-0.5, [-1.5, 0.5]), R(3, [1, 5])], 2).settlers).toEqual(
      expect.arrayContaining(['drift-suspected', 'repeat-cycle']),
    );
    expect(judge([E(1, [-1, 3]), R(1, [-1.2, 3.2])], 2).settlers).toEqual(['more-days', 'repeat-cycle']);
    expect(judge([E(1, [0.5, 1.5]), R(-3, [-4, -2.5])], 2).settlers).toEqual(['better-with-food', 'repeat-cycle']);
  });

  it('warns when the bootstrap range of a trigger reaches no change', () => {
    const r = { ...R(3, [0.5, 5.5]), bootstrapCi: [-0.2, 5] as [number, number] };
    const verdict = explain(judge([E(1, [0.2, 1.8]), r], 2), trialInput([]));
    expect(verdict.kind).toBe('looks-like-a-trigger');
    expect(verdict.caveats.join(' ')).toMatch(/second method’s range reaches no change/);
    const calm = explain(judge([E(1, [0.2, 1.8]), { ...r, bootstrapCi: [0.4, 5] }], 2), trialInput([]));
    expect(calm.caveats.join(' ')).not.toMatch(/second method/);
  });

  it('uses the default MID when the one given is not a number', () => {
    expect(judge([E(0, [-1.9, 1.9])], Number.NaN).mid).toBe(2);
  });
});

// ------------------------------------------------------------------------------------------ whole trials

describe('verdicts of whole trials', () => {
  it('a clear reintroduction effect is said with its size, its range and no causal verb', () => {
    const a = analyzeTrial(trialInput(ab(6, 3, 6)));
    expect(a.verdict.kind).toBe('looks-like-a-trigger');
    expect(a.verdict.title).toBe('Dairy: looks like a trigger for you');
    expect(a.verdict.summary).toMatch(
      /^While eating dairy again your average overall skin score was 3\.0 points higher \(95% range \d\.\d to \d\.\d\) than during the elimination\. That fits dairy affecting your overall skin; one trial cannot prove it\.$/,
    );
    expect(a.verdict.nextSteps.join(' ')).toMatch(/repeat the cycle/);
    expect(a.verdict.caveats.join(' ')).toMatch(/One switch off and on/);
    expect(trialAnalysisSchema.parse(a)).toEqual(a);
  });

  it('scales where higher is better (sleep quality) read the other way', () => {
    const a = analyzeTrial(
      trialInput(ab(7, 8.5, 5), { outcome: { key: 'sleepQuality', label: 'Sleep quality', higherIsWorse: false } }),
    );
    expect(a.verdict.kind).toBe('looks-like-a-trigger');
    expect(a.verdict.summary).toMatch(
      /3\.5 points lower \(worse; 95% range \d\.\d to \d\.\d\) than during the elimination/,
    );
    expect(a.comparisons[1]!.foodEffect).toBeCloseTo(3.5, 1);
    expect(a.comparisons[0]!.foodEffect).toBeCloseTo(1.5, 1);
    // The same data with "higher is worse" would mean eating the food helped: no trigger.
    const flipped = analyzeTrial(trialInput(ab(7, 8.5, 5)));
    expect(flipped.verdict.kind).not.toBe('looks-like-a-trigger');
  });

  it('no meaningful difference when all phases sit at the same level', () => {
    const a = analyzeTrial(trialInput(ab(4, 4.2, 4.1, 40), { food: 'seed oils' }));
    expect(a.verdict.kind).toBe('no-meaningful-difference');
    expect(a.verdict.title).toBe('No meaningful difference from seed oils');
    expect(a.verdict.summary).toMatch(/within the 2\.0 points you set as meaningful/);
  });

  it('improvement without a reintroduction yet is inconclusive and asks for the reintroduction', () => {
    const a = analyzeTrial(trialInput(ab(6, 3, 6).slice(0, 2)));
    expect(a.verdict.kind).toBe('inconclusive');
    expect(a.verdict.summary).toMatch(
      /^While avoiding dairy your average overall skin score was 3\.0 points lower \(95% range \d\.\d to \d\.\d\) than during the baseline\. Eating dairy again will show/,
    );
    expect(a.verdict.nextSteps.join(' ')).toMatch(/Eat dairy again for the reintroduction phase/);
  });

  it('worse on reintroduction without improvement while avoiding: drift is named', () => {
    const a = analyzeTrial(trialInput(ab(4, 4, 7)));
    expect(a.verdict.kind).toBe('inconclusive');
    expect(a.verdict.summary).toMatch(/drift over time/);
  });

  it('short phases: not enough data, with how many more days each phase needs', () => {
    const a = analyzeTrial(
      trialInput([
        { kind: 'baseline', values: wave(6, 10) },
        { kind: 'elimination', values: wave(3, 20), transitionDays: 10 },
      ]),
    );
    expect(a.verdict.kind).toBe('not-enough-data');
    expect(a.comparisons[0]!.notEnoughReasons).toEqual([
      'Baseline has 10 usable days so far; at least 14 are needed (4 more).',
      'Elimination has 10 usable days so far; at least 14 are needed (4 more).',
    ]);
    expect(a.verdict.nextSteps).toContain('Baseline needs 4 more days to count.');
    expect(a.comparisons[0]!.difference).not.toBeNull(); // figures still computed, just not judged
  });

  it('too few days logged: not enough data', () => {
    const values: (number | null)[] = wave(6, 28).map((v, i) => (i % 4 === 0 ? null : v));
    const a = analyzeTrial(
      trialInput([
        { kind: 'baseline', values },
        { kind: 'elimination', values: wave(3, 28) },
      ]),
    );
    expect(a.comparisons[0]!.before.loggedShare).toBe(0.75);
    expect(a.verdict.kind).toBe('not-enough-data');
    expect(a.comparisons[0]!.notEnoughReasons[0]).toBe(
      'Baseline: scores were logged on 21 of 28 days (75%); at least 80% of days need a score.',
    );
  });

  it('only a baseline: nothing to compare yet', () => {
    const a = analyzeTrial(trialInput([{ kind: 'baseline', values: wave(5, 20) }]));
    expect(a.comparisons).toEqual([]);
    expect(a.verdict.kind).toBe('not-enough-data');
    expect(a.verdict.nextSteps[0]).toMatch(/Finish the baseline, then start avoiding dairy/);
  });

  it('a second cycle in progress holds the verdict back but still reports the first', () => {
    const a = analyzeTrial(trialInput([...ab(6, 3, 6), { kind: 'elimination', cycle: 2, values: wave(3, 9) }]));
    expect(a.verdict.kind).toBe('not-enough-data');
    expect(a.verdict.details.join('\n')).toMatch(
      /While eating dairy again your average overall skin score was 3\.0 points higher/,
    );
    expect(a.verdict.details.join('\n')).not.toMatch(/cycle 2\) your average/);
  });

  it('two agreeing cycles: trigger, worded for repeats', () => {
    const a = analyzeTrial(
      trialInput([
        ...ab(6, 3, 6),
        { kind: 'elimination', cycle: 2, values: wave(3.2, 35), transitionDays: 7 },
        { kind: 'reintroduction', cycle: 2, values: wave(6.1, 31), transitionDays: 3 },
      ]),
    );
    expect(a.comparisons.map((c) => [c.kind, c.cycle])).toEqual([
      ['elimination-vs-baseline', 1],
      ['reintroduction-vs-elimination', 1],
      ['elimination-vs-baseline', 2],
      ['reintroduction-vs-elimination', 2],
    ]);
    expect(a.verdict.kind).toBe('looks-like-a-trigger');
    expect(a.verdict.summary).toMatch(/In each of your 2 cycles .* \(by 3\.0 and 2\.9 points on average\)/);
    expect(a.verdict.nextSteps.join(' ')).not.toMatch(/repeat the cycle/);
  });

  it('always names the other changes noted, in date order, and says so when there were none', () => {
    const confounders = [
      { day: '2025-03-20', description: 'New moisturiser' },
      { day: '2025-03-09', description: 'Started zinc 15 mg' },
    ];
    for (const spec of [ab(6, 3, 6), ab(4, 4, 4), ab(6, 3, 6).slice(0, 1)]) {
      const a = analyzeTrial(trialInput(spec, { confounders }));
      expect(a.verdict.caveats[0]).toBe(
        'Other changes you noted during the trial could account for part of what was seen: Started zinc 15 mg (9 March 2025); New moisturiser (20 March 2025).',
      );
    }
    expect(analyzeTrial(trialInput(ab(6, 3, 6))).verdict.caveats[0]).toMatch(/^You noted no other changes/);
    const blank = analyzeTrial(trialInput(ab(6, 3, 6), { confounders: [{ day: '2025-04-01', description: '  ' }] }));
    expect(blank.verdict.caveats[0]).toContain('a change without a note (1 April 2025)');
  });

  it('reports the randomisation test in words, or why there is none', () => {
    const spec: PhaseSpec[] = [
      { kind: 'baseline', values: ar1Series(40, 6, 3) },
      { kind: 'elimination', values: ar1Series(40, 3, 4) },
    ];
    const input = trialInput(spec);
    const switchDay = input.phases[1]!.startDay;
    const allowed = Array.from({ length: 25 }, (_, k) => addDays(switchDay, k - 15));
    const a = analyzeTrial({ ...input, randomisation: { allowedSwitchDays: allowed, switchDay } });
    expect(a.comparisons[0]!.randomisationP).toBeCloseTo(1 / 25, 12);
    expect(a.verdict.details.join('\n')).toContain(
      'Of the 25 switch days that could have been drawn, 1 would have shown a change at least this large (randomisation test p = 0.04;',
    );
    const few = analyzeTrial({ ...input, randomisation: { allowedSwitchDays: allowed.slice(0, 10), switchDay } });
    expect(few.comparisons[0]!.randomisationP).toBeNull();
    expect(few.verdict.caveats.join(' ')).toMatch(/at least 20 possible switch days/);
  });
});

describe('wording helpers', () => {
  it('formats points with one decimal and a real minus sign', () => {
    expect(formatPoints(1.84)).toBe('1.8');
    expect(formatPoints(-1.84)).toBe('\u22121.8');
    expect(formatPoints(-0.04)).toBe('0.0');
  });

  it('words ranges in the direction of the estimate', () => {
    expect(rangePhrase(1.8, [0.6, 3.0])).toBe('(95% range 0.6 to 3.0)');
    expect(rangePhrase(-1.2, [-2.1, -0.3])).toBe('(95% range 0.3 to 2.1)');
    expect(rangePhrase(0.4, [-1.5, 2.3])).toBe('(95% range from 1.5 lower to 2.3 higher)');
    expect(rangePhrase(0, [-0.01, 0.01])).toBe('(95% range within 0.1 points either way)');
    expect(rangePhrase(0.02, [-0.01, 0.3])).toBe('(95% range from no change to 0.3 higher)');
  });

  it('names scores and days for people', () => {
    const input = trialInput([]);
    expect(scoreName(input)).toBe('overall skin score');
    expect(scoreName({ ...input, outcome: { ...input.outcome, label: 'Skin score' } })).toBe('skin score');
    expect(scoreName({ ...input, outcome: { ...input.outcome, label: 'SCORAD-like' } })).toBe('SCORAD-like score');
    expect(formatDay('2025-12-01')).toBe('1 December 2025');
  });
});
