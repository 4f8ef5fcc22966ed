// How one database column appears in the JSON export: its schema in the file, and the conversion each way.
// Most columns are the value itself; yes/no columns are stored as 0/1 and exported as true/false; columns
// that hold JSON text (body areas, secondary outcomes, settings) are exported as the value, not as a string,
// so the file reads naturally and a hand edit cannot produce broken JSON inside JSON.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import type { Measure } from '../domain/measures';

export interface ColumnSpec {
  /** The value as it must appear in the export file. */
  schema: z.ZodType;
  /** Database value → file value. */
  toFile(value: unknown): unknown;
  /** File value (already validated by `schema`) → database value. */
  toDb(value: unknown): unknown;
  /** One line for docs/export-format.md. */
  doc: string;
  /** For check-in numbers: the measure, so range problems are said with its unit. */
  measure?: Measure;
}

const same = (v: unknown) => v;

export function plain(schema: z.ZodType, doc: string, measure?: Measure): ColumnSpec {
  return { schema, toFile: same, toDb: same, doc, measure };
}

export function flag(doc: string): ColumnSpec {
  return { schema: z.boolean(), toFile: (v) => v === 1, toDb: (v) => (v ? 1 : 0), doc };
}

export function jsonText(schema: z.ZodType, doc: string): ColumnSpec {
  return { schema, toFile: (v) => JSON.parse(String(v)) as unknown, toDb: (v) => JSON.stringify(v), doc };
}

export const int = (min: number, max: number) => z.number().int().min(min).max(max);
export const rowId = () =>
  plain(z.number().int().positive(), 'number of the row, unique within its table; other tables refer to it');
export const ref = (what: string) => plain(z.number().int().positive(), `the ${what} it belongs to (its id)`);
export const day = (doc: string) => plain(daySchema, `${doc} (YYYY-MM-DD, a local calendar day)`);
export const optionalDay = (doc: string) => plain(daySchema.nullable(), `${doc} (YYYY-MM-DD), or null`);
export const text = (max: number, doc: string, min = 0) => plain(z.string().min(min).max(max), doc);
export const timestamp = (doc: string) => plain(z.iso.datetime({ offset: true }), `${doc} (UTC ISO 8601 timestamp)`);
