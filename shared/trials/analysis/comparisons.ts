// The figures the verdict reads: the food effect (every food phase against every elimination, weighted so a
// steady drift cancels) and each switch (a phase against the one right before it), all from the one model.

import {
  contrastPosterior,
  centralRange,
  probabilityAbove,
  probabilityBelow,
  type ContrastPosterior,
} from './posterior';
import { phaseCentre, phaseCount, type TrialModel } from './trialModel';
import { effectWeights } from './weights';
import type { Comparison, ComparisonKind, Estimate, FoodEffect, Look, PhaseData, TrialAnalysisInput } from './types';

export const DEFAULT_MID = 2;

/** Reported probabilities stay this far from 0 and 1: the model never makes either certain. */
export const PROBABILITY_FLOOR = 1e-6;

export function resolvedMid(mid: number): number {
  return Number.isFinite(mid) && mid > 0 ? mid : DEFAULT_MID;
}

function bounded(p: number): number {
  return Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));
}

export interface PhasePair {
  kind: ComparisonKind;
  before: number;
  after: number;
}

/**
 * Each phase against the one right before it: an elimination with the baseline or with the reintroduction of
 * the previous cycle (both are "eating the food" phases), a reintroduction with the elimination before it.
 * Indexes into the phases, which are in time order.
 */
export function phasePairs(phases: readonly Pick<PhaseData, 'kind'>[]): PhasePair[] {
  const pairs: PhasePair[] = [];
  for (let i = 1; i < phases.length; i++) {
    const before = phases[i - 1]!.kind;
    const after = phases[i]!.kind;
    if (after === 'elimination' && (before === 'baseline' || before === 'reintroduction')) {
      pairs.push({ kind: 'elimination-vs-baseline', before: i - 1, after: i });
    } else if (after === 'reintroduction' && before === 'elimination') {
      pairs.push({ kind: 'reintroduction-vs-elimination', before: i - 1, after: i });
    }
  }
  return pairs;
}

/** +1 when a positive difference (after − before) means "worse with the food", else −1. */
export function foodEffectSign(kind: ComparisonKind, higherIsWorse: boolean): 1 | -1 {
  const foodIsAfter = kind === 'reintroduction-vs-elimination';
  return foodIsAfter === higherIsWorse ? 1 : -1;
}

/** Every summary of a posterior already oriented as "worse with the food". */
export function summarise(post: ContrastPosterior, mid: number, rangeLevel: number): Estimate {
  const meaningful = probabilityAbove(post, mid);
  const better = probabilityBelow(post, -mid);
  return {
    estimate: post.mean,
    ci: centralRange(post, rangeLevel),
    sd: post.sd,
    probabilityWorse: bounded(probabilityAbove(post, 0)),
    probabilityMeaningful: bounded(meaningful),
    probabilityWithin: bounded(1 - meaningful - better),
    probabilityMeaningfullyBetter: bounded(better),
  };
}

export interface EffectFigures {
  effect: FoodEffect;
  posterior: ContrastPosterior;
  /** The contrast over the model's phases, oriented as worse with the food. */
  contrast: number[];
}

/** The food effect over every phase in the model; null without a food phase and an elimination in it. */
export function foodEffect(model: TrialModel, input: TrialAnalysisInput, look: Look): EffectFigures | null {
  const { fit, data } = model;
  if (fit === null || data === null) return null;
  const members = model.members.map((i) => model.figures[i]!.stats);
  const weights = effectWeights(
    members.map((s, m) => ({ food: s.kind !== 'elimination', centre: phaseCentre(data, m), n: phaseCount(data, m) })),
  );
  if (weights === null) return null;
  const orient = input.outcome.higherIsWorse ? 1 : -1;
  const contrast = weights.c.map((x) => orient * x);
  const posterior = contrastPosterior(fit, contrast);
  const summary = summarise(posterior, resolvedMid(input.mid), look.rangeLevel);
  return {
    effect: {
      ...summary,
      decisionRange: look.level === look.rangeLevel ? summary.ci : centralRange(posterior, look.level),
      weights: members.map((s, m) => ({ phaseId: s.phaseId, weight: weights.c[m]! })),
      driftBalanced: weights.balanced,
    },
    posterior,
    contrast,
  };
}

/** Every switch of the trial, in time order; figures stay null when a phase is not in the model. */
export function switches(model: TrialModel, input: TrialAnalysisInput, look: Look): Comparison[] {
  const phases = model.figures.map((f) => f.stats);
  const mid = resolvedMid(input.mid);
  return phasePairs(phases).map((pair) => {
    const before = phases[pair.before]!;
    const after = phases[pair.after]!;
    const comparison: Comparison = {
      kind: pair.kind,
      cycle: after.cycle,
      before,
      after,
      difference: null,
      ci: null,
      food: null,
      decisionRange: null,
    };
    const a = model.modelIndex[pair.before]!;
    const b = model.modelIndex[pair.after]!;
    if (model.fit === null || a < 0 || b < 0) return comparison;
    const raw = new Array<number>(model.fit.k).fill(0);
    raw[a] = -1;
    raw[b] = 1;
    const sign = foodEffectSign(pair.kind, input.outcome.higherIsWorse);
    const oriented = contrastPosterior(
      model.fit,
      raw.map((x) => sign * x),
    );
    const food = summarise(oriented, mid, look.rangeLevel);
    // The difference after − before is the oriented one times the sign; so is its range, mirrored when −1.
    comparison.difference = sign * food.estimate;
    comparison.ci = sign === 1 ? food.ci : [-food.ci[1], -food.ci[0]];
    comparison.food = food;
    comparison.decisionRange = look.level === look.rangeLevel ? food.ci : centralRange(oriented, look.level);
    return comparison;
  });
}
