// Neighbouring days are alike: a bad week of skin is seven scores, not seven independent answers, and food is
// eaten in runs. Two series that each drift slowly line up by chance far more often than their number of
// days suggests, so a correlation is judged on an effective number of days instead (Bartlett 1946, Suppl.
// J. R. Stat. Soc. 8:27-41; Bayley & Hammersley 1946, Suppl. J. R. Stat. Soc. 8:184-197; in the form of
// Pyper & Peterman 1998, Can. J. Fish. Aquat. Sci. 55:2127-2140), computed on ranks because the correlation
// is Spearman's. docs/statistics-associations.md states the method; scripts/bench/associations.ts checks it.
import { studentTCdf } from '../trials/analysis/distributions';
import { laggedSumsMany } from './fft';
import type { CodedSeries } from './ranks';

/** Autocorrelations are summed up to this share of the days spanned (Pyper & Peterman's N/5) … */
export const MAX_LAG_SHARE = 1 / 5;
/**
 * … and at most a year: day-to-day likeness dies out within weeks, and a drift slow enough to matter beyond
 * a year has already cut the effective days to a handful by then. It keeps a ten-year range to one 4,096-point
 * transform instead of 8,192.
 */
export const MAX_LAG_DAYS = 365;

/** The last lag summed for a span of days. */
export function maxLagFor(span: number): number {
  return Math.min(MAX_LAG_DAYS, Math.floor(span * MAX_LAG_SHARE));
}

/**
 * The rank autocorrelation of each series at lags 0 … maxLag, gaps kept as gaps: each value is replaced by
 * its average rank among the series' logged values, centred on the mean rank, and lag j averages the
 * products over the pairs of days j apart that are both logged (not over every logged day, which would pull
 * the estimate towards zero as days go missing), divided by the variance of all logged ranks. A lag without
 * such a pair, or a series that never changes, gives 0. Not clipped to [−1, 1]: the effective days are summed
 * from it linearly (judge.ts), and a lag with few pairs can stray a little beyond ±1. The series must
 * share one day axis; series logged on the same days share the count of pairs, worked out once (pass your own
 * LoggedDays to reuse the patterns afterwards).
 */
export function rankAutocorrelations(
  series: readonly CodedSeries[],
  maxLag: number,
  patterns: LoggedDays = new LoggedDays(),
): Float64Array[] {
  const deviations: Float64Array[] = [];
  const variances: number[] = [];
  const patternOf: number[] = [];
  for (const s of series) {
    const { deviation, variance } = centredRanks(s);
    deviations.push(deviation);
    variances.push(variance);
    patternOf.push(patterns.idOf(s.codes));
  }
  // The deviations travel with the masks still to be counted: one series and its own days, one transform.
  const products = patterns.countPairs(maxLag, deviations);
  return series.map((_, i) => {
    const out = new Float64Array(Math.max(0, maxLag) + 1);
    const variance = variances[i] as number;
    if (!(variance > 0)) return out;
    const sums = products[i] as Float64Array;
    const counts = patterns.pairs[patternOf[i] as number] as Float64Array;
    out[0] = 1;
    for (let j = 1; j < sums.length; j++) {
      const pairs = counts[j] as number;
      if (pairs < 1) continue;
      out[j] = (sums[j] as number) / pairs / variance;
    }
    return out;
  });
}

/** Average ranks centred on their mean (0 where not logged), and their variance over the logged days. */
export function centredRanks(series: CodedSeries): { deviation: Float64Array; variance: number } {
  const { codes, distinct } = series;
  const length = codes.length;
  const count = new Float64Array(distinct);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i] as number;
    if (c >= 0) {
      count[c] = (count[c] as number) + 1;
      n++;
    }
  }
  // Average rank of each distinct value, centred: the mean of ranks 1 … n is (n + 1) / 2.
  const centred = new Float64Array(distinct);
  let below = 0;
  for (let c = 0; c < distinct; c++) {
    centred[c] = below + ((count[c] as number) + 1) / 2 - (n + 1) / 2;
    below += count[c] as number;
  }
  const deviation = new Float64Array(length);
  let sumSquares = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i] as number;
    if (c < 0) continue;
    const d = centred[c] as number;
    deviation[i] = d;
    sumSquares += d * d;
  }
  return { deviation, variance: n >= 2 ? sumSquares / n : 0 };
}

