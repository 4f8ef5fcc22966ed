// Autocorrelations of long day series by the fast Fourier transform. The correlated-days correction needs
// each series' autocorrelation up to a fifth of the range (730 lags over ten years); summed directly that is
// millions of products per series, by FFT a few hundred thousand. Results agree with the direct sums of
// scripts/reference/trends_reference.py to about 1e-12.

interface Tables {
  /** Bit-reversed index of each position. */
  reversed: Uint32Array;
  /** cos and sin of −2πk/size for k < size. */
  cos: Float64Array;
  sin: Float64Array;
}
/** Kept per size: the same few sizes recur (one per range length). */
const tables = new Map<number, Tables>();

function tablesFor(size: number): Tables {
  let t = tables.get(size);
  if (!t) {
    let bits = 0;
    while (1 << bits < size) bits++;
    const reversed = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      let r = 0;
      for (let b = 0, x = i; b < bits; b++, x >>= 1) r = (r << 1) | (x & 1);
      reversed[i] = r;
    }
    const cos = new Float64Array(size);
    const sin = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      cos[k] = Math.cos((2 * Math.PI * k) / size);
      sin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
    t = { reversed, cos, sin };
    tables.set(size, t);
  }
  return t;
}

/**
 * In-place FFT (Cooley & Tukey 1965) of re + i·im, the length a power of two: decimation in time on
 * bit-reversed input, two radix-2 stages fused per pass over the data (a third fewer passes than one stage at
 * a time, which is what this costs in JavaScript). The inverse includes the 1/n.
 */
export function fft(re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length;
  if (n !== im.length || (n & (n - 1)) !== 0) throw new RangeError(`fft needs a power-of-two length, got ${n}`);
  const { reversed, cos, sin } = tablesFor(n);
  for (let i = 0; i < n; i++) {
    const j = reversed[i] as number;
    if (i < j) {
      const tr = re[i] as number;
      re[i] = re[j] as number;
      re[j] = tr;
      const ti = im[i] as number;
      im[i] = im[j] as number;
      im[j] = ti;
    }
  }
  const sign = inverse ? -1 : 1;
  let len = 1;
  // An odd number of stages: one plain radix-2 stage first.
  if ((31 - Math.clz32(n)) % 2 === 1) {
    for (let a = 0; a < n; a += 2) {
      const ar = re[a] as number;
      const ai = im[a] as number;
      const br = re[a + 1] as number;
      const bi = im[a + 1] as number;
      re[a] = ar + br;
      im[a] = ai + bi;
      re[a + 1] = ar - br;
      im[a + 1] = ai - bi;
    }
    len = 2;
  }
  // Each pass turns transforms of length len into transforms of length 4·len.
  for (; len < n; len <<= 2) {
    const block = len << 2;
    const step = n / block;
    for (let s = 0; s < n; s += block) {
      for (let k = 0; k < len; k++) {
        const i0 = s + k;
        const i1 = i0 + len;
        const i2 = i1 + len;
        const i3 = i2 + len;
        // First stage: (i0, i1) and (i2, i3), twiddle W_{2·len}^k.
        const w1r = cos[2 * k * step] as number;
        const w1i = sign * (sin[2 * k * step] as number);
        let xr = (re[i1] as number) * w1r - (im[i1] as number) * w1i;
        let xi = (re[i1] as number) * w1i + (im[i1] as number) * w1r;
        const a0r = (re[i0] as number) + xr;
        const a0i = (im[i0] as number) + xi;
        const a1r = (re[i0] as number) - xr;
        const a1i = (im[i0] as number) - xi;
        xr = (re[i3] as number) * w1r - (im[i3] as number) * w1i;
        xi = (re[i3] as number) * w1i + (im[i3] as number) * w1r;
        const b0r = (re[i2] as number) + xr;
        const b0i = (im[i2] as number) + xi;
        const b1r = (re[i2] as number) - xr;
        const b1i = (im[i2] as number) - xi;
        // Second stage: a0 with b0 (twiddle W_{4·len}^k), a1 with b1 (W_{4·len}^{k + len}).
        const w2r = cos[k * step] as number;
        const w2i = sign * (sin[k * step] as number);
        const w3r = cos[(k + len) * step] as number;
        const w3i = sign * (sin[(k + len) * step] as number);
        const c0r = b0r * w2r - b0i * w2i;
        const c0i = b0r * w2i + b0i * w2r;
        const c1r = b1r * w3r - b1i * w3i;
        const c1i = b1r * w3i + b1i * w3r;
        re[i0] = a0r + c0r;
        im[i0] = a0i + c0i;
        re[i2] = a0r - c0r;
        im[i2] = a0i - c0i;
        re[i1] = a1r + c1r;
        im[i1] = a1i + c1i;
        re[i3] = a1r - c1r;
        im[i3] = a1i - c1i;
      }
    }
  }
  if (inverse) {
    const scale = 1 / n;
    for (let i = 0; i < n; i++) {
      re[i] = (re[i] as number) * scale;
      im[i] = (im[i] as number) * scale;
    }
  }
}

/** Working arrays per transform size, reused: a long range needs a dozen transforms per request. */
const scratch = new Map<number, { re: Float64Array; im: Float64Array; pr: Float64Array; pi: Float64Array }>();
function scratchFor(size: number) {
  let s = scratch.get(size);
  if (!s) {
    s = {
      re: new Float64Array(size),
      im: new Float64Array(size),
      pr: new Float64Array(size),
      pi: new Float64Array(size),
    };
    scratch.set(size, s);
  }
  return s;
}

