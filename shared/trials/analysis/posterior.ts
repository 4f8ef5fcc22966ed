// The posterior of one contrast of the phase means (model.ts): at each grid value of rho a Student t with
// n − k degrees of freedom, located at c'β and scaled by √(scale² · c'(X'R⁻¹X)⁻¹c); overall, their mixture
// with the posterior weights of rho. Ranges and probabilities come from this one distribution, so they always
// agree with each other.

import { studentTDensity, studentTTail } from './distributions';
import type { ModelFit } from './model';

export interface Component {
  weight: number;
  location: number;
  scale: number;
}

export interface ContrastPosterior {
  df: number;
  components: Component[];
  /** Posterior mean. */
  mean: number;
  /** Posterior standard deviation (needs df > 2; with fewer the t has no variance and this is +Infinity). */
  sd: number;
}

export function contrastPosterior(fit: ModelFit, c: readonly number[]): ContrastPosterior {
  const { k, df } = fit;
  // Components below 1e-15 of weight cannot move any figure by more than 1e-13; they are skipped for speed.
  const components = fit.grid
    .filter((g) => g.weight >= 1e-15)
    .map((g) => {
      let location = 0;
      let quad = 0;
      for (let p = 0; p < k; p++) {
        const cp = c[p] ?? 0;
        if (cp === 0) continue;
        location += cp * g.beta[p]!;
        for (let q = 0; q < k; q++) quad += cp * (c[q] ?? 0) * g.inverse[p * k + q]!;
      }
      return { weight: g.weight, location, scale: Math.sqrt(Math.max(0, g.scale2 * quad)) };
    });
  let mean = 0;
  for (const m of components) mean += m.weight * m.location;
  let second = 0;
  const varianceFactor = df > 2 ? df / (df - 2) : Infinity;
  for (const m of components) second += m.weight * (m.scale * m.scale * varianceFactor + (m.location - mean) ** 2);
  return { df, components, mean, sd: Math.sqrt(second) };
}

/** P(contrast > x). Computed from the upper tails, so tiny probabilities keep their digits. */
export function probabilityAbove(post: ContrastPosterior, x: number): number {
  let p = 0;
  for (const m of post.components) {
    if (m.weight === 0) continue;
    p += m.weight * (m.scale > 0 ? studentTTail((x - m.location) / m.scale, post.df) : m.location > x ? 1 : 0);
  }
  return Math.min(1, Math.max(0, p));
}

/** P(contrast ≤ x). */
export function probabilityBelow(post: ContrastPosterior, x: number): number {
  let p = 0;
  for (const m of post.components) {
    if (m.weight === 0) continue;
    p += m.weight * (m.scale > 0 ? studentTTail((m.location - x) / m.scale, post.df) : m.location <= x ? 1 : 0);
  }
  return Math.min(1, Math.max(0, p));
}

function density(post: ContrastPosterior, x: number): number {
  let d = 0;
  for (const m of post.components) {
    if (m.weight === 0 || !(m.scale > 0)) continue;
    d += (m.weight * studentTDensity((x - m.location) / m.scale, post.df)) / m.scale;
  }
  return d;
}

/**
 * The p-quantile of the mixture: Newton steps from the normal approximation, inside a bracket that is widened
 * until it holds the root and halved whenever a step would leave it; relative tolerance 1e-13.
 */
export function quantile(post: ContrastPosterior, p: number): number {
  // F(x) − p, evaluated on the smaller tail for accuracy.
  const gap = (x: number): number => (p < 0.5 ? probabilityBelow(post, x) - p : 1 - p - probabilityAbove(post, x));
  const spread =
    Number.isFinite(post.sd) && post.sd > 0 ? post.sd : Math.max(...post.components.map((m) => m.scale), 1e-9);
  let x = post.mean + NORMAL_Z(p) * spread;
  let g = gap(x);
  if (g === 0) return x;
  // Bracket: walk away from x in the direction of the root, doubling the step.
  let lo = x;
  let hi = x;
  let step = spread;
  if (g > 0) {
    for (let i = 0; i < 200 && gap(lo) > 0; i++, step *= 2) lo -= step;
  } else {
    for (let i = 0; i < 200 && gap(hi) < 0; i++, step *= 2) hi += step;
  }
  for (let i = 0; i < 200; i++) {
    if (g > 0) hi = x;
    else lo = x;
    const d = density(post, x);
    let next = d > 0 ? x - g / d : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const tolerance = 1e-13 * Math.max(1, Math.abs(next));
    if (Math.abs(next - x) < tolerance || hi - lo < tolerance) return next;
    x = next;
    g = gap(x);
    if (g === 0) return x;
  }
  return x;
}

/** A rough standard normal quantile (for a starting point only). */
function NORMAL_Z(p: number): number {
  const t = Math.sqrt(-2 * Math.log(Math.min(p, 1 - p)));
  const z =
    t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return p < 0.5 ? -z : z;
}

/** The central range holding `level` of the posterior. */
export function centralRange(post: ContrastPosterior, level: number): [number, number] {
  const tail = (1 - level) / 2;
  return [quantile(post, tail), quantile(post, 1 - tail)];
}
