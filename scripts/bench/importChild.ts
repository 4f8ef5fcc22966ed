// One import of the big CSV in a process of its own, so its peak memory is the import's alone: the file is
// chosen, previewed and imported through the router, as the app and the command line do (a worker thread
// reads and writes; this main thread only waits). Prints one JSON line: times, the process's peak resident
// memory (main thread and worker together), and the longest the main thread's event loop was held up.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { openJournalApp } from '../../electron/core/journalApp';

const [csv, journal, mode] = process.argv.slice(2) as [string, string, 'worker' | 'thread' | 'read-only'];
const sender = { url: 'bench:' };
const BUILT = path.resolve(import.meta.dirname, '../../out/main/importWorker.js');

async function main(): Promise<void> {
  if (mode === 'read-only') {
    // The floor: reading the file and splitting it into lines, nothing else.
    const started = performance.now();
    let lines = 0;
    for await (const chunk of fs.createReadStream(csv, { highWaterMark: 1 << 20 }))
      for (const b of chunk as Buffer) if (b === 10) lines++;
    console.log(JSON.stringify({ readMs: performance.now() - started, lines }));
    return;
  }
  const app = openJournalApp({
    journalPath: journal,
    now: () => new Date(2026, 10, 30, 20),
    host: {
      dialogs: { chooseOpenPath: () => Promise.resolve(csv), chooseSavePath: () => Promise.resolve(null) },
      // The worker as the app ships it (the main build's second entry), when built; else its source via tsx.
      importWorker: {
        minBytes: mode === 'worker' ? 0 : Number.MAX_SAFE_INTEGER,
        ...(fs.existsSync(BUILT) ? { file: BUILT } : {}),
      },
    },
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const call = async (name: string, input: unknown) => {
    const r = await app.router.handle(name, input, sender);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const fileId = ((await call('data.chooseImportFile', {})).file as { id: string }).id;
  let started = performance.now();
  const preview = (await call('data.previewImportFile', { fileId })).csv as { ok: boolean; added: number };
  const previewMs = performance.now() - started;
  if (!preview.ok) throw new Error('the preview refused the file');
  started = performance.now();
  await call('data.importFile', { fileId });
  const importMs = performance.now() - started;
  delay.disable();
  const days = (app.db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  app.close();
  console.log(
    JSON.stringify({
      previewMs,
      importMs,
      days,
      peakMB: process.resourceUsage().maxRSS / 1024,
      longestPauseMs: delay.max / 1e6,
    }),
  );
}
void main();
