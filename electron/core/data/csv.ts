// The CSV of daily check-ins, both ways. Export: one row per day, one documented column per field, one column
// per supplement. Import: the mapping says which column holds what; rows are checked by the app's own
// schema; days already in the journal are kept as they are (the file's row for that day is skipped, and the
// preview says how many); supplements are matched by name, and a name the journal does not know yet is added
// to the regimen from the first day the file says it was taken.
import { UserFacingError } from '$shared/contract/result';
import { parseCsv, writeCsv, type CsvTable } from '$shared/export/csv';
import { csvHeader, dayCells, uniqueSupplementNames, type CsvDay } from '$shared/export/csvColumns';
import { readCsvDays, suggestMapping, type CsvMapping } from '$shared/export/csvMapping';
import { issuesSummary, problemsBelowFixed, type ImportIssue } from '$shared/export/issues';
import type { SupplementTaken } from '$shared/domain/checkIn';
import type { ServiceContext } from '../context';
import { checkInValuesOf, saveCheckIn, type CheckInRow } from '../journal/checkIns';
import { simulate } from './importJson';
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

function readTable(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    throw new UserFacingError('invalid-input', `Nothing was imported: row ${parsed.row} ${parsed.message}.`);
  return parsed.table;
}

/** The supplement a name means: an active one of that name first, else the one started most recently. */
function supplementIdFor(ctx: ServiceContext, name: string): number | null {
  const row = ctx.db
    .prepare(
      'SELECT id FROM supplements WHERE lower(name) = lower(?) ORDER BY stopped_on IS NOT NULL, started_on DESC, id DESC LIMIT 1',
    )
    .get(name) as { id: number } | undefined;
  return row?.id ?? null;
}

interface CsvApplied {
  added: number;
  kept: number;
  newSupplements: string[];
}

/** Writes the days; runs inside a transaction (the router's, or the preview's rolled-back one). */
function applyDays(ctx: ServiceContext, days: readonly CsvDay[]): CsvApplied {
  const exists = ctx.db.prepare('SELECT 1 FROM check_ins WHERE day = ?');
  const fresh = days.filter((d) => !exists.get(d.day)).sort((a, b) => (a.day < b.day ? -1 : 1));
  const ids = new Map<string, number>();
  const newSupplements: string[] = [];
  for (const d of fresh) {
    for (const s of d.supplements) {
      const key = s.name.toLowerCase();
      if (ids.has(key)) continue;
      const known = supplementIdFor(ctx, s.name);
      if (known !== null) ids.set(key, known);
      else {
        // Days are in date order, so this is the first day the file says it was taken.
        ids.set(
          key,
          addSupplement(ctx, { name: s.name, dose: null, unit: '', details: 'Added by a CSV import', startedOn: d.day })
            .supplement.id,
        );
        newSupplements.push(s.name);
      }
    }
    const supplements: SupplementTaken[] = d.supplements.map((s) => ({
      supplementId: ids.get(s.name.toLowerCase())!,
      dose: s.dose,
      unit: s.unit,
    }));
    saveCheckIn(ctx, { day: d.day, values: { ...d.values, supplements } });
  }
  return { added: fresh.length, kept: days.length - fresh.length, newSupplements };
}

export interface CsvPreview {
  ok: boolean;
  summary: string;
  header: string[];
  suggested: CsvMapping;
  mapping: CsvMapping;
  firstRows: string[][];
  rowCount: number;
  added: number;
  kept: number;
  newSupplements: string[];
  errors: ImportIssue[];
}

function words(a: CsvApplied, done: boolean): string {
  const parts = [`${done ? 'Imported' : 'This import adds'} ${a.added} ${a.added === 1 ? 'day' : 'days'}`];
  if (a.kept === 1) parts.push(`1 day is already in your journal and ${done ? 'was' : 'will be'} kept as it is`);
  else if (a.kept)
    parts.push(`${a.kept} days are already in your journal and ${done ? 'were' : 'will be'} kept as they are`);
  if (a.newSupplements.length)
    parts.push(`${a.newSupplements.join(', ')} ${done ? 'were' : 'will be'} added to your supplements`);
  return `${parts.join('; ')}.`;
}

export function previewCsvImport(
  ctx: ServiceContext,
  { text, mapping }: { text: string; mapping?: CsvMapping | undefined },
): CsvPreview {
  const parsed = parseCsv(text);
  const empty = {
    header: [],
    suggested: { fields: [], dateFormat: 'YYYY-MM-DD' as const },
    firstRows: [],
    rowCount: 0,
    added: 0,
    kept: 0,
    newSupplements: [],
  };
  if (!parsed.ok) {
    const error = { row: parsed.row, column: null, message: parsed.message };
    return {
      ...empty,
      ok: false,
      mapping: empty.suggested,
      summary: `This file cannot be read: row ${parsed.row} ${parsed.message}.`,
      errors: [error],
    };
  }
  const table = parsed.table;
  const suggested = suggestMapping(table).mapping;
  const used = mapping ?? suggested;
  const read = readCsvDays(table, used);
  const base = {
    header: table.header,
    suggested,
    mapping: used,
    firstRows: table.rows.slice(0, 5).map((r) => r.cells),
    rowCount: table.rows.length,
  };
  if (read.issues.length > 0) {
    return {
      ...base,
      ok: false,
      added: 0,
      kept: 0,
      newSupplements: [],
      errors: read.issues,
      summary: `Nothing can be imported until ${problemsBelowFixed(read.issues)}.`,
    };
  }
  const applied = simulate(ctx.db, () => applyDays(ctx, read.days));
  return { ...base, ...applied, ok: true, errors: [], summary: words(applied, false) };
}

export function importCsv(
  ctx: ServiceContext,
  { text, mapping }: { text: string; mapping: CsvMapping },
): CsvApplied & { summary: string } {
  const read = readCsvDays(readTable(text), mapping);
  if (read.issues.length > 0)
    throw new UserFacingError('invalid-input', `Nothing was imported: ${issuesSummary(read.issues)}.`);
  const applied = applyDays(ctx, read.days);
  return { ...applied, summary: words(applied, true) };
}
