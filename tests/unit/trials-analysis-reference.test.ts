// The TypeScript statistics against the independent numpy/scipy implementation of the same method in
// scripts/reference/trials_reference.py (fixtures committed in tests/fixtures/trials/reference.json): every
// figure of every case to 1e-9.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTrial, type TrialAnalysisInput } from '$shared/trials/analysis';
import { normalCdf, studentTQuantile, studentTTail } from '$shared/trials/analysis/distributions';

interface ReferenceCase {
  name: string;
  input: TrialAnalysisInput;
  expected: Record<string, unknown> & { verdictKind: string };
}
interface Reference {
  tQuantiles: { p: number; df: number; value: number }[];
  tTails: { t: number; df: number; value: number }[];
  normalCdf: { x: number; value: number }[];
  cases: ReferenceCase[];
}

const reference = JSON.parse(
  readFileSync(new URL('../fixtures/trials/reference.json', import.meta.url), 'utf8'),
) as Reference;

const TOLERANCE = 1e-9;
let worst = 0;

/**
 * Every field the reference gives must be present and equal, numbers to 1e-9 (relative above 1); records
 * the largest gap seen. Fields the reference does not compute (labels, words) are not compared here.
 */
function agree(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const gap = Math.abs((actual as number) - expected) / Math.max(1, Math.abs(expected));
    worst = Math.max(worst, gap);
    expect(gap, `${path}: ${String(actual)} vs ${expected}`).toBeLessThan(TOLERANCE);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => agree((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true);
    for (const [key, value] of Object.entries(expected))
      agree((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('reference fixtures (numpy/scipy)', () => {
  it('has a meaningful set of cases, reaching every verdict and every kind of look', () => {
    expect(reference.cases.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(reference.cases.map((c) => c.expected.verdictKind));
    expect(kinds).toEqual(
      new Set(['waiting', 'not-enough-data', 'looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive']),
    );
    const looks = new Set(reference.cases.map((c) => (c.expected.look as { kind: string }).kind));
    expect(looks).toEqual(new Set(['waiting', 'interim', 'early', 'final']));
    expect(reference.cases.some((c) => c.expected.settle !== null)).toBe(true);
    expect(reference.cases.some((c) => (c.expected.randomisation as { p: number | null } | null)?.p != null)).toBe(
      true,
    );
  });

  it('Student-t quantiles and tails match scipy, fractional df included', () => {
    let gap = 0;
    for (const { p, df, value } of reference.tQuantiles)
      gap = Math.max(gap, Math.abs(studentTQuantile(p, df) - value) / Math.max(1, Math.abs(value)));
    expect(gap).toBeLessThan(1e-8);
    for (const { t, df, value } of reference.tTails) expect(Math.abs(studentTTail(t, df) - value)).toBeLessThan(1e-13);
  });

  it('the normal CDF matches scipy.stats.norm.cdf', () => {
    for (const { x, value } of reference.normalCdf) expect(Math.abs(normalCdf(x) - value)).toBeLessThan(1e-12);
  });

  for (const c of reference.cases) {
    it(`case "${c.name}": every figure and the verdict agree`, () => {
      const analysis = analyzeTrial(c.input);
      const { verdictKind, ...figures } = c.expected;
      agree(analysis, figures, c.name);
      expect(analysis.verdict.kind).toBe(verdictKind);
    });
  }

  // Every gap is asserted where it is measured; this only says how close the closest miss came.
  afterAll(() => console.log(`trial statistics: largest relative gap to numpy/scipy ${worst.toExponential(2)}`));
});
