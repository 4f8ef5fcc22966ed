// "Does my skin follow what I ate a few days before?" For each factor and each lag L, the factor on day t is
// paired with the skin score on day t + L (days where both were logged) and Spearman's rho is taken: ranks,
// as servings and 0-10 scores are ordinal and lumpy. These are associations to look into, never proof;
// picking the strongest of several lags also flatters it a little, which the wording leaves room for.
import type { MeasureKind } from '../domain/measures';
import type { DayValue, Series } from './series';
import { seriesOrdinals } from './series';
import { fisherSpearman } from './correlation';
import { codeSeries, rankCorrelation, rankScratch, type CodedSeries } from './ranks';

/** Something that may move with skin: a food, sleep, stress, a supplement. */
export interface Factor {
  key: string;
  label: string;
  series: Series;
  /** Lets the wording say "more dairy" for counts but "higher stress" for scales. */
  kind?: MeasureKind;
}

/** One factor at one lag. */
export interface LagResult {
  /** Days from the factor to the skin score (0 = same day). */
  lag: number;
  /** Spearman's rho; null when n < 3 or one side never changed. */
  rho: number | null;
  /** Days where both the factor (day t) and skin (day t + lag) were logged. */
  n: number;
  /** Approximate two-sided p and 95% band from Fisher's z with SE 1.06/sqrt(n − 3); null when unknown. */
  p: number | null;
  low: number | null;
  high: number | null;
}

export interface Association {
  key: string;
  label: string;
  kind?: MeasureKind;
  /** One entry per lag asked for, in the order asked. */
  lags: LagResult[];
  /** The lag with the largest |rho| among those with at least minDays pairs; null when none qualifies. */
  strongest: LagResult | null;
  enough: boolean;
  /** Why there is no result, in words, when enough is false. */
  reason: string | null;
}

export const DEFAULT_LAGS: readonly number[] = [0, 1, 2, 3];
export const DEFAULT_MIN_DAYS = 14;
const MAX_SPAN_DAYS = 300 * 366;

/**
 * Spearman's rho between each factor on day t and skin on day t + L for every lag L, with the strongest lag
 * per factor. Factors come back sorted by |rho| at their strongest lag; those with too little data come last
 * with enough = false and a reason. Each series is coded once, so the cost is linear in days × factors × lags.
 */
export function laggedAssociations(
  skin: Series,
  factors: readonly Factor[],
  lags: readonly number[] = DEFAULT_LAGS,
  minDays: number = DEFAULT_MIN_DAYS,
): Association[] {
  checkLags(lags, minDays);

  // One shared day axis, so lag L is simply an index shift of L. Day numbers are worked out once per series;
  // one buffer is reused to lay each series out on the axis before it is coded.
  const all = [skin, ...factors.map((f) => f.series)];
  const ordinals = all.map(seriesOrdinals);
  let origin = Infinity;
  let last = -Infinity;
  for (const ord of ordinals) {
    for (let i = 0; i < ord.length; i++) {
      const o = ord[i] as number;
      if (o < origin) origin = o;
      if (o > last) last = o;
    }
  }
  const length = origin <= last ? last - origin + 1 : 0;
  // isDay allows 1900-2200; a longer span can only come from a malformed day, so refuse it before allocating.
  if (length > MAX_SPAN_DAYS) throw new RangeError('the series span more than 300 years: a day is malformed');
  const dense = new Float64Array(length);

  const place = (k: number): CodedSeries => {
    const s = all[k] as Series;
    const ord = ordinals[k] as Int32Array;
    dense.fill(NaN);
    for (let i = 0; i < s.length; i++) {
      const v = (s[i] as DayValue).value as number;
      if (Number.isFinite(v)) dense[(ord[i] as number) - origin] = v;
    }
    return codeSeries(dense);
  };
  return associateCoded(place(0), factors, (f) => place(f + 1), lags, minDays);
}

/** A factor already laid out on the skin series' day axis: index i is the same day in both, NaN when not logged. */
export interface DenseFactor {
  key: string;
  label: string;
  values: ArrayLike<number>;
  kind?: MeasureKind;
}

/**
 * laggedAssociations for series already laid out on one day axis (index i is the same calendar day in the
 * skin values and every factor's values; NaN where nothing was logged). The same results, without building
 * an object per day: the trends service reads its columns straight into such arrays.
 */
