// Importing a file the person chose, in the background: the operations the page and the command line call
// (choose, preview, import, progress, cancel), and the jobs behind them. A file of 256 KB or more is read and
// written by the import worker (importWorker.ts), a thread with its own connection, so the main process stays
// free: the page keeps painting, shows a progress bar and can cancel. While an import is being written, other
// writes are refused at once (router.ts) rather than left waiting on the lock in the main process.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import type { PICKED_KINDS } from '$shared/contract/data';
import { UserFacingError } from '$shared/contract/result';
import type { ServiceContext } from '../context';
import { failureInWords, readOnlyWords } from '../failures';
import { createBackup } from './backups';
import { FILE_FILTERS } from './exportFiles';
import { entriesHeld } from './importJson';
import { runImport, type ImportJob, type JobResult, type Progress } from './importRun';
import { headOf, pickedFile, rememberFile, type PickedFile } from './pickedFiles';
import { isSealed } from './sealed';
import type { WorkerInput, WorkerMessage } from './importWorker';

const DEFAULT_MIN_BYTES = 256 * 1024;

interface Job {
  journalPath: string;
  kind: ImportJob['kind'];
  name: string;
  progress: Progress;
  cancel(): void;
}

const jobs = new Map<string, Job>();

/** Why writes must wait: an import is being written into this journal right now. */
export function writesBlockedBy(journalPath: string): string | null {
  for (const job of jobs.values()) {
    if (job.journalPath === journalPath && job.kind === 'import' && job.progress.phase === 'writing')
      return `Axis is writing the import of ${job.name} into this journal; wait until it has finished, then try again. Nothing was saved.`;
  }
  return null;
}

function kindOf(file: PickedFile): (typeof PICKED_KINDS)[number] {
  const head = headOf(file.path, 64);
  if (isSealed(head)) return 'sealed';
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return 'journal';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{')) return 'json';
  return head.includes(0) && !/^\xff\xfe|^\xfe\xff/.test(head.toString('latin1')) ? 'other' : 'csv';
}

export async function chooseImportFile(ctx: ServiceContext): Promise<OutputOf<'data.chooseImportFile'>> {
  const dialogs = ctx.host.dialogs;
  if (!dialogs) throw new UserFacingError('conflict', 'Choosing a file to import needs the app (or `import <file>`).');
  const chosen = await dialogs.chooseOpenPath(FILE_FILTERS.import);
  if (!chosen) return { file: null };
  const file = rememberFile(chosen);
  return { file: { id: file.id, name: file.name, sizeBytes: file.sizeBytes, kind: kindOf(file) } };
}

/** The worker's code: the app's bundle names it; elsewhere its TypeScript source runs through tsx. */
function startWorker(ctx: ServiceContext, input: WorkerInput): Worker {
  const file = ctx.host.importWorker?.file;
  if (file) return new Worker(file, { workerData: input });
  const source = fileURLToPath(new URL('./importWorker.ts', import.meta.url));
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData: input,
  });
}

