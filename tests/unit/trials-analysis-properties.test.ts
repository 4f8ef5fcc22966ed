// Property tests (fast-check) of the trial analysis: invariances the statistics must keep whatever the data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTrial, trialAnalysisSchema, type PhaseKind, type TrialAnalysisInput } from '$shared/trials/analysis';
import { addDays } from '$shared/domain/day';
import {
  allNumbers,
  ar1Series,
  phasesFrom,
  trialInput,
  verdictText,
  type PhaseSpec,
} from '../fixtures/trials/builders';

// Scores as a person logs them: whole points or hundredths. (Arbitrary doubles such as 1e-162 only test
// floating-point underflow in r = Σe·e/Σe², not the statistics.)
const score = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
);
const days = (min: number, max: number, missing = 6): fc.Arbitrary<(number | null)[]> =>
  fc.array(fc.option(score, { nil: null, freq: missing }), { minLength: min, maxLength: max });
const logged = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);

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
    seed: fc.integer(),
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
    const phases = phasesFrom(specs);
    const start = phases[0]!.startDay;
    const switchDay = phases[1]?.startDay ?? start;
    return {
      food: t.food,
      outcome: t.outcome,
      mid: t.mid,
      phases,
      randomisation: t.randomised
        ? { allowedSwitchDays: Array.from({ length: 24 }, (_, k) => addDays(switchDay, k - 12)), switchDay }
        : null,
      confounders: t.confounders.map((c) => ({ day: addDays(start, c.offset), description: c.description })),
      seed: t.seed,
      resamples: 200,
    };
  });

const RUNS = { numRuns: 150 };

