// Research notes §3a and §3e: daily scores resemble the day before, so a phase of n days carries fewer than n
// independent observations. The difference of phase means gets a standard error built on effective sample sizes.

import { normalCdf, studentTQuantile } from './distributions';

/**
 * Lag-1 autocorrelation r = Σ e_t·e_{t−1} / Σ e_t², e = residuals from the phase mean. The numerator only
 * pairs days that are consecutive on the calendar and both logged (a gap never links two distant days); the
 * denominator runs over every logged day of the phase, as in the usual sample autocorrelation. A flat series
 * (Σ e² = 0) has r = 0. Not clamped here.
 */
export function lagOneAutocorrelation(slots: readonly (number | null)[], centre: number): number {
  let num = 0;
  let den = 0;
  let previous: number | null = null;
  for (const y of slots) {
    if (y === null) {
      previous = null;
      continue;
    }
    const e = y - centre;
    den += e * e;
    if (previous !== null) num += e * previous;
    previous = e;
  }
  return den > 0 ? num / den : 0;
}

/** n_eff = n·(1 − r)/(1 + r), with r already clamped to [0, 0.9]. */
export function effectiveSampleSize(n: number, r: number): number {
  return (n * (1 - r)) / (1 + r);
}

export interface CorrectedDifference {
  difference: number;
  pooledSd: number;
  se: number;
  df: number;
  ci: [number, number];
  standardisedDifference: number | null;
}

export interface PhaseSummary {
  n: number;
  mean: number;
  sumSquares: number;
  nEff: number;
}

/**
 * d = mean(after) − mean(before); s_pooled from the ordinary (n − 1) variances; SE = s_pooled·√(1/n_effA +
 * 1/n_effB); 95% CI = d ± t(0.975, df)·SE with df = n_effA + n_effB − 2. Strong autocorrelation in short phases
 * can push that df to zero or below, where no t quantile exists; df is then floored at 1 (a Cauchy-wide
 * interval), which keeps the answer honest: very uncertain. Needs n ≥ 2 in both phases.
 */
export function correctedDifference(before: PhaseSummary, after: PhaseSummary, level = 0.95): CorrectedDifference {
  const difference = after.mean - before.mean;
  const pooledVariance = (before.sumSquares + after.sumSquares) / (before.n + after.n - 2);
  const pooledSd = Math.sqrt(pooledVariance);
  const se = pooledSd * Math.sqrt(1 / before.nEff + 1 / after.nEff);
  const df = Math.max(1, before.nEff + after.nEff - 2);
  const half = se > 0 ? studentTQuantile(0.5 + level / 2, df) * se : 0;
  return {
    difference,
    pooledSd,
    se,
    df,
    ci: [difference - half, difference + half],
    standardisedDifference: pooledSd > 0 ? difference / pooledSd : null,
  };
}

/**
 * §3e: with a flat prior the effect δ ~ Normal(estimate, SE²), so P(δ ≥ MID) = Φ((estimate − MID)/SE). The
 * estimate must already be oriented so that positive means "worse with the food". With SE = 0 (flat series)
 * the distribution is a point mass: 1 when the estimate reaches the MID, else 0.
 */
export function probabilityAtLeast(estimate: number, se: number, mid: number): number {
  if (se > 0) return normalCdf((estimate - mid) / se);
  return estimate >= mid ? 1 : 0;
}