/** The distinct patterns of logged days among several coded series, each as a 1/0 mask. */
export class LoggedDays {
  /** One mask per pattern, as long as the series. */
  readonly masks: Uint8Array[] = [];
  /** Per pattern, the pairs of logged days j apart for j = 0 … maxLag, once countPairs has run. */
  readonly pairs: (Float64Array | undefined)[] = [];
  /** The same masks padded to whole 32-bit words, so two compare four days at a time. */
  private readonly words: Uint32Array[] = [];
  private readonly byHash = new Map<number, number[]>();
  private readonly known = new WeakMap<Int32Array, number>();

  /** The index in masks of this series' pattern, added when new; the same series is looked up once. */
  idOf(codes: Int32Array): number {
    const seen = this.known.get(codes);
    if (seen !== undefined) return seen;
    const padded = new Uint8Array((codes.length + 3) & ~3);
    // 1 where logged (a code ≥ 0), 0 where not (−1), without a branch; then FNV-1a over whole words.
    for (let t = 0; t < codes.length; t++) padded[t] = ((codes[t] as number) >>> 31) ^ 1;
    const words = new Uint32Array(padded.buffer);
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] as number), 0x01000193);
    const bucket = this.byHash.get(hash) ?? [];
    let id = bucket.find(
      (i) => (this.masks[i] as Uint8Array).length === codes.length && sameWords(this.words[i] as Uint32Array, words),
    );
    if (id === undefined) {
      id = this.masks.length;
      this.masks.push(padded.subarray(0, codes.length));
      this.words.push(words);
      this.pairs.push(undefined);
      bucket.push(id);
      this.byHash.set(hash, bucket);
    }
    this.known.set(codes, id);
    return id;
  }

  /**
   * Counts the pairs of every pattern not yet counted (see pairCounts01), and returns the lagged sums of
   * `along`: sequences that share the transforms with the masks, so a lone series and its own logged days
   * take one transform rather than two.
   */
  countPairs(maxLag: number, along: readonly ArrayLike<number>[] = []): Float64Array[] {
    const fresh = this.masks.flatMap((_, id) => (this.pairs[id] === undefined ? [id] : []));
    const counted = pairCounts01(
      fresh.map((id) => this.masks[id] as Uint8Array),
      maxLag,
      along,
    );
    fresh.forEach((id, k) => (this.pairs[id] = counted.counts[k]));
    return counted.along;
  }
}

function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Where a pairing of two series has days: the pairs of paired days j apart, and the days spanned. */
export interface PairedDays {
  /** pairs[j] = how many pairs of paired days lie exactly j days apart (pairs[0] = the paired days). */
  pairs: Float64Array;
  /** Days from the first paired day to the last, inclusive; 0 when none. */
  span: number;
}

/**
 * For 1/0 series of paired days (day t paired when the factor on t and skin on t + lag were both logged),
 * the number of pairs of paired days at each distance up to maxLagFor(span). Missing days thin
 * these counts unevenly (a fortnight away removes every close pair inside it), so they are counted, not
 * assumed.
 */
export function pairedDays(masks: readonly Float64Array[]): PairedDays[] {
  const spans = masks.map((paired) => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < paired.length; i++) {
      if (paired[i] !== 0) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? 0 : last - first + 1;
  });
  const { counts } = pairCounts01(masks, maxLagFor(Math.max(0, ...spans)));
  return masks.map((_, i) => {
    const span = spans[i] as number;
    return { pairs: (counts[i] as Float64Array).slice(0, maxLagFor(span) + 1), span };
  });
}

