// Importing a CSV of daily check-ins, from Axis or from another tracker: which column holds which field (the
// mapping), how dates are written, and every row checked with the app's own checkInValuesSchema. Every
// column of the file must be mapped or explicitly ignored, so nothing in the person's file is dropped
// without them deciding it.
import { z } from 'zod';
import { checkInValuesSchema, type CheckInValues } from '../domain/checkIn';
import { isDay } from '../domain/day';
import { BODY_AREAS, EXERCISE_KINDS, EXERCISE_LABELS, type BodyArea, type ExerciseKind } from '../domain/measures';
import { CSV_FIELDS, SUPPLEMENT_PREFIX, TAKEN, type CsvDay } from './csvColumns';
import type { CsvTable } from './csv';
import { IssueList, issueWords, type ImportIssue } from './issues';
import { measureProblem } from './measureWords';

export const IGNORE = 'ignore';
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const csvMappingSchema = z.strictObject({
  /** One entry per column of the file, in order: an Axis field ("sleep_hours", "supplement: Zinc") or "ignore". */
  fields: z.array(z.string().max(200)).max(500),
  dateFormat: z.enum(DATE_FORMATS),
});
export type CsvMapping = z.infer<typeof csvMappingSchema>;

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

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

/** The canonical field a mapping entry names, or null when Axis has no such field. */
export function canonicalField(entry: string): string | null {
  const t = entry.trim();
  if (t.toLowerCase() === IGNORE) return IGNORE;
  const supplement = /^supplement\s*:\s*(.+)$/i.exec(t);
  if (supplement) return supplement[1]!.trim().length <= 80 ? `${SUPPLEMENT_PREFIX}${supplement[1]!.trim()}` : null;
  const exact = CSV_FIELDS.find((f) => f.column === t || f.measure?.key === t);
  return exact ? exact.column : null;
}

/** The field a column header most likely holds, or null when the person must choose. */
export function suggestField(header: string): string | null {
  if (/^supplement\s*:/i.test(header.trim())) return canonicalField(header);
  return FIELD_NAMES.get(norm(header)) ?? null;
}

const DATE_PATTERNS: Record<DateFormat, RegExp> = {
  'YYYY-MM-DD': /^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:[T ,].*)?$/,
  'DD/MM/YYYY': /^(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4})(?:[T ,].*)?$/,
  'MM/DD/YYYY': /^(?<m>\d{1,2})[-/.](?<d>\d{1,2})[-/.](?<y>\d{4})(?:[T ,].*)?$/,
};

/** The calendar day a cell holds (a time after the date is allowed and not used), or null. */
export function parseDay(cell: string, format: DateFormat): string | null {
  const g = DATE_PATTERNS[format].exec(cell.trim())?.groups;
  if (!g) return null;
  const day = `${g.y}-${g.m!.padStart(2, '0')}-${g.d!.padStart(2, '0')}`;
  return isDay(day) ? day : null;
}

/** The first format that reads every date given; day-first when both do (most of the world writes it so). */
export function suggestDateFormat(cells: readonly string[]): DateFormat {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return DATE_FORMATS.find((f) => filled.every((c) => parseDay(c, f) !== null)) ?? 'YYYY-MM-DD';
}

