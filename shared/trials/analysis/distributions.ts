// Normal and Student-t distribution functions, written out here because shared/ may not depend on a maths
// library and the app must give the same figures offline on every machine. Accuracy is checked against
// scipy in tests/fixtures/trials/reference.json (agreement well below 1e-8).

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, relative error around 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const TINY = 1e-300;
const EPS = 1e-16;

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * Regularised incomplete beta I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. Callers that know 1 − x more precisely
 * than the subtraction would give (x close to 1) pass it as xc.
 */
export function regularizedBeta(
  x: number,
  a: number,
  b: number,
  xc: number = 1 - x,
  logBetaInverse: number = logGamma(a + b) - logGamma(a) - logGamma(b),
): number {
  if (x <= 0) return 0;
  if (xc <= 0) return 1;
  const logFront = logBetaInverse + a * Math.log(x) + b * Math.log(xc);
  const front = Math.exp(logFront);
  // The continued fraction converges fast only on one side of the mean; use the symmetry elsewhere.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, xc)) / b;
}

/** P(T > t) for t ≥ 0 with df degrees of freedom (df may be fractional). */
// The mixtures of posterior.ts evaluate many tails at one df: remember the last df's −ln B(df/2, ½).
let cachedDf = NaN;
let cachedLogBetaInverse = 0;

function studentUpperTail(t: number, df: number): number {
  const denominator = df + t * t;
  if (df !== cachedDf) {
    cachedDf = df;
    cachedLogBetaInverse = logGamma(df / 2 + 0.5) - logGamma(df / 2) - logGamma(0.5);
  }
  return 0.5 * regularizedBeta(df / denominator, df / 2, 0.5, (t * t) / denominator, cachedLogBetaInverse);
}

/** Student-t cumulative distribution function. */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const upper = studentUpperTail(Math.abs(t), df);
  return t >= 0 ? 1 - upper : upper;
}

/** P(T > t) for any t. */
export function studentTTail(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  return t >= 0 ? studentUpperTail(t, df) : 1 - studentUpperTail(-t, df);
}

let densityDf = NaN;
let densityLogC = 0;

export function studentTDensity(t: number, df: number): number {
  if (df !== densityDf) {
    densityDf = df;
    densityLogC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  }
  return Math.exp(densityLogC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Student-t quantile (inverse CDF) for fractional df > 0: bisection on the upper tail to bracket the root
 * tightly, then Newton steps on the density to polish it.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return NaN;
  }
  if (p === 0.5) return 0;
  const tail = Math.min(p, 1 - p);
  let lo = 0;
  let hi = 1;
  while (studentUpperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) break;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = 0.5 * (lo + hi);
    if (studentUpperTail(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  let t = 0.5 * (lo + hi);
  for (let i = 0; i < 3; i++) {
    const density = studentTDensity(t, df);
    if (!(density > 0)) break;
    const step = (studentUpperTail(t, df) - tail) / density;
    const next = t + step;
    if (!Number.isFinite(next) || next < lo || next > hi) break;
    t = next;
  }
  return p > 0.5 ? t : -t;
}

/** Regularised upper incomplete gamma Q(a, x) (series below a + 1, continued fraction above). */
function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < 10_000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(logFront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(logFront) * h;
}

/** Standard normal cumulative distribution function Φ(x) = ½·erfc(−x/√2), via erfc(z) = Q(½, z²). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const z = Math.abs(x) / Math.SQRT2;
  const halfErfc = 0.5 * upperGamma(0.5, z * z);
  return x >= 0 ? 1 - halfErfc : halfErfc;
}
