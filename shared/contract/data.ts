// Operations that put the person's data in their own hands: export (CSV and JSON), import (a JSON export, or
// a CSV of daily check-ins from a spreadsheet or another tracker) and backups.
//
// Imports are sent as TEXT: the page reads the file the person picked and sends its content, so the page never
// needs file-system access. Exports come back as text for the page to download, or, in the app, are written
// by the main process to a path chosen in the system's save dialog.
import { z } from 'zod';
import { csvMappingSchema } from '../export/csvMapping';
import { importIssueSchema } from '../export/issues';
import { command, noInput, query } from './define';

/** About 64 MB: ten years of daily check-ins with long notes are a few MB; far more is not a journal. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
const fileText = z
  .string()
  .max(MAX_IMPORT_CHARS, { message: 'the file is too large to be an Axis journal (over 64 MB)' });
const count = z.number().int().min(0);

export const IMPORT_MODES = ['replace-empty', 'merge'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const exportInput = z.strictObject({
  /** "dialog": ask where to save (in the app); without a dialog, or with "text", the text comes back. */
  via: z.enum(['text', 'dialog']).default('text'),
});
const exportOutput = z.strictObject({
  /** A suggested file name, e.g. axis-journal-2026-11-30.csv. */
  fileName: z.string(),
  text: z.string().nullable(),
  savedTo: z.string().nullable(),
  /** What the file holds, in words: "120 days", "1,234 rows from every table". */
  summary: z.string(),
});

/** What an import would do to one table: rows in the file, and how many are added, replace rows, or are skipped. */
export const tableCountSchema = z.strictObject({
  table: z.string(),
  label: z.string(),
  inFile: count,
  added: count,
  replaced: count,
  kept: count,
});
export type TableCount = z.infer<typeof tableCountSchema>;

const jsonImportInput = z.strictObject({ text: fileText, mode: z.enum(IMPORT_MODES) });

const jsonPreview = z.strictObject({
  /** True when the import can go ahead as previewed. */
  ok: z.boolean(),
  summary: z.string(),
  counts: z.array(tableCountSchema),
  errors: z.array(importIssueSchema),
  exportedAt: z.string().nullable(),
});

const csvPreview = z.strictObject({
  ok: z.boolean(),
  summary: z.string(),
  header: z.array(z.string()),
  /** Axis's guess for every column ("" where the person must choose). */
  suggested: csvMappingSchema,
  /** The mapping the preview used: the one sent, or the suggestion. */
  mapping: csvMappingSchema,
  firstRows: z.array(z.array(z.string())),
  rowCount: count,
  added: count,
  kept: count,
  /** Supplement columns with no supplement of that name yet: they are added to the regimen. */
  newSupplements: z.array(z.string()),
  errors: z.array(importIssueSchema),
});

export const BACKUP_KINDS = ['daily', 'quit', 'manual', 'before-restore', 'before-import', 'before-migration'] as const;
export const backupSchema = z.strictObject({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** In words: "Daily backup" or "Before restoring". */
  label: z.string(),
  createdAt: z.string(),
  sizeBytes: count,
});
export type Backup = z.infer<typeof backupSchema>;
/** Only names Axis gives its backups: no folders, no "..", nothing but the file's own name. */
export const backupNameSchema = z
  .string()
  .max(200)
  .regex(/^[\w.-]+\.sqlite$/, { message: 'is not the name of an Axis backup' })
  .refine((n) => !n.includes('..'), { message: 'is not the name of an Axis backup' });

const restoreOutput = z.strictObject({
  cancelled: z.boolean(),
  safetyBackup: backupSchema.nullable(),
  summary: z.string(),
});

export const dataOperations = {
  'data.exportJson': query(
    'Export everything in the journal as one JSON file (documented in docs/export-format.md)',
    exportInput,
    exportOutput,
  ),
  'data.exportCsv': query(
    'Export the daily check-ins as a spreadsheet (CSV): one row per day, one column per field',
    exportInput,
    exportOutput,
  ),
  'data.previewJsonImport': query(
    'Check a JSON export and say what importing it would add, replace and keep',
    jsonImportInput,
    jsonPreview,
  ),
  'data.importJson': command(
    'Import a JSON export, all or nothing (into an empty journal, or merged: days already here are kept)',
    jsonImportInput,
    z.strictObject({ summary: z.string(), counts: z.array(tableCountSchema) }),
  ),
  'data.previewCsvImport': query(
    'Read a CSV of daily check-ins: its columns, the suggested mapping, the first rows, and every problem by row and column',
    z.strictObject({ text: fileText, mapping: csvMappingSchema.optional() }),
    csvPreview,
  ),
  'data.importCsv': command(
    'Import a CSV of daily check-ins with a column mapping, all or nothing (days already in the journal are kept)',
    z.strictObject({ text: fileText, mapping: csvMappingSchema }),
    z.strictObject({ summary: z.string(), added: count, kept: count, newSupplements: z.array(z.string()) }),
  ),
  // The backup operations are queries although restoring changes the journal: SQLite's online backup is
  // asynchronous, and the router runs commands synchronously inside one transaction. Restore runs its own
  // transaction once the safety copy of the current journal is taken.
  'backups.list': query(
    'The backups of this journal, newest first, with where they are kept and how many are kept',
    noInput,
    z.strictObject({ folder: z.string(), keep: count, backups: z.array(backupSchema) }),
  ),
  'backups.create': query(
    'Back up the journal now',
    z.strictObject({ kind: z.enum(['manual', 'before-import']).default('manual') }),
    backupSchema,
  ),
  'backups.saveCopy': query(
    'Save a copy of the whole journal file where the person chooses (null path: they cancelled)',
    noInput,
    z.strictObject({ path: z.string().nullable() }),
  ),
  'backups.restore': query(
    'Restore the journal from one of its backups, after backing up its current state',
    z.strictObject({ name: backupNameSchema }),
    restoreOutput,
  ),
  'backups.restoreFile': query(
    'Restore the journal from a backup file chosen in the system dialog (app only), after backing up its current state',
    noInput,
    restoreOutput,
  ),
};
