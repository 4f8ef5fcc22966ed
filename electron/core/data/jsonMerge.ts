// Merging a JSON export into a journal that has entries (importJson.ts, "merge"): what the journal already holds
// is KEPT; a day present in both stays as the journal has it. Supplements and trials are matched (same name and
// start; same food and start), everything else gets new ids, and every reference is remapped to them.
import { UserFacingError } from '$shared/contract/result';
import type { TableCount } from '$shared/contract/data';
import type { FileRow, JournalExport } from '$shared/export/format';
import { trialSpan } from '$shared/export/trialChecks';
import { TABLES } from '$shared/export/tables';
import type { ServiceContext } from '../context';
import { personalMergeRules } from './personalMerge';
import { inserter, quoted, spec } from './tableRows';
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

/** Adds what the journal lacks, table by table, keeping what it holds. Runs inside the caller's transaction. */
export function mergeJson(ctx: ServiceContext, data: JournalExport): TableCount[] {
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
