// Spearman rank correlation, built for many calls over long series. Each series is coded once: every value
// is replaced by the index of its distinct value (−1 when missing). Ranking any subset of days is then a
// counting pass over those codes rather than a sort, so a (factor, lag) pair costs one or two passes over
// the days plus work per distinct value, and no allocation; ties get the average of the ranks they span, as
// scipy.stats.spearmanr does.

/** A series with each value replaced by its rank among the distinct values; −1 where nothing was logged. */
export interface CodedSeries {
  codes: Int32Array;
  /** Number of distinct logged values (the length the rank scratch arrays need). */
  distinct: number;
}

/** Above this many distinct values the coding sorts everything instead (real measures have far fewer). */
const HASH_LIMIT = 1024;
/** Whole numbers below this are found by array index rather than through a Map. */
const SMALL_LIMIT = 1024;

/**
 * Codes a series once so that many correlations over it need no further sorting. Measures are lumpy (0-10
 * scales, servings, quarter hours), so only their few distinct values are collected and sorted; a series of
 * mostly distinct values falls back to sorting everything.
 */
export function codeSeries(values: ArrayLike<number>): CodedSeries {
  const n = values.length;
  const codes = new Int32Array(n);
  // Whole numbers 0-1023 (scores, servings, minutes) are looked up in a plain array; anything else in a Map.
  const small = new Int32Array(SMALL_LIMIT).fill(-1);
  const other = new Map<number, number>();
  const firstSeen: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      codes[i] = -1;
      continue;
    }
    const slot = v >= 0 && v < SMALL_LIMIT && v === Math.floor(v) ? v : -1;
    // +0 and −0 land in the same slot, as they should.
    let id = slot >= 0 ? (small[slot] as number) : (other.get(v) ?? -1);
    if (id < 0) {
      if (firstSeen.length >= HASH_LIMIT) return codeBySorting(values);
      id = firstSeen.length;
      firstSeen.push(v === 0 ? 0 : v);
      if (slot >= 0) small[slot] = id;
      else other.set(v, id);
    }
    codes[i] = id;
  }
  const distinct = firstSeen.length;
  const order = Int32Array.from(firstSeen.keys()).sort((a, b) => (firstSeen[a] as number) - (firstSeen[b] as number));
  const rankOfId = new Int32Array(distinct);
  for (let r = 0; r < distinct; r++) rankOfId[order[r] as number] = r;
  for (let i = 0; i < n; i++) {
    const id = codes[i] as number;
    if (id >= 0) codes[i] = rankOfId[id] as number;
  }
  return { codes, distinct };
}

function codeBySorting(values: ArrayLike<number>): CodedSeries {
  const n = values.length;
  let logged = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) logged++;
  const sorted = new Float64Array(logged);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) sorted[k++] = v;
  }
  sorted.sort();
  // Collapse to distinct values in place; −0 and 0 compare equal, as they should.
  let distinct = 0;
  for (let i = 0; i < logged; i++) {
    const v = sorted[i] as number;
    if (distinct === 0 || v !== sorted[distinct - 1]) sorted[distinct++] = v;
  }
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      codes[i] = -1;
      continue;
    }
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    codes[i] = lo;
  }
  return { codes, distinct };
}

/** Spearman's rho and the number of pairs it rests on; rho is null when n < 3 or either side is constant. */
export interface RankCorrelation {
  rho: number | null;
  n: number;
  /** Which side held one value on every paired day ('x', 'y' or 'both'), the reason rho is null. */
  constant: 'x' | 'y' | 'both' | null;
}

/**
 * Scratch space for correlating one pair of coded series, allocated once by the caller and reused for every
 * lag, so the loops themselves never allocate.
 */
export interface RankScratch {
  rankX: Float64Array;
  rankY: Float64Array;
  /**
   * Joint counts of (x code + 1, y code + 1), row and column 0 holding missing days, when the table is no
   * bigger than the series; null when the values are too varied for a table to pay off.
   */
  table: Int32Array | null;
}

/** Scratch for rankCorrelation(x, y, …); a joint table is used when the distinct values are few. */
export function rankScratch(x: CodedSeries, y: CodedSeries): RankScratch {
  const cells = (x.distinct + 1) * (y.distinct + 1);
  const useTable = cells <= Math.max(4096, Math.min(x.codes.length, y.codes.length));
  return {
    rankX: new Float64Array(Math.max(1, x.distinct)),
    rankY: new Float64Array(Math.max(1, y.distinct)),
    table: useTable ? new Int32Array(cells) : null,
  };
}

/**
 * Spearman's rho between x[i] and y[i + shift] over every i where both are logged. With few distinct values
 * (scores, servings) one branch-free pass fills a joint table and the rest is done per cell; otherwise two
 * passes over the days rank and then correlate.
 */
