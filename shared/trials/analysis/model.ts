// The model every trial figure comes from (docs/statistics.md): one mean per phase, and day-to-day errors
// that follow a first-order autoregression over the real calendar, so that two logged days g days apart
// correlate by rho^g however many unlogged days lie between them. rho is not plugged in: it is integrated
// over a grid, each value weighted by its restricted (REML) likelihood times the prior (1 - rho^2)^(-1/2).
// Given rho, flat priors on the means and p(sigma^2) ∝ sigma^-2 · exp(-q / (2 sigma^2)) make any contrast of
// the means a scaled Student t with n - k degrees of freedom (Zellner & Tiao 1964), so the posterior of a
// contrast is a mixture of t distributions over the grid (posterior.ts).

/** Midpoints of 50 equal cells on [0, 1): 0.01, 0.03, …, 0.99. */
export const RHO_GRID: readonly number[] = Array.from({ length: 50 }, (_, j) => (2 * j + 1) / 100);

export interface ModelData {
  /** Calendar day number of each logged day, strictly increasing. */
  positions: readonly number[];
  values: readonly number[];
  /** Which phase (0 … k − 1) each logged day belongs to. */
  phase: readonly number[];
  k: number;
  /** The scale's recording step (1 point): the spread is never taken to be below its rounding error. */
  step: number;
}

/** The fit at one grid value of rho. */
export interface GridFit {
  rho: number;
  /** Posterior weight of this rho (the weights sum to 1). */
  weight: number;
  /** Generalised least squares means, one per phase. */
  beta: number[];
  /** (X'R⁻¹X)⁻¹, row-major k × k. */
  inverse: number[];
  /** (S + q) / (n − k): the t scale² per unit of the contrast's c'(X'R⁻¹X)⁻¹c. */
  scale2: number;
  /** The log posterior of rho up to a constant. */
  logPosterior: number;
}

export interface ModelFit {
  n: number;
  k: number;
  df: number;
  grid: GridFit[];
}

/** The prior's pseudo sum of squares: one rounding error's worth (step²/12). */
export function spreadFloor(step: number): number {
  const h = Number.isFinite(step) && step > 0 ? step : 1;
  return (h * h) / 12;
}

/**
 * Cholesky factor of a symmetric positive definite k × k matrix (row-major), or null when it is not.
 * Returns the lower triangle L with A = L·L'.
 */
function cholesky(a: readonly number[], k: number): number[] | null {
  const l = new Array<number>(k * k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j]!;
      for (let m = 0; m < j; m++) sum -= l[i * k + m]! * l[j * k + m]!;
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * k + i] = Math.sqrt(sum);
      } else l[i * k + j] = sum / l[j * k + j]!;
    }
  }
  return l;
}

/** A⁻¹ from its Cholesky factor (k is at most a handful of phases). */
function inverseFromCholesky(l: readonly number[], k: number): number[] {
  const inv = new Array<number>(k * k).fill(0);
  for (let col = 0; col < k; col++) {
    // Solve L·z = e_col, then L'·x = z.
    const z = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) {
      let sum = i === col ? 1 : 0;
      for (let m = 0; m < i; m++) sum -= l[i * k + m]! * z[m]!;
      z[i] = sum / l[i * k + i]!;
    }
    for (let i = k - 1; i >= 0; i--) {
      let sum = z[i]!;
      for (let m = i + 1; m < k; m++) sum -= l[m * k + i]! * inv[m * k + col]!;
      inv[i * k + col] = sum / l[i * k + i]!;
    }
  }
  return inv;
}

interface Normal {
  xtx: number[];
  xty: number[];
  yty: number;
  logDetR: number;
}

/**
 * The Prais–Winsten transform extended to gaps: the first logged day is kept as it is, each later one becomes
 * (y_i − a·y_{i−1}) / √(1 − a²) with a = rho^gap, which leaves independent errors of equal variance.
 * Accumulates X'R⁻¹X, X'R⁻¹y, y'R⁻¹y and log|R| = Σ log(1 − a²) (values may be omitted for the design alone).
 */
function normalEquations(
  positions: readonly number[],
  phase: readonly number[],
  k: number,
  rho: number,
  values?: readonly number[],
): Normal {
  const n = positions.length;
  const xtx = new Array<number>(k * k).fill(0);
  const xty = new Array<number>(k).fill(0);
  let yty = 0;
  let logDetR = 0;
  const row = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    row.fill(0);
    let w = 0;
    if (i === 0) {
      row[phase[0]!] = 1;
      if (values) w = values[0]!;
    } else {
      const a = Math.pow(rho, positions[i]! - positions[i - 1]!);
      const d = Math.sqrt(1 - a * a);
      logDetR += 2 * Math.log(d);
      row[phase[i]!]! += 1 / d;
      row[phase[i - 1]!]! -= a / d;
      if (values) w = (values[i]! - a * values[i - 1]!) / d;
    }
    for (let p = 0; p < k; p++) {
      const rp = row[p]!;
      if (rp === 0) continue;
      xty[p]! += rp * w;
      for (let q = 0; q < k; q++) xtx[p * k + q]! += rp * row[q]!;
    }
    yty += w * w;
  }
  return { xtx, xty, yty, logDetR };
}

