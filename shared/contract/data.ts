// Operations that put the person's data in their own hands: export (CSV and JSON), import (a JSON export, or
// a CSV of daily check-ins from a spreadsheet or another tracker) and backups.
//
// Imports are sent as TEXT: the page reads the file the person picked and sends its content, so the page never
// needs file-system access. Exports come back as text for the page to download, or, in the app, are written
// by the main process to a path chosen in the system's save dialog.
import { z } from 'zod';
import { csvMappingSchema } from '../export/csvCells';
import { trackableInputSchema } from '../domain/trackable';
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
  /** Seal the file with the journal's passphrase; by default, when one is set. Sealed files go through the
   *  save dialog only (they are not text). */
  encrypt: z.boolean().optional(),
});
const exportOutput = z.strictObject({
  /** A suggested file name, e.g. axis-journal-2026-11-30.csv. */
  fileName: z.string(),
  text: z.string().nullable(),
  savedTo: z.string().nullable(),
  /** What the file holds, in words: "120 days", "1,234 rows from every table". */
  summary: z.string(),
  encrypted: z.boolean(),
});

/** A passphrase as typed to open a sealed file (any length: it is checked by trying it). */
const passphraseTry = z.string().min(1).max(200);
/** A new passphrase for backups and exports. */
const newPassphrase = z
  .string()
  .min(8, { message: 'must be at least 8 characters' })
  .max(200, { message: 'must be at most 200 characters' });
