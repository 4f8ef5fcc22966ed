// Tables written packed in the JSON export (TableSpec.packed): one file row per key value with the items and
// their values as one object. Packing happens as the file is written and unpacking first thing as it is
// read, so every check, the import and the merge see the table's own rows, one per pair.
import { z } from 'zod';
import type { IssueList } from './issues';
import type { TableSpec } from './tableSpec';

type Packing = NonNullable<TableSpec['packed']>;
type FileRow = Record<string, unknown>;

/** The file's form of a packed table's row (for the documented schema). */
export function packedRowSchema(spec: TableSpec, p: Packing): z.ZodType {
  return z.strictObject({
    [p.key]: spec.columns[p.key]!.schema,
    values: z.record(z.string().regex(/^[1-9]\d*$/), spec.columns[p.value]!.schema),
  });
}

/** Database-order rows (sorted by key, then item) → one file row per key value. */
export function packRows(p: Packing, rows: readonly FileRow[]): FileRow[] {
  const out: FileRow[] = [];
  let current: FileRow | null = null;
  for (const row of rows) {
    if (!current || current[p.key] !== row[p.key]) {
      current = { [p.key]: row[p.key], values: {} };
      out.push(current);
    }
    (current.values as Record<string, unknown>)[String(row[p.item])] = row[p.value];
  }
  return out;
}

/** File rows → one row per pair; a row that is not packed as documented is named, by its place in the file. */
export function unpackRows(spec: TableSpec, p: Packing, rows: unknown[], issues: IssueList): FileRow[] {
  const out: FileRow[] = [];
  rows.forEach((raw, index) => {
    const row = index + 1;
    const r = raw as Record<string, unknown> | null;
    const values = r?.values as Record<string, unknown> | null | undefined;
    if (
      r === null ||
      typeof r !== 'object' ||
      Array.isArray(r) ||
      values === null ||
      typeof values !== 'object' ||
      Array.isArray(values) ||
      Object.keys(r).some((k) => k !== p.key && k !== 'values')
    ) {
      issues.add({
        table: spec.name,
        row,
        column: null,
        message: `should be {"${p.key}": …, "values": {"<${p.item}>": <${p.value}>, …}}`,
      });
      return;
    }
    for (const [item, value] of Object.entries(values)) {
      if (!/^[1-9]\d{0,15}$/.test(item)) {
        issues.add({
          table: spec.name,
          row,
          column: 'values',
          message: `"${item.slice(0, 40)}" is not an item number`,
        });
        continue;
      }
      out.push({ [p.key]: r[p.key], [p.item]: Number(item), [p.value]: value });
    }
  });
  return out;
}
