// Importing a JSON export, all or nothing. Two modes:
// - "replace-empty": into a journal that holds no entries yet; everything comes in as it was, ids and
//   settings included (this is also how a backup is restored, without the emptiness check).
// - "merge": into a journal that has entries. What the journal already holds is KEPT: a day present in both
//   stays as it is in the journal and the file's version of that day is skipped, so an import can never
//   overwrite something the person wrote (the rules per table: jsonMerge.ts).
// The preview runs the very same import inside a transaction that is rolled back, so what it announces is
// exactly what the import will do.
import { UserFacingError } from '$shared/contract/result';
import type { ImportMode, TableCount } from '$shared/contract/data';
import { readExport, type JournalExport, type ReadOptions } from '$shared/export/format';
import { issuesSummary, problemsBelowFixed, type ImportIssue } from '$shared/export/issues';
import { rowsInWords, TABLES, tableSpec } from '$shared/export/tables';
import { LATEST_VERSION, type Db } from '../db/open';
import type { ServiceContext } from '../context';
import { getSettings, today } from '../journal/settings';
import { mergeJson } from './jsonMerge';
import { inserter, quoted, rowCount } from './tableRows';

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rolled back on purpose');
  }
}

/** Runs `fn` in a transaction and always rolls it back: a dry run on the real data. IMMEDIATE, like every
 *  write (see journalApp.ts): its writes wait for another writer instead of failing. */
export function simulate<T>(db: Db, fn: () => T): T {
  try {
    db.transaction(() => {
      throw new Rollback(fn());
    }).immediate();
  } catch (e) {
    if (e instanceof Rollback) return e.value as T;
    throw e;
  }
  throw new Error('unreachable');
}

/** Tables that hold preferences rather than entries: a journal with only these is still "empty". */
const PREFERENCE_TABLES = new Set(['settings', 'guide_state', 'tracking_plan', 'quick_pins']);

export function entriesHeld(db: Db): string | null {
  const held = TABLES.filter((t) => !PREFERENCE_TABLES.has(t.name))
    .map((t) => ({ t, n: rowCount(db, t.name) }))
    .filter((x) => x.n > 0)
    .map((x) => rowsInWords(x.n, x.t));
  return held.length ? held.join(', ') : null;
}

/** Removes everything and writes the file's rows with their own ids. Runs inside the caller's transaction. */
export function replaceAll(ctx: ServiceContext, data: JournalExport): TableCount[] {
  const before = new Map(TABLES.map((t) => [t.name, rowCount(ctx.db, t.name)]));
  for (const t of [...TABLES].reverse()) ctx.db.prepare(`DELETE FROM ${quoted(t.name)}`).run();
  return TABLES.map((t) => {
    const rows = data.tables[t.name] ?? [];
    const insert = inserter(ctx.db, t);
    for (const row of rows) insert(row);
    return {
      table: t.name,
      label: t.label,
      inFile: rows.length,
      added: rows.length,
      replaced: before.get(t.name) ?? 0,
      kept: 0,
    };
  });
}

export function applyJsonImport(ctx: ServiceContext, data: JournalExport, mode: ImportMode): TableCount[] {
  if (mode === 'merge') return mergeJson(ctx, data);
  const held = entriesHeld(ctx.db);
  if (held) {
    throw new UserFacingError(
      'conflict',
      `Your journal already holds ${held}. "Into an empty journal" never overwrites entries: choose "Merge" to add what is missing, or restore a backup instead.`,
    );
  }
  return replaceAll(ctx, data);
}

/** In words; `done` for the message after the import, otherwise the preview's "would". */
export function importSummary(counts: readonly TableCount[], mode: ImportMode, done = false): string {
  const words = (n: number, c: TableCount) => rowsInWords(n, tableSpec(c.table) ?? { label: c.label, one: c.label });
  const added = counts.filter((c) => c.added > 0 && c.table !== 'settings').map((c) => words(c.added, c));
  const kept = counts.filter((c) => c.kept > 0 && c.table !== 'settings').map((c) => words(c.kept, c));
  const parts = [
    added.length
      ? `${done ? 'Imported' : 'This import adds'} ${added.join(', ')}`
      : `${done ? 'Imported' : 'This import adds'} nothing new`,
  ];
  if (mode === 'merge' && kept.length)
    parts.push(
      `${done ? 'kept' : 'keeps'} what your journal already had for ${kept.join(', ')} (the file's copies are skipped)`,
    );
  if (mode === 'merge') parts.push(`your settings ${done ? 'were' : 'are'} left as they are`);
  if (mode === 'replace-empty' && counts.some((c) => c.table === 'settings' && c.inFile > 0))
    parts.push(`the settings ${done ? 'were' : 'are'} taken from the file`);
  return `${parts.join('; ')}.`;
}

export interface JsonPreview {
  ok: boolean;
  summary: string;
  counts: TableCount[];
  errors: ImportIssue[];
  exportedAt: string | null;
}

/** How an import into this journal reads a file: check-ins after tomorrow (by its day end) are refused. */
export function readOptionsFor(ctx: ServiceContext, overlappingTrials = false): ReadOptions {
  return { today: today(ctx), dayEndsAtHour: getSettings(ctx).dayEndsAtHour, overlappingTrials };
}

export function previewJsonImport(
  ctx: ServiceContext,
  { text, mode, overlappingTrials = false }: { text: string; mode: ImportMode; overlappingTrials?: boolean },
): JsonPreview {
  return previewJsonData(ctx, readExport(text, LATEST_VERSION, readOptionsFor(ctx, overlappingTrials)), mode);
}

/** The preview of a file already read (from a whole text here, or by the import worker). */
export function previewJsonData(
  ctx: ServiceContext,
  read: ReturnType<typeof readExport>,
  mode: ImportMode,
): JsonPreview {
  if (!read.ok) {
    const summary = `Nothing can be imported from this file until ${problemsBelowFixed(read.issues)}.`;
    return { ok: false, summary, counts: [], errors: read.issues, exportedAt: null };
  }
  try {
    const counts = simulate(ctx.db, () => applyJsonImport(ctx, read.data, mode));
    return { ok: true, summary: importSummary(counts, mode), counts, errors: [], exportedAt: read.data.exportedAt };
  } catch (e) {
    if (!(e instanceof UserFacingError)) throw e;
    return { ok: false, summary: e.message, counts: [], errors: [], exportedAt: read.data.exportedAt }; // the summary says it all
  }
}

/** The import itself; the router's transaction makes it all or nothing. */
export function importJson(
  ctx: ServiceContext,
  { text, mode, overlappingTrials = false }: { text: string; mode: ImportMode; overlappingTrials?: boolean },
): { summary: string; counts: TableCount[] } {
  const read = readExport(text, LATEST_VERSION, readOptionsFor(ctx, overlappingTrials));
  if (!read.ok) throw new UserFacingError('invalid-input', `Nothing was imported: ${issuesSummary(read.issues)}.`);
  const counts = applyJsonImport(ctx, read.data, mode);
  return { summary: importSummary(counts, mode, true), counts };
}
