// Child process for the two-writer test: saves check-ins through the router, as fast as it can, for a given
// time, on every `step`-th day from `first`; prints one JSON line at the end: how many saves succeeded, and
// the distinct refusals. Two of these run at once on the same journal file.
import { openJournalApp } from '../../electron/core/journalApp';
import { addDays } from '$shared/domain/day';

const [journalPath, first, step, ms] = process.argv.slice(2) as [string, string, string, string];
const app = openJournalApp({ journalPath, now: () => new Date(2026, 10, 30, 20) });
const LAST_DAY = '2026-11-30';
const until = Date.now() + Number(ms);
let saved = 0;
const refusals = new Map<string, number>();

async function run(): Promise<void> {
  for (let i = 0; Date.now() < until; i++) {
    const day = addDays(first, i * Number(step));
    if (day > LAST_DAY) break; // a fast machine would otherwise run into days after "today"
    const result = await app.router.handle(
      'checkIns.save',
      { day, values: { skinOverall: i % 11, notes: `writer ${first} #${i}` } },
      { url: 'writer:' },
    );
    if (result.ok) saved++;
    else refusals.set(result.error.message, (refusals.get(result.error.message) ?? 0) + 1);
  }
  app.close();
  process.stdout.write(`${JSON.stringify({ saved, refusals: Object.fromEntries(refusals) })}\n`);
}
void run();
