// `npx tsx scripts/tools/seed-fingerprint.ts <article.txt ...> > tests/fixtures/seed-fingerprint.txt`
//
// The guide states the facts of the article Axis grew from in its own words. To keep checking that no
// phrase of it is copied without keeping the article in this repository, the test compares hashes: every
// run of eight words of the article is normalised (textRuns, shared with the test), hashed, and only the
// hashes are stored. Rerun this only if the source article itself changes.
import fs from 'node:fs';
import { runHash, textRuns } from './wordRuns';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npx tsx scripts/tools/seed-fingerprint.ts <article.txt> [...]');
  process.exit(2);
}
const hashes = new Set<string>();
for (const file of files) for (const run of textRuns(fs.readFileSync(file, 'utf8'))) hashes.add(runHash(run));
console.log('# sha256 (first 16 hex digits) of every normalised 8-word run of the source article; see');
console.log(`# scripts/tools/seed-fingerprint.ts. ${hashes.size} runs.`);
for (const h of [...hashes].sort()) console.log(h);
