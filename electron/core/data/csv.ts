// The CSV of daily check-ins, read back (csvExport.ts writes it). The mapping says which column holds what;
// rows are checked by the app's own schema (shared/export/csvRows.ts); days already in the journal are kept as
// they are (the file's row for that day is skipped, and the preview says how many); supplements are matched by
// name, and a name the journal does not know yet is added to the regimen from the first day the file says it
// was taken. The preview and the import share one plan (planDays), so what the preview announces is what the
// import does.
import { UserFacingError } from '$shared/contract/result';
import type { OutputOf } from '$shared/contract/index';
import { parseCsv, type CsvTable } from '$shared/export/csv';
import type { CsvDay } from '$shared/export/csvColumns';
import { readCsvDays, suggestMapping, type CsvMapping } from '$shared/export/csvMapping';
import { shapeTable, tooLargeWords, type ShapeResult } from '$shared/export/csvShapes';
import type { RowReaderOptions, RowsRead } from '$shared/export/csvRows';
import { issuesSummary, problemsBelowFixed, type ImportIssue } from '$shared/export/issues';
import { MEASURES } from '$shared/domain/measures';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { getSettings, today } from '../journal/settings';
import { addSupplement } from '../journal/supplements';
import { rangesBySlug } from '../journal/trackables';
import { OwnItemImport, type NewItemDrafts } from './csvOwnItemImport';

/** Today and the day-end hour, so rows dated after tomorrow are refused. */
export function rowOptions(ctx: ServiceContext): RowReaderOptions {
  return { today: today(ctx), dayEndsAtHour: getSettings(ctx).dayEndsAtHour, items: rangesBySlug(ctx) };
}

/** The file's days as a table (long files pivoted, Daylio's days combined: csvShapes.ts). */
function shaped(table: CsvTable, bytes: number): { table: CsvTable } & ShapeResult {
  const result = shapeTable(table);
  const tooLarge = tooLargeWords(result.shape, bytes);
  if (tooLarge) throw new UserFacingError('invalid-input', tooLarge);
  return { ...result, table: { ...result.table, delimiter: table.delimiter } };
}

function readTable(text: string): { table: CsvTable } & ShapeResult {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    throw new UserFacingError('invalid-input', `Nothing was imported: row ${parsed.row} ${parsed.message}.`);
  return shaped(parsed.table, text.length);
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
  /** Own items the import adds: new-item columns, then activities, in the order first met. */
  newItems: string[];
}

const COLUMNS = [...MEASURES.map((m) => m.column), 'body_areas', 'exercise_kind', 'notes'];

/**
 * Importing days one at a time, so a file of any size streams through without its days held in memory: each
 * day the journal does not hold yet is written at once (when `write`), and kept days are counted. Supplements
 * the journal does not know are added at the end, from the first day the file says each was taken, with
 * that day's doses and the others'. Planning (write false) runs the very same steps without writing, so the
 * preview announces exactly what the import does. Runs inside the caller's transaction.
 */
