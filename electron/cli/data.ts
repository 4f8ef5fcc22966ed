// `export`, `import`, `backup` and `restore`: the person's data in and out of a journal file from the command
// line, through the same router operations as the app; where the app would show a file dialog, the path
// typed on the command line answers it (answerDialogs). Imports are checked in full first (the preview) and
// then written in one transaction; a journal that already holds entries is backed up first.
import fs from 'node:fs';
import path from 'node:path';
import { CSV_FIELDS } from '$shared/export/csvColumns';
import { canonicalField, DATE_FORMATS, IGNORE, type CsvMapping, type DateFormat } from '$shared/export/csvMapping';
import { issueText, type ImportIssue } from '$shared/export/issues';
import type { JournalApp } from '../core/journalApp';
import { requiredFlag, stringFlag, UsageError, type ParsedArgs } from './args';
import { answerDialogs, callOperation, outPath, type CliCommand, type Output } from './command';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --format csv|json --out <file> [--force] --journal <file>',
  summary: 'Export the daily check-ins as CSV, or everything as JSON',
  valued: ['format', 'out'],
  boolean: ['force'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const format = requiredFlag(args, 'format');
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json.');
    const out = outPath(app, args, io);
    if (!out) return 1;
    answerDialogs(app, { save: out });
    const done = await callOperation(
      app,
      format === 'csv' ? 'data.exportCsv' : 'data.exportJson',
      { via: 'dialog' },
      io,
    );
    if (!done) return 1;
    io.out(`Wrote ${done.summary} to ${out}.`);
    return 0;
  },
};

function printIssues(issues: readonly ImportIssue[], io: Output): void {
  for (const i of issues) io.err(`  ${issueText(i)}`);
}

