// Columns on another scale than the Axis field they go into: Flaredown rates symptoms 0-4, many trackers 1-5,
// Axis's scores run 0-10. A column whose values all sit in the lower half of a 0-10 field (or whose header
// names another scale, "Severity (0-4)") is never imported as it is without a word: the preview asks, and the
// person answers "rescale from 0-4" (4 becomes 10, 2 becomes 5) or "keep as it is". The rescaled values are
// shown before anything is written, and a value outside the scale the person named is refused by row.
import { z } from 'zod';
import type { Measure } from '../domain/measures';

export const scaleChoiceSchema = z.union([
  z.literal('as-is'),
  z
    .strictObject({ min: z.number().finite().min(-1000).max(1000), max: z.number().finite().min(-1000).max(1000) })
    .refine((s) => s.max > s.min, { message: 'the top of the scale must be above its bottom' }),
]);
export type ScaleChoice = z.infer<typeof scaleChoiceSchema>;
export interface Range {
  min: number;
  max: number;
}

/** The scales a person is most likely to meet, offered in the app's list. */
export const COMMON_SCALES: readonly Range[] = [
  { min: 0, max: 3 },
  { min: 0, max: 4 },
  { min: 0, max: 5 },
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 100 },
];

export const scaleText = (r: Range): string => `${r.min}-${r.max}`;

/** "0-4", "0 to 4" or "0–4" written in a column header, e.g. "Severity (0-4)". */
export function scaleInHeader(header: string): Range | null {
  const m = /(?:^|[^\d.])(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})(?![\d.])/i.exec(header);
  if (!m) return null;
  const [min, max] = [Number(m[1]), Number(m[2])];
  return max > min ? { min, max } : null;
}

/** "1-5", "0 to 4", "as-is": the command line's way to answer, or null when it is neither. */
export function parseScaleAnswer(text: string): ScaleChoice | null {
  const t = text.trim().toLowerCase();
  if (t === 'as-is' || t === 'as is') return 'as-is';
  const m = /^(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  if (!m) return null;
  const range = { min: Number(m[1]), max: Number(m[2]) };
  return range.max > range.min ? range : null;
}

/** A value from the column's scale onto the field's, rounded to the field's step. */
export function rescale(value: number, from: Range, field: Pick<Measure, 'min' | 'max' | 'step'>): number {
  const share = (value - from.min) / (from.max - from.min);
  const raw = field.min + share * (field.max - field.min);
  const stepped = Math.round(raw / field.step) * field.step;
  return Number(Math.min(field.max, Math.max(field.min, stepped)).toFixed(6));
}

/** Every whole value of a small scale with its new score ("0 → 0, 1 → 3, …"); the ends and middle of a large one. */
export function rescaleExamples(from: Range, field: Pick<Measure, 'min' | 'max' | 'step'>): [number, number][] {
  const whole = Number.isInteger(from.min) && Number.isInteger(from.max) && from.max - from.min <= 10;
  const values = whole
    ? Array.from({ length: from.max - from.min + 1 }, (_, i) => from.min + i)
    : [from.min, (from.min + from.max) / 2, from.max];
  return values.map((v) => [v, rescale(v, from, field)]);
}

/** Whether a column mapped to `field` needs the person to say its scale before it is imported. */
export function needsScaleAnswer(
  field: Measure,
  header: string,
  observed: { count: number; min: number; max: number },
): Range | null {
  if (field.kind !== 'scale') return null;
  // A column named as Axis names the field (Axis's own CSV export) is on the field's scale already.
  const plain = header.trim().toLowerCase();
  if (plain === field.column || plain === field.key.toLowerCase()) return null;
  const named = scaleInHeader(header);
  if (named && (named.min !== field.min || named.max !== field.max)) return named;
  if (observed.count >= 5 && observed.min >= 0 && observed.max >= 1 && observed.max <= field.max / 2)
    return { min: observed.min >= 1 ? 1 : 0, max: observed.max };
  return null;
}
