// The shapes of a trial analysis. The trial service builds a TrialAnalysisInput from the journal; everything
// downstream of it (statistics, verdict, wording) is pure and deterministic for a given seed.
import type { PhaseKind } from '../protocol/plan';

export type { PhaseKind };

export interface PhaseData {
  id: number;
  kind: PhaseKind;
  /** 1, 2, … for A-B-A-B repeats. */
  cycle: number;
  /** For the person, e.g. "Elimination (cycle 2)". */
  label: string;
  /** Inclusive YYYY-MM-DD. */
  startDay: string;
  endDay: string;
  /** The first N days of the phase are excluded from comparison while the skin adjusts. */
  transitionDays: number;
  /** One entry per day in [startDay, endDay]; null = not logged. Entries outside the phase are ignored. */
  series: { day: string; value: number | null }[];
}

export interface TrialAnalysisInput {
  /** "dairy", "added sugar and refined carbs", or a custom name. */
  food: string;
  outcome: { key: string; label: string; higherIsWorse: boolean };
  /** Minimal important difference in points (default 2). */
  mid: number;
  /** In time order. */
  phases: PhaseData[];
  /** The switch into elimination, drawn at random from a set fixed in advance. */
  randomisation: { allowedSwitchDays: string[]; switchDay: string } | null;
  /** Supplements started or stopped, new products, illness … during the phases. */
  confounders: { day: string; description: string }[];
  seed: number;
  /** Bootstrap resamples, default 5000. */
  resamples?: number;
}

export interface PhaseStats {
  phaseId: number;
  label: string;
  /** Calendar days in the phase. */
  days: number;
  /** Days left after the declared transition days are dropped (the comparison window). */
  usableDays: number;
  /** Days in the comparison window with a score. */
  loggedDays: number;
  /** loggedDays / usableDays (0 when there are no usable days). */
  loggedShare: number;
  mean: number | null;
  /** Sample SD (n − 1); null below 2 scores. */
  sd: number | null;
  /** Lag-1 autocorrelation as used, clamped to [0, 0.9]; null below 2 scores. */
  lag1: number | null;
  /** n·(1 − r)/(1 + r). */
  nEff: number | null;
  /** Added: lag-1 autocorrelation before clamping (may be negative). */
  lag1Raw: number | null;
  /** Added: which kind of phase this is. */
  kind: PhaseKind;
  /** Added: the first day of the comparison window (after transition days). */
  firstUsableDay: string;
}

export type ComparisonKind = 'elimination-vs-baseline' | 'reintroduction-vs-elimination';

export interface Comparison {
  kind: ComparisonKind;
  cycle: number;
  before: PhaseStats;
  after: PhaseStats;
  enoughData: boolean;
  /** Plain words, one per shortfall. */
  notEnoughReasons: string[];
  /** mean(after) − mean(before), in points of the scale. */
  difference: number | null;
  /** difference / s_pooled (secondary figure). */
  standardisedDifference: number | null;
  /** Autocorrelation-corrected 95% interval for the difference (research §3a). */
  ci: [number, number] | null;
  /** Circular block bootstrap 95% interval (§3b), seeded. */
  bootstrapCi: [number, number] | null;
  /** P(effect of the food ≥ MID in the worsening direction) (§3e). */
  probabilityMeaningful: number | null;
  /** Randomisation test (§3c); only when randomisation was given and at least 20 switch days were possible. */
  randomisationP: number | null;
  /** Added: pooled SD of the two phases. */
  pooledSd: number | null;
  /** Added: standard error of the difference with effective sample sizes. */
  se: number | null;
  /** Added: degrees of freedom used for the t quantile, max(1, n_effA + n_effB − 2). */
  df: number | null;
  /**
   * Added: the difference re-oriented as "how much worse with the food": positive means the score was worse
   * while the food was eaten (for elimination-vs-baseline that is the baseline; for reintroduction the later phase).
   */
  foodEffect: number | null;
  /** Added: the ci in the same orientation as foodEffect, low to high. */
  foodEffectCi: [number, number] | null;
  /** Added: how many switch days the randomisation test used (null when no test was possible). */
  randomisationSwitchDays: number | null;
}

export type VerdictKind = 'not-enough-data' | 'looks-like-a-trigger' | 'no-meaningful-difference' | 'inconclusive';

export interface Verdict {
  kind: VerdictKind;
  title: string;
  summary: string;
  details: string[];
  caveats: string[];
  nextSteps: string[];
}

export interface TrialAnalysis {
  comparisons: Comparison[];
  verdict: Verdict;
}
