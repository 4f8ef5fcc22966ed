// Judging every factor at every lag at once: the effective days of each (effectiveDays.ts), a p-value on
// them, and one false-discovery allowance across all (discovery.ts). Written for ten-year ranges, where the
// autocorrelations are the cost: skin's is computed once; a factor's never is. Its part of the sum
//   Σ_j pairs(j)·ρx(j)·ρy(j),   ρx(j) = ax(j) / (cx(j)·vx)
// (ax its lagged sums of centred ranks, cx the pairs of its logged days, vx their variance) is
//   (1/vx) Σ_j ax(j)·g(j),   g(j) = pairs(j)·ρy(j) / cx(j),
// which by Parseval is a dot product of the factor's power spectrum with the spectrum of g: one forward
// transform per two factors and one per two (pattern, lag), and no inverse transform at all.
import { benjaminiHochberg, FALSE_DISCOVERY_RATE } from './discovery';
import {
  centredRanks,
  correlationP,
  effectiveDaysFromSum,
  LoggedDays,
  pairedDays,
  rankAutocorrelations,
} from './effectiveDays';
import { halfSpectra, mirroredDot, transformSize } from './fft';
import type { LagResult } from './association';
import type { CodedSeries } from './ranks';

/**
 * Fills in nEff, p, q and passes for every lag with at least minDays pairs and a rho, in place; lags not
 * judged keep nulls and passes = false.
 */
export function judgeAll(
  skin: CodedSeries,
  factors: readonly CodedSeries[],
  perFactor: readonly LagResult[][],
  minDays: number,
  maxLag: number,
): void {
  const isJudged = (l: LagResult) => l.n >= minDays && l.rho !== null;
  const wanted = factors.flatMap((x, f) => {
    const rows = (perFactor[f] as LagResult[]).filter(isJudged);
    return rows.length > 0 ? [{ x, rows }] : [];
  });
  if (wanted.length > 0) effectiveAndP(skin, wanted, maxLag);

  const all = perFactor.flat();
  const q = benjaminiHochberg(all.map((l) => l.p));
  all.forEach((l, i) => {
    l.q = q[i] ?? null;
    l.passes = l.q !== null && l.q <= FALSE_DISCOVERY_RATE;
  });
}

function effectiveAndP(skin: CodedSeries, wanted: { x: CodedSeries; rows: LagResult[] }[], maxLag: number): void {
  const length = skin.codes.length;
  const size = transformSize(length, maxLag);
  // Factors logged on the same days share their pair counts, and pair with skin on the same days at a lag.
  const logged = new LoggedDays();
  const [skinAcf] = rankAutocorrelations([skin], maxLag, logged) as [Float64Array];
  const ranks = wanted.map(({ x }) => centredRanks(x));
  const patterns = wanted.map(({ x }) => logged.idOf(x.codes));
  logged.countPairs(maxLag);
  const patternPairs = logged.pairs;

  // One g per distinct (pattern, lag).
  const keys = new Map<string, number>();
  const masks: Float64Array[] = [];
  const keyOf = wanted.map(({ x, rows }, w) =>
    rows.map((l) => {
      const key = `${patterns[w] as number}:${l.lag}`;
      let index = keys.get(key);
      if (index === undefined) {
        index = masks.length;
        keys.set(key, index);
        masks.push(pairedMask(x, skin, l.lag));
      }
      return index;
    }),
  );
  const pairs = pairedDays(masks);
  const owner = new Map<number, number>();
  keyOf.forEach((indices, w) => indices.forEach((i) => owner.set(i, patterns[w] as number)));
  const gs = masks.map((_, i) => {
    const p = (pairs[i] as { pairs: Float64Array }).pairs;
    const cx = patternPairs[owner.get(i) as number] as Float64Array;
    const last = Math.min(p.length - 1, skinAcf.length - 1, cx.length - 1);
    const g = new Float64Array(last + 1);
    for (let j = 1; j <= last; j++) {
      const c = cx[j] as number;
      if (c >= 1) g[j] = ((p[j] as number) * (skinAcf[j] as number)) / c;
    }
    return g;
  });
  const gSpectra = halfSpectra(gs, size, 'real');
  const power = halfSpectra(
    ranks.map((r) => r.deviation),
    size,
    'power',
  );

  wanted.forEach(({ rows }, w) => {
    const variance = (ranks[w] as { variance: number }).variance;
    rows.forEach((l, r) => {
      const g = gSpectra[(keyOf[w] as number[])[r] as number] as Float64Array;
      const sum = variance > 0 ? mirroredDot(power[w] as Float64Array, g, size) / variance : 0;
      l.nEff = effectiveDaysFromSum(l.n, sum);
      l.p = correlationP(l.rho as number, l.nEff);
    });
  });
}

/** 1 on day t when the factor on t and skin on t + lag were both logged. */
function pairedMask(x: CodedSeries, skin: CodedSeries, lag: number): Float64Array {
  const mask = new Float64Array(skin.codes.length);
  for (let t = 0; t + lag < skin.codes.length; t++)
    if ((x.codes[t] as number) >= 0 && (skin.codes[t + lag] as number) >= 0) mask[t] = 1;
  return mask;
}