export class DayImport {
  private added = 0;
  private kept = 0;
  private readonly firstDay = new Map<string, { name: string; day: string; order: number }>();
  private readonly intakes: { day: string; key: string; dose: number | null; unit: string }[] = [];
  private readonly exists;
  private readonly at: string;
  private readonly own: OwnItemImport;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly write: boolean,
    drafts: NewItemDrafts = [],
  ) {
    this.exists = sql(ctx.db, 'SELECT 1 FROM check_ins WHERE day = ?');
    this.at = nowIso(ctx);
    this.own = new OwnItemImport(ctx, write, drafts);
  }

  /** The definitions of the new items, once the mapping is decided (before the first day). */
  defineItems(drafts: NewItemDrafts): void {
    this.own.drafts = drafts;
  }

  add(d: CsvDay): void {
    if (this.exists.get(d.day)) {
      this.kept++;
      return;
    }
    this.added++;
    const seen = new Set<string>();
    for (const s of d.supplements) {
      const key = s.name.toLowerCase();
      if (seen.has(key)) continue; // two columns naming one supplement: the first one counts
      seen.add(key);
      const first = this.firstDay.get(key);
      if (!first || d.day < first.day)
        this.firstDay.set(key, { name: s.name, day: d.day, order: first?.order ?? this.firstDay.size });
      if (this.write) this.intakes.push({ day: d.day, key, dose: s.dose, unit: s.unit });
    }
    if (!this.write) {
      this.own.add(d);
      return;
    }
    const v = d.values as Record<string, unknown>;
    sql(
      this.ctx.db,
      `INSERT INTO check_ins (day, ${COLUMNS.join(', ')}, created_at, updated_at) VALUES (?, ${COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    ).run(
      d.day,
      ...MEASURES.map((m) => (v[m.key] as number | null | undefined) ?? null),
      JSON.stringify(d.values.bodyAreas ?? []),
      d.values.exerciseKind ?? null,
      d.values.notes ?? '',
      this.at,
      this.at,
    );
    this.own.add(d); // after the day's row: its values refer to it
  }

  finish(): CsvApplied {
    const ids = new Map<string, number>();
    const fresh: { name: string; day: string; order: number }[] = [];
    for (const [key, first] of this.firstDay) {
      const known = supplementIdFor(this.ctx, first.name);
      if (known !== null) ids.set(key, known);
      else fresh.push(first);
    }
    fresh.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.order - b.order));
    if (this.write) {
      for (const s of fresh) {
        const added = addSupplement(this.ctx, {
          name: s.name,
          dose: null,
          unit: '',
          details: 'Added by a CSV import',
          startedOn: s.day,
        });
        ids.set(s.name.toLowerCase(), added.supplement.id);
      }
      const insert = sql(
        this.ctx.db,
        'INSERT INTO supplement_intakes (day, supplement_id, dose, unit) VALUES (?, ?, ?, ?)',
      );
      for (const i of this.intakes) insert.run(i.day, ids.get(i.key)!, i.dose, i.unit);
    }
    return {
      added: this.added,
      kept: this.kept,
      newSupplements: fresh.map((s) => s.name),
      newItems: this.own.finish(),
    };
  }
}

/** What importing the days would do, read from the journal without writing. */
export function planDays(ctx: ServiceContext, days: readonly CsvDay[], drafts: NewItemDrafts = []): CsvApplied {
  const plan = new DayImport(ctx, false, drafts);
  for (const d of days) plan.add(d);
  return plan.finish();
}

/**
 * Writes the days; runs inside a transaction (the router's). Only days the journal does not hold are written,
 * each as one INSERT of values the row reader already checked with the check-in's own schema.
 */
export function applyDays(ctx: ServiceContext, days: readonly CsvDay[], drafts: NewItemDrafts = []): CsvApplied {
  const run = new DayImport(ctx, true, drafts);
  for (const d of days) run.add(d);
  return run.finish();
}

export type CsvPreview = OutputOf<'data.previewCsvImport'>;

export function csvWords(a: CsvApplied, done: boolean): string {
  const parts = [`${done ? 'Imported' : 'This import adds'} ${a.added} ${a.added === 1 ? 'day' : 'days'}`];
  if (a.kept === 1) parts.push(`1 day is already in your journal and ${done ? 'was' : 'will be'} kept as it is`);
  else if (a.kept)
    parts.push(`${a.kept} days are already in your journal and ${done ? 'were' : 'will be'} kept as they are`);
  if (a.newSupplements.length)
    parts.push(`${a.newSupplements.join(', ')} ${done ? 'were' : 'will be'} added to your supplements`);
  if (a.newItems.length)
    parts.push(
      `${a.newItems.length === 1 ? '1 new item of your own' : `${a.newItems.length} new items of your own`} ${done ? (a.newItems.length === 1 ? 'was' : 'were') : 'will be'} added (${a.newItems.join(', ')})`,
    );
  return `${parts.join('; ')}.`;
}

/** The preview of rows read (from a whole text, or streamed by the import worker, which planned each day as
 *  it went: `planned`). */
export function csvPreviewOf(
  ctx: ServiceContext,
  base: Pick<CsvPreview, 'header' | 'suggested' | 'mapping' | 'firstRows' | 'note' | 'readAs' | 'columns'>,
  read: RowsRead,
  planned?: CsvApplied,
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
      newItems: [],
      errors: read.issues,
      summary: `Nothing can be imported until ${problemsBelowFixed(read.issues)}.`,
    };
  }
  const applied = planned ?? planDays(ctx, read.days, base.mapping.items ?? []);
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
    newItems: [],
    columns: [],
    errors,
    scaleQuestions: [],
    rescaled: [],
    note,
    readAs: null,
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
  const { table, words, issues } = shaped(parsed.table, text.length);
  const suggestion = suggestMapping(table, new Set(rangesBySlug(ctx).keys()));
  const suggested = suggestion.mapping;
  const used = mapping ?? suggested;
  const rows = readCsvDays(table, used, rowOptions(ctx));
  const read = { ...rows, issues: [...issues, ...rows.issues] };
  return csvPreviewOf(
    ctx,
    {
      header: table.header,
      suggested,
      mapping: used,
      firstRows: table.rows.slice(0, 5).map((r) => r.cells),
      note: null,
      readAs: words,
      columns: suggestion.columns,
    },
    read,
  );
}

export function importCsv(
  ctx: ServiceContext,
  { text, mapping }: { text: string; mapping: CsvMapping },
): CsvApplied & { summary: string } {
  const { table, issues } = readTable(text);
  const rows = readCsvDays(table, mapping, rowOptions(ctx));
  const read = { ...rows, issues: [...issues, ...rows.issues] };
  if (read.issues.length > 0)
    throw new UserFacingError('invalid-input', `Nothing was imported: ${issuesSummary(read.issues)}.`);
  const applied = applyDays(ctx, read.days, mapping.items ?? []);
  return { ...applied, summary: csvWords(applied, true) };
}