/**
 * laggedSums for any number of sequences of one length, two to a transform: out[i][j] = Σ_t s_i[t]·s_i[t + j]
 * for j = 0 … maxLag.
 */
export function laggedSumsMany(sequences: readonly ArrayLike<number>[], maxLag: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let i = 0; i < sequences.length; i += 2) {
    const a = sequences[i] as ArrayLike<number>;
    const b = sequences[i + 1] ?? new Float64Array(a.length);
    const sums = laggedSums(a, b, maxLag);
    out.push(sums.a);
    if (i + 1 < sequences.length) out.push(sums.b);
  }
  return out;
}

/**
 * Sums of lagged products of two real sequences at once: out.a[j] = Σ_t a[t]·a[t + j] and likewise for b,
 * for j = 0 … maxLag (no wrap-around: the transform is padded to at least length + maxLag). One forward and
 * one inverse transform serve both sequences: a and b travel as the real and imaginary parts of one signal,
 * and their power spectra, both real, travel back the same way.
 */
export function laggedSums(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxLag: number,
): { a: Float64Array; b: Float64Array } {
  const length = a.length;
  if (b.length !== length) throw new RangeError('laggedSums needs two sequences of one length');
  const lags = Math.max(0, Math.min(maxLag, length - 1));
  const size = transformSize(length, lags);
  const { re, im, pr, pi } = scratchFor(size);
  re.fill(0);
  im.fill(0);
  for (let t = 0; t < length; t++) {
    re[t] = a[t] as number;
    im[t] = b[t] as number;
  }
  fft(re, im);
  // Z = A + iB with A, B the transforms of the real a and b: A_k = (Z_k + conj Z_{−k}) / 2 and
  // B_k = (Z_k − conj Z_{−k}) / 2i, so |A_k|² and |B_k|² follow from Z_k and Z_{−k} alone.
  for (let k = 0; k < size; k++) {
    const m = (size - k) & (size - 1);
    const zr = re[k] as number;
    const zi = im[k] as number;
    const wr = re[m] as number;
    const wi = im[m] as number;
    const ar = (zr + wr) / 2;
    const ai = (zi - wi) / 2;
    const br = (zi + wi) / 2;
    const bi = (wr - zr) / 2;
    pr[k] = ar * ar + ai * ai;
    pi[k] = br * br + bi * bi;
  }
  fft(pr, pi, true);
  return { a: pr.slice(0, lags + 1), b: pi.slice(0, lags + 1) };
}

/** The transform length for lagged sums of `length` days to `maxLag`: a power of two with no wrap-around. */
export function transformSize(length: number, maxLag: number): number {
  let size = 1;
  while (size < length + Math.max(0, maxLag) + 1) size <<= 1;
  return size;
}

/**
 * Half spectra of real sequences (each zero-padded to `size`), two to a transform, for k = 0 … size/2 (the
 * rest mirrors it): `power` gives |X_k|², `real` gives Re X_k. With them a sum Σ_j a(j)·g(j), where a is a
 * sequence's lagged sums and g is real, is (1/size) Σ_k |X_k|² Re G_k (Parseval): no inverse transform.
 */
export function halfSpectra(
  sequences: readonly ArrayLike<number>[],
  size: number,
  kind: 'power' | 'real',
): Float64Array[] {
  const out: Float64Array[] = [];
  const half = size >> 1;
  for (let i = 0; i < sequences.length; i += 2) {
    const a = sequences[i] as ArrayLike<number>;
    const b = sequences[i + 1];
    if (a.length > size || (b !== undefined && b.length > size))
      throw new RangeError('a sequence is longer than the transform');
    const { re, im } = scratchFor(size);
    re.fill(0);
    im.fill(0);
    for (let t = 0; t < a.length; t++) re[t] = a[t] as number;
    if (b !== undefined) for (let t = 0; t < b.length; t++) im[t] = b[t] as number;
    fft(re, im);
    const x = new Float64Array(half + 1);
    const y = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      const m = (size - k) & (size - 1);
      const zr = re[k] as number;
      const zi = im[k] as number;
      const wr = re[m] as number;
      const wi = im[m] as number;
      // As in laggedSums: A_k = (Z_k + conj Z_{−k}) / 2, B_k = (Z_k − conj Z_{−k}) / 2i.
      const ar = (zr + wr) / 2;
      const ai = (zi - wi) / 2;
      const br = (zi + wi) / 2;
      const bi = (wr - zr) / 2;
      x[k] = kind === 'power' ? ar * ar + ai * ai : ar;
      y[k] = kind === 'power' ? br * br + bi * bi : br;
    }
    out.push(x);
    if (b !== undefined) out.push(y);
  }
  return out;
}

/** (1/size) Σ_k p_k·g_k over a whole spectrum given by its halves (k = 0 … size/2; the rest mirrors it). */
export function mirroredDot(p: Float64Array, g: Float64Array, size: number): number {
  const half = size >> 1;
  if (half === 0) return ((p[0] as number) * (g[0] as number)) / size;
  let sum = (p[0] as number) * (g[0] as number) + (p[half] as number) * (g[half] as number);
  for (let k = 1; k < half; k++) sum += 2 * (p[k] as number) * (g[k] as number);
  return sum / size;
}
