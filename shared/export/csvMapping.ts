// Importing a CSV of daily check-ins, from Axis or from another tracker: which column holds which field (the
// mapping) and how dates are written, suggested from the header and the first rows; every row is then checked
// by the row reader (csvRows.ts). Every column of the file must be mapped or explicitly ignored, so nothing in
// the person's file is dropped without them deciding it.
import { CSV_FIELDS, CUSTOM_COLUMN_PREFIX, USED, type CsvDay } from './csvColumns';
import type { CsvTable } from './csv';
import {
  canonicalField,
  DATE_FORMATS,
  IGNORE,
  NEW_ITEM,
  norm,
  parseDay,
  type CsvMapping,
  type DateFormat,
} from './csvCells';
import { createRowReader, type RowReaderOptions, type RowsRead } from './csvRows';
import { guessItem, summarizeColumn, type ColumnSummary } from './csvItems';
import type { ParsedTrackableInput } from '../domain/trackable';
import type { ImportIssue } from './issues';

export {
  canonicalField,
  csvMappingSchema,
  DATE_FORMATS,
  IGNORE,
  parseDay,
  parseSupplementCell,
  type CsvMapping,
  type DateFormat,
} from './csvCells';

// Names other trackers and spreadsheets use for the same things (compared without case, spaces or signs).
const SYNONYMS: Record<string, readonly string[]> = {
  day: ['date', 'fulldate', 'checkindate', 'entrydate', 'datum'],
  notes: ['note', 'comment', 'comments', 'diary', 'journal'],
  sleep_hours: ['sleep', 'hoursofsleep', 'hoursslept', 'sleeph', 'sleephrs', 'sleepduration'],
  skin_overall: ['skin', 'overallskin', 'skinscore'],
  stress: ['stresslevel'],
  stool_form: ['stool', 'bristol', 'bristolscale', 'stooltype'],
  exercise_minutes: ['exercise', 'exercisemin', 'workout', 'workoutminutes', 'activityminutes'],
  exercise_kind: ['exercisetype', 'activitytype', 'workouttype'],
  body_areas: ['areas', 'affectedareas'],
  relaxation_minutes: ['relaxation', 'meditation', 'meditationminutes'],
  bowel_movements: ['bm'],
};

const FIELD_NAMES = new Map<string, string>();
for (const f of CSV_FIELDS) {
  for (const name of [f.column, f.label, f.measure?.key ?? f.column, ...(SYNONYMS[f.column] ?? [])])
    FIELD_NAMES.set(norm(name), f.column);
}

/** The field a column header most likely holds, or null when the person must choose. */
export function suggestField(header: string): string | null {
  if (/^supplement\s*:/i.test(header.trim())) return canonicalField(header);
  // Axis's own columns: an own item's column is read back into the item of that short name; treatments used
  // are not read back from a CSV (the JSON export carries them), so they are set aside in plain view.
  if (/^treatment\s*:/i.test(header.trim())) return IGNORE;
  if (/^custom\s*:/i.test(header.trim())) return canonicalField(header) ?? IGNORE;
  return FIELD_NAMES.get(norm(header)) ?? null;
}

/** The first format that reads every date given; day-first when both do (most of the world writes it so). */
export function suggestDateFormat(cells: readonly string[]): DateFormat {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return DATE_FORMATS.find((f) => filled.every((c) => parseDay(c, f) !== null)) ?? 'YYYY-MM-DD';
}

/** What each column's first rows hold, and the own item it would make (null where no kind fits). */
export interface ColumnGuess {
  summary: ColumnSummary;
  item: ParsedTrackableInput | null;
}

/**
 * `knownItems`: the short names of the journal's own items. A column Axis named after an item the journal
 * does not have ("custom: gluten" into a new journal) is suggested as a new item of that name instead.
 */
export function suggestMapping(
  table: Pick<CsvTable, 'header' | 'rows'>,
  knownItems?: ReadonlySet<string>,
): {
  mapping: CsvMapping;
  unmapped: string[];
  columns: ColumnGuess[];
} {
  const sample = (i: number) => table.rows.slice(0, 200).map((r) => r.cells[i] ?? '');
  // A "treatment: …" column is set aside only as Axis writes it ("used" or empty); another tracker's (a
  // Flaredown treatment's doses) is the person's to place.
  const axisTreatment = (i: number) => sample(i).every((c) => c.trim() === '' || c.trim().toLowerCase() === USED);
  const fields = table.header.map((h, i) =>
    /^treatment\s*:/i.test(h.trim()) && !axisTreatment(i) ? null : suggestField(h),
  );
  const unknownItem = (f: string | null) =>
    knownItems !== undefined &&
    !!f?.startsWith(CUSTOM_COLUMN_PREFIX) &&
    !knownItems.has(f.slice(CUSTOM_COLUMN_PREFIX.length));
  const dayColumn = fields.indexOf('day');
  const dateFormat = dayColumn >= 0 ? suggestDateFormat(sample(dayColumn)) : 'YYYY-MM-DD';
  const columns = table.header.map((h, i) => {
    const summary = summarizeColumn(sample(i));
    const named = unknownItem(fields[i] ?? null) ? fields[i]!.slice(CUSTOM_COLUMN_PREFIX.length) : null;
    return { summary, item: fields[i] === null || named ? guessItem(named ?? h, i, summary) : null };
  });
  const items = columns.map((c, i) => (unknownItem(fields[i] ?? null) ? c.item : null));
  const mapped = fields.map((f, i) => (unknownItem(f) ? (items[i] ? NEW_ITEM : IGNORE) : (f ?? '')));
  return {
    mapping: { fields: mapped, dateFormat, ...(items.some((x) => x !== null) ? { items } : {}) },
    unmapped: table.header.filter((_, i) => fields[i] === null),
    columns,
  };
}

/** Checks every row of a whole table; returns the days that can be imported and every problem found. */
export function readCsvDays(
  table: CsvTable,
  mapping: CsvMapping,
  options: RowReaderOptions = {},
): { days: CsvDay[]; issues: ImportIssue[] } & Omit<RowsRead, 'days' | 'issues'> {
  const reader = createRowReader(table.header, mapping, options);
  for (const r of table.rows) reader.add(r.line, r.cells);
  return reader.finish();
}
