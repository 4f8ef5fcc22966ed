// `npm run security` end to end: electronegativity over electron/, every finding either absent or
// suppressed with a proof that holds, no file left unparsed, exit code 0.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

describe('security scan', () => {
  it('passes', { timeout: 180_000 }, () => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/security.ts'],
      { cwd: ROOT, encoding: 'utf8', timeout: 170_000 },
    );
    const out = `${result.stdout}${result.stderr}`;
    expect(result.status, out).toBe(0);
    expect(out).toContain('Security scan passed.');
    expect(out).toMatch(/0 failing/);
    expect(out).not.toMatch(/could not parse|PROOF FAILED/);
  });
});
