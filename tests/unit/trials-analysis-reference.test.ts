// The TypeScript statistics against the independent numpy/scipy implementation in
// scripts/reference/trials_reference.py (fixtures committed in tests/fixtures/trials/reference.json).

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTrial, type Comparison, type TrialAnalysisInput } from '$shared/trials/analysis';
import { normalCdf, studentTQuantile } from '$shared/trials/analysis/distributions';

interface ReferenceCase {
  name: string;
  input: TrialAnalysisInput;
  expected: { comparisons: Record<string, unknown>[]; verdictKind: string };
}
interface Reference {
  tQuantiles: { p: number; df: number; value: number }[];
  normalCdf: { x: number; value: number }[];
  cases: ReferenceCase[];
}

const reference = JSON.parse(
  readFileSync(new URL('../fixtures/trials/reference.json', import.meta.url), 'utf8'),
) as Reference;

const PHASE_FIELDS = [
  'days',
  'usableDays',
  'loggedDays',
  'loggedShare',
  'mean',
  'sd',
  'lag1Raw',
  'lag1',
  'nEff',
  'firstUsableDay',
] as const;
const COMPARISON_FIELDS = [
  'kind',
  'cycle',
  'enoughData',
  'difference',
  'standardisedDifference',
  'pooledSd',
  'se',
  'df',
  'ci',
  'foodEffect',
  'foodEffectCi',
  'probabilityMeaningful',
  'randomisationP',
  'randomisationSwitchDays',
] as const;

let worst = 0;

/** Deep equality with numbers compared to 1e-6 (relative above 1); records the largest gap seen. */
function agree(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const gap = Math.abs((actual as number) - expected) / Math.max(1, Math.abs(expected));
    worst = Math.max(worst, gap);
    expect(gap, `${path}: ${String(actual)} vs ${expected}`).toBeLessThan(1e-6);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => agree((actual as unknown[])[i], e, `${path}[${i}]`));
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('reference fixtures (numpy/scipy)', () => {
  it('has a meaningful set of cases', () => {
    expect(reference.cases.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(reference.cases.map((c) => c.expected.verdictKind));
    expect(kinds).toEqual(
      new Set(['not-enough-data', 'looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive']),
    );
  });

  it('Student-t quantiles match scipy.stats.t.ppf to 1e-8, fractional df included', () => {
    let gap = 0;
    for (const { p, df, value } of reference.tQuantiles) {
      const mine = studentTQuantile(p, df);
      gap = Math.max(gap, Math.abs(mine - value) / Math.max(1, Math.abs(value)));
    }
    console.log(
      `t quantile: largest relative gap to scipy ${gap.toExponential(2)} over ${reference.tQuantiles.length} values`,
    );
    expect(gap).toBeLessThan(1e-8);
  });

  it('the normal CDF matches scipy.stats.norm.cdf', () => {
    for (const { x, value } of reference.normalCdf) expect(Math.abs(normalCdf(x) - value)).toBeLessThan(1e-12);
  });

  for (const c of reference.cases) {
    it(`case "${c.name}": comparisons and verdict agree`, () => {
      const analysis = analyzeTrial(c.input);
      expect(analysis.comparisons.length).toBe(c.expected.comparisons.length);
      c.expected.comparisons.forEach((exp, i) => {
        const got = analysis.comparisons[i]! as Comparison & Record<string, unknown>;
        for (const field of COMPARISON_FIELDS) agree(got[field], exp[field], `${c.name}#${i}.${field}`);
        for (const side of ['before', 'after'] as const) {
          const expSide = exp[side] as Record<string, unknown>;
          const gotSide = got[side] as unknown as Record<string, unknown>;
          for (const field of PHASE_FIELDS) agree(gotSide[field], expSide[field], `${c.name}#${i}.${side}.${field}`);
        }
      });
      expect(analysis.verdict.kind).toBe(c.expected.verdictKind);
    });
  }

  // Every gap is asserted where it is measured; this only says how close the closest miss came.
  afterAll(() => console.log(`trial statistics: largest relative gap to numpy/scipy ${worst.toExponential(2)}`));
});
