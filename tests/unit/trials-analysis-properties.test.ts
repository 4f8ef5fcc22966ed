// Property tests (fast-check) of the trial analysis: invariances the statistics must keep whatever the data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTrial, trialAnalysisSchema, type PhaseKind, type TrialAnalysisInput } from '$shared/trials/analysis';
import { addDays } from '$shared/domain/day';
import {
  allNumbers,
  ar1Series,
  finishedSchedule,
  phasesFrom,
  trialInput,
  verdictText,
  type PhaseSpec,
} from '../fixtures/trials/builders';
import { afterWorse, changeWords, inHundred, rangeWords } from '$shared/trials/analysis/wording';

/** Text a person might type, kept clear of the banned word family so the test checks only our own words. */
const personText = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/caus/i.test(s));
const foodArb = fc.oneof(
  fc.constantFrom('dairy', 'added sugar and refined carbs', 'seed oils', 'gluten', 'eggs'),
  personText,
);
const outcomeArb = fc.record({
  key: fc.constant('outcome'),
  label: fc.oneof(
    fc.constantFrom('Overall skin', 'Itch', 'Redness or flushing', 'New spots', 'Sleep quality', 'Bloating'),
    personText,
  ),
  higherIsWorse: fc.boolean(),
  unit: fc.constantFrom('points', 'spots'),
  step: fc.constant(1),
});

const KINDS: PhaseKind[] = ['baseline', 'elimination', 'reintroduction', 'elimination', 'reintroduction'];
const CYCLES = [1, 1, 1, 2, 2];

/** A phase long and complete enough to be judged, or anything at all (short, gappy, flat, wild). */
const phaseArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      length: fc.integer({ min: 30, max: 70 }),
      transition: fc.integer({ min: 0, max: 10 }),
      level: fc.double({ min: 0, max: 10, noNaN: true }),
      phi: fc.double({ min: -0.3, max: 0.8, noNaN: true }),
      sigma: fc.double({ min: 0, max: 1.5, noNaN: true }),
      seed: fc.integer({ min: 0, max: 1e6 }),
      gapEvery: fc.constantFrom(0, 7, 9, 12),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      length: fc.integer({ min: 0, max: 70 }),
      transition: fc.integer({ min: 0, max: 25 }),
      level: fc.double({ min: 0, max: 10, noNaN: true }),
      phi: fc.double({ min: -0.5, max: 0.99, noNaN: true }),
      sigma: fc.double({ min: 0, max: 3, noNaN: true }),
      seed: fc.integer({ min: 0, max: 1e6 }),
      gapEvery: fc.integer({ min: 0, max: 12 }),
    }),
  },
);

/**
 * Whole trials: 1 to 5 phases of an A-B-A-B design. Half follow a pattern (on-food phases at one level,
 * elimination at another) so that every kind of verdict turns up; the rest have unrelated levels.
 */
const trialArb: fc.Arbitrary<TrialAnalysisInput> = fc
  .record({
    phaseCount: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(3, 5)),
    phases: fc.array(phaseArb, { minLength: 5, maxLength: 5 }),
    pattern: fc.option(
      fc.record({
        onFood: fc.double({ min: 2, max: 8, noNaN: true }),
        effect: fc.oneof(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: 2.5, max: 5, noNaN: true })),
      }),
      { nil: null },
    ),
    food: foodArb,
    outcome: outcomeArb,
    mid: fc.oneof(fc.constant(2), fc.double({ min: 0.25, max: 5, noNaN: true })),
    confounders: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 200 }), description: personText }), {
      maxLength: 3,
    }),
    randomised: fc.boolean(),
    // Mostly finished; sometimes still running, or closed early, on a day somewhere in the trial.
    stage: fc.oneof(
      { weight: 4, arbitrary: fc.constant({ status: 'finished' as const, at: 1 }) },
      {
        weight: 1,
        arbitrary: fc.record({
          status: fc.constantFrom('running' as const, 'ended-early' as const, 'abandoned' as const),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      },
    ),
    family: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  })
  .map((t) => {
    const specs: PhaseSpec[] = t.phases.slice(0, t.phaseCount).map((p, i) => {
      const kind = KINDS[i]!;
      const level =
        t.pattern === null ? p.level : kind === 'elimination' ? t.pattern.onFood - t.pattern.effect : t.pattern.onFood;
      return {
        kind,
        cycle: CYCLES[i]!,
        transitionDays: p.transition,
        values: ar1Series(p.length, level, p.seed, p.phi, p.sigma).map((v, k) =>
          p.gapEvery > 0 && k % p.gapEvery === 0 ? null : v,
        ),
      };
    });
    const planned = phasesFrom(specs);
    const start = planned[0]!.startDay;
    const end = planned[planned.length - 1]!.endDay;
    const span = Math.max(0, planned.reduce((n, p) => n + p.series.length, 0) - 1);
    const asOf = t.stage.status === 'finished' ? end : addDays(start, Math.floor(t.stage.at * span));
    // Nothing is logged after the day the figures run to.
    const phases = planned.map((p) => ({ ...p, series: p.series.filter((e) => e.day <= asOf) }));
    const schedule = { ...finishedSchedule(planned), status: t.stage.status, asOf };
    const switchDay = phases[1]?.startDay ?? start;
    return {
      food: t.food,
      outcome: t.outcome,
      mid: t.mid,
      phases,
      schedule,
      randomisation: t.randomised
        ? { allowedSwitchDays: Array.from({ length: 24 }, (_, k) => addDays(switchDay, k - 12)), switchDay }
        : null,
      confounders: t.confounders.map((c) => ({ day: addDays(start, c.offset), description: c.description })),
      ...(t.family === undefined ? {} : { family: t.family }),
    };
  });