/** A file the person picked in an open dialog (or named on the command line), as the core remembers it. */
export const fileIdSchema = z.string().regex(/^[0-9a-f]{16}$/, { message: 'is not a file Axis has open' });
export const PICKED_KINDS = ['csv', 'json', 'sealed', 'journal', 'other'] as const;
const pickedFileSchema = z.strictObject({
  id: fileIdSchema,
  name: z.string(),
  sizeBytes: count,
  /** What its first bytes say: a CSV, a JSON export, a sealed (encrypted) file, an Axis journal, other. */
  kind: z.enum(PICKED_KINDS),
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

/** Two trials of the same food at once are refused unless the person says the file is right. */
const overlappingTrials = z.boolean().default(false);
const jsonImportInput = z.strictObject({ text: fileText, mode: z.enum(IMPORT_MODES), overlappingTrials });

const jsonPreview = z.strictObject({
  /** True when the import can go ahead as previewed. */
  ok: z.boolean(),
  summary: z.string(),
  counts: z.array(tableCountSchema),
  errors: z.array(importIssueSchema),
  exportedAt: z.string().nullable(),
});

const rangeSchema = z.strictObject({ min: z.number(), max: z.number() });

const csvPreview = z.strictObject({
  ok: z.boolean(),
  summary: z.string(),
  header: z.array(z.string()),
  /** Axis's guess for every column ("" where the person must choose). */
  suggested: csvMappingSchema,
  /** The mapping the preview used: the one sent, or the suggestion. */
  mapping: csvMappingSchema,
  firstRows: z.array(z.array(z.string())),
  /** How a file not of one row per day was put into days, in words (shared/export/csvShapes.ts); else null. */
  readAs: z.string().nullable(),
  rowCount: count,
  added: count,
  kept: count,
  /** Supplement columns with no supplement of that name yet: they are added to the regimen. */
  newSupplements: z.array(z.string()),
  /** Own items the import adds (new-item columns, then each activity of an activities column). */
  newItems: z.array(z.string()),
  /** Per column: what its first rows hold, and the own item it would become (null where no kind fits). */
  columns: z.array(
    z.strictObject({
      summary: z.strictObject({
        filled: count,
        numbers: z.strictObject({ min: z.number(), max: z.number(), decimals: count }).nullable(),
        words: z.array(z.string()),
        listed: z.boolean(),
      }),
      item: trackableInputSchema.nullable(),
    }),
  ),
  errors: z.array(importIssueSchema),
  /** Columns whose scale the person must name before they are imported (shared/export/csvScales.ts). */
  scaleQuestions: z.array(
    z.strictObject({
      column: count,
      header: z.string(),
      field: z.string(),
      fieldLabel: z.string(),
      fieldScale: rangeSchema,
      observed: rangeSchema,
      suggested: rangeSchema,
    }),
  ),
  /** Columns being rescaled, with each value's new score. */
  rescaled: z.array(
    z.strictObject({
      column: count,
      header: z.string(),
      from: rangeSchema,
      to: rangeSchema,
      examples: z.array(z.tuple([z.number(), z.number()])),
    }),
  ),
  /** How the file was read, when that is worth saying ("Read as UTF-16"); null for plain UTF-8. */
  note: z.string().nullable(),
});

export const BACKUP_KINDS = ['daily', 'quit', 'manual', 'before-restore', 'before-import', 'before-migration'] as const;
export const backupSchema = z.strictObject({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** In words: "Daily backup" or "Before restoring". */
  label: z.string(),
  createdAt: z.string(),
  sizeBytes: count,
  /** Days logged in it; null for a backup named by an older Axis, whose name does not say. */
  days: count.nullable(),
  /** Sealed with the passphrase. */
  encrypted: z.boolean(),
  /** Named by an older Axis: listed, never pruned. */
  legacy: z.boolean(),
});
export type Backup = z.infer<typeof backupSchema>;
/** Only names Axis gives its backups: a file name alone (no folders, no "..", not hidden), ending as one. */
export const backupNameSchema = z
  .string()
  .max(300)
  .regex(/^[^/\\\p{Cc}]+\.sqlite(\.axisenc)?$/u, { message: 'is not the name of an Axis backup' })
  .refine((n) => !n.includes('..') && !n.startsWith('.'), { message: 'is not the name of an Axis backup' });

const restoreOutput = z.strictObject({
  cancelled: z.boolean(),
  safetyBackup: backupSchema.nullable(),
  summary: z.string(),
  /** The chosen file is sealed with a passphrase the journal does not hold: call again with it and this id. */
  needsPassphrase: z.strictObject({ fileId: fileIdSchema, name: z.string() }).nullable(),
});

const importFileInput = z.strictObject({
  fileId: fileIdSchema,
  /** For a CSV: what each column holds; the suggestion when left out. */
  mapping: csvMappingSchema.optional(),
  /** For a JSON export: into an empty journal, or merged. */
  mode: z.enum(IMPORT_MODES).optional(),
  overlappingTrials,
  /** For a sealed file the journal's own key does not open. */
  passphrase: passphraseTry.optional(),
});
export const IMPORT_PHASES = ['starting', 'reading', 'checking', 'writing', 'done'] as const;

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
  'data.chooseImportFile': query(
    'Choose a file to import in the system dialog (or the file named on the command line); null when cancelled',
    noInput,
    z.strictObject({ file: pickedFileSchema.nullable() }),
  ),
  'data.previewImportFile': query(
    'Read a chosen file to import, in the background with progress, and say what importing it would do (CSV or JSON)',
    importFileInput,
    z.strictObject({
      kind: z.enum(['csv', 'json']),
      csv: csvPreview.nullable(),
      json: jsonPreview.nullable(),
    }),
  ),
  // A query although it writes: the file is read and written in the background, in its own transaction on
  // its own connection, so the main process never waits for it (see electron/core/data/importJobs.ts).
  'data.importFile': query(
    'Import a chosen file, all or nothing, in the background with progress, after backing up the journal',
    importFileInput,
    z.strictObject({ summary: z.string(), backup: z.string().nullable() }),
  ),
  'data.importProgress': query(
    'How far the background reading or import of a chosen file has come',
    z.strictObject({ fileId: fileIdSchema }),
    z.strictObject({
      running: z.boolean(),
      phase: z.enum(IMPORT_PHASES),
      doneBytes: count,
      totalBytes: count,
      rows: count,
      text: z.string(),
    }),
  ),
  'data.cancelImport': query(
    'Stop the background reading or import of a chosen file; nothing of it is written',
    z.strictObject({ fileId: fileIdSchema }),
    z.strictObject({ cancelled: z.boolean() }),
  ),
  'data.previewCsvImport': query(
    'Read a CSV of daily check-ins: its columns, the suggested mapping, the first rows, and every problem by row and column',
    z.strictObject({ text: fileText, mapping: csvMappingSchema.optional() }),
    csvPreview,
  ),
  'data.importCsv': command(
    'Import a CSV of daily check-ins with a column mapping, all or nothing (days already in the journal are kept)',
    z.strictObject({ text: fileText, mapping: csvMappingSchema }),
    z.strictObject({
      summary: z.string(),
      added: count,
      kept: count,
      newSupplements: z.array(z.string()),
      newItems: z.array(z.string()),
    }),
  ),
  // The backup operations are queries although restoring changes the journal: SQLite's online backup is
  // asynchronous, and the router runs commands synchronously inside one transaction. Restore runs its own
  // transaction once the safety copy of the current journal is taken.
  'backups.list': query(
    'The backups of this journal, newest first, with where they are kept, how many days of them are kept, a warning when the journal holds far fewer days than its last backup, and whether they are encrypted',
    noInput,
    z.strictObject({
      folder: z.string(),
      keep: count,
      backups: z.array(backupSchema),
      warning: z.string().nullable(),
      encrypted: z.boolean(),
    }),
  ),
  'backups.create': query(
    'Back up the journal now',
    z.strictObject({ kind: z.enum(['manual', 'before-import']).default('manual') }),
    backupSchema,
  ),
  'backups.saveCopy': query(
    'Save a copy of the whole journal file where the person chooses, sealed when a passphrase is set (null path: they cancelled)',
    z.strictObject({ plain: z.boolean().default(false) }),
    z.strictObject({ path: z.string().nullable(), encrypted: z.boolean() }),
  ),
  'backups.restore': query(
    'Restore the journal from one of its backups, after backing up its current state',
    z.strictObject({ name: backupNameSchema, passphrase: passphraseTry.optional() }),
    restoreOutput,
  ),
  'backups.restoreFile': query(
    'Restore the journal from a backup file chosen in the system dialog (or again by its id, with its passphrase), after backing up its current state',
    z.strictObject({ fileId: fileIdSchema.optional(), passphrase: passphraseTry.optional() }),
    restoreOutput,
  ),
  'backups.setPassphrase': query(
    'Set (or, with null, remove) the passphrase that encrypts backups and exports; only a key derived from it is kept',
    z.strictObject({ passphrase: newPassphrase.nullable() }),
    z.strictObject({ encrypted: z.boolean(), summary: z.string() }),
  ),
};
