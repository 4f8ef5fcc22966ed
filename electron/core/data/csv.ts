// The CSV of daily check-ins, both ways. Export: one row per day, one documented column per field, one column
// per supplement. Import: the mapping says which column holds what; rows are checked by the app's own
// schema (shared/export/csvRows.ts); days already in the journal are kept as they are (the file's row for that
// day is skipped, and the preview says how many); supplements are matched by name, and a name the journal does
// not know yet is added to the regimen from the first day the file says it was taken. The preview and the
// import share one plan (planDays), so what the preview announces is what the import does.
import { UserFacingError } from '$shared/contract/result';
import type { OutputOf } from '$shared/contract/index';
import { parseCsv, writeCsv, type CsvTable } from '$shared/export/csv';
import { csvHeader, dayCells, uniqueSupplementNames, type CsvDay } from '$shared/export/csvColumns';
import { readCsvDays, suggestMapping, type CsvMapping } from '$shared/export/csvMapping';
import type { RowReaderOptions, RowsRead } from '$shared/export/csvRows';
import { issuesSummary, problemsBelowFixed, type ImportIssue } from '$shared/export/issues';
import { MEASURES } from '$shared/domain/measures';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { checkInValuesOf, type CheckInRow } from '../journal/checkIns';
import { getSettings, today } from '../journal/settings';
import { addSupplement } from '../journal/supplements';

/** Every day of the journal as the CSV carries it, oldest first, and the supplement columns. */
export function csvDays(ctx: ServiceContext): { days: CsvDay[]; supplementNames: string[] } {
  const taken = ctx.db
    .prepare(
      'SELECT DISTINCT s.id, s.name FROM supplements s JOIN supplement_intakes i ON i.supplement_id = s.id ORDER BY s.id',
    )
    .all() as { id: number; name: string }[];
  const names = uniqueSupplementNames(taken);
  const byDay = new Map<string, CsvDay['supplements']>();
  for (const i of ctx.db
    .prepare('SELECT day, supplement_id, dose, unit FROM supplement_intakes ORDER BY day, supplement_id')
    .all() as { day: string; supplement_id: number; dose: number | null; unit: string }[]) {
    const list = byDay.get(i.day) ?? [];
    list.push({ name: names.get(i.supplement_id)!, dose: i.dose, unit: i.unit });
    byDay.set(i.day, list);
  }
  const rows = ctx.db.prepare('SELECT * FROM check_ins ORDER BY day').all() as CheckInRow[];
  const days = rows.map((row) => ({
    day: row.day,
    values: checkInValuesOf(row),
    supplements: byDay.get(row.day) ?? [],
  }));
  return { days, supplementNames: [...names.values()] };
}

/** The CSV file's text, and what it holds in words ("120 days"). */
export function exportCsvText(ctx: ServiceContext): { text: string; summary: string } {
  const { days, supplementNames } = csvDays(ctx);
  const text = writeCsv(
    csvHeader(supplementNames),
    days.map((d) => dayCells(d, supplementNames)),
  );
  return { text, summary: `${days.length} ${days.length === 1 ? 'day' : 'days'}` };
}

/** Today and the day-end hour, so rows dated after tomorrow are refused. */
export function rowOptions(ctx: ServiceContext): RowReaderOptions {
  return { today: today(ctx), dayEndsAtHour: getSettings(ctx).dayEndsAtHour };
}

function readTable(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    throw new UserFacingError('invalid-input', `Nothing was imported: row ${parsed.row} ${parsed.message}.`);
  return parsed.table;
}

/** The supplement a name means: an active one of that name first, else the one started most recently. */
function supplementIdFor(ctx: ServiceContext, name: string): number | null {
  const row = sql(
    ctx.db,
    'SELECT id FROM supplements WHERE lower(name) = lower(?) ORDER BY stopped_on IS NOT NULL, started_on DESC, id DESC LIMIT 1',
  ).get(name) as { id: number } | undefined;
  return row?.id ?? null;
}

export interface CsvApplied {
  added: number;
  kept: number;
  newSupplements: string[];
}

interface Plan extends CsvApplied {
  fresh: CsvDay[];
  /** A new supplement's name (lower case) → the first day the file says it was taken. */
  startsOn: Map<string, { name: string; day: string }>;
}

/** What importing the days would do, read from the journal without writing. */
export function planDays(ctx: ServiceContext, days: readonly CsvDay[]): Plan {
  const exists = sql(ctx.db, 'SELECT 1 FROM check_ins WHERE day = ?');
  const fresh = days.filter((d) => !exists.get(d.day)).sort((a, b) => (a.day < b.day ? -1 : 1));
  const known = new Set<string>();
  const startsOn = new Map<string, { name: string; day: string }>();
  for (const d of fresh) {
    for (const s of d.supplements) {
      const key = s.name.toLowerCase();
      if (known.has(key) || startsOn.has(key)) continue;
      if (supplementIdFor(ctx, s.name) !== null) known.add(key);
      else startsOn.set(key, { name: s.name, day: d.day }); // days are in date order: the first day it was taken
    }
  }
  return {
    fresh,
    startsOn,
    added: fresh.length,
    kept: days.length - fresh.length,
    newSupplements: [...startsOn.values()].map((s) => s.name),
  };
}

const COLUMNS = [...MEASURES.map((m) => m.column), 'body_areas', 'exercise_kind', 'notes'];

/**
 * Writes the days; runs inside a transaction (the router's, or the import worker's). Only days the journal
 * does not hold are written, so each is one INSERT of values the row reader already checked with the
 * check-in's own schema. `onProgress` is called every 1,000 days, and may throw to cancel.
 */
