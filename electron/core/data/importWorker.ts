// The import worker: a thread of its own that reads a large file, checks every row and writes the import in
// one transaction on its own connection to the journal, so the app's main process (and the page waiting on
// it) never waits for the work. The main side is importJobs.ts; the work itself is importRun.ts, the same
// code that runs in the calling thread for a small file. Progress is posted as it goes; a cancel is a flag in
// shared memory, read between chunks and every thousand days written.
import { parentPort, workerData } from 'node:worker_threads';
import { UserFacingError } from '$shared/contract/result';
import type { ServiceContext } from '../context';
import { openJournal } from '../db/open';
import { errorCodeOf } from '../failures';
import { runImport, type ImportJob } from './importRun';

export interface WorkerInput {
  journalPath: string;
  nativeBinding?: string | undefined;
  isDemo: boolean;
  /** The caller's clock when the job started (tests run on a fixed one). */
  now: string;
  job: ImportJob;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: import('./importRun').Progress }
  | { type: 'done'; result: import('./importRun').JobResult }
  | { type: 'failed'; code: string | null; userFacing: boolean; message: string };

const input = workerData as WorkerInput;
const flag = new Int32Array(input.cancel);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

async function main(): Promise<void> {
  const db = openJournal(input.journalPath, { nativeBinding: input.nativeBinding });
  const ctx: ServiceContext = {
    db,
    journalPath: input.journalPath,
    isDemo: input.isDemo,
    now: () => new Date(input.now),
    nativeBinding: input.nativeBinding,
    host: {},
    readOnly: null,
  };
  try {
    const result = await runImport(ctx, input.job, {
      report: (progress) => post({ type: 'progress', progress }),
      cancelled: () => Atomics.load(flag, 0) === 1,
      ownConnection: true,
    });
    post({ type: 'done', result });
  } finally {
    db.close();
  }
}

main().catch((e: unknown) => {
  const userFacing = e instanceof UserFacingError;
  post({
    type: 'failed',
    code: userFacing ? e.code : (errorCodeOf(e) ?? null),
    userFacing,
    message: e instanceof Error ? e.message : String(e),
  });
});
