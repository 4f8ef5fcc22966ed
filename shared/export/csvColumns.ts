// The CSV export: one row per day, one documented column per field. Measure columns come from MEASURES (the
// single list of what a check-in holds), so a new measure appears in the CSV without touching this file.
// Supplements are one column each, named "supplement: <name>", holding the dose taken that day ("10 billion
// CFU"), "taken" when no dose was written, and nothing when it was not taken.
// The person's own items follow, one column each named by the item's stable short name ("custom: gluten"),
// so renaming an item never renames its column; then one column per treatment used ("treatment: <name>").
import type { CheckInValues } from '../domain/checkIn';
import { BODY_AREAS, EXERCISE_KINDS, MEASURES, type Measure, type MeasureKey } from '../domain/measures';
import { valueText, type Trackable } from '../domain/trackable';

export const SUPPLEMENT_PREFIX = 'supplement: ';
export const TAKEN = 'taken';
export const CUSTOM_COLUMN_PREFIX = 'custom: ';
export const TREATMENT_PREFIX = 'treatment: ';
export const USED = 'used';

/** What a custom column needs to write its cells. */
export type CsvItem = Pick<Trackable, 'slug' | 'kind' | 'unit' | 'options'>;

export interface CsvField {
  /** The column's name in an Axis CSV file, and the name a mapping uses for it. */
  column: string;
  label: string;
  doc: string;
  measure?: Measure;
}

/** The fixed columns, in file order; supplement columns follow them. */
export const CSV_FIELDS: readonly CsvField[] = [
  { column: 'day', label: 'Day', doc: 'the journal day, YYYY-MM-DD (required, once per file)' },
  ...(MEASURES as readonly Measure[]).map((m) => ({
    column: m.column,
    label: m.label,
    doc: `“${m.question}” ${m.min} to ${m.max}${m.step < 1 ? ` in steps of ${m.step}` : ''}${m.anchors ? ` (${m.min} = ${m.anchors[0]}, ${m.max} = ${m.anchors[1]})` : m.kind === 'stool' ? ' (1 = hard pellets … 4 = smooth log … 7 = liquid)' : ''}; empty when not recorded`,
    measure: m,
  })),
  {
    column: 'body_areas',
    label: 'Body areas',
    doc: `areas affected, separated by semicolons: ${BODY_AREAS.join(', ')}`,
  },
  { column: 'exercise_kind', label: 'Kind of exercise', doc: `one of ${EXERCISE_KINDS.join(', ')}; empty when none` },
  { column: 'notes', label: 'Notes', doc: 'free text; may hold commas, quotes and line breaks (the cell is quoted)' },
];

export const supplementColumn = (name: string) => `${SUPPLEMENT_PREFIX}${name}`;

/** A day as the CSV carries it: the check-in's values and the supplements taken, by name. */
export interface CsvDay {
  day: string;
  values: Omit<CheckInValues, 'supplements'>;
  supplements: { name: string; dose: number | null; unit: string }[];
  /** Names of the treatments used that day (as their columns name them). */
  treatments?: string[];
  /** Values of own items read from an import: `key` is an item's slug, "new:<column>" for an item the import
   *  adds, or "activity:<name in lower case>" for one activity of an activities column (`name` as written). */
  items?: { key: string; value: number; name?: string }[];
}

export function supplementCell(taken: { dose: number | null; unit: string } | undefined): string {
  if (!taken) return '';
  if (taken.dose === null) return TAKEN;
  return taken.unit ? `${taken.dose} ${taken.unit}` : String(taken.dose);
}

const numberCell = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The header for a file holding these supplement columns (names already made unique by the caller). */
export function csvHeader(
  supplementNames: readonly string[],
  items: readonly CsvItem[] = [],
  treatmentNames: readonly string[] = [],
): string[] {
  return [
    ...CSV_FIELDS.map((f) => f.column),
    ...supplementNames.map(supplementColumn),
    ...items.map((i) => `${CUSTOM_COLUMN_PREFIX}${i.slug}`),
    ...treatmentNames.map((n) => `${TREATMENT_PREFIX}${n}`),
  ];
}

/** A yes/no as "yes" or "no", a choice as its option, a number as written (no unit: the column is numeric). */
function customCell(item: CsvItem, v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return item.kind === 'yesno' || item.kind === 'choice' ? valueText(item, v) : String(v);
}

export function dayCells(
  d: CsvDay,
  supplementNames: readonly string[],
  items: readonly CsvItem[] = [],
  treatmentNames: readonly string[] = [],
): string[] {
  const byName = new Map(d.supplements.map((s) => [s.name, s]));
  const used = new Set(d.treatments ?? []);
  return [
    d.day,
    ...(MEASURES as readonly Measure[]).map((m) => numberCell(d.values[m.key as MeasureKey])),
    (d.values.bodyAreas ?? []).join('; '),
    d.values.exerciseKind ?? '',
    d.values.notes ?? '',
    ...supplementNames.map((n) => supplementCell(byName.get(n))),
    ...items.map((i) => customCell(i, d.values.custom?.[i.slug])),
    ...treatmentNames.map((n) => (used.has(n) ? USED : '')),
  ];
}

/** Distinct column names for supplements that share a name (a stopped "Zinc" and a later "Zinc"). */
export function uniqueSupplementNames(supplements: readonly { id: number; name: string }[]): Map<number, string> {
  const used = new Set<string>();
  const out = new Map<number, string>();
  for (const s of supplements) {
    const name = used.has(s.name.toLowerCase()) ? `${s.name} (${s.id})` : s.name;
    used.add(name.toLowerCase());
    out.set(s.id, name);
  }
  return out;
}
