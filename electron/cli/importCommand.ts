// `import <file>`: a JSON export or a CSV of daily check-ins into the journal, through the same operations as
// the app's import: the file is chosen (here, named), previewed in full (every problem by row and column, the
// suggested mapping, columns on another scale), and only then imported, all or nothing, after a backup of
// the journal. A large file is read in the background; its progress goes to stderr.
import fs from 'node:fs';
import path from 'node:path';
import type { InputOf, OutputOf } from '$shared/contract/index';
import { CSV_FIELDS } from '$shared/export/csvColumns';
import {
  canonicalField,
  DATE_FORMATS,
  IGNORE,
  type ColumnGuess,
  type CsvMapping,
  type DateFormat,
} from '$shared/export/csvMapping';
import { parseScaleAnswer, scaleText, type ScaleChoice } from '$shared/export/csvScales';
import { draftFor, NEW_ITEM } from '$shared/export/csvItems';
import { KIND_LABELS, TRACKABLE_KINDS, type ParsedTrackableInput, type TrackableKind } from '$shared/domain/trackable';
import { issueText, type ImportIssue } from '$shared/export/issues';
import type { JournalApp } from '../core/journalApp';
import { stringFlag, UsageError, type ParsedArgs } from './args';
import { answerDialogs, callOperation, CLI_SENDER, type CliCommand, type Output } from './command';
import { parsePairs } from './pairs';
import { passphraseFrom } from './passphraseFile';

const BIG = 1024 * 1024;

function printIssues(issues: readonly ImportIssue[], io: Output): void {
  for (const i of issues) io.err(`  ${issueText(i)}`);
}

function columnIndex(header: readonly string[], column: string): number {
  let index = header.indexOf(column);
  if (index < 0) index = header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (index < 0)
    throw new UsageError(
      `The file has no column "${column}". Its columns are: ${header.map((h) => (/[,="]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(', ')}.`,
    );
  return index;
}

type Columns = readonly ColumnGuess[];

/** "new" (the kind guessed from the column) or "new:<kind>" (rating, count, yesno, number, choice). */
function newItemFor(field: string, column: string, i: number, columns: Columns): ParsedTrackableInput | null {
  const m = /^new(?:\s*:\s*(\w+))?$/i.exec(field.trim());
  if (!m) return null;
  const guess = columns[i]?.item ?? null;
  const kind = m[1]?.toLowerCase();
  if (kind === undefined) {
    if (!guess)
      throw new UsageError(
        `--map "${column}=new": Axis cannot tell what kind of item ${column} holds; say it: --map "${column}=new:rating" (or ${TRACKABLE_KINDS.filter((k) => k !== 'rating').join(', ')}).`,
      );
    return guess;
  }
  if (!(TRACKABLE_KINDS as readonly string[]).includes(kind))
    throw new UsageError(
      `--map "${column}=new:${m[1]}": the kind of a new item is one of ${TRACKABLE_KINDS.map((k) => `${k} (${KIND_LABELS[k]})`).join(', ')}.`,
    );
  const summary = columns[i]?.summary ?? { filled: 0, numbers: null, words: [], listed: false };
  return draftFor(kind as TrackableKind, column, i, summary);
}

/** --map, --scale and --date-format over the suggested mapping. */
function mappingFrom(header: readonly string[], suggested: CsvMapping, columns: Columns, args: ParsedArgs): CsvMapping {
  const fields = [...suggested.fields];
  const items: (ParsedTrackableInput | null)[] = header.map(() => null);
  for (const [column, field] of parsePairs(stringFlag(args, 'map') ?? '', 'map')) {
    const i = columnIndex(header, column);
    const item = newItemFor(field, column, i, columns);
    if (item) {
      fields[i] = NEW_ITEM;
      items[i] = item;
      continue;
    }
    if (canonicalField(field) === null) {
      throw new UsageError(
        `"${field}" is not an Axis field. Fields: ${CSV_FIELDS.map((f) => f.column).join(', ')}, "supplement: <name>", "custom: <your item's short name>", "new" (a new item of your own, its kind guessed) or "new:<kind>", "activities", or ${IGNORE}.`,
      );
    }
    fields[i] = field;
  }
  const scales: (ScaleChoice | null)[] = header.map(() => null);
  for (const [column, answer] of parsePairs(stringFlag(args, 'scale') ?? '', 'scale')) {
    const choice = parseScaleAnswer(answer);
    if (choice === null)
      throw new UsageError(`--scale "${column}=${answer}": say the column's scale as 0-4 (bottom-top) or as-is.`);
    scales[columnIndex(header, column)] = choice;
  }
  const dateFormat = stringFlag(args, 'date-format');
  if (dateFormat !== undefined && !(DATE_FORMATS as readonly string[]).includes(dateFormat))
    throw new UsageError(`--date-format must be one of ${DATE_FORMATS.join(', ')}.`);
  return {
    fields,
    dateFormat: (dateFormat as DateFormat | undefined) ?? suggested.dateFormat,
    ...(scales.some((s) => s !== null) ? { scales } : {}),
    ...(items.some((s) => s !== null) ? { items } : {}),
  };
}