describe('trial analysis properties', () => {
  it('shifting the "after" phase by c shifts the difference and its interval by c, leaving the SE alone', () => {
    fc.assert(
      fc.property(days(2, 50), days(2, 50), fc.double({ min: -5, max: 5, noNaN: true }), (before, after, c) => {
        fc.pre(logged(before).length >= 2 && logged(after).length >= 2);
        const base = analyzeTrial(
          trialInput([
            { kind: 'baseline', values: before },
            { kind: 'elimination', values: after },
          ]),
        ).comparisons[0]!;
        const shifted = analyzeTrial(
          trialInput([
            { kind: 'baseline', values: before },
            { kind: 'elimination', values: after.map((v) => (v === null ? null : v + c)) },
          ]),
        ).comparisons[0]!;
        expect(shifted.difference! - base.difference!).toBeCloseTo(c, 9);
        expect(shifted.ci![0] - base.ci![0]).toBeCloseTo(c, 8);
        expect(shifted.ci![1] - base.ci![1]).toBeCloseTo(c, 8);
        expect(shifted.se!).toBeCloseTo(base.se!, 9);
        expect(shifted.bootstrapCi![0] - base.bootstrapCi![0]).toBeCloseTo(c, 8);
      }),
      RUNS,
    );
  });

  it('constant series give zero difference, point intervals and no NaN anywhere', () => {
    fc.assert(
      fc.property(
        score,
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (v, lengths, gap) => {
          const specs: PhaseSpec[] = lengths.map((n, i) => ({
            kind: KINDS[i]!,
            cycle: CYCLES[i]!,
            values: Array.from({ length: n }, (_, k) => (gap > 0 && k % (gap + 3) === 0 ? null : v)),
          }));
          const a = analyzeTrial(trialInput(specs));
          for (const c of a.comparisons) {
            if (c.difference === null) continue;
            expect(c.difference).toBe(0);
            expect(c.ci).toEqual([0, 0]);
            expect(c.bootstrapCi).toEqual([0, 0]);
            expect(c.probabilityMeaningful).toBe(0);
            expect(c.standardisedDifference).toBeNull();
          }
          expect(allNumbers(a).every(Number.isFinite)).toBe(true);
          if (a.comparisons.length > 0 && a.comparisons.every((c) => c.enoughData))
            expect(a.verdict.kind).toBe('no-meaningful-difference');
        },
      ),
      RUNS,
    );
  });

  it('missing days never crash and never count as zeros: leaving them out of the series changes nothing', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const a = analyzeTrial(input);
        const dropped = analyzeTrial({
          ...input,
          phases: input.phases.map((p) => ({ ...p, series: p.series.filter((e) => e.value !== null) })),
        });
        expect(dropped).toEqual(a);
        for (const c of a.comparisons) {
          for (const [stats, phase] of [
            [c.before, input.phases.find((p) => p.id === c.before.phaseId)!],
            [c.after, input.phases.find((p) => p.id === c.after.phaseId)!],
          ] as const) {
            const window = phase.series.filter((e) => e.day >= stats.firstUsableDay).map((e) => e.value);
            const values = logged(window);
            expect(stats.loggedDays).toBe(values.length);
            if (values.length > 0)
              expect(stats.mean!).toBeCloseTo(values.reduce((s, x) => s + x, 0) / values.length, 9);
          }
        }
      }),
      RUNS,
    );
  });

  it('any compared phase shorter than 14 usable days gives "not-enough-data"', () => {
    fc.assert(
      fc.property(trialArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 13 }), (input, which, usable) => {
        fc.pre(input.phases.length >= 2);
        const index = Math.min(which, input.phases.length - 1);
        const phases = phasesFrom(
          input.phases.map((p, i) => {
            const values = p.series.map((e) => e.value);
            if (i !== index) return { kind: p.kind, cycle: p.cycle, transitionDays: p.transitionDays, values };
            const length = p.transitionDays + usable;
            return {
              kind: p.kind,
              cycle: p.cycle,
              transitionDays: p.transitionDays,
              values: Array.from({ length }, (_, k) => values[k] ?? 5),
            };
          }),
        );
        const a = analyzeTrial({ ...input, phases });
        expect(a.verdict.kind).toBe('not-enough-data');
        expect(a.comparisons.some((c) => !c.enoughData)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the verdict never says "cause" (nor "because"), always names the noted changes, and holds no NaN', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const a = analyzeTrial(input);
        const text = verdictText(a.verdict);
        expect(text.toLowerCase()).not.toContain('caus');
        expect(text).not.toMatch(/NaN|undefined|Infinity|\bnull\b|\[object/);
        for (const c of input.confounders) expect(a.verdict.caveats.join('\n')).toContain(c.description.trim());
        expect(allNumbers(a).every(Number.isFinite)).toBe(true);
        expect(() => trialAnalysisSchema.parse(a)).not.toThrow();
        for (const c of a.comparisons) {
          if (c.ci !== null) expect(c.ci[0]).toBeLessThanOrEqual(c.ci[1]);
          if (c.probabilityMeaningful !== null) expect(c.probabilityMeaningful).toBeGreaterThanOrEqual(0);
          if (c.randomisationP !== null) expect(c.randomisationSwitchDays).toBeGreaterThanOrEqual(20);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the generated trials reach every kind of verdict (so the wording checks cover them all)', () => {
    const kinds = new Set(fc.sample(trialArb, { numRuns: 400, seed: 42 }).map((t) => analyzeTrial(t).verdict.kind));
    expect(kinds).toEqual(
      new Set(['not-enough-data', 'looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive']),
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        expect(analyzeTrial(input)).toEqual(analyzeTrial(structuredClone(input)));
      }),
      { numRuns: 40 },
    );
  });

  it('the bootstrap interval contains the estimate for well-behaved data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 20, max: 90 }),
        fc.integer(),
        (seed, n, trialSeed) => {
          const input = trialInput(
            [
              { kind: 'baseline', values: ar1Series(n, 5, seed, 0.3) },
              { kind: 'elimination', values: ar1Series(n, 4, seed + 1, 0.3) },
            ],
            { seed: trialSeed, resamples: 1000 },
          );
          const c = analyzeTrial(input).comparisons[0]!;
          expect(c.bootstrapCi![0]).toBeLessThanOrEqual(c.difference!);
          expect(c.bootstrapCi![1]).toBeGreaterThanOrEqual(c.difference!);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('higherIsWorse only flips the orientation: same difference, mirrored food effect', () => {
    fc.assert(
      fc.property(trialArb, (input) => {
        const worse = analyzeTrial({ ...input, outcome: { ...input.outcome, higherIsWorse: true } });
        const better = analyzeTrial({ ...input, outcome: { ...input.outcome, higherIsWorse: false } });
        worse.comparisons.forEach((c, i) => {
          const d = better.comparisons[i]!;
          expect(d.difference).toBe(c.difference);
          expect(d.ci).toEqual(c.ci);
          if (c.foodEffect !== null) expect(d.foodEffect).toBe(-c.foodEffect);
        });
      }),
      { numRuns: 60 },
    );
  });
});
