// Importing a JSON export, all or nothing. Two modes:
// - "replace-empty": into a journal that holds no entries yet; everything comes in as it was, ids and
//   settings included (this is also how a backup is restored, without the emptiness check).
// - "merge": into a journal that has entries. What the journal already holds is KEPT: a day present in both
//   stays as it is in the journal and the file's version of that day is skipped, so an import can never
//   overwrite something the person wrote. Supplements and trials are matched (same name and start; same
//   food and start); everything else gets new ids, and every reference is remapped to them.
// The preview runs the very same import inside a transaction that is rolled back, so what it announces is
// exactly what the import will do.
import { UserFacingError } from '$shared/contract/result';
import type { ImportMode, TableCount } from '$shared/contract/data';
import { readExport, toDbRow, type FileRow, type JournalExport, type ReadOptions } from '$shared/export/format';
import { trialSpan } from '$shared/export/trialChecks';
import { issuesSummary, problemsBelowFixed, type ImportIssue } from '$shared/export/issues';
import { rowsInWords, TABLES, tableSpec, type TableSpec } from '$shared/export/tables';
import { LATEST_VERSION, type Db } from '../db/open';
import type { ServiceContext } from '../context';
import { getSettings, today } from '../journal/settings';
import { personalMergeRules } from './personalMerge';

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

const quoted = (c: string) => `"${c}"`;

function inserter(db: Db, spec: TableSpec, omit: readonly string[] = []) {
  const columns = Object.keys(spec.columns).filter((c) => !omit.includes(c));
  const stmt = db.prepare(
    `INSERT INTO ${quoted(spec.name)} (${columns.map(quoted).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  return (row: FileRow, overrides: Record<string, unknown> = {}): number => {
    const values = { ...toDbRow(spec, row), ...overrides };
    return Number(stmt.run(Object.fromEntries(columns.map((c) => [c, values[c]]))).lastInsertRowid);
  };
}

const spec = (name: string): TableSpec =>
  tableSpec(name) ??
  (() => {
    throw new Error(`no table ${name}`);
  })();
const rowCount = (db: Db, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${quoted(table)}`).get() as { n: number }).n;

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

type Maps = {
  supplements: Map<number, number>;
  regimen_changes: Map<number, number>;
  trials: Map<number, number>;
  trackables: Map<number, number>;
  treatments: Map<number, number>;
  treatment_changes: Map<number, number>;
  addedDays: Set<string>;
  addedTrials: Set<number>;
};
type Merge = (ctx: ServiceContext, rows: FileRow[], maps: Maps, data: JournalExport) => { added: number; kept: number };

// One rule per table; the test suite checks that every table of TABLES has one.
export const MERGE_RULES: Record<string, Merge> = {
  settings: (_ctx, rows) => ({ added: 0, kept: rows.length }), // the journal's own settings stay as they are
  check_ins: (ctx, rows, maps) =>
    addMissing(ctx, 'check_ins', rows, ['day'], (row) => maps.addedDays.add(row.day as string)),
  supplements: (ctx, rows, maps) => {
    const find = ctx.db.prepare(
      'SELECT id FROM supplements WHERE lower(name) = lower(?) AND started_on IS ? ORDER BY id LIMIT 1',
    );
    return matchOrAdd(
      ctx,
      'supplements',
      rows,
      maps.supplements,
      (row) => find.get(row.name, row.started_on) as { id: number } | undefined,
    );
  },
  supplement_intakes: (ctx, rows, maps) =>
    addChildren(
      ctx,
      'supplement_intakes',
      rows,
      (row) => maps.addedDays.has(row.day as string),
      (row) => ({ supplement_id: maps.supplements.get(row.supplement_id as number) }),
    ),
  regimen_changes: (ctx, rows, maps) => {
    const find = ctx.db.prepare(
      'SELECT id FROM regimen_changes WHERE day = ? AND supplement_id = ? AND kind = ? AND detail = ? LIMIT 1',
    );
    return matchOrAdd(
      ctx,
      'regimen_changes',
      rows,
      maps.regimen_changes,
      (row) =>
        find.get(row.day, maps.supplements.get(row.supplement_id as number), row.kind, row.detail) as
          { id: number } | undefined,
      (row) => ({ supplement_id: maps.supplements.get(row.supplement_id as number) }),
    );
  },
  guide_progress: (ctx, rows) => addMissing(ctx, 'guide_progress', rows, ['section_id']),
  guide_state: (ctx, rows) => addMissing(ctx, 'guide_state', rows, ['key']),
  trials: (ctx, rows, maps, data) => {
    const find = ctx.db.prepare('SELECT id FROM trials WHERE food_key = ? AND start_day = ? LIMIT 1');
    return matchOrAdd(
      ctx,
      'trials',
      rows,
      maps.trials,
      (row) => {
        const same = find.get(row.food_key, row.start_day) as { id: number } | undefined;
        if (!same) refuseSameFoodOverlap(ctx, row, data);
        return same;
      },
      undefined,
      (fileId) => maps.addedTrials.add(fileId),
    );
  },
  trial_phases: (ctx, rows, maps) => addTrialChildren(ctx, 'trial_phases', rows, maps, ['id']),
  trial_adherence: (ctx, rows, maps) => addTrialChildren(ctx, 'trial_adherence', rows, maps),
  trial_slips: (ctx, rows, maps) => addTrialChildren(ctx, 'trial_slips', rows, maps, ['id']),
  trial_safety: (ctx, rows, maps) => addTrialChildren(ctx, 'trial_safety', rows, maps),
  trial_regimen_changes: (ctx, rows, maps) =>
    addChildren(
      ctx,
      'trial_regimen_changes',
      rows,
      (row) => maps.addedTrials.has(row.trial_id as number),
      (row) => ({
        trial_id: maps.trials.get(row.trial_id as number),
        regimen_change_id: maps.regimen_changes.get(row.regimen_change_id as number),
      }),
    ),
  ...personalMergeRules({ addMissing, matchOrAdd, addChildren }),
};