/** --map "Date=day,Mood=ignore,Sleep (h)=sleep_hours" over the suggested mapping. */
function applyMap(header: readonly string[], suggested: CsvMapping, args: ParsedArgs): CsvMapping {
  const fields = [...suggested.fields];
  for (const pair of (stringFlag(args, 'map') ?? '').split(',').filter((p) => p.trim())) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map takes column=field pairs separated by commas; "${pair}" has no "=".`);
    const [column, field] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    let index = header.indexOf(column);
    if (index < 0) index = header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    if (index < 0) throw new UsageError(`The file has no column "${column}". Its columns are: ${header.join(', ')}.`);
    if (canonicalField(field) === null) {
      throw new UsageError(
        `"${field}" is not an Axis field. Fields: ${CSV_FIELDS.map((f) => f.column).join(', ')}, "supplement: <name>", or ${IGNORE}.`,
      );
    }
    fields[index] = field;
  }
  const dateFormat = stringFlag(args, 'date-format');
  if (dateFormat !== undefined && !(DATE_FORMATS as readonly string[]).includes(dateFormat))
    throw new UsageError(`--date-format must be one of ${DATE_FORMATS.join(', ')}.`);
  return { fields, dateFormat: (dateFormat as DateFormat | undefined) ?? suggested.dateFormat };
}

/** What the journal holds besides settings, in words; null when it is empty. */
async function entriesOf(app: JournalApp, io: Output): Promise<string | null | undefined> {
  return (await callOperation(app, 'journal.info', {}, io))?.entries;
}

async function backupFirst(app: JournalApp, io: Output): Promise<boolean> {
  const entries = await entriesOf(app, io);
  if (entries === undefined) return false;
  if (entries === null) return true;
  const b = await callOperation(app, 'backups.create', { kind: 'before-import' }, io);
  if (b) io.out(`Backed up the journal first: ${b.name}`);
  return b !== null;
}

async function importJsonFile(app: JournalApp, text: string, args: ParsedArgs, io: Output): Promise<number> {
  if (args.flags.has('map') || args.flags.has('date-format'))
    throw new UsageError('--map and --date-format are for CSV files; this is a JSON export.');
  const asked = stringFlag(args, 'mode');
  if (asked !== undefined && asked !== 'merge' && asked !== 'replace-empty')
    throw new UsageError('--mode must be merge or replace-empty.');
  const entries = await entriesOf(app, io);
  if (entries === undefined) return 1;
  const mode = asked ?? (entries ? 'merge' : 'replace-empty');
  const preview = await callOperation(app, 'data.previewJsonImport', { text, mode }, io);
  if (!preview) return 1;
  if (!preview.ok) {
    io.err(`Nothing was imported. ${preview.summary}`);
    printIssues(preview.errors, io);
    return 1;
  }
  if (!(await backupFirst(app, io))) return 1;
  const done = await callOperation(app, 'data.importJson', { text, mode }, io);
  if (!done) return 1;
  io.out(done.summary);
  return 0;
}

async function importCsvFile(app: JournalApp, text: string, args: ParsedArgs, io: Output): Promise<number> {
  if (args.flags.has('mode'))
    throw new UsageError('--mode is for JSON exports; a CSV import always keeps the days your journal already has.');
  const first = await callOperation(app, 'data.previewCsvImport', { text }, io);
  if (!first) return 1;
  if (first.header.length === 0) {
    io.err(`Nothing was imported. ${first.summary}`);
    printIssues(first.errors, io);
    return 1;
  }
  const mapping = applyMap(first.header, first.suggested, args);
  const preview = await callOperation(app, 'data.previewCsvImport', { text, mapping }, io);
  if (!preview) return 1;
  if (!preview.ok) {
    io.err(`Nothing was imported. ${preview.summary}`);
    printIssues(preview.errors, io);
    if (preview.errors.some((e) => e.message.includes('not mapped')))
      io.err('Say what each column holds with --map "Column=field,Other column=ignore".');
    return 1;
  }
  if (!(await backupFirst(app, io))) return 1;
  const done = await callOperation(app, 'data.importCsv', { text, mapping }, io);
  if (!done) return 1;
  io.out(done.summary);
  return 0;
}

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import <file> [--mode merge|replace-empty] [--map "col=field,..."] [--date-format DD/MM/YYYY] --journal <file>',
  summary: 'Import a JSON export or a CSV of daily check-ins (all or nothing)',
  valued: ['mode', 'map', 'date-format'],
  boolean: [],
  needsExistingJournal: false,
  run(app, args, io) {
    const file = args.positional[0];
    if (!file || args.positional.length > 1) throw new UsageError('Say which file to import: import <file>.');
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      io.err(`There is no file at ${file}. Nothing was imported.`);
      return 1;
    }
    const text = fs.readFileSync(file, 'utf8');
    const isJson = text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{');
    return isJson ? importJsonFile(app, text, args, io) : importCsvFile(app, text, args, io);
  },
};

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out <file> [--force] --journal <file>',
  summary: 'Copy the journal to a file with SQLite’s online backup',
  valued: ['out'],
  boolean: ['force'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const out = outPath(app, args, io);
    if (!out) return 1;
    answerDialogs(app, { save: out });
    const saved = await callOperation(app, 'backups.saveCopy', {}, io);
    if (!saved?.path) return 1;
    io.out(`Backed up the journal to ${saved.path} (${Math.ceil(fs.statSync(saved.path).size / 1024)} KB).`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore <backup file> --journal <file>',
  summary: 'Replace the journal with a backup, after backing up its current state',
  valued: [],
  boolean: [],
  needsExistingJournal: false,
  async run(app, args, io) {
    const file = args.positional[0];
    if (!file || args.positional.length > 1) throw new UsageError('Say which backup to restore: restore <file>.');
    answerDialogs(app, { open: path.resolve(file) });
    const restored = await callOperation(app, 'backups.restoreFile', {}, io);
    if (!restored) return 1;
    io.out(restored.summary);
    return 0;
  },
};

export const DATA_COMMANDS: readonly CliCommand[] = [exportCommand, importCommand, backupCommand, restoreCommand];
