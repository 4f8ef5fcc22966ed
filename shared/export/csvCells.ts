// What one cell of an imported CSV holds, and how a mapping names the Axis field of each column: the pieces
// the row reader (csvRows.ts) and the mapping step (csvMapping.ts) share. Pure, like all of shared/.
import { z } from 'zod';
import { BODY_AREAS, EXERCISE_KINDS, EXERCISE_LABELS, type BodyArea, type ExerciseKind } from '../domain/measures';
import { isDay } from '../domain/day';
import { SLUG_PATTERN, trackableInputSchema } from '../domain/trackable';
import { CSV_FIELDS, CUSTOM_COLUMN_PREFIX, SUPPLEMENT_PREFIX, TAKEN } from './csvColumns';
import { scaleChoiceSchema } from './csvScales';

export const IGNORE = 'ignore';
/** The mapping entry of a column that becomes a new own item (its definition is in `mapping.items`). */
export const NEW_ITEM = 'new item';
/** The mapping entry of a column whose cells list activities ("walk | coffee"), one yes/no item each. */
export const ACTIVITIES = 'activities';
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const csvMappingSchema = z.strictObject({
  /** One entry per column of the file, in order: an Axis field ("sleep_hours", "supplement: Zinc") or "ignore". */
  fields: z.array(z.string().max(200)).max(500),
  dateFormat: z.enum(DATE_FORMATS),
  /** Per column, in order: the scale its numbers are on when not the field's own ("0-4" rescaled to 0-10), or
   *  "as-is"; null or missing where nothing was said. Only asked for columns that look like another scale. */
  scales: z.array(scaleChoiceSchema.nullable()).max(500).optional(),
  /** Per column, in order: the definition of the new own item a "new item" column becomes; null elsewhere. */
  items: z.array(trackableInputSchema.nullable()).max(500).optional(),
});
export type CsvMapping = z.infer<typeof csvMappingSchema>;

export const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The canonical field a mapping entry names, or null when Axis has no such field. */
export function canonicalField(entry: string): string | null {
  const t = entry.trim();
  if (t.toLowerCase() === IGNORE) return IGNORE;
  if (t.toLowerCase() === NEW_ITEM) return NEW_ITEM;
  if (t.toLowerCase() === ACTIVITIES) return ACTIVITIES;
  const own = /^custom\s*:\s*(.+)$/i.exec(t);
  if (own) return SLUG_PATTERN.test(own[1]!.trim()) ? `${CUSTOM_COLUMN_PREFIX}${own[1]!.trim()}` : null;
  const supplement = /^supplement\s*:\s*(.+)$/i.exec(t);
  if (supplement) return supplement[1]!.trim().length <= 80 ? `${SUPPLEMENT_PREFIX}${supplement[1]!.trim()}` : null;
  const exact = CSV_FIELDS.find((f) => f.column === t || f.measure?.key === t);
  return exact ? exact.column : null;
}

const DATE_PATTERNS: Record<DateFormat, RegExp> = {
  'YYYY-MM-DD': /^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:[T ,].*)?$/,
  'DD/MM/YYYY': /^(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4})(?:[T ,].*)?$/,
  'MM/DD/YYYY': /^(?<m>\d{1,2})[-/.](?<d>\d{1,2})[-/.](?<y>\d{4})(?:[T ,].*)?$/,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "8th Dec 2021", "8 December 2021" (Bearable) and "Dec 8, 2021": the month in words, so no order to guess.
const WRITTEN_DAY_FIRST = /^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[a-z]{3,9})\.?,?\s+(?<y>\d{4})(?:[T ,].*)?$/i;
const WRITTEN_MONTH_FIRST = /^(?<m>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?:[T ,].*)?$/i;

/** The day a date with its month in words holds ("8th Dec 2021", "Dec 8, 2021"), or null. */
export function parseWrittenDay(cell: string): string | null {
  const t = cell.trim();
  const g = (WRITTEN_DAY_FIRST.exec(t) ?? WRITTEN_MONTH_FIRST.exec(t))?.groups;
  if (!g) return null;
  const word = g.m!.toLowerCase();
  const month = MONTHS.indexOf(word.slice(0, 3));
  if (month < 0 || !MONTH_NAMES[month]!.startsWith(word)) return null;
  const day = `${g.y}-${String(month + 1).padStart(2, '0')}-${g.d!.padStart(2, '0')}`;
  return isDay(day) ? day : null;
}

/** The calendar day a cell holds (a time after the date is allowed and not used), or null. A date with its
 *  month in words is read whatever the format, as it cannot be misread. */
export function parseDay(cell: string, format: DateFormat): string | null {
  const g = DATE_PATTERNS[format].exec(cell.trim())?.groups;
  if (!g) return parseWrittenDay(cell);
  const day = `${g.y}-${g.m!.padStart(2, '0')}-${g.d!.padStart(2, '0')}`;
  return isDay(day) ? day : null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseNumber(cell: string): Parsed<number | null> {
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

export function parseAreas(cell: string): Parsed<BodyArea[]> {
  const parts = cell
    .split(/[;,|]/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const unknown = parts.find((p) => !(BODY_AREAS as readonly string[]).includes(p));
  if (unknown) return { ok: false, message: `"${unknown}" is not a body area Axis knows (${BODY_AREAS.join(', ')})` };
  return { ok: true, value: [...new Set(parts)] as BodyArea[] };
}

export function parseExerciseKind(cell: string): Parsed<ExerciseKind | null> {
  const t = norm(cell);
  if (t === '') return { ok: true, value: null };
  const kind = EXERCISE_KINDS.find((k) => norm(k) === t || norm(EXERCISE_LABELS[k]) === t);
  return kind
    ? { ok: true, value: kind }
    : { ok: false, message: `"${cell.trim()}" is not a kind of exercise Axis knows (${EXERCISE_KINDS.join(', ')})` };
}