export function laggedAssociationsDense(
  skin: ArrayLike<number>,
  factors: readonly DenseFactor[],
  lags: readonly number[] = DEFAULT_LAGS,
  minDays: number = DEFAULT_MIN_DAYS,
): Association[] {
  checkLags(lags, minDays);
  for (const f of factors) {
    if (f.values.length !== skin.length)
      throw new RangeError(`factor ${f.key} has ${f.values.length} days, the skin series ${skin.length}`);
  }
  return associateCoded(
    codeSeries(skin),
    factors,
    (f) => codeSeries((factors[f] as DenseFactor).values),
    lags,
    minDays,
  );
}

function checkLags(lags: readonly number[], minDays: number): void {
  for (const lag of lags) {
    if (!Number.isInteger(lag) || lag < 0 || lag > 365)
      throw new RangeError(`lags must be whole days from 0 to 365, got ${lag}`);
  }
  if (!Number.isInteger(minDays) || minDays < 4)
    throw new RangeError(`minDays must be a whole number ≥ 4, got ${minDays}`);
}

function associateCoded(
  skinCoded: CodedSeries,
  factors: readonly { key: string; label: string; kind?: MeasureKind }[],
  code: (f: number) => CodedSeries,
  lags: readonly number[],
  minDays: number,
): Association[] {
  const results: Association[] = factors.map((factor, f) => {
    const coded = code(f);
    const scratch = rankScratch(coded, skinCoded);
    const perLag: LagResult[] = [];
    let strongest: LagResult | null = null;
    let mostPairs = 0;
    let constant: 'x' | 'y' | 'both' | null = null;
    for (const lag of lags) {
      const r = rankCorrelation(coded, skinCoded, lag, scratch);
      const u = r.rho === null ? { p: null, low: null, high: null } : fisherSpearman(r.rho, r.n);
      const result: LagResult = { lag, rho: r.rho, n: r.n, p: u.p, low: u.low, high: u.high };
      perLag.push(result);
      mostPairs = Math.max(mostPairs, r.n);
      if (r.n >= minDays && r.rho === null && constant === null) constant = r.constant;
      if (
        r.n >= minDays &&
        r.rho !== null &&
        (strongest === null || Math.abs(r.rho) > Math.abs(strongest.rho as number))
      ) {
        strongest = result;
      }
    }
    const enough = strongest !== null;
    const reason = enough ? null : notEnoughReason(factor.label, mostPairs, minDays, constant, lags.length);
    return {
      key: factor.key,
      label: factor.label,
      ...(factor.kind ? { kind: factor.kind } : {}),
      lags: perLag,
      strongest,
      enough,
      reason,
    };
  });

  return results.sort((a, b) => {
    if (a.enough !== b.enough) return a.enough ? -1 : 1;
    if (a.strongest && b.strongest) {
      const d = Math.abs(b.strongest.rho as number) - Math.abs(a.strongest.rho as number);
      if (d !== 0) return d;
    } else {
      const d = maxPairs(b) - maxPairs(a);
      if (d !== 0) return d;
    }
    return a.label.localeCompare(b.label);
  });
}

function maxPairs(a: Association): number {
  let m = 0;
  for (const l of a.lags) if (l.n > m) m = l.n;
  return m;
}

function notEnoughReason(
  label: string,
  pairs: number,
  minDays: number,
  constant: 'x' | 'y' | 'both' | null,
  lagCount: number,
): string {
  const name = lowerFirst(label);
  if (lagCount === 0) return 'No lags were asked for.';
  if (pairs < minDays) {
    const have = pairs === 0 ? 'No days have' : pairs === 1 ? 'Only 1 day has' : `Only ${pairs} days have`;
    return `${have} both ${name} and your skin score logged; at least ${minDays} are needed.`;
  }
  if (constant === 'x' || constant === 'both')
    return `${upperFirst(name)} did not change across the days with a skin score, so there is nothing to compare.`;
  return `Your skin score did not change across the days with ${name} logged, so there is nothing to compare.`;
}

/** "Dairy" → "dairy", but "UV index" stays as written: only a capital followed by lower case is lowered. */
export function lowerFirst(label: string): string {
  // Only an ordinary capitalised word is lowered: "Dairy" → "dairy", but "L-glutamine", "PHGG" and "B12" keep
  // their capitals.
  if (label.length > 1 && !/\p{Ll}/u.test(label[1]!)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
