// Crash safety: a writer is killed with SIGKILL at random moments, 20 times. After every kill the journal
// passes SQLite's integrity check and holds every check-in the writer reported as committed, with its values.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/journal';

const dir = tempDir('axis-crash-');
const journal = path.join(dir, 'journal.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runAndKill(delayMs: number): Promise<{ day: string; i: number }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/crash-writer.ts', journal], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: { day: string; i: number }[] = [];
    let buffer = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [day, i] = line.split(' ');
        committed.push({ day: day!, i: Number(i) });
      }
      // Start the clock at the first commit, so every kill lands in the middle of steady writing.
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself: ${errors}`));
      else resolve(committed);
    });
  });
}

test('20 random SIGKILLs: integrity holds and no committed check-in is lost', { timeout: 240_000 }, async () => {
  let total = 0;
  for (let round = 0; round < 20; round++) {
    const committed = await runAndKill(50 + Math.floor(Math.random() * 400));
    const db = new Database(journal);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const read = db.prepare('SELECT skin_overall, sleep_hours, notes, body_areas FROM check_ins WHERE day = ?');
    for (const { day, i } of committed) {
      expect(read.get(day), `${day} (round ${round})`).toEqual({
        skin_overall: i % 11,
        sleep_hours: (i % 40) / 4,
        notes: `entry ${day} #${i}`,
        body_areas: i % 2 ? '["face"]' : '[]',
      });
    }
    db.close();
    total += committed.length;
  }
  expect(total).toBeGreaterThan(20);
});
