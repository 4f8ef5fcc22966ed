// Checks on the guide's source files rather than its data: copied wording, purity and size.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RUN_WORDS, runHash, textRuns } from '../../scripts/tools/wordRuns';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guideDir = join(root, 'shared', 'guide');

function filesIn(dir: string, ends: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesIn(join(dir, e.name), ends)
      : ends.some((x) => e.name.endsWith(x))
        ? [join(dir, e.name)]
        : [],
  );
}
const tsFiles = (dir: string) => filesIn(dir, ['.ts']);

/** Hashes of every eight-word run of the article the guide's facts come from (scripts/tools/seed-fingerprint.ts). */
const seedRuns = new Set(
  readFileSync(join(root, 'tests', 'fixtures', 'seed-fingerprint.txt'), 'utf8')
    .split('\n')
    .filter((l) => /^[0-9a-f]{16}$/.test(l)),
);

describe('guide source files', () => {
  it('share no 8-word run with the source article, anywhere in the app', () => {
    // The fingerprint must be the real one: the article has about 950 words, so about 950 runs.
    expect(seedRuns.size).toBeGreaterThan(900);
    expect(RUN_WORDS).toBe(8);
    expect(runHash('the quick brown fox jumps over the lazy')).toBe('847327c8de7a531a');
    const copied: string[] = [];
    for (const dir of ['shared', 'renderer']) {
      for (const file of filesIn(join(root, dir), ['.ts', '.svelte', '.html', '.json', '.md'])) {
        for (const run of textRuns(readFileSync(file, 'utf8')))
          if (seedRuns.has(runHash(run))) copied.push(`${file.slice(root.length)}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
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
