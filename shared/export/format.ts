// The JSON export: format "axis-journal-export", version 1. One key per table under "tables", each an
// array of rows whose fields are the table's columns (documented in docs/export-format.md). Reading a file
// checks everything before anything is written: that it is JSON and complete, that it is an Axis export of
// a version this Axis reads, that every row fits its table's schema, that no key appears twice and that every
// reference points at a row in the file. Problems come back as a list with table, row and column in words.
import { z } from 'zod';
import type { Day } from '../domain/day';
import { futureDayProblem } from '../domain/futureDays';
import { IssueList, issueWords, valueAt, type ImportIssue } from './issues';
import { measureProblem } from './measureWords';
import { TABLES, tablesAt, type TableSpec } from './tables';
import { checkTrials, type NumberedTables } from './trialChecks';
import { packedRowSchema, unpackRows } from './packed';

export const EXPORT_FORMAT = 'axis-journal-export';
export const EXPORT_VERSION = 1;

export type FileRow = Record<string, unknown>;

export interface JournalExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the file was made (UTC ISO 8601). */
  exportedAt: string;
  /** The journal format (PRAGMA user_version) of the journal it came from. */
  appSchemaVersion: number;
  tables: Record<string, FileRow[]>;
}

export function rowSchema(spec: TableSpec): z.ZodObject {
  return z.strictObject(Object.fromEntries(Object.entries(spec.columns).map(([name, c]) => [name, c.schema])));
}

/** The whole file as one zod schema, for the documentation and for tests; importing uses readExport. */
export const journalExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  appSchemaVersion: z.number().int().min(1),
  tables: z.strictObject(
    Object.fromEntries(TABLES.map((t) => [t.name, z.array(t.packed ? packedRowSchema(t, t.packed) : rowSchema(t))])),
  ),
});

export function toFileRow(spec: TableSpec, dbRow: Record<string, unknown>): FileRow {
  return Object.fromEntries(Object.entries(spec.columns).map(([name, c]) => [name, c.toFile(dbRow[name])]));
}

export function toDbRow(spec: TableSpec, fileRow: FileRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(spec.columns).map(([name, c]) => [name, c.toDb(fileRow[name])]));
}

export type ReadResult = { ok: true; data: JournalExport } | { ok: false; issues: ImportIssue[] };

const whole = (message: string): ReadResult => ({ ok: false, issues: [{ row: null, column: null, message }] });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const detail = (e as Error).message;
    // A file cut short fails where the text ends; other damage fails somewhere inside it.
    const at = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
    const cutShort =
      /end of (JSON )?input|Unterminated/i.test(detail) || at >= text.replace(/^\uFEFF/, '').trimEnd().length;
    return {
      ok: false,
      message: cutShort
        ? 'The file ends too early: it looks cut short (truncated), perhaps by an interrupted copy. Nothing was imported.'
        : `The file is not valid JSON (${detail}). Nothing was imported.`,
    };
  }
}

export interface ReadOptions {
  /** Today in the journal that imports the file: check-ins dated after tomorrow are refused. Left out for a
   *  restore, which brings back what the journal held, whatever the clock says now. */
  today?: Day;
  dayEndsAtHour?: number;
  /** The person says two trials of the same food at once in this file are right. */
  overlappingTrials?: boolean;
}

