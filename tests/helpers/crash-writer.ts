// Child process for the crash test: saves check-ins through the router as fast as it can and prints each
// day only after its save has committed. The parent kills it with SIGKILL at a random moment.
import { openJournalApp } from '../../electron/core/journalApp';
import { addDays } from '$shared/domain/day';

const journalPath = process.argv[2]!;
const app = openJournalApp({ journalPath });
const last = (app.db.prepare('SELECT max(day) AS day FROM check_ins').get() as { day: string | null }).day;
let day = last ? addDays(last, 1) : '2000-01-01';

async function run(): Promise<void> {
  for (let i = 0; ; i++) {
    const values = {
      skinOverall: i % 11,
      sleepHours: (i % 40) / 4,
      notes: `entry ${day} #${i}`,
      bodyAreas: i % 2 ? ['face' as const] : [],
    };
    const result = await app.router.handle('checkIns.save', { day, values }, { url: 'crash-test:' });
    if (!result.ok) throw new Error(result.error.message);
    process.stdout.write(`${day} ${i}\n`);
    day = addDays(day, 1);
  }
}
void run();