/**
 * For 1/0 masks, the number of pairs of ones j apart for j = 0 … maxLag. A mask with no gap between its first
 * and last one (someone who logs every day) has span − j of them, known without a transform; the others are
 * counted by FFT and rounded back to the whole numbers they are. Sequences `along` ride in the same transforms
 * and come back as their lagged sums.
 */
export function pairCounts01(
  masks: readonly ArrayLike<number>[],
  maxLag: number,
  along: readonly ArrayLike<number>[] = [],
): { counts: Float64Array[]; along: Float64Array[] } {
  const counts: Float64Array[] = [];
  const gappy: number[] = [];
  masks.forEach((mask, i) => {
    let first = -1;
    let last = -1;
    let ones = 0;
    for (let t = 0; t < mask.length; t++) {
      if (mask[t] !== 0) {
        if (first < 0) first = t;
        last = t;
        ones++;
      }
    }
    const c = new Float64Array(Math.max(0, Math.min(maxLag, mask.length - 1)) + 1);
    if (ones > 0 && ones === last - first + 1) for (let j = 0; j < c.length; j++) c[j] = Math.max(0, ones - j);
    else if (ones > 0) gappy.push(i);
    counts.push(c);
  });
  const sums = laggedSumsMany([...along, ...gappy.map((i) => masks[i] as ArrayLike<number>)], maxLag);
  gappy.forEach((i, k) => {
    const c = counts[i] as Float64Array;
    const s = sums[along.length + k] as Float64Array;
    for (let j = 0; j < c.length; j++) c[j] = Math.round(s[j] as number);
  });
  return { counts, along: sums.slice(0, along.length) };
}

/**
 * Effective number of days for a correlation over n paired days, from the two series' autocorrelations:
 * the variance of a correlation between two unrelated series is about
 *   (1/n²) Σ_s Σ_t ρx(t − s) ρy(t − s)   over the paired days s, t
 *   = 1/n + (2/n²) Σ_{j=1..K} pairs(j) ρx(j) ρy(j),
 * and the effective days are its reciprocal. With no day missing, pairs(j) = n − j and this is Pyper &
 * Peterman's (1998) formula; K is a fifth of the span, as they advise, and at most MAX_LAG_DAYS. Capped at n: alike neighbours never
 * make a correlation more trustworthy than independent days would.
 */
export function effectiveDays(
  n: number,
  paired: PairedDays,
  factor: ArrayLike<number>,
  skin: ArrayLike<number>,
): number {
  const maxLag = Math.min(paired.pairs.length - 1, factor.length - 1, skin.length - 1);
  let sum = 0;
  for (let j = 1; j <= maxLag; j++) sum += (paired.pairs[j] as number) * (factor[j] as number) * (skin[j] as number);
  return effectiveDaysFromSum(n, sum);
}

/** The effective days for n paired days given the sum Σ_j pairs(j)·ρx(j)·ρy(j), capped at n. */
export function effectiveDaysFromSum(n: number, sum: number): number {
  if (n < 1) return 0;
  const inverse = 1 / n + (2 * sum) / (n * n);
  return inverse <= 1 / n ? n : 1 / inverse;
}

/**
 * Two-sided p for a correlation rho judged on nEff effective days: t = rho·√((nEff − 2)/(1 − rho²)) against
 * Student's t with nEff − 2 degrees of freedom (fractional), as Pyper & Peterman (1998) do. Null at 3
 * effective days or fewer (too little left to judge); 0 when |rho| = 1.
 */
export function correlationP(rho: number, nEff: number): number | null {
  if (!(nEff > 3) || !Number.isFinite(rho)) return null;
  if (Math.abs(rho) >= 1) return 0;
  const df = nEff - 2;
  const t = Math.abs(rho) * Math.sqrt(df / (1 - rho * rho));
  return Math.min(1, 2 * studentTCdf(-t, df));
}
