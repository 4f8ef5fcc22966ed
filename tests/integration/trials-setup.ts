// A real journal file in a temporary folder, the real router over it, and a clock the test can move: the
// trial services decide "today" from the clock, so a whole trial can be lived through in one test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openJournalApp, type JournalApp } from '../../electron/core/journalApp';
import type { InputOf, OperationName, OutputOf } from '$shared/contract/index';
import type { ApiError } from '$shared/contract/result';
import { dayRange, type Day } from '$shared/domain/day';

export interface TestJournal {
  app: JournalApp;
  journalPath: string;
  setToday(day: Day): void;
  call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** Calls an operation that must be refused and returns the refusal. */
  refused<K extends OperationName>(name: K, input: InputOf<K>): Promise<ApiError>;
  count(table: string): number;
  /** Saves one skin score a day through the contract, each on its own day (a check-in is never dated more than
   *  a day ahead), then sets the clock back; null leaves the day unlogged. */
  seedScores(first: Day, last: Day, score: (day: Day, index: number) => number | null): Promise<void>;
  close(): void;
}

export function noonOf(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function openTestJournal(today: Day): TestJournal {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-trials-'));
  const journalPath = path.join(dir, 'journal.sqlite');
  let clock = noonOf(today);
  const app = openJournalApp({ journalPath, now: () => clock, onInternalError: (name, e) => console.error(name, e) });
  const sender = { url: 'test:' };
  const j: TestJournal = {
    app,
    journalPath,
    setToday: (day) => {
      clock = noonOf(day);
    },
    async call(name, input) {
      const result = await app.router.handle(name, input, sender);
      if (!result.ok) throw new Error(`${name} was refused: ${result.error.code}: ${result.error.message}`);
      return result.value as OutputOf<typeof name>;
    },
    async refused(name, input) {
      const result = await app.router.handle(name, input, sender);
      if (result.ok) throw new Error(`${name} was expected to be refused but succeeded`);
      return result.error;
    },
    count: (table) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    async seedScores(first, last, score) {
      const then = clock;
      let i = 0;
      try {
        for (const day of dayRange(first, last)) {
          const value = score(day, i++);
          if (value === null) continue;
          if (noonOf(day) > clock) clock = noonOf(day);
          await j.call('checkIns.save', { day, values: { skinOverall: value } });
        }
      } finally {
        clock = then;
      }
    },
    close: () => {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return j;
}