export function rankCorrelation(x: CodedSeries, y: CodedSeries, shift: number, scratch: RankScratch): RankCorrelation {
  const start = Math.max(0, -shift);
  const end = Math.min(x.codes.length, y.codes.length - shift);
  return scratch.table
    ? byTable(x, y, shift, start, end, scratch.rankX, scratch.rankY, scratch.table)
    : byPasses(x, y, shift, start, end, scratch.rankX, scratch.rankY);
}

function byTable(
  x: CodedSeries,
  y: CodedSeries,
  shift: number,
  start: number,
  end: number,
  rankX: Float64Array,
  rankY: Float64Array,
  table: Int32Array,
): RankCorrelation {
  const cx = x.codes;
  const cy = y.codes;
  const kx = x.distinct;
  const ky = y.distinct;
  const width = ky + 1;
  table.fill(0);
  for (let i = start; i < end; i++) {
    const cell = ((cx[i] as number) + 1) * width + (cy[i + shift] as number) + 1;
    table[cell] = (table[cell] as number) + 1;
  }
  rankX.fill(0, 0, kx);
  rankY.fill(0, 0, ky);
  let n = 0;
  for (let a = 0; a < kx; a++) {
    const row = (a + 1) * width + 1;
    for (let b = 0; b < ky; b++) {
      const c = table[row + b] as number;
      rankX[a] = (rankX[a] as number) + c;
      rankY[b] = (rankY[b] as number) + c;
      n += c;
    }
  }
  if (n < 3) return { rho: null, n, constant: null };
  const xVaries = countsToRanks(rankX, kx, n);
  const yVaries = countsToRanks(rankY, ky, n);
  if (!xVaries || !yVaries) return { rho: null, n, constant: xVaries ? 'y' : yVaries ? 'x' : 'both' };
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let a = 0; a < kx; a++) {
    const row = (a + 1) * width + 1;
    const dx = (rankX[a] as number) - mean;
    let rowCount = 0;
    let rowSum = 0;
    for (let b = 0; b < ky; b++) {
      const c = table[row + b] as number;
      if (c === 0) continue;
      rowCount += c;
      rowSum += c * ((rankY[b] as number) - mean);
    }
    sxy += dx * rowSum;
    sxx += rowCount * dx * dx;
  }
  for (let b = 0; b < ky; b++) {
    let colCount = 0;
    for (let a = 0; a < kx; a++) colCount += table[(a + 1) * width + 1 + b] as number;
    const dy = (rankY[b] as number) - mean;
    syy += colCount * dy * dy;
  }
  return finish(sxy, sxx, syy, n);
}

function byPasses(
  x: CodedSeries,
  y: CodedSeries,
  shift: number,
  start: number,
  end: number,
  rankX: Float64Array,
  rankY: Float64Array,
): RankCorrelation {
  const cx = x.codes;
  const cy = y.codes;
  rankX.fill(0, 0, x.distinct);
  rankY.fill(0, 0, y.distinct);
  let n = 0;
  for (let i = start; i < end; i++) {
    const a = cx[i] as number;
    const b = cy[i + shift] as number;
    if (a < 0 || b < 0) continue;
    rankX[a] = (rankX[a] as number) + 1;
    rankY[b] = (rankY[b] as number) + 1;
    n++;
  }
  if (n < 3) return { rho: null, n, constant: null };
  const xVaries = countsToRanks(rankX, x.distinct, n);
  const yVaries = countsToRanks(rankY, y.distinct, n);
  if (!xVaries || !yVaries) return { rho: null, n, constant: xVaries ? 'y' : yVaries ? 'x' : 'both' };
  // Average ranks always sum to n(n+1)/2, so their mean is known without a first pass.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = start; i < end; i++) {
    const a = cx[i] as number;
    const b = cy[i + shift] as number;
    if (a < 0 || b < 0) continue;
    const dx = (rankX[a] as number) - mean;
    const dy = (rankY[b] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return finish(sxy, sxx, syy, n);
}

function finish(sxy: number, sxx: number, syy: number, n: number): RankCorrelation {
  const rho = sxy / Math.sqrt(sxx * syy);
  return { rho: Math.max(-1, Math.min(1, rho)), n, constant: null };
}

/** Turns per-value counts into average ranks in place; false when one value holds every pair (constant). */
function countsToRanks(counts: Float64Array, distinct: number, n: number): boolean {
  let below = 0;
  for (let c = 0; c < distinct; c++) {
    const count = counts[c] as number;
    if (count === n) return false;
    counts[c] = below + (count + 1) / 2;
    below += count;
  }
  return true;
}
