// Which phases are compared, and every figure of one comparison. The verdict (verdict.ts) only reads these.

import { correctedDifference, probabilityAtLeast } from './autocorrelation';
import { blockBootstrapInterval } from './bootstrap';
import { randomisationTest } from './randomisation';
import { phaseFigures, shortfalls, type PhaseFigures } from './stats';
import type { Comparison, ComparisonKind, PhaseData, TrialAnalysisInput } from './types';

export const DEFAULT_RESAMPLES = 5000;
export const DEFAULT_MID = 2;

export interface PhasePair {
  kind: ComparisonKind;
  before: PhaseData;
  after: PhaseData;
}

/**
 * Each phase is compared with the one right before it: an elimination with the baseline or with the
 * reintroduction of the previous cycle (both are "eating the food" phases: the B-after-A of A-B-A-B), a
 * reintroduction with the elimination before it. Other neighbours (e.g. two baselines) are not compared.
 */
export function phasePairs(phases: readonly PhaseData[]): PhasePair[] {
  const ordered = [...phases].sort((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : 0));
  const pairs: PhasePair[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1]!;
    const after = ordered[i]!;
    if (after.kind === 'elimination' && (before.kind === 'baseline' || before.kind === 'reintroduction')) {
      pairs.push({ kind: 'elimination-vs-baseline', before, after });
    } else if (after.kind === 'reintroduction' && before.kind === 'elimination') {
      pairs.push({ kind: 'reintroduction-vs-elimination', before, after });
    }
  }
  return pairs;
}

/** +1 when a positive difference (after − before) means "worse with the food", else −1. */
export function foodEffectSign(kind: ComparisonKind, higherIsWorse: boolean): 1 | -1 {
  const foodIsAfter = kind === 'reintroduction-vs-elimination';
  return foodIsAfter === higherIsWorse ? 1 : -1;
}

/** A per-comparison seed, so comparisons do not share one random stream yet all follow from the trial seed. */
export function comparisonSeed(seed: number, index: number): number {
  const base = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return (base ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}

export function resolvedMid(mid: number): number {
  return Number.isFinite(mid) && mid >= 0 ? mid : DEFAULT_MID;
}

export function resolvedResamples(resamples: number | undefined): number {
  if (resamples === undefined || !Number.isFinite(resamples)) return DEFAULT_RESAMPLES;
  return Math.max(0, Math.min(1_000_000, Math.floor(resamples)));
}

function compare(
  pair: PhasePair,
  index: number,
  input: TrialAnalysisInput,
  figures: (phase: PhaseData) => PhaseFigures,
): Comparison {
  const a = figures(pair.before);
  const b = figures(pair.after);
  const reasons = [...shortfalls(a.stats), ...shortfalls(b.stats)];
  const comparison: Comparison = {
    kind: pair.kind,
    cycle: pair.after.cycle,
    before: a.stats,
    after: b.stats,
    enoughData: reasons.length === 0,
    notEnoughReasons: reasons,
    difference: null,
    standardisedDifference: null,
    ci: null,
    bootstrapCi: null,
    probabilityMeaningful: null,
    randomisationP: null,
    pooledSd: null,
    se: null,
    df: null,
    foodEffect: null,
    foodEffectCi: null,
    randomisationSwitchDays: null,
  };
  const { stats: sa } = a;
  const { stats: sb } = b;
  if (sa.mean === null || sb.mean === null || sa.nEff === null || sb.nEff === null) return comparison;
  if (a.sumSquares === null || b.sumSquares === null) return comparison;

  const corrected = correctedDifference(
    { n: sa.loggedDays, mean: sa.mean, sumSquares: a.sumSquares, nEff: sa.nEff },
    { n: sb.loggedDays, mean: sb.mean, sumSquares: b.sumSquares, nEff: sb.nEff },
  );
  const sign = foodEffectSign(pair.kind, input.outcome.higherIsWorse);
  const foodEffect = sign * corrected.difference;
  const [low, high] = corrected.ci;
  comparison.difference = corrected.difference;
  comparison.standardisedDifference = corrected.standardisedDifference;
  comparison.ci = corrected.ci;
  comparison.pooledSd = corrected.pooledSd;
  comparison.se = corrected.se;
  comparison.df = corrected.df;
  comparison.foodEffect = foodEffect;
  comparison.foodEffectCi = sign === 1 ? [low, high] : [-high, -low];
  comparison.probabilityMeaningful = probabilityAtLeast(foodEffect, corrected.se, resolvedMid(input.mid));
  comparison.bootstrapCi = blockBootstrapInterval(
    a.span.values,
    sa.mean,
    b.span.values,
    sb.mean,
    resolvedResamples(input.resamples),
    comparisonSeed(input.seed, index),
  );

  const r = input.randomisation;
  if (r !== null && pair.kind === 'elimination-vs-baseline' && pair.after.startDay === r.switchDay) {
    const test = randomisationTest(pair.before, sa.firstUsableDay, pair.after, r.allowedSwitchDays, r.switchDay);
    if (test !== null) {
      comparison.randomisationP = test.p;
      comparison.randomisationSwitchDays = test.switchDays;
    }
  }
  return comparison;
}

/** Every comparison of the trial, in time order. */
export function compareAll(input: TrialAnalysisInput): Comparison[] {
  const cache = new Map<PhaseData, PhaseFigures>();
  const figures = (phase: PhaseData): PhaseFigures => {
    let f = cache.get(phase);
    if (f === undefined) {
      f = phaseFigures(phase);
      cache.set(phase, f);
    }
    return f;
  };
  return phasePairs(input.phases).map((pair, index) => compare(pair, index, input, figures));
}
