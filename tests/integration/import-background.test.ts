// A large import runs in the import worker (electron/core/data/importJobs.ts): a thread of its own, with its
// own connection to the journal, so the process that asked keeps answering. It reports its progress, stops
// when cancelled at any point (reading, or writing: one transaction, rolled back, nothing kept), refuses
// other writes while it writes, and imports exactly what the same file imports in the calling thread.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '$shared/domain/day';
import { openJournalApp, type JournalApp } from '../../electron/core/journalApp';
import { cli } from '../helpers/cli';
import { snapshotByKey, tempDir } from '../helpers/journal';

const NOW = new Date(2026, 10, 30, 20);
let dir: string;
let big: string;
const DAYS = 30_000;
beforeAll(() => {
  dir = tempDir('axis-background-');
  big = path.join(dir, 'big.csv');
  const rows = ['day,stress,sleep_hours,notes'];
  for (let i = 0; i < DAYS; i++)
    rows.push(`${addDays('1930-01-01', i)},${i % 11},${(i % 40) / 4},"day ${i}: ${'a, ""quoted"" note. '.repeat(20)}"`);
  fs.writeFileSync(big, `${rows.join('\n')}\n`);
  expect(fs.statSync(big).size).toBeGreaterThan(10 * 1024 * 1024);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function journal(name: string, minBytes?: number): JournalApp {
  return openJournalApp({
    journalPath: path.join(dir, name),
    now: () => NOW,
    host: {
      dialogs: { chooseOpenPath: () => Promise.resolve(big), chooseSavePath: () => Promise.resolve(null) },
      ...(minBytes !== undefined ? { importWorker: { minBytes } } : {}),
    },
  });
}
const sender = { url: 'test:' };
const call = async (app: JournalApp, name: string, input: unknown) => app.router.handle(name, input, sender);
const value = async <T>(app: JournalApp, name: string, input: unknown): Promise<T> => {
  const r = await call(app, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
};
const days = (app: JournalApp) => (app.db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;

/** Polls the job until it reaches `phase`, then cancels it. */
async function cancelAt(app: JournalApp, fileId: string, phase: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const p = await value<{ running: boolean; phase: string; text: string }>(app, 'data.importProgress', { fileId });
    if (p.running) seen.push(p.phase);
    if (p.running && p.phase === phase) {
      await value(app, 'data.cancelImport', { fileId });
      return seen;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never reached ${phase}: ${seen.join(', ')}`);
}

describe('a file of more than 10 MB', () => {
  test(
    'cancelled while being read, or while being written: refused as cancelled, nothing kept',
    { timeout: 120_000 },
    async () => {
      const app = journal('cancelled.sqlite');
      try {
        await app.router.handle('checkIns.save', { day: '2026-11-30', values: { stress: 1 } }, sender);
        const before = snapshotByKey(app);
        const { file } = await value<{ file: { id: string; sizeBytes: number } }>(app, 'data.chooseImportFile', {});
        for (const [operation, phase] of [
          ['data.previewImportFile', 'reading'],
          ['data.importFile', 'writing'],
        ] as const) {
          const running = call(app, operation, { fileId: file.id });
          const seen = await cancelAt(app, file.id, phase);
          expect(seen).toContain(phase);
          expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
        }
        // Only the backup taken before the import changed anything, and it is a file beside the journal.
        expect(snapshotByKey(app)).toEqual(before);
      } finally {
        app.close();
      }
    },
  );

  test(
    'while it writes, another write is refused at once in words, not left waiting on the lock',
    { timeout: 120_000 },
    async () => {
      const app = journal('busy.sqlite');
      try {
        const { file } = await value<{ file: { id: string } }>(app, 'data.chooseImportFile', {});
        const running = call(app, 'data.importFile', { fileId: file.id });
        for (;;) {
          const p = await value<{ phase: string; running: boolean }>(app, 'data.importProgress', { fileId: file.id });
          if (p.running && p.phase === 'writing') break;
          await new Promise((r) => setTimeout(r, 20));
        }
        const save = await call(app, 'checkIns.save', { day: '2026-11-30', values: { stress: 2 } });
        expect(save).toMatchObject({ ok: false, error: { code: 'busy', message: /writing the import of big\.csv/ } });
        expect(await running).toMatchObject({ ok: true });
        expect(days(app)).toBe(DAYS);
        expect(await call(app, 'checkIns.save', { day: '2026-11-30', values: { stress: 2 } })).toMatchObject({
          ok: true,
        });
      } finally {
        app.close();
      }
    },
  );

  test(
    'the worker imports exactly what the calling thread imports from the same file',
    { timeout: 180_000 },
    async () => {
      const inWorker = journal('worker.sqlite', 0);
      const inThread = journal('thread.sqlite', Number.MAX_SAFE_INTEGER);
      try {
        for (const app of [inWorker, inThread]) {
          const { file } = await value<{ file: { id: string } }>(app, 'data.chooseImportFile', {});
          const preview = await value<{ csv: { ok: boolean; added: number } }>(app, 'data.previewImportFile', {
            fileId: file.id,
          });
          expect(preview.csv).toMatchObject({ ok: true, added: DAYS });
          await value(app, 'data.importFile', { fileId: file.id });
        }
        const strip = (s: Record<string, unknown[]>) => ({
          ...s,
          check_ins: s.check_ins!.map((r) => ({ ...(r as object), created_at: 0, updated_at: 0 })),
        });
        expect(strip(snapshotByKey(inWorker))).toEqual(strip(snapshotByKey(inThread)));
        expect(days(inWorker)).toBe(DAYS);
      } finally {
        inWorker.close();
        inThread.close();
      }
    },
  );
});

test(
  'the command line shows the progress of a large import on stderr, and the result on stdout',
  { timeout: 120_000 },
  async () => {
    const result = await cli('import', big, '--journal', path.join(dir, 'cli.sqlite'));
    expect(result.code).toBe(0);
    expect(result.out).toBe(`Imported ${DAYS} days.`);
    expect(
      result.err.split('\n').filter((l) => /^(Starting|Reading|Checking every row of|Writing) big\.csv/.test(l)).length,
    ).toBeGreaterThan(0);
  },
);
