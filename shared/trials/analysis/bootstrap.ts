// Research notes §3b: a second, assumption-light interval. Each phase is resampled in blocks of neighbouring
// days (so the day-to-day likeness survives), wrapping round the end of the phase, 5,000 times by default.
// Same scheme as arch.bootstrap.CircularBlockBootstrap and boot::tsboot(sim = "fixed"). Seeded, so the same
// journal always shows the same range.

/** mulberry32: small, fast, good enough for resampling, and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Block length ≈ n^(1/3), at least 1. */
export function blockLength(n: number): number {
  return Math.max(1, Math.round(Math.cbrt(n)));
}

/**
 * One phase ready for resampling: centred values (so a flat phase resamples to exactly its mean) and prefix
 * sums over two laps, so that any wrapped block's sum is one subtraction and a resample costs n/block draws.
 */
interface CircularPhase {
  n: number;
  block: number;
  centre: number;
  prefix: Float64Array;
}

function circularPhase(values: readonly number[], centre: number): CircularPhase {
  const n = values.length;
  const prefix = new Float64Array(2 * n + 1);
  for (let i = 0; i < 2 * n; i++) prefix[i + 1] = prefix[i]! + (values[i % n]! - centre);
  return { n, block: blockLength(n), centre, prefix };
}

/** Percentile with linear interpolation between order statistics (numpy's default, "type 7"). */
export function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Bootstrap interval for mean(after) − mean(before). Null when either phase has fewer than 2 scores or fewer
 * than 2 resamples are asked for.
 */
export function blockBootstrapInterval(
  before: readonly number[],
  beforeMean: number,
  after: readonly number[],
  afterMean: number,
  resamples: number,
  seed: number,
  level = 0.95,
): [number, number] | null {
  if (before.length < 2 || after.length < 2 || resamples < 2) return null;
  const a = circularPhase(before, beforeMean);
  const b = circularPhase(after, afterMean);
  const random = mulberry32(seed);
  // Each resample's mean for one phase: n days made of wrapped blocks with random starts (the last one cut short).
  const resampleMean = (p: CircularPhase): number => {
    const { n, block, prefix } = p;
    let sum = 0;
    for (let filled = 0; filled < n; filled += block) {
      const length = block < n - filled ? block : n - filled;
      const start = (random() * n) | 0;
      sum += prefix[start + length]! - prefix[start]!;
    }
    return p.centre + sum / n;
  };
  const differences = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) differences[r] = resampleMean(b) - resampleMean(a);
  differences.sort();
  const tail = (1 - level) / 2;
  return [percentile(differences, tail), percentile(differences, 1 - tail)];
}