/** Reads and checks a whole export. `latestSchemaVersion` is the journal format this Axis writes. */
export function readExport(text: string, latestSchemaVersion: number, options: ReadOptions = {}): ReadResult {
  if (text.trim() === '') return whole('The file is empty.');
  const parsed = parseJson(text);
  if (!parsed.ok) return whole(parsed.message);
  const file = parsed.value as Record<string, unknown>;
  if (file === null || typeof file !== 'object' || Array.isArray(file) || file.format !== EXPORT_FORMAT) {
    return whole(
      `This is not an Axis journal export: its "format" should say "${EXPORT_FORMAT}". Nothing was imported.`,
    );
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    return whole('The export has no valid "version" number. Nothing was imported.');
  if (file.version > EXPORT_VERSION) {
    return whole(
      `This export was made by a newer version of Axis (export format ${file.version}); this version reads format ${EXPORT_VERSION}. Update Axis to import it.`,
    );
  }
  const envelope = journalExportSchema
    .omit({ tables: true })
    .extend({ tables: z.record(z.string(), z.unknown()) })
    .safeParse(file);
  if (!envelope.success) {
    const first = envelope.error.issues[0]!;
    return whole(
      `The export's "${first.path.join('.') || 'header'}" ${issueWords(first, valueAt(file, first.path))}. Nothing was imported.`,
    );
  }
  const { appSchemaVersion, tables } = envelope.data;
  if (appSchemaVersion > latestSchemaVersion) {
    return whole(
      `This export comes from a journal written by a newer version of Axis (journal format ${appSchemaVersion}); this version reads formats up to ${latestSchemaVersion}. Update Axis to import it.`,
    );
  }

  const issues = new IssueList();
  const expected = tablesAt(appSchemaVersion);
  // The file's own keys, not the parsed record's: a key such as "__proto__" does not survive parsing into an
  // object, and an unknown table must be refused, not silently dropped.
  for (const name of Object.keys(file.tables as object)) {
    if (!TABLES.some((t) => t.name === name))
      issues.add({
        table: name,
        row: null,
        column: null,
        message: 'this version of Axis does not know a table of that name',
      });
  }
  const numbered: NumberedTables = {};
  for (const spec of TABLES) {
    const rows = tables[spec.name];
    if (rows === undefined) {
      if (expected.includes(spec))
        issues.add({
          table: spec.name,
          row: null,
          column: null,
          message: 'is missing from the file (it may have been cut short or edited)',
        });
      numbered[spec.name] = [];
      continue;
    }
    if (!Array.isArray(rows)) {
      issues.add({ table: spec.name, row: null, column: null, message: 'should be a list of rows' });
      continue;
    }
    numbered[spec.name] = checkRows(spec, spec.packed ? unpackRows(spec, spec.packed, rows, issues) : rows, issues);
  }
  if (options.today !== undefined) {
    for (const { row, n } of numbered.check_ins ?? []) {
      const future = futureDayProblem(row.day as string, options.today, options.dayEndsAtHour ?? 0);
      if (future) issues.add({ table: 'check_ins', row: n, column: 'day', message: future });
    }
  }
  checkKeysAndReferences(numbered, issues);
  if (issues.count === 0) checkTrials(numbered, issues, options);
  if (issues.count > 0) return { ok: false, issues: issues.result() };
  const out = Object.fromEntries(Object.entries(numbered).map(([name, rows]) => [name, rows.map((r) => r.row)]));
  return {
    ok: true,
    data: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: envelope.data.exportedAt,
      appSchemaVersion,
      tables: out,
    },
  };
}

/** The rows that pass their table's checks, each with its number in the file (a bad row keeps its place). */
function checkRows(spec: TableSpec, rows: unknown[], issues: IssueList): NumberedTables[string] {
  const schema = rowSchema(spec);
  const good: NumberedTables[string] = [];
  rows.forEach((raw, index) => {
    const row = index + 1;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.add({ table: spec.name, row, column: null, message: 'is not a row (an object with the table’s columns)' });
      return;
    }
    // Keys such as "__proto__" or "constructor" slip past the schema's unknown-key check (they exist on every
    // object), so the row's own keys are checked for them here.
    const strange = Object.keys(raw).filter((k) => !Object.hasOwn(spec.columns, k) && k in Object.prototype);
    if (strange.length > 0) {
      issues.add({ table: spec.name, row, column: strange.join(', '), message: 'is not a column of this table' });
      return;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const column = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '');
        if (seen.has(column)) continue; // one problem per cell is enough to find it
        seen.add(column);
        const value = valueAt(raw, issue.path);
        const measure = spec.columns[column]?.measure;
        const message = (measure && value !== undefined && measureProblem(measure, value)) || issueWords(issue, value);
        issues.add({ table: spec.name, row, column: column || null, message });
      }
      return;
    }
    const problems = spec.check?.(result.data) ?? [];
    for (const p of problems) issues.add({ table: spec.name, row, column: p.column, message: p.message });
    if (problems.length === 0) good.push({ row: result.data, n: row });
  });
  return good;
}

const keyOf = (row: FileRow, columns: readonly string[]) => JSON.stringify(columns.map((c) => row[c]));

function checkKeysAndReferences(tables: NumberedTables, issues: IssueList): void {
  for (const spec of TABLES) {
    const rows = tables[spec.name] ?? [];
    for (const columns of [spec.key, ...(spec.unique ?? [])]) {
      const firstRow = new Map<string, number>();
      rows.forEach(({ row, n }) => {
        const k = keyOf(row, columns);
        const earlier = firstRow.get(k);
        if (earlier === undefined) firstRow.set(k, n);
        else
          issues.add({
            table: spec.name,
            row: n,
            column: columns.join(', '),
            message: `${columns.map((c) => String(row[c])).join(', ')} appears twice (also row ${earlier})`,
          });
      });
    }
    for (const r of spec.references ?? []) {
      const known = new Set((tables[r.table] ?? []).map(({ row }) => row[r.to]));
      rows.forEach(({ row, n }) => {
        if (!known.has(row[r.column]))
          issues.add({
            table: spec.name,
            row: n,
            column: r.column,
            message: `refers to ${String(row[r.column])}, which is not in the file’s ${r.table}`,
          });
      });
    }
  }
}
