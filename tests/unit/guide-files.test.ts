// Checks on the guide's source files rather than its data: copied wording, purity and size.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guideDir = join(root, 'shared', 'guide');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('guide source files', () => {
  it('share no 8-word run with the seed article', () => {
    const run = spawnSync('python3', ['../shared/tools/seed-overlap', 'shared/guide'], { cwd: root, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.stdout).toContain('no copied 8-word runs');
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('stay pure: no Node, Electron, renderer or DOM imports', () => {
    for (const file of tsFiles(guideDir)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:|electron|fs|path)/);
      expect(text, file).not.toMatch(/renderer\//);
      expect(text, file).not.toMatch(/\b(window|document|localStorage)\./);
    }
  });

  it('stay small enough to read in one sitting', () => {
    for (const file of tsFiles(guideDir)) {
      expect(readFileSync(file, 'utf8').split('\n').length, file).toBeLessThanOrEqual(300);
    }
  });
});
