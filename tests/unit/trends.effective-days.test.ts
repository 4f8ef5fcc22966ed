// The correlated-days correction and the false-discovery allowance behind "What moves with my skin": the
// transforms against textbook sums, the effective days against Bartlett's formula for known
// autocorrelations, and the behaviour a person would notice: two slowly drifting series that merely happen
// to move together are not shown as a pattern, while a real next-day link still is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fft, halfSpectra, laggedSums, mirroredDot, transformSize } from '$shared/trends/fft';
import { benjaminiHochberg, correlationP, effectiveDays, laggedAssociationsDense, pairedDays } from '$shared/trends';

function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const gaussian = (r: () => number) => () =>
  Math.sqrt(-2 * Math.log(Math.max(r(), 1e-12))) * Math.cos(2 * Math.PI * r());

describe('the transforms', () => {
  it('fft matches the textbook DFT and the inverse gives the input back', () => {
    const r = noise(5);
    for (const n of [1, 2, 8, 32, 128, 512]) {
      const re = Float64Array.from({ length: n }, () => r() - 0.5);
      const im = Float64Array.from({ length: n }, () => r() - 0.5);
      const [xr, xi] = [re.slice(), im.slice()];
      fft(xr, xi);
      for (let k = 0; k < n; k++) {
        let sr = 0;
        let si = 0;
        for (let t = 0; t < n; t++) {
          const a = (-2 * Math.PI * k * t) / n;
          sr += re[t]! * Math.cos(a) - im[t]! * Math.sin(a);
          si += re[t]! * Math.sin(a) + im[t]! * Math.cos(a);
        }
        expect(Math.abs(xr[k]! - sr)).toBeLessThan(1e-10);
        expect(Math.abs(xi[k]! - si)).toBeLessThan(1e-10);
      }
      fft(xr, xi, true);
      for (let t = 0; t < n; t++) expect(Math.abs(xr[t]! - re[t]!) + Math.abs(xi[t]! - im[t]!)).toBeLessThan(1e-12);
    }
    expect(() => fft(new Float64Array(6), new Float64Array(6))).toThrow(RangeError);
  });

  it('laggedSums gives both sequences’ lagged products without wrap-around (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 70 }),
        (values, maxLag) => {
          const a = Float64Array.from(values);
          const b = Float64Array.from(values, (v, i) => (i % 3 === 0 ? 0 : 1) * v * v);
          const got = laggedSums(a, b, maxLag);
          expect(got.a.length).toBe(Math.min(maxLag, values.length - 1) + 1);
          for (let j = 0; j < got.a.length; j++) {
            let sa = 0;
            let sb = 0;
            for (let t = 0; t + j < values.length; t++) {
              sa += a[t]! * a[t + j]!;
              sb += b[t]! * b[t + j]!;
            }
            expect(Math.abs(got.a[j]! - sa)).toBeLessThan(1e-7 * Math.max(1, Math.abs(sa)));
            expect(Math.abs(got.b[j]! - sb)).toBeLessThan(1e-7 * Math.max(1, Math.abs(sb)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
  it('a sequence’s lagged sums dotted with any g equal its power spectrum dotted with g’s (Parseval, property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 2, maxLength: 40 }),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (values, gValues) => {
          const maxLag = Math.min(values.length - 1, gValues.length - 1);
          const g = Float64Array.from(gValues.slice(0, maxLag + 1));
          const a = Float64Array.from(values);
          const size = transformSize(a.length, maxLag);
          let direct = 0;
          for (let j = 0; j <= maxLag; j++) {
            let s = 0;
            for (let t = 0; t + j < a.length; t++) s += a[t]! * a[t + j]!;
            direct += s * g[j]!;
          }
          const [power] = halfSpectra([a], size, 'power');
          const [spectrum] = halfSpectra([g], size, 'real');
          expect(Math.abs(mirroredDot(power!, spectrum!, size) - direct)).toBeLessThan(
            1e-8 * Math.max(1, Math.abs(direct)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('effective days', () => {
  const full = (n: number) => pairedDays([new Float64Array(n).fill(1)])[0]!;

  it('equals Bartlett’s formula for two AR(1) series with known autocorrelation', () => {
    // For AR(1) with coefficients a and b, Σ over all lags gives 1/n* ≈ (1/n)(1 + ab)/(1 − ab).
    const n = 3000;
    for (const [a, b] of [
      [0.3, 0.3],
      [0.8, 0.8],
      [0.8, 0.3],
    ] as const) {
      const acf = (phi: number) => Float64Array.from({ length: 400 }, (_, j) => phi ** j);
      const got = effectiveDays(n, full(n), acf(a), acf(b));
      const bartlett = (n * (1 - a * b)) / (1 + a * b);
      expect(Math.abs(got - bartlett) / bartlett).toBeLessThan(0.01);
    }
  });

  it('is the number of days when either series has no day-to-day likeness, and never more', () => {
    const n = 200;
    const none = new Float64Array(41);
    none[0] = 1;
    const alike = Float64Array.from({ length: 41 }, (_, j) => 0.9 ** j);
    expect(effectiveDays(n, full(n), none, alike)).toBe(n);
    // Opposite likeness (one alternates) would make the days worth more; they are capped at n.
    const alternating = Float64Array.from({ length: 41 }, (_, j) => (-0.8) ** j);
    expect(effectiveDays(n, full(n), alternating, alike)).toBe(n);
  });

  it('falls as either series gets more alike from day to day (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.09, noNaN: true }),
        (phi, step) => {
          const acf = (p: number) => Float64Array.from({ length: 61 }, (_, j) => p ** j);
          const n = 300;
          expect(effectiveDays(n, full(n), acf(phi + step), acf(0.7))).toBeLessThanOrEqual(
            effectiveDays(n, full(n), acf(phi), acf(0.7)) + 1e-9,
          );
        },
      ),
    );
  });

  it('counts the pairs of paired days a break really leaves, up to a fifth of the span', () => {
    // Days 0-9 and 30-39 paired: 20 days over a span of 40, so lags up to 8.
    const mask = new Float64Array(50);
    for (let t = 0; t < 10; t++) mask[t] = mask[30 + t] = 1;
    const [days] = pairedDays([mask]);
    expect(days!.span).toBe(40);
    expect(Array.from(days!.pairs)).toEqual([20, 18, 16, 14, 12, 10, 8, 6, 4]);
    // Days 5-34 without a gap: counted without a transform, span − j.
    const daily = new Float64Array(50);
    daily.fill(1, 5, 35);
    const [every] = pairedDays([daily]);
    expect(every!.span).toBe(30);
    expect(Array.from(every!.pairs)).toEqual([30, 29, 28, 27, 26, 25, 24]);
    expect(pairedDays([new Float64Array(10)])[0]).toEqual({ pairs: new Float64Array(1), span: 0 });
  });

  it('judges rho on Student’s t with the effective days (values from scipy.stats.t.sf)', () => {
    expect(correlationP(0.5, 12)).toBeCloseTo(0.0978546142578125, 10);
    expect(correlationP(0.3, 40.5)).toBeCloseTo(0.05832144428467255, 10);
    expect(correlationP(-0.2, 100)).toBeCloseTo(0.04603628646005412, 10);
    expect(correlationP(0.9, 3)).toBeNull();
    expect(correlationP(-1, 20)).toBe(0);
  });
});

describe('the false-discovery allowance', () => {
  it('adjusts upwards, keeps the order of the p-values, caps at 1 and leaves unasked questions out', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })), (p) => {
        const q = benjaminiHochberg(p);
        const asked = p.filter((v) => v !== null).length;
        p.forEach((v, i) => {
          if (v === null) return expect(q[i]).toBeNull();
          expect(q[i]!).toBeGreaterThanOrEqual(v);
          expect(q[i]!).toBeLessThanOrEqual(Math.min(1, v * asked) + 1e-12);
          p.forEach((w, k) => {
            if (w !== null && w <= v) expect(q[k]!).toBeLessThanOrEqual(q[i]! + 1e-12);
          });
        });
      }),
    );
    expect(() => benjaminiHochberg([0.2, 1.5])).toThrow(RangeError);
  });
});

describe('what a person would notice', () => {
  const days = 365;
  const dense = (values: number[]) => Float64Array.from(values);

  /** A slow wander: today is yesterday plus a little, as mood over a season can be. */
  function wander(r: () => number, centre: number, spread: number): number[] {
    const g = gaussian(r);
    const out: number[] = [];
    let x = 0;
    for (let t = 0; t < days; t++) {
      x = 0.98 * x + 0.2 * g();
      out.push(Math.max(0, Math.min(10, Math.round(centre + spread * x))));
    }
    return out;
  }

  it('two unrelated series that each wander slowly are not shown as a pattern, though a plain test says so', () => {
    let plainSays = 0;
    let pageShows = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = noise(seed);
      const skin = dense(wander(r, 5, 3));
      const stress = dense(wander(r, 4, 3));
      const [a] = laggedAssociationsDense(skin, [{ key: 'stress', label: 'Stress', values: stress }]);
      if (a!.lags.some((l) => l.rho !== null && correlationP(l.rho, l.n)! < 0.05)) plainSays++;
      if (a!.finding) pageShows++;
    }
    expect(plainSays).toBeGreaterThanOrEqual(15);
    expect(pageShows).toBeLessThanOrEqual(1);
  });

  it('skin that really follows dairy a day later is still shown, at lag 1', () => {
    const r = noise(99);
    const g = gaussian(r);
    const dairy = Array.from({ length: days }, () => Math.floor(r() * 4));
    const skin = dairy.map((_, t) => Math.max(0, Math.min(10, Math.round(4 + (t > 0 ? dairy[t - 1]! : 0) + g()))));
    const [a] = laggedAssociationsDense(dense(skin), [{ key: 'dairy', label: 'Dairy', values: dense(dairy) }]);
    expect(a!.finding).toBe(true);
    expect(a!.strongest!.lag).toBe(1);
    expect(a!.strongest!.q!).toBeLessThan(0.001);
  });
});
