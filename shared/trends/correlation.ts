// Spearman's rho for two plain lists. The counting machinery lives in ranks.ts; how far to trust a rho over
// days that are alike is effectiveDays.ts.
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
