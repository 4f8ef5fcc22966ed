// Spearman's rho for two plain lists, and how far to trust it. The counting machinery lives in ranks.ts.
import { isLogged } from './series';
import { codeSeries, rankCorrelation, rankScratch } from './ranks';

/**
 * Spearman rank correlation of two equally long lists, using only positions where both hold a finite
 * number; null (never NaN) when fewer than 3 such pairs remain or either side is constant.
 */
export function spearman(x: readonly (number | null)[], y: readonly (number | null)[]): number | null {
  if (x.length !== y.length)
    throw new RangeError(`spearman needs lists of equal length, got ${x.length} and ${y.length}`);
  const cx = codeSeries(toFloat(x));
  const cy = codeSeries(toFloat(y));
  return rankCorrelation(cx, cy, 0, rankScratch(cx, cy)).rho;
}

function toFloat(values: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = isLogged(v) ? v : NaN;
  }
  return out;
}

/** How sure a rho is: approximate two-sided p and 95% band. Null when n ≤ 3. */
export interface RhoUncertainty {
  p: number | null;
  low: number | null;
  high: number | null;
}

/** The 97.5th percentile of the standard normal, for 95% bands. */
const Z_975 = 1.959963984540054;

/**
 * Approximate p and 95% band for Spearman's rho by Fisher's z = atanh(rho) with standard error
 * 1.06 / sqrt(n − 3) (Fieller, Hartley & Pearson 1957). Good enough to say "could easily be chance" on a
 * screen; it is not an exact permutation test and ignores that neighbouring days are alike.
 */
export function fisherSpearman(rho: number, n: number): RhoUncertainty {
  if (!(n > 3) || !Number.isFinite(rho)) return { p: null, low: null, high: null };
  if (Math.abs(rho) >= 1) return { p: 0, low: rho, high: rho };
  const z = Math.atanh(rho);
  const se = 1.06 / Math.sqrt(n - 3);
  return {
    p: Math.min(1, 2 * normalCdf(-Math.abs(z) / se)),
    low: Math.tanh(z - Z_975 * se),
    high: Math.tanh(z + Z_975 * se),
  };
}

/**
 * Standard normal CDF by Marsaglia's Taylor series (J. Stat. Software 11(4), 2004), absolute error about
 * 1e-15; beyond |x| = 10 the tail is below 1e-23 and is returned as 0 or 1 to keep the series finite.
 */
export function normalCdf(x: number): number {
  if (x < -10) return 0;
  if (x > 10) return 1;
  let s = x;
  let t = 0;
  let b = x;
  const q = x * x;
  let i = 1;
  while (s !== t) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  return 0.5 + s * Math.exp(-0.5 * q - 0.9189385332046727 /* ln √(2π) */);
}
