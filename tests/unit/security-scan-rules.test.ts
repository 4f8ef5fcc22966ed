// How scripts/security.ts judges electronegativity's findings: what fails, what a suppression may hide, and
// that every suppression's proof holds for the code as it is now.
import { describe, expect, it } from 'vitest';
import { SUPPRESSIONS, judge, type Finding, type Suppression } from '../../scripts/security';

const finding = (check: string, file: string, severity: Finding['severity'] = 'HIGH'): Finding => ({
  check,
  file,
  severity,
  confidence: 'FIRM',
  line: 1,
  description: '',
  sample: '',
});

describe('judge', () => {
  it('fails any finding above INFORMATIONAL that has no suppression', () => {
    const verdict = judge(
      [
        finding('NODE_INTEGRATION_JS_CHECK', 'electron/main/main.ts', 'LOW'),
        finding('X', 'electron/a.ts', 'INFORMATIONAL'),
      ],
      [],
    );
    expect(verdict.failing.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(verdict.informational.map((f) => f.check)).toEqual(['X']);
  });

  it('keys suppressions by check and file: the same check elsewhere still fails', () => {
    const allow: Suppression = {
      check: 'SANDBOX_JS_CHECK',
      file: 'electron/main/main.ts',
      why: 'test',
      proof: () => null,
    };
    const verdict = judge(
      [finding('SANDBOX_JS_CHECK', 'electron/main/main.ts'), finding('SANDBOX_JS_CHECK', 'electron/other.ts')],
      [allow],
    );
    expect(verdict.suppressed).toHaveLength(1);
    expect(verdict.failing.map((f) => f.file)).toEqual(['electron/other.ts']);
  });

  it('counts a finding whose suppression proof fails (or throws)', () => {
    const broken: Suppression = { check: 'A', file: 'f', why: 'w', proof: () => 'no longer true' };
    const throwing: Suppression = {
      check: 'B',
      file: 'f',
      why: 'w',
      proof: () => {
        throw new Error('boom');
      },
    };
    const verdict = judge([finding('A', 'f'), finding('B', 'f')], [broken, throwing]);
    expect(verdict.failing.map((f) => f.check)).toEqual(['A', 'B']);
    expect(verdict.brokenProofs.map((b) => b.problem)).toEqual(['no longer true', 'the proof threw: boom']);
  });

  it('reports suppressions that match nothing', () => {
    const unused: Suppression = { check: 'GONE', file: 'f', why: 'w', proof: () => null };
    expect(judge([], [unused]).unusedSuppressions).toEqual([unused]);
  });
});

describe('the suppressions in force', () => {
  it('each says why and its proof holds for the current code', () => {
    expect(SUPPRESSIONS.length).toBeGreaterThan(0);
    for (const s of SUPPRESSIONS) {
      expect(s.why.length, s.check).toBeGreaterThan(30);
      expect(s.file, s.check).toMatch(/^electron\//);
      expect(s.proof(), `${s.check} ${s.file}`).toBeNull();
    }
  });

  it('no check is suppressed twice for the same file', () => {
    const keys = SUPPRESSIONS.map((s) => `${s.check} ${s.file}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