export function applyDays(
  ctx: ServiceContext,
  days: readonly CsvDay[],
  onProgress?: (written: number) => void,
): CsvApplied {
  const plan = planDays(ctx, days);
  const ids = new Map<string, number>();
  for (const [key, s] of plan.startsOn) {
    const added = addSupplement(ctx, {
      name: s.name,
      dose: null,
      unit: '',
      details: 'Added by a CSV import',
      startedOn: s.day,
    });
    ids.set(key, added.supplement.id);
  }
  const idOf = (name: string) => {
    const key = name.toLowerCase();
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = supplementIdFor(ctx, name)!));
    return id;
  };
  const at = nowIso(ctx);
  const insertDay = sql(
    ctx.db,
    `INSERT INTO check_ins (day, ${COLUMNS.join(', ')}, created_at, updated_at) VALUES (?, ${COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
  );
  const insertIntake = sql(
    ctx.db,
    'INSERT INTO supplement_intakes (day, supplement_id, dose, unit) VALUES (?, ?, ?, ?)',
  );
  plan.fresh.forEach((d, n) => {
    const v = d.values as Record<string, unknown>;
    insertDay.run(
      d.day,
      ...MEASURES.map((m) => (v[m.key] as number | null | undefined) ?? null),
      JSON.stringify(d.values.bodyAreas ?? []),
      d.values.exerciseKind ?? null,
      d.values.notes ?? '',
      at,
      at,
    );
    const seen = new Set<number>();
    for (const s of d.supplements) {
      const id = idOf(s.name);
      if (seen.has(id)) continue; // two columns naming one supplement: the first one counts
      seen.add(id);
      insertIntake.run(d.day, id, s.dose, s.unit);
    }
    if (onProgress && (n + 1) % 1000 === 0) onProgress(n + 1);
  });
  return { added: plan.added, kept: plan.kept, newSupplements: plan.newSupplements };
}

export type CsvPreview = OutputOf<'data.previewCsvImport'>;

export function csvWords(a: CsvApplied, done: boolean): string {
  const parts = [`${done ? 'Imported' : 'This import adds'} ${a.added} ${a.added === 1 ? 'day' : 'days'}`];
  if (a.kept === 1) parts.push(`1 day is already in your journal and ${done ? 'was' : 'will be'} kept as it is`);
  else if (a.kept)
    parts.push(`${a.kept} days are already in your journal and ${done ? 'were' : 'will be'} kept as they are`);
  if (a.newSupplements.length)
    parts.push(`${a.newSupplements.join(', ')} ${done ? 'were' : 'will be'} added to your supplements`);
  return `${parts.join('; ')}.`;
}

/** The preview of rows read (from a whole text, or streamed by the import worker). */
export function csvPreviewOf(
  ctx: ServiceContext,
  base: Pick<CsvPreview, 'header' | 'suggested' | 'mapping' | 'firstRows' | 'note'>,
  read: RowsRead,
): CsvPreview {
  const scales = { scaleQuestions: read.questions, rescaled: read.rescaled };
  if (read.issues.length > 0) {
    return {
      ...base,
      ...scales,
      rowCount: read.rows,
      ok: false,
      added: 0,
      kept: 0,
      newSupplements: [],
      errors: read.issues,
      summary: `Nothing can be imported until ${problemsBelowFixed(read.issues)}.`,
    };
  }
  const plan = planDays(ctx, read.days);
  const applied = { added: plan.added, kept: plan.kept, newSupplements: plan.newSupplements };
  return {
    ...base,
    ...scales,
    ...applied,
    rowCount: read.rows,
    ok: true,
    errors: [],
    summary: csvWords(applied, false),
  };
}

export const EMPTY_MAPPING: CsvMapping = { fields: [], dateFormat: 'YYYY-MM-DD' };

/** A preview for a file that cannot be read as a table at all. */
export function unreadable(summary: string, errors: ImportIssue[], note: string | null = null): CsvPreview {
  return {
    ok: false,
    summary,
    header: [],
    suggested: EMPTY_MAPPING,
    mapping: EMPTY_MAPPING,
    firstRows: [],
    rowCount: 0,
    added: 0,
    kept: 0,
    newSupplements: [],
    errors,
    scaleQuestions: [],
    rescaled: [],
    note,
  };
}

export function previewCsvImport(
  ctx: ServiceContext,
  { text, mapping }: { text: string; mapping?: CsvMapping | undefined },
): CsvPreview {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    const error = { row: parsed.row, column: null, message: parsed.message };
    return unreadable(`This file cannot be read: row ${parsed.row} ${parsed.message}.`, [error]);
  }
  const table = parsed.table;
  const suggested = suggestMapping(table).mapping;
  const used = mapping ?? suggested;
  const read = readCsvDays(table, used, rowOptions(ctx));
  return csvPreviewOf(
    ctx,
    {
      header: table.header,
      suggested,
      mapping: used,
      firstRows: table.rows.slice(0, 5).map((r) => r.cells),
      note: null,
    },
    read,
  );
}

export function importCsv(
  ctx: ServiceContext,
  { text, mapping }: { text: string; mapping: CsvMapping },
): CsvApplied & { summary: string } {
  const read = readCsvDays(readTable(text), mapping, rowOptions(ctx));
  if (read.issues.length > 0)
    throw new UserFacingError('invalid-input', `Nothing was imported: ${issuesSummary(read.issues)}.`);
  const applied = applyDays(ctx, read.days);
  return { ...applied, summary: csvWords(applied, true) };
}
