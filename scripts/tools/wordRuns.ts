// Runs of eight words, normalised the same way for the source article (scripts/tools/seed-fingerprint.ts)
// and for the app's own text (tests/unit/guide-files.test.ts): lower case, curly apostrophes made straight,
// anything but letters, digits and apostrophes a word break. A shared run of eight words is a copied phrase.
import crypto from 'node:crypto';

export const RUN_WORDS = 8;

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(/[a-z0-9']+/g) ?? []
  );
}

export function textRuns(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_WORDS <= w.length; i++) runs.push(w.slice(i, i + RUN_WORDS).join(' '));
  return runs;
}

export function runHash(run: string): string {
  return crypto.createHash('sha256').update(run).digest('hex').slice(0, 16);
}
