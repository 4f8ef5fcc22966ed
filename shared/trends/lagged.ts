// "Does my skin follow what I ate a few days before?" For each factor and each lag L, the factor on day t is
// paired with the skin score on day t + L (days where both were logged) and Spearman's rho is taken: ranks,
// as servings and 0-10 scores are ordinal and lumpy. Each rho is judged on the effective number of days its
// two series are worth (effectiveDays.ts), and every factor at every lag is judged together with a
// false-discovery allowance (discovery.ts): only what passes is a finding. Even a finding is an association
// to look into, never proof.
import type { MeasureKind } from '../domain/measures';
import type { DayValue, Series } from './series';
import { seriesOrdinals } from './series';
import { maxLagFor } from './effectiveDays';
import { judgeAll } from './judge';
import { codeSeries, rankCorrelation, rankScratch, type CodedSeries } from './ranks';
import { notEnoughReason } from './factorWords';
import type { Association, FactorGroup, LagResult } from './association';

export { FACTOR_GROUPS, type Association, type FactorGroup, type LagResult } from './association';

/** Something that may move with skin: a food, sleep, stress, a supplement. */
export interface Factor {
  key: string;
  label: string;
  series: Series;
  /** Lets the wording say "more dairy" for counts but "higher stress" for scales. */
  kind?: MeasureKind;
  group?: FactorGroup;
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
  group?: FactorGroup;
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
  factors: readonly { key: string; label: string; kind?: MeasureKind; group?: FactorGroup }[],
  code: (f: number) => CodedSeries,
  lags: readonly number[],
  minDays: number,
): Association[] {
  const length = skinCoded.codes.length;
  const coded = factors.map((_, f) => code(f));

  const results = factors.map((factor, f) => {
    const x = coded[f] as CodedSeries;
    const scratch = rankScratch(x, skinCoded);
    const perLag: LagResult[] = [];
    let mostPairs = 0;
    let constant: 'x' | 'y' | 'both' | null = null;
    for (const lag of lags) {
      const r = rankCorrelation(x, skinCoded, lag, scratch);
      perLag.push({ lag, rho: r.rho, n: r.n, nEff: null, p: null, q: null, passes: false });
      mostPairs = Math.max(mostPairs, r.n);
      if (r.n >= minDays && r.rho === null && constant === null) constant = r.constant;
    }
    return { factor, perLag, mostPairs, constant };
  });

  judgeAll(
    skinCoded,
    coded,
    results.map((r) => r.perLag),
    minDays,
    maxLagFor(length),
  );

  const associations: Association[] = results.map(({ factor, perLag, mostPairs, constant }) => {
    const strongest =
      largest(perLag.filter((l) => l.passes)) ?? largest(perLag.filter((l) => l.n >= minDays && l.rho !== null));
    const enough = strongest !== null;
    return {
      key: factor.key,
      label: factor.label,
      ...(factor.kind ? { kind: factor.kind } : {}),
      ...(factor.group ? { group: factor.group } : {}),
      lags: perLag,
      strongest,
      enough,
      finding: perLag.some((l) => l.passes),
      reason: enough ? null : notEnoughReason(factor.label, mostPairs, minDays, constant, lags.length),
    };
  });

  // Findings first, then the rest with a result, each strongest first; too little data last, most days first.
  const rank = (a: Association) => (a.finding ? 0 : a.enough ? 1 : 2);
  return associations.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
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

/** The lag with the largest |rho| (the first of equals); null for none. */
function largest(lags: readonly LagResult[]): LagResult | null {
  let best: LagResult | null = null;
  for (const l of lags) if (best === null || Math.abs(l.rho as number) > Math.abs(best.rho as number)) best = l;
  return best;
}

function maxPairs(a: Association): number {
  let m = 0;
  for (const l of a.lags) if (l.n > m) m = l.n;
  return m;
}