export function suggestMapping(table: CsvTable): { mapping: CsvMapping; unmapped: string[] } {
  const fields = table.header.map((h) => suggestField(h));
  const dayColumn = fields.indexOf('day');
  const dateFormat =
    dayColumn >= 0 ? suggestDateFormat(table.rows.slice(0, 200).map((r) => r.cells[dayColumn] ?? '')) : 'YYYY-MM-DD';
  return {
    mapping: { fields: fields.map((f) => f ?? ''), dateFormat },
    unmapped: table.header.filter((_, i) => fields[i] === null),
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseNumber(cell: string): Parsed<number | null> {
  const t = cell.trim();
  if (t === '') return { ok: true, value: null };
  const n = Number(/^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t); // "7,5" from a decimal-comma spreadsheet
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `"${t.slice(0, 40)}" is not a number` };
}

export function parseSupplementCell(cell: string): Parsed<{ dose: number | null; unit: string } | null> {
  const t = cell.trim();
  if (/^(|no|n|false|0|-)$/i.test(t)) return { ok: true, value: null };
  if (new RegExp(`^(${TAKEN}|yes|y|true|x|✓|✔)$`, 'i').test(t)) return { ok: true, value: { dose: null, unit: '' } };
  const m = /^(\d+(?:[.,]\d+)?)\s*(.{0,20})$/.exec(t);
  if (!m) return { ok: false, message: `"${t.slice(0, 40)}" is not a dose (like "5 g"), "${TAKEN}", or empty` };
  const dose = Number(m[1]!.replace(',', '.'));
  if (dose === 0) return { ok: true, value: null };
  if (dose > 100_000) return { ok: false, message: `${dose} is more than the largest dose Axis records (100000)` };
  return { ok: true, value: { dose, unit: m[2]!.trim() } };
}

function parseAreas(cell: string): Parsed<BodyArea[]> {
  const parts = cell
    .split(/[;,|]/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const unknown = parts.find((p) => !(BODY_AREAS as readonly string[]).includes(p));
  if (unknown) return { ok: false, message: `"${unknown}" is not a body area Axis knows (${BODY_AREAS.join(', ')})` };
  return { ok: true, value: [...new Set(parts)] as BodyArea[] };
}

function parseExerciseKind(cell: string): Parsed<ExerciseKind | null> {
  const t = norm(cell);
  if (t === '') return { ok: true, value: null };
  const kind = EXERCISE_KINDS.find((k) => norm(k) === t || norm(EXERCISE_LABELS[k]) === t);
  return kind
    ? { ok: true, value: kind }
    : { ok: false, message: `"${cell.trim()}" is not a kind of exercise Axis knows (${EXERCISE_KINDS.join(', ')})` };
}

/** Problems with the mapping itself, reported against the header (row 1). */
function mappingIssues(table: CsvTable, mapping: CsvMapping): { fields: string[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  if (mapping.fields.length !== table.header.length) {
    return {
      fields: [],
      issues: [
        {
          row: null,
          column: null,
          message: `The column choices cover ${mapping.fields.length} columns but the file has ${table.header.length}; look at the file again.`,
        },
      ],
    };
  }
  const fields = mapping.fields.map((raw, i) => {
    const field = canonicalField(raw);
    const column = table.header[i] || `(column ${i + 1})`;
    if (field === null) {
      issues.push({
        row: 1,
        column,
        message:
          raw.trim() === ''
            ? 'is not mapped: choose the Axis field it holds, or ignore it'
            : `is mapped to "${raw}", which is not an Axis field`,
      });
    }
    return field ?? IGNORE;
  });
  const firstUse = new Map<string, number>();
  fields.forEach((f, i) => {
    if (f === IGNORE) return;
    const earlier = firstUse.get(f.toLowerCase());
    if (earlier !== undefined)
      issues.push({
        row: 1,
        column: table.header[i]!,
        message: `holds the same field (${f}) as column ${table.header[earlier]}; choose one of them`,
      });
    else firstUse.set(f.toLowerCase(), i);
  });
  if (!fields.includes('day'))
    issues.push({ row: null, column: null, message: 'No column is mapped to the day: every row needs its date.' });
  return { fields, issues };
}

/** Checks every row; returns the days that can be imported and every problem found, in words. */
export function readCsvDays(table: CsvTable, mapping: CsvMapping): { days: CsvDay[]; issues: ImportIssue[] } {
  const checked = mappingIssues(table, mapping);
  if (checked.issues.length > 0) return { days: [], issues: checked.issues };
  const { fields } = checked;
  const list = new IssueList();
  const days: CsvDay[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const before = list.count;
    const problem = (i: number, message: string) => list.add({ row: line, column: table.header[i] ?? null, message });
    const values: Record<string, unknown> = {};
    const columnOfKey = new Map<string, number>();
    const supplements: CsvDay['supplements'] = [];
    let day: string | null = null;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const cell = cells[i] ?? '';
      if (field === IGNORE) continue;
      if (field === 'day') {
        day = parseDay(cell, mapping.dateFormat);
        if (!day)
          problem(
            i,
            cell.trim() === ''
              ? 'the date is missing'
              : `"${cell.trim().slice(0, 40)}" is not a real date written ${mapping.dateFormat}`,
          );
        else if (firstRowOf.has(day)) problem(i, `${day} appears twice (also row ${firstRowOf.get(day)})`);
        else firstRowOf.set(day, line);
        continue;
      }
      if (field.startsWith(SUPPLEMENT_PREFIX)) {
        const s = parseSupplementCell(cell);
        if (!s.ok) problem(i, s.message);
        else if (s.value) supplements.push({ name: field.slice(SUPPLEMENT_PREFIX.length), ...s.value });
        continue;
      }
      const spec = CSV_FIELDS.find((f) => f.column === field)!;
      const key =
        spec.measure?.key ?? { body_areas: 'bodyAreas', exercise_kind: 'exerciseKind', notes: 'notes' }[field]!;
      columnOfKey.set(key, i);
      const parsed = spec.measure
        ? parseNumber(cell)
        : field === 'body_areas'
          ? parseAreas(cell)
          : field === 'exercise_kind'
            ? parseExerciseKind(cell)
            : ({ ok: true, value: cell } as const);
      if (!parsed.ok) {
        problem(i, parsed.message);
        continue;
      }
      const words = spec.measure ? measureProblem(spec.measure, parsed.value) : null;
      if (words) problem(i, words);
      else values[key] = parsed.value;
    }
    // The app's own schema has the last word, so an import can never hold what the check-in form refuses.
    const result = checkInValuesSchema.safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        problem(columnOfKey.get(key) ?? -1, issueWords(issue, values[key]));
      }
    }
    if (list.count === before && day)
      days.push({ day, values: result.data as Omit<CheckInValues, 'supplements'>, supplements });
  }
  return { days, issues: list.result() };
}
