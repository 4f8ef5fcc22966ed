// Child process that holds a journal's write lock for a while, as another Axis (a window or the command line
// in the middle of a long write) or as another program (a database browser with a transaction open) would.
// Prints "holding" once it has the lock, then keeps it for the given time and lets go.
import Database from 'better-sqlite3';
import { openJournalApp } from '../../electron/core/journalApp';

const [journalPath, ms, who] = process.argv.slice(2) as [string, string, 'axis' | 'other'];
const sleep = (n: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, n);

if (who === 'axis') {
  const app = openJournalApp({ journalPath });
  app.db.exec('BEGIN IMMEDIATE');
  process.stdout.write('holding\n');
  sleep(Number(ms));
  app.db.exec('COMMIT');
  app.close();
} else {
  const db = new Database(journalPath);
  db.exec('BEGIN EXCLUSIVE');
  process.stdout.write('holding\n');
  sleep(Number(ms));
  db.exec('COMMIT');
  db.close();
}
