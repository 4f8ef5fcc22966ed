// What "What moves with my skin" says about each factor: one result per lag and the factor's verdict. Kept
// apart from the code that computes them so the judging, the wording and the layout can all name them
// without importing one another.
import type { MeasureKind } from '../domain/measures';

/** The kinds of factor, so the wording can say "you ate more dairy" but "you took zinc". */
export const FACTOR_GROUPS = ['food', 'gut', 'lifestyle', 'supplements'] as const;
export type FactorGroup = (typeof FACTOR_GROUPS)[number];

/** One factor at one lag. */
export interface LagResult {
  /** Days from the factor to the skin score (0 = same day). */
  lag: number;
  /** Spearman's rho; null when n < 3 or one side never changed. */
  rho: number | null;
  /** Days where both the factor (day t) and skin (day t + lag) were logged. */
  n: number;
  /** What those days are worth once alike neighbouring days are allowed for; null when not judged. */
  nEff: number | null;
  /** Two-sided p on nEff days; null when not judged (fewer than minDays pairs, no rho, nEff ≤ 3). */
  p: number | null;
  /** Benjamini-Hochberg adjusted p across every factor and lag judged; null when not judged. */
  q: number | null;
  /** q ≤ FALSE_DISCOVERY_RATE: a finding. */
  passes: boolean;
}

export interface Association {
  key: string;
  label: string;
  kind?: MeasureKind;
  group?: FactorGroup;
  /** One entry per lag asked for, in the order asked. */
  lags: LagResult[];
  /**
   * The lag to show: among passing lags the one with the largest |rho|; without one, the largest |rho| among
   * lags with at least minDays pairs; null when none qualifies.
   */
  strongest: LagResult | null;
  /** Some lag had enough paired days and a rho. */
  enough: boolean;
  /** Some lag passed the allowance: shown as a pattern; otherwise listed under "no clear pattern". */
  finding: boolean;
  /** Why there is no result, in words, when enough is false. */
  reason: string | null;
}