/** Runs a background read or import, printing its progress to stderr when it is large or slow. */
async function withProgress<T>(
  app: JournalApp,
  fileId: string,
  size: number,
  io: Output,
  run: () => Promise<T>,
): Promise<T> {
  const started = Date.now();
  let last = '';
  let lastAt = 0;
  const timer = setInterval(() => {
    void app.router.handle('data.importProgress', { fileId }, CLI_SENDER).then((r) => {
      if (!r.ok) return;
      const p = r.value as OutputOf<'data.importProgress'>;
      const now = Date.now();
      if (!p.running || (size < BIG && now - started < 2_000) || p.text === last || now - lastAt < 1_000) return;
      last = p.text;
      lastAt = now;
      io.err(p.text);
    });
  }, 250);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

type FileInput = InputOf<'data.importFile'>;

async function importJson(
  app: JournalApp,
  input: FileInput,
  size: number,
  preview: NonNullable<OutputOf<'data.previewImportFile'>['json']>,
  args: ParsedArgs,
  io: Output,
): Promise<number> {
  if (args.flags.has('map') || args.flags.has('date-format') || args.flags.has('scale'))
    throw new UsageError('--map, --scale and --date-format are for CSV files; this is a JSON export.');
  if (!preview.ok) {
    io.err(`Nothing was imported. ${preview.summary}`);
    printIssues(preview.errors, io);
    if (/same time|one trial per food/.test(`${preview.summary} ${preview.errors.map((e) => e.message).join(' ')}`))
      io.err('If the file is right to hold two trials of one food at once, add --allow-overlapping-trials.');
    return 1;
  }
  return write(app, input, size, io);
}

async function importCsv(
  app: JournalApp,
  input: FileInput,
  size: number,
  first: NonNullable<OutputOf<'data.previewImportFile'>['csv']>,
  args: ParsedArgs,
  io: Output,
): Promise<number> {
  if (args.flags.has('mode'))
    throw new UsageError('--mode is for JSON exports; a CSV import always keeps the days your journal already has.');
  if (first.header.length === 0) {
    io.err(`Nothing was imported. ${first.summary}`);
    printIssues(first.errors, io);
    return 1;
  }
  const mapping = mappingFrom(first.header, first.suggested, first.columns, args);
  const again = args.flags.has('map') || args.flags.has('scale') || args.flags.has('date-format');
  const previewed = again
    ? (
        await withProgress(app, input.fileId, size, io, () =>
          callOperation(app, 'data.previewImportFile', { ...input, mapping }, io),
        )
      )?.csv
    : first;
  if (!previewed) return 1;
  if (previewed.note) io.out(previewed.note);
  if (previewed.readAs) io.out(previewed.readAs);
  if (!previewed.ok) {
    io.err(`Nothing was imported. ${previewed.summary}`);
    printIssues(previewed.errors, io);
    if (previewed.errors.some((e) => e.message.includes('not mapped')))
      io.err(
        'Say what each column holds with --map "Column=field,Other column=ignore" (quote a name holding a comma: "Sleep, hours"=sleep_hours).',
      );
    for (const q of previewed.scaleQuestions)
      io.err(
        `Say the scale of ${q.header}: --scale "${q.header}=${scaleText(q.suggested)}" rescales it to ${scaleText(q.fieldScale)}; --scale "${q.header}=as-is" keeps its values as they are.`,
      );
    return 1;
  }
  for (const r of previewed.rescaled)
    io.out(
      `${r.header}, rescaled from ${scaleText(r.from)} to ${scaleText(r.to)}: ${r.examples.map(([a, b]) => `${a} → ${b}`).join(', ')}.`,
    );
  return write(app, { ...input, mapping }, size, io);
}

async function write(app: JournalApp, input: FileInput, size: number, io: Output): Promise<number> {
  const done = await withProgress(app, input.fileId, size, io, () => callOperation(app, 'data.importFile', input, io));
  if (!done) return 1;
  if (done.backup) io.out(`Backed up the journal first: ${done.backup}`);
  io.out(done.summary);
  return 0;
}

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import <file> [--mode merge|replace-empty] [--map "col=field,..."] [--scale "col=0-4|as-is,..."] [--date-format DD/MM/YYYY] [--allow-overlapping-trials] [--passphrase-file <file>] --journal <file>',
  summary:
    'Import a JSON export or a CSV of daily check-ins (all or nothing; a column name with a comma goes in double quotes)',
  valued: ['mode', 'map', 'scale', 'date-format', 'passphrase-file'],
  boolean: ['allow-overlapping-trials'],
  needsExistingJournal: false,
  async run(app, args, io) {
    const file = args.positional[0];
    if (!file || args.positional.length > 1) throw new UsageError('Say which file to import: import <file>.');
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      io.err(`There is no file at ${file}. Nothing was imported.`);
      return 1;
    }
    const mode = stringFlag(args, 'mode');
    if (mode !== undefined && mode !== 'merge' && mode !== 'replace-empty')
      throw new UsageError('--mode must be merge or replace-empty.');
    answerDialogs(app, { open: path.resolve(file) });
    const chosen = (await callOperation(app, 'data.chooseImportFile', {}, io))?.file;
    if (!chosen) return 1;
    const passphrase = passphraseFrom(args);
    const input: FileInput = {
      fileId: chosen.id,
      overlappingTrials: args.flags.has('allow-overlapping-trials'),
      ...(mode ? { mode } : {}),
      ...(passphrase !== undefined ? { passphrase } : {}),
    };
    const preview = await withProgress(app, chosen.id, chosen.sizeBytes, io, () =>
      callOperation(app, 'data.previewImportFile', input, io),
    );
    if (!preview) return 1;
    return preview.kind === 'json'
      ? importJson(app, input, chosen.sizeBytes, preview.json!, args, io)
      : importCsv(app, input, chosen.sizeBytes, preview.csv!, args, io);
  },
};
