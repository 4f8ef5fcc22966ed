// The shapes of a trial analysis. The trial service builds a TrialAnalysisInput from the journal; everything
// downstream of it (model, verdict, wording) is pure and deterministic.
import type { PhaseKind } from '../protocol/plan';

export type { PhaseKind };

export interface PhaseData {
  id: number;
  kind: PhaseKind;
  /** 1, 2, … for A-B-A-B repeats. */
  cycle: number;
  /** For the person, e.g. "Elimination (repeat)". */
  label: string;
  /** Inclusive YYYY-MM-DD, as planned (a running phase's end may lie in the future). */
  startDay: string;
  endDay: string;
  /** The first N days of the phase are excluded from comparison while the skin adjusts. */
  transitionDays: number;
  /** One entry per day with data; a missing or null entry is a day not logged. Entries outside are ignored. */
  series: { day: string; value: number | null }[];
}

/** Where the trial stands, which decides when a verdict may be shown (looks.ts). */
export interface TrialSchedule {
  status: 'running' | 'finished' | 'ended-early' | 'abandoned';
  /** The last day the data run to: today while running, else the trial's last day. */
  asOf: string;
  /**
   * The planned last day of each cycle (each reintroduction's end), in order; the last is the trial's end.
   * Empty while a randomly drawn switch day is still hidden (the ends would give it away).
   */
  cycleEnds: string[];
}

export interface TrialAnalysisInput {
  /** "dairy", "added sugar and refined carbs", or a custom name. */
  food: string;
  /** step: the smallest change the scale records (1 point, 1 spot). */
  outcome: { key: string; label: string; higherIsWorse: boolean; unit: string; step: number };
  /** Minimal important difference in the outcome's units (default 2). */
  mid: number;
  /** In time order. */
  phases: PhaseData[];
  schedule: TrialSchedule;
  /** The switch into elimination, drawn at random from a set fixed in advance. */
  randomisation: { allowedSwitchDays: string[]; switchDay: string } | null;
  /** Supplements started or stopped, new products, illness … during the phases. */
  confounders: { day: string; description: string }[];
  /**
   * How many outcomes are judged together with this one as a family (1 for the primary outcome; the number
   * of secondary outcomes for each of them), so that ranges widen to keep the family's false alarms at 5%.
   */
  family?: number;
}

export type LookKind = 'waiting' | 'interim' | 'early' | 'final';

export interface Look {
  kind: LookKind;
  /** The last day whose scores the figures use (null while waiting). */
  throughDay: string | null;
  /** The next planned look (null once the trial is over). */
  nextLookDay: string | null;
  /** Coverage of the range the verdict is judged on: 95% at the planned end, 99.9% at any earlier look. */
  level: number;
  /** Coverage of the ranges shown (95%, widened for a family of outcomes judged together). */
  rangeLevel: number;
}

export interface PhaseStats {
  phaseId: number;
  label: string;
  kind: PhaseKind;
  cycle: number;
  /** Calendar days of the phase up to the day the figures run to. */
  days: number;
  /** Days left after the declared transition days (the comparison window). */
  usableDays: number;
  /** Days in the comparison window with a score. */
  loggedDays: number;
  /** Plain average of the logged days (null when none). */
  mean: number | null;
  /** Plain sample SD (n − 1); null below 2 scores. */
  sd: number | null;
  /** The model's level for the phase (null when the phase is not in the model). */
  level: number | null;
  /** How many independent days the phase's logged days are worth, given their likeness from day to day. */
  effectiveDays: number | null;
  /** The first day of the comparison window. */
  firstUsableDay: string;
}

/** A posterior summary of "how much worse with the food", in the outcome's units. */
export interface Estimate {
  /** Positive: worse while eating the food. */
  estimate: number;
  /** 95% range, low to high. */
  ci: [number, number];
  /** Posterior standard deviation. */
  sd: number;
  /** P(worse with the food at all) and P(worse by at least the MID). */
  probabilityWorse: number;
  probabilityMeaningful: number;
  /** P(within ±MID) and P(better with the food by at least the MID). */
  probabilityWithin: number;
  probabilityMeaningfullyBetter: number;
}

export type ComparisonKind = 'elimination-vs-baseline' | 'reintroduction-vs-elimination';

/** One switch: a phase against the one right before it. */
export interface Comparison {
  kind: ComparisonKind;
  cycle: number;
  before: PhaseStats;
  after: PhaseStats;
  /** Level after − level before, in the outcome's units (null when either phase is not in the model). */
  difference: number | null;
  /** 95% range of the difference. */
  ci: [number, number] | null;
  /** The same comparison as "how much worse with the food". */
  food: Estimate | null;
  /** The range the verdict checks this switch against, at the look's level. */
  decisionRange: [number, number] | null;
}

export interface FoodEffect extends Estimate {
  /** The range at the look's level (equal to ci at the planned end), oriented as worse with the food. */
  decisionRange: [number, number];
  /** The weight of each phase in "with the food against without" (food phases +, eliminations −). */
  weights: { phaseId: number; weight: number }[];
  /** True when the weights cancel a steady drift over time. */
  driftBalanced: boolean;
}

export interface ModelSummary {
  loggedDays: number;
  phases: number;
  df: number;
  /** Day-to-day correlation of neighbouring days: posterior mean and 95% interval. */
  rho: { mean: number; low: number; high: number };
  /** Day-to-day spread around the phase levels. */
  sd: number;
}

export interface Randomisation {
  /** One-sided p for "worse with the food", or null when the test cannot reach p < 0.05. */
  p: number | null;
  /** Switch days the test could use. */
  switchDays: number;
  /** The switch days at least as extreme as the real one (the real one included). */
  asExtreme: number | null;
}

export interface Settle {
  /** What would be run: the rest of this trial as planned, the same trial again, or again with the repeat. */
  plan: 'rest-of-trial' | 'same-again' | 'with-repeat';
  /** Calendar days it takes, and the logged days expected at this trial's rate of logging. */
  days: number;
  loggedDays: number;
  /** Predicted chance that its 95% range settles the question one way or the other. */
  chance: number;
  /** True when the chance reaches 80%, the usual bar for "likely". */
  likely: boolean;
}

export type VerdictKind =
  'waiting' | 'not-enough-data' | 'looks-like-a-trigger' | 'no-meaningful-difference' | 'inconclusive';

export interface Verdict {
  kind: VerdictKind;
  title: string;
  /** One sentence a lay person understands: how sure, in words and in n out of 100. */
  certainty: string;
  summary: string;
  details: string[];
  caveats: string[];
  nextSteps: string[];
}

export interface TrialAnalysis {
  look: Look;
  phases: PhaseStats[];
  model: ModelSummary | null;
  effect: FoodEffect | null;
  comparisons: Comparison[];
  randomisation: Randomisation | null;
  settle: Settle | null;
  verdict: Verdict;
}