const RUNS = { numRuns: 150 };

/** Signed "how much worse": "2.9 points worse" → 2.9, "0.4 spots better" → −0.4, "about the same" → 0. */
function signed(amount: string, word: string): number {
  return word === 'better' ? -Number(amount) : Number(amount);
}

/**
 * Every sentence of the form "… was X points worse/better … (95% range …)" read back: the figure in words must
 * lie inside its range in words, and both must point the way their words say.
 */
function readBack(text: string): { value: number; low: number; high: number }[] {
  const found: { value: number; low: number; high: number }[] = [];
  const sentence =
    /was (?:(about the same)|(\d+\.\d) (?:points|spots) (worse|better))[^(]*\(\d+(?:\.\d)?% range (?:from (\d+\.\d) better to (\d+\.\d) worse|(\d+\.\d) to (\d+\.\d) (worse|better)|within 0\.1 either way)\)/g;
  for (const m of text.matchAll(sentence)) {
    const value = m[1] ? 0 : signed(m[2]!, m[3]!);
    let low: number;
    let high: number;
    if (m[4]) [low, high] = [-Number(m[4]), Number(m[5])];
    else if (m[6]) {
      const a = signed(m[6], m[8]!);
      const b = signed(m[7]!, m[8]!);
      [low, high] = [Math.min(a, b), Math.max(a, b)];
    } else [low, high] = [-0.05, 0.05];
    found.push({ value, low, high });
  }
  return found;
}

describe('trial analysis properties', () => {
  it('adding a constant to every score moves the levels by it and leaves every difference and chance alone', () => {
    fc.assert(
      fc.property(trialArb, fc.double({ min: -3, max: 3, noNaN: true }), (input, c) => {
        const shifted = {
          ...input,
          phases: input.phases.map((p) => ({
            ...p,
            series: p.series.map((e) => ({ ...e, value: e.value === null ? null : e.value + c })),
          })),
        };
        const a = analyzeTrial(input);
        const b = analyzeTrial(shifted);
        expect(b.verdict.kind).toBe(a.verdict.kind);
        if (a.effect === null) {
          expect(b.effect).toBeNull();
          return;
        }
        expect(b.effect!.estimate).toBeCloseTo(a.effect.estimate, 7);
        expect(b.effect!.ci[0]).toBeCloseTo(a.effect.ci[0], 7);
        expect(b.effect!.probabilityMeaningful).toBeCloseTo(a.effect.probabilityMeaningful, 7);
        a.phases.forEach((s, i) => {
          if (s.level !== null) expect(b.phases[i]!.level!).toBeCloseTo(s.level + c, 7);
        });
      }),
      RUNS,
    );
  });

  it('every figure in words agrees in sign and direction with its range, and the sentence of how sure quotes the chances', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const a = analyzeTrial(input);
        const v = a.verdict;
        for (const line of [v.summary, ...v.details]) {
          for (const r of readBack(line)) {
            expect(r.low).toBeLessThanOrEqual(r.high);
            expect(r.value).toBeGreaterThanOrEqual(r.low - 0.051);
            expect(r.value).toBeLessThanOrEqual(r.high + 0.051);
          }
        }
        const e = a.effect;
        if (e === null) return;
        // The summary states the food effect, in the words the figures table uses.
        expect(v.summary).toContain(rangeWords(e.ci));
        const words = changeWords(e.estimate);
        expect(v.summary).toContain(words === 'about the same' ? words : words.replace(' ', ` ${input.outcome.unit} `));
        for (const c of a.comparisons) {
          const w = afterWorse(c, input);
          if (w !== null) expect(v.details.some((d) => d.includes(rangeWords(w.range)))).toBe(true);
        }
        switch (v.kind) {
          case 'looks-like-a-trigger':
            expect(e.ci[0]).toBeGreaterThan(0);
            expect(e.estimate).toBeGreaterThan(0);
            expect(v.certainty).toMatch(/worse while eating/);
            expect(v.certainty).toContain(
              inHundred(e.probabilityMeaningful >= 0.5 ? e.probabilityMeaningful : e.probabilityWorse),
            );
            expect(v.certainty).not.toMatch(/better/);
            break;
          case 'no-meaningful-difference':
            expect(v.certainty).toContain(inHundred(e.probabilityWithin));
            expect(v.certainty).toMatch(/less than .* either way/);
            break;
          default:
            if (e.ci[1] < 0) {
              expect(e.estimate).toBeLessThan(0);
              expect(v.certainty).toMatch(/better, not worse/);
              expect(v.certainty).toContain(inHundred(1 - e.probabilityWorse));
            } else {
              expect(v.certainty).toContain(`${inHundred(e.probabilityMeaningful)} that your`);
              expect(v.certainty).toContain(inHundred(e.probabilityWithin));
            }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never says "cause", names every noted change, keeps ranges wide and chances short of certainty', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const a = analyzeTrial(input);
        const text = verdictText(a.verdict);
        expect(text.toLowerCase()).not.toContain('caus');
        expect(text).not.toMatch(/NaN|undefined|Infinity|\bnull\b|\[object/);
        for (const c of input.confounders) expect(a.verdict.caveats.join('\n')).toContain(c.description.trim());
        expect(allNumbers(a).every(Number.isFinite)).toBe(true);
        expect(() => trialAnalysisSchema.parse(a)).not.toThrow(); // ranges low < high, chances strictly in (0, 1)
        expect(text).not.toMatch(/\b100 in 100|\b0 in 100/);
      }),
      { numRuns: 400 },
    );
  });

  it('a finished or closed trial never says "yet", "so far" or "more days"; a running one shows no chances before its look', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const a = analyzeTrial(input);
        const text = verdictText(a.verdict);
        if (input.schedule.status !== 'running') expect(text).not.toMatch(/\byet\b|so far|more days|needs \d+ more/i);
        if (a.look.kind === 'waiting') {
          expect(a.verdict.kind).toBe('waiting');
          expect(text).not.toMatch(/\d+ in 100|% range/);
          expect([a.effect, a.model, a.settle, a.randomisation]).toEqual([null, null, null, null]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the generated trials reach every kind of verdict (so the wording checks cover them all)', () => {
    const kinds = new Set(fc.sample(trialArb, { numRuns: 500, seed: 42 }).map((t) => analyzeTrial(t).verdict.kind));
    expect(kinds).toEqual(
      new Set(['waiting', 'not-enough-data', 'looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive']),
    );
  });

  it('is deterministic, and a day missing from the series is the same as a day logged as nothing', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const a = analyzeTrial(input);
        expect(analyzeTrial(structuredClone(input))).toEqual(a);
        const dropped = {
          ...input,
          phases: input.phases.map((p) => ({ ...p, series: p.series.filter((e) => e.value !== null) })),
        };
        expect(analyzeTrial(dropped)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('turning the scale round (higher is better) mirrors every "worse with the food" figure, and nothing else', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const flipped = { ...input, outcome: { ...input.outcome, higherIsWorse: !input.outcome.higherIsWorse } };
        const a = analyzeTrial(input);
        const b = analyzeTrial(flipped);
        if (a.effect === null) return;
        expect(b.effect!.estimate).toBeCloseTo(-a.effect.estimate, 8);
        expect(b.effect!.ci[0]).toBeCloseTo(-a.effect.ci[1], 8);
        expect(b.effect!.probabilityWorse).toBeCloseTo(1 - a.effect.probabilityWorse, 6);
        a.comparisons.forEach((c, i) => {
          if (c.difference !== null) expect(b.comparisons[i]!.difference!).toBeCloseTo(c.difference, 8);
        });
      }),
      RUNS,
    );
  });
});

describe('one trial, step by step', () => {
  it('a clear effect over a full cycle: looks like a trigger, with the sentence of how sure first', () => {
    const input = trialInput([
      { kind: 'baseline', values: ar1Series(21, 6.5, 1, 0.5, 1) },
      { kind: 'elimination', values: ar1Series(42, 3, 2, 0.5, 1), transitionDays: 7 },
      { kind: 'reintroduction', values: ar1Series(21, 6.5, 3, 0.5, 1), transitionDays: 7 },
    ]);
    const a = analyzeTrial(input);
    expect(a.verdict.kind).toBe('looks-like-a-trigger');
    expect(a.verdict.certainty).toMatch(
      /^(Very likely|Almost certain) \((about \d+|more than 99) in 100\) that your overall skin score was at least 2 points worse while eating dairy than while avoiding it\.$/,
    );
    expect(a.effect!.driftBalanced).toBe(true);
  });
});