/** (X'R⁻¹X)⁻¹ of a design at one rho (no scores needed), or null when a phase cannot be estimated. */
export function designInverse(
  positions: readonly number[],
  phase: readonly number[],
  k: number,
  rho: number,
): number[] | null {
  const { xtx } = normalEquations(positions, phase, k, rho);
  const l = cholesky(xtx, k);
  return l === null ? null : inverseFromCholesky(l, k);
}

/** The fit at one rho; null when the phases cannot all be estimated. */
export function fitAt(data: ModelData, rho: number): Omit<GridFit, 'weight'> | null {
  const { positions, values, phase, k } = data;
  const n = values.length;
  if (n <= k) return null;
  const { xtx, xty, yty, logDetR } = normalEquations(positions, phase, k, rho, values);
  const l = cholesky(xtx, k);
  if (l === null) return null;
  const inverse = inverseFromCholesky(l, k);
  const beta = new Array<number>(k).fill(0);
  for (let p = 0; p < k; p++) for (let q = 0; q < k; q++) beta[p]! += inverse[p * k + q]! * xty[q]!;
  let explained = 0;
  for (let p = 0; p < k; p++) explained += beta[p]! * xty[p]!;
  const residual = Math.max(0, yty - explained);
  let logDetM = 0;
  for (let p = 0; p < k; p++) logDetM += 2 * Math.log(l[p * k + p]!);
  const df = n - k;
  const s = residual + spreadFloor(data.step);
  // log p(rho | y) = log prior − ½ log|R| − ½ log|X'R⁻¹X| − (n − k)/2 · log(S + q) + constant.
  const logPosterior = -0.5 * Math.log(1 - rho * rho) - 0.5 * logDetR - 0.5 * logDetM - 0.5 * df * Math.log(s);
  return { rho, beta, inverse, scale2: s / df, logPosterior };
}

/** The model over the whole grid, with normalised posterior weights; null when it cannot be fitted. */
export function fitModel(data: ModelData): ModelFit | null {
  const fits: Omit<GridFit, 'weight'>[] = [];
  for (const rho of RHO_GRID) {
    const f = fitAt(data, rho);
    if (f === null) return null;
    fits.push(f);
  }
  const top = Math.max(...fits.map((f) => f.logPosterior));
  const raw = fits.map((f) => Math.exp(f.logPosterior - top));
  const total = raw.reduce((a, b) => a + b, 0);
  const n = data.values.length;
  return { n, k: data.k, df: n - data.k, grid: fits.map((f, j) => ({ ...f, weight: raw[j]! / total })) };
}

/** The posterior mean of rho and a 95% interval read off the grid (the cells holding the 2.5% and 97.5% points). */
export function rhoSummary(fit: ModelFit): { mean: number; low: number; high: number } {
  let mean = 0;
  for (const g of fit.grid) mean += g.weight * g.rho;
  let cumulative = 0;
  let low = fit.grid[0]!.rho;
  let high = fit.grid[fit.grid.length - 1]!.rho;
  let lowFound = false;
  for (const g of fit.grid) {
    cumulative += g.weight;
    if (!lowFound && cumulative >= 0.025) {
      low = g.rho;
      lowFound = true;
    }
    if (cumulative >= 0.975) {
      high = g.rho;
      break;
    }
  }
  return { mean, low, high };
}

/** The day-to-day spread around the phase means: √(posterior mean of the t scale²). */
export function residualSd(fit: ModelFit): number {
  let s2 = 0;
  for (const g of fit.grid) s2 += g.weight * g.scale2;
  return Math.sqrt(s2);
}

/** Effective independent days of phase p: 1 / (X'R⁻¹X)⁻¹_pp, averaged over the posterior of rho. */
export function effectiveDays(fit: ModelFit, p: number): number {
  let sum = 0;
  for (const g of fit.grid) sum += g.weight / g.inverse[p * fit.k + p]!;
  return sum;
}

/** The posterior mean of phase p's level. */
export function phaseLevel(fit: ModelFit, p: number): number {
  let sum = 0;
  for (const g of fit.grid) sum += g.weight * g.beta[p]!;
  return sum;
}
