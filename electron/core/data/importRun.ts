// One import of a chosen file, previewed or written, on whatever connection it is given: the import worker's
// own (importWorker.ts) for a large file, so the app's main process never waits for it, or the caller's for a
// small one. A CSV streams through the record reader and the row reader a chunk at a time and never sits in
// memory whole; a JSON export is read whole (its rows reference each other across tables). Writing is one
// IMMEDIATE transaction: all of the file or nothing, and a cancel at any point rolls it back.
import type { ImportMode } from '$shared/contract/data';
import type { OutputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import { CsvRecordStream } from '$shared/export/csvStream';
import { ShapeStage, tooLargeWords } from '$shared/export/csvShapes';
import { suggestMapping, type ColumnGuess, type CsvMapping } from '$shared/export/csvMapping';
import { createRowReader } from '$shared/export/csvRows';
import { readExport } from '$shared/export/format';
import { issuesSummary } from '$shared/export/issues';
import type { ServiceContext } from '../context';
import { LATEST_VERSION } from '../db/open';
import { applyDays, csvPreviewOf, csvWords, DayImport, rowOptions, unreadable, type CsvApplied } from './csv';
import type { CsvDay } from '$shared/export/csvColumns';
import { applyJsonImport, entriesHeld, importSummary, previewJsonData, readOptionsFor } from './importJson';
import { Cancelled, textChunks } from './importRead';
import { sealKeyOf } from './passphrase';
import { rangesBySlug } from '../journal/trackables';

export interface ImportJob {
  kind: 'preview' | 'import';
  file: string;
  name: string;
  sizeBytes: number;
  mapping?: CsvMapping | undefined;
  mode?: ImportMode | undefined;
  overlappingTrials: boolean;
  passphrase?: string | undefined;
}

export type Phase = OutputOf<'data.importProgress'>['phase'];
export interface Progress {
  phase: Phase;
  doneBytes: number;
  totalBytes: number;
  rows: number;
}

export type JobResult =
  { kind: 'preview'; preview: OutputOf<'data.previewImportFile'> } | { kind: 'import'; summary: string };

interface Run {
  report: (p: Progress) => void;
  cancelled: () => boolean;
  /** The connection is the job's alone (the import worker's), so a transaction may span the reading. */
  ownConnection: boolean;
}

/** Rows the reader keeps before it decides a mapping: the suggestion reads dates from the first 200. */
const SUGGESTION_ROWS = 200;

export async function runImport(ctx: ServiceContext, job: ImportJob, run: Run): Promise<JobResult> {
  const progress: Progress = { phase: 'reading', doneBytes: 0, totalBytes: job.sizeBytes, rows: 0 };
  let lastReport = 0;
  const report = (force = false) => {
    const now = Date.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    run.report({ ...progress });
  };
  const chunks = textChunks(job.file, {
    ownKey: sealKeyOf(ctx),
    passphrase: job.passphrase,
    cancelled: run.cancelled,
    onBytes: (n) => {
      progress.doneBytes = n;
      report();
    },
  });
  report(true);
  const first = await chunks.next();
  if (first.done) throw new UserFacingError('invalid-input', 'The file is empty.');
  const isJson = first.value.text.trimStart().startsWith('{');
  return isJson
    ? json(ctx, job, first.value.text, chunks, progress, report, run)
    : csv(ctx, job, first.value, chunks, progress, report, run);
}

type Chunks = AsyncGenerator<{ text: string; note: string | null }>;

async function csv(
  ctx: ServiceContext,
  job: ImportJob,
  first: { text: string; note: string | null },
  chunks: Chunks,
  progress: Progress,
  report: (force?: boolean) => void,
  run: Run,
): Promise<JobResult> {
  const note = first.note;
  // The worker writes each day as it reads it, inside one transaction held across the reading (its connection
  // is its own): the file's days never sit in memory all at once. The calling thread, whose connection serves
  // other calls meanwhile, reads a small file whole and writes it in one synchronous transaction after.
  const streaming = job.kind === 'import' && run.ownConnection;
  const writer = job.kind === 'import' ? new DayImport(ctx, true) : null;
  const plan = job.kind === 'preview' ? new DayImport(ctx, false) : null;
  let header: string[] | null = null;
  const early: { line: number; cells: string[] }[] = [];
  let reader: ReturnType<typeof createRowReader> | null = null;
  let suggested: CsvMapping | null = null;
  let columns: ColumnGuess[] = [];
  let mapping: CsvMapping | null = null;
  let written = 0;
  const options = {
    ...rowOptions(ctx),
    ...(plan ? { onDay: (d: CsvDay) => plan.add(d) } : {}),
    ...(streaming
      ? {
          onDay: (d: CsvDay) => {
            writer!.add(d);
            progress.rows = ++written;
          },
        }
      : {}),
  };
  const decide = () => {
    const suggestion = suggestMapping({ header: header ?? [], rows: early }, new Set(rangesBySlug(ctx).keys()));
    suggested = suggestion.mapping;
    columns = suggestion.columns;
    mapping = job.mapping ?? suggested;
    writer?.defineItems(mapping.items ?? []);
    plan?.defineItems(mapping.items ?? []);
    reader = createRowReader(header ?? [], mapping, options);
    for (const r of early) reader.add(r.line, r.cells);
  };
  // Records pass through the shape stage (csvShapes.ts): a file of one row per day goes on a record at a time;
  // one of one reading per row, or Daylio's several entries a day, is put together into days at its end.
  const stage = new ShapeStage({
    header: (cells) => (header = cells),
    row: (line, cells) => {
      if (!streaming) progress.rows++;
      if (reader) reader.add(line, cells);
      else {
        early.push({ line, cells });
        if (early.length >= SUGGESTION_ROWS) decide();
      }
    },
  });
  let sized = false;
  const records = new CsvRecordStream((cells, line) => {
    stage.add(cells, line);
    if (sized || stage.shape === null) return;
    sized = true;
    const tooLarge = tooLargeWords(stage.shape, job.sizeBytes);
    if (tooLarge) throw new UserFacingError('invalid-input', tooLarge);
  });
  if (streaming) {
    ctx.db.exec('BEGIN IMMEDIATE'); // waits for another writer up to the busy timeout, like every write
    progress.phase = 'writing';
  }
  try {
    records.push(first.text);
    for await (const chunk of chunks) records.push(chunk.text);
    const ended = records.end();
    if (!ended.ok) {
      if (job.kind === 'import')
        throw new UserFacingError('invalid-input', `Nothing was imported: row ${ended.row} ${ended.message}.`);
      const summary = `This file cannot be read: row ${ended.row} ${ended.message}.`;
      const csv = unreadable(summary, [{ row: ended.row, column: null, message: ended.message }], note);
      return { kind: 'preview', preview: { kind: 'csv', json: null, csv } };
    }
    const shaped = stage.end();
    if (header === null) throw new UserFacingError('invalid-input', 'The file is empty: it has no header row.');
    if (!reader) decide();
    if (!streaming) progress.phase = job.kind === 'import' ? 'writing' : 'checking';
    report(true);
    const rowsRead = reader!.finish();
    const read = { ...rowsRead, issues: [...shaped.issues, ...rowsRead.issues] };
    if (job.kind === 'preview') {
      const base = {
        header: header as string[],
        suggested: suggested!,
        mapping: mapping!,
        firstRows: early.slice(0, 5).map((r) => r.cells),
        note,
        readAs: shaped.words,
        columns,
      };
      const planned = read.issues.length === 0 ? plan!.finish() : undefined;
      return { kind: 'preview', preview: { kind: 'csv', json: null, csv: csvPreviewOf(ctx, base, read, planned) } };
    }
    if (read.issues.length > 0)
      throw new UserFacingError('invalid-input', `Nothing was imported: ${issuesSummary(read.issues)}.`);
    if (run.cancelled()) throw new Cancelled();
    let applied: CsvApplied;
    if (streaming) {
      applied = writer!.finish();
      ctx.db.exec('COMMIT');
    } else {
      const drafts = mapping!.items ?? [];
      applied = ctx.db.transaction(() => applyDays(ctx, read.days, drafts)).immediate();
    }
    progress.phase = 'done';
    report(true);
    return { kind: 'import', summary: csvWords(applied, true) };
  } finally {
    if (streaming && ctx.db.inTransaction) ctx.db.exec('ROLLBACK'); // refused, cancelled or failed: nothing kept
  }
}

async function json(
  ctx: ServiceContext,
  job: ImportJob,
  firstText: string,
  chunks: Chunks,
  progress: Progress,
  report: (force?: boolean) => void,
  run: Run,
): Promise<JobResult> {
  const parts = [firstText];
  for await (const chunk of chunks) parts.push(chunk.text);
  progress.phase = 'checking';
  report(true);
  const read = readExport(parts.join(''), LATEST_VERSION, readOptionsFor(ctx, job.overlappingTrials));
  parts.length = 0;
  if (run.cancelled()) throw new Cancelled();
  const mode: ImportMode = job.mode ?? (entriesHeld(ctx.db) ? 'merge' : 'replace-empty');
  if (job.kind === 'preview')
    return { kind: 'preview', preview: { kind: 'json', csv: null, json: previewJsonData(ctx, read, mode) } };
  if (!read.ok) throw new UserFacingError('invalid-input', `Nothing was imported: ${issuesSummary(read.issues)}.`);
  progress.phase = 'writing';
  report(true);
  const counts = ctx.db.transaction(() => applyJsonImport(ctx, read.data, mode)).immediate();
  progress.phase = 'done';
  report(true);
  return { kind: 'import', summary: importSummary(counts, mode, true) };
}