function inWorker(ctx: ServiceContext, job: ImportJob, onProgress: (p: Progress) => void, cancel: SharedArrayBuffer) {
  return new Promise<JobResult>((resolve, reject) => {
    const worker = startWorker(ctx, {
      journalPath: ctx.journalPath,
      nativeBinding: ctx.nativeBinding,
      isDemo: ctx.isDemo,
      now: ctx.now().toISOString(),
      job,
      cancel,
    });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.result);
      } else {
        settled = true;
        const error: Error & { code?: string } = m.userFacing
          ? new UserFacingError(m.code as ConstructorParameters<typeof UserFacingError>[0], m.message)
          : Object.assign(new Error(m.message), m.code ? { code: m.code } : {});
        reject(error);
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the import worker stopped (exit code ${code})`));
    });
  });
}

async function runJob(ctx: ServiceContext, kind: ImportJob['kind'], input: ParsedInputOf<'data.importFile'>) {
  const file = pickedFile(input.fileId);
  if (jobs.has(file.id))
    throw new UserFacingError('conflict', `${file.name} is already being read; wait for it, or cancel it.`);
  if (!fs.existsSync(file.path))
    throw new UserFacingError('not-found', `${file.name} is not there any more (moved or deleted?). Choose it again.`);
  const job: ImportJob = {
    kind,
    file: file.path,
    name: file.name,
    sizeBytes: file.sizeBytes,
    mapping: input.mapping,
    mode: input.mode,
    overlappingTrials: input.overlappingTrials,
    passphrase: input.passphrase,
  };
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const entry: Job = {
    journalPath: ctx.journalPath,
    kind,
    name: file.name,
    progress: { phase: 'starting', doneBytes: 0, totalBytes: file.sizeBytes, rows: 0 },
    cancel: () => Atomics.store(flag, 0, 1),
  };
  jobs.set(file.id, entry);
  const onProgress = (p: Progress) => (entry.progress = p);
  try {
    const small = file.sizeBytes < (ctx.host.importWorker?.minBytes ?? DEFAULT_MIN_BYTES);
    return small
      ? await runImport(ctx, job, {
          report: onProgress,
          cancelled: () => Atomics.load(flag, 0) === 1,
          ownConnection: false,
        })
      : await inWorker(ctx, job, onProgress, cancel);
  } catch (e) {
    if (e instanceof UserFacingError) throw e;
    const failure = failureInWords(e, {
      journalPath: ctx.journalPath,
      file: path.resolve(file.path),
      outcome: kind === 'import' ? 'Nothing was imported.' : 'Nothing was read.',
    });
    if (failure) throw new UserFacingError(failure.code as 'busy', failure.message);
    throw e;
  } finally {
    jobs.delete(file.id);
  }
}

export async function previewImportFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'data.previewImportFile'>,
): Promise<OutputOf<'data.previewImportFile'>> {
  const result = await runJob(ctx, 'preview', input);
  if (result.kind !== 'preview') throw new Error('a preview job returned an import');
  return result.preview;
}

export async function importFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'data.importFile'>,
): Promise<OutputOf<'data.importFile'>> {
  if (ctx.readOnly)
    throw new UserFacingError('read-only', readOnlyWords(ctx.journalPath, 'Nothing was imported.', ctx.readOnly));
  // A copy of the journal as it was, taken first: an import can be undone by restoring it.
  const backup = entriesHeld(ctx.db) ? await createBackup(ctx, { kind: 'before-import' }) : null;
  const result = await runJob(ctx, 'import', input);
  if (result.kind !== 'import') throw new Error('an import job returned a preview');
  return { summary: result.summary, backup: backup?.name ?? null };
}

const PHASE_WORDS: Record<Progress['phase'], string> = {
  starting: 'Starting',
  reading: 'Reading',
  checking: 'Checking every row of',
  writing: 'Writing',
  done: 'Finished',
};

export function importProgress(_ctx: ServiceContext, { fileId }: { fileId: string }): OutputOf<'data.importProgress'> {
  const job = jobs.get(fileId);
  if (!job)
    return { running: false, phase: 'done', doneBytes: 0, totalBytes: 0, rows: 0, text: 'Nothing is being read.' };
  const p = job.progress;
  const share = p.totalBytes > 0 ? Math.min(100, Math.floor((p.doneBytes / p.totalBytes) * 100)) : 0;
  const rows = `${p.rows.toLocaleString('en-GB')} ${p.phase === 'writing' ? 'days' : 'rows'}`;
  const text =
    p.phase === 'reading' || (p.phase === 'writing' && p.doneBytes < p.totalBytes)
      ? `${PHASE_WORDS[p.phase]} ${job.name}: ${share}% (${rows})`
      : `${PHASE_WORDS[p.phase]} ${job.name}${p.rows ? ` (${rows})` : ''}…`;
  return { running: true, ...p, text };
}

export function cancelImport(_ctx: ServiceContext, { fileId }: { fileId: string }): OutputOf<'data.cancelImport'> {
  const job = jobs.get(fileId);
  job?.cancel();
  return { cancelled: job !== undefined };
}
