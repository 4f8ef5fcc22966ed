// Two processes writing one journal at once (a second app window, or the command line while the app is
// open): every write starts BEGIN IMMEDIATE, so the second waits its turn instead of failing at once with
// "database is locked", and none of thousands of saves is refused. A writer that holds the file longer than
// the wait is named plainly: another Axis, or another program.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const dir = tempDir('axis-writers-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function child(script: string, args: string[]): { out: Promise<string>; started: Promise<void> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let signal: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (signal = resolve));
  proc.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('holding')) signal();
  });
  proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    started,
    out: new Promise((resolve, reject) =>
      proc.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`)))),
    ),
  };
}

test('two processes saving at once for four seconds: no save is refused', { timeout: 60_000 }, async () => {
  const journal = path.join(dir, 'shared.sqlite');
  openJournalApp({ journalPath: journal }).close();
  const writers = [
    child('tests/helpers/journal-writer.ts', [journal, '1950-01-01', '2', '4000']),
    child('tests/helpers/journal-writer.ts', [journal, '1950-01-02', '2', '4000']),
  ];
  const results = (await Promise.all(writers.map((w) => w.out))).map(
    (o) => JSON.parse(o) as { saved: number; refusals: Record<string, number> },
  );
  expect(results.map((r) => r.refusals)).toEqual([{}, {}]);
  const db = new Database(journal, { readonly: true });
  const held = (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  db.close();
  expect(held).toBe(results[0]!.saved + results[1]!.saved);
  expect(Math.min(results[0]!.saved, results[1]!.saved)).toBeGreaterThan(20); // both really wrote, interleaved
});

test.each([
  ['axis', /Another Axis \(process \d+\) is using this journal.*waited 5 seconds.*Nothing was imported/s],
  ['other', /Another program is holding .*shared-\w+\.sqlite.*locked.*waited 5 seconds.*Nothing was imported/s],
] as const)(
  'a journal held by %s longer than the wait: the command waits, then says who holds it',
  { timeout: 60_000 },
  async (who, words) => {
    const journal = path.join(dir, `shared-${who}.sqlite`);
    openJournalApp({ journalPath: journal }).close();
    const csv = path.join(dir, `days-${who}.csv`);
    fs.writeFileSync(csv, 'day,stress\n2026-01-01,3\n');
    const holder = child('tests/helpers/journal-holder.ts', [journal, '9000', who]);
    await holder.started;
    const started = Date.now();
    const result = await cli('import', csv, '--journal', journal);
    expect(Date.now() - started).toBeGreaterThan(4_500); // it waited for the lock before giving up
    expect(result.code).toBe(1);
    expect(result.err).toMatch(words);
    await holder.out;
    const db = new Database(journal, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM check_ins').get()).toEqual({ n: 0 });
    db.close();
  },
);