function addMissing(
  ctx: ServiceContext,
  table: string,
  rows: FileRow[],
  key: string[],
  onAdd?: (row: FileRow) => void,
) {
  const exists = ctx.db.prepare(
    `SELECT 1 FROM ${quoted(table)} WHERE ${key.map((c) => `${quoted(c)} = ?`).join(' AND ')}`,
  );
  const insert = inserter(ctx.db, spec(table));
  let added = 0;
  for (const row of rows) {
    if (exists.get(...key.map((c) => row[c]))) continue;
    insert(row);
    onAdd?.(row);
    added++;
  }
  return { added, kept: rows.length - added };
}

function matchOrAdd(
  ctx: ServiceContext,
  table: string,
  rows: FileRow[],
  ids: Map<number, number>,
  match: (row: FileRow) => { id: number } | undefined,
  remap?: (row: FileRow) => Record<string, unknown>,
  onAdd?: (fileId: number) => void,
) {
  const insert = inserter(ctx.db, spec(table), ['id']);
  let added = 0;
  for (const row of rows) {
    const existing = match(row);
    if (existing) {
      ids.set(row.id as number, existing.id);
      continue;
    }
    ids.set(row.id as number, insert(row, remap?.(row)));
    onAdd?.(row.id as number);
    added++;
  }
  return { added, kept: rows.length - added };
}

function addChildren(
  ctx: ServiceContext,
  table: string,
  rows: FileRow[],
  parentAdded: (row: FileRow) => boolean,
  remap: (row: FileRow) => Record<string, unknown>,
  omit: string[] = [],
) {
  const insert = inserter(ctx.db, spec(table), omit);
  let added = 0;
  for (const row of rows) {
    if (!parentAdded(row)) continue; // its parent was kept as the journal has it, with the journal's own children
    insert(row, remap(row));
    added++;
  }
  return { added, kept: rows.length - added };
}

const addTrialChildren = (ctx: ServiceContext, table: string, rows: FileRow[], maps: Maps, omit: string[] = []) =>
  addChildren(
    ctx,
    table,
    rows,
    (row) => maps.addedTrials.has(row.trial_id as number),
    (row) => ({ trial_id: maps.trials.get(row.trial_id as number) }),
    omit,
  );

/**
 * One trial per food at a time, as when setting a trial up: a clash with a trial the journal holds is refused,
 * never silently merged. Closed trials count up to the day they were closed. (Two trials of one food inside
 * the file are checked with the file, in shared/export/trialChecks.ts.)
 */
function refuseSameFoodOverlap(ctx: ServiceContext, row: FileRow, data: JournalExport): void {
  const { first, last } = trialSpan(
    row,
    (data.tables.trial_phases ?? []).filter((p) => p.trial_id === row.id),
  );
  const clash = ctx.db
    .prepare(
      `SELECT name, start, CASE WHEN closed_on IS NOT NULL AND closed_on < planned_end THEN closed_on ELSE planned_end END AS end
       FROM (SELECT t.name, t.start_day AS start, t.closed_on, max(p.end_day) AS planned_end
             FROM trials t JOIN trial_phases p ON p.trial_id = t.id WHERE t.food_key = ? GROUP BY t.id)
       WHERE start <= ? AND end >= ? LIMIT 1`,
    )
    .get(row.food_key, last, first) as { name: string; start: string; end: string } | undefined;
  if (clash) {
    throw new UserFacingError(
      'conflict',
      `The file's "${String(row.name)}" trial (${first} to ${last}) overlaps your "${clash.name}" trial (${clash.start} to ${clash.end}) on the same food. Axis runs one trial per food at a time, so nothing was imported.`,
    );
  }
}

function merge(ctx: ServiceContext, data: JournalExport): TableCount[] {
  const maps: Maps = {
    supplements: new Map(),
    regimen_changes: new Map(),
    trials: new Map(),
    trackables: new Map(),
    treatments: new Map(),
    treatment_changes: new Map(),
    addedDays: new Set(),
    addedTrials: new Set(),
  };
  return TABLES.map((t) => {
    const rule = MERGE_RULES[t.name];
    if (!rule) throw new Error(`no merge rule for the table ${t.name}`);
    const rows = data.tables[t.name] ?? [];
    return { table: t.name, label: t.label, inFile: rows.length, replaced: 0, ...rule(ctx, rows, maps, data) };
  });
}

export function applyJsonImport(ctx: ServiceContext, data: JournalExport, mode: ImportMode): TableCount[] {
  if (mode === 'merge') return merge(ctx, data);
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
