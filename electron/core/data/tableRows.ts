// Writing an export's rows into the journal's tables, shared by the JSON import's two modes (importJson.ts
// replaces, jsonMerge.ts merges): an INSERT per table built from its documented columns (shared/export/tables.ts).
import { toDbRow, type FileRow } from '$shared/export/format';
import { tableSpec, type TableSpec } from '$shared/export/tables';
import type { Db } from '../db/open';

export const quoted = (c: string) => `"${c}"`;

export function inserter(db: Db, spec: TableSpec, omit: readonly string[] = []) {
  const columns = Object.keys(spec.columns).filter((c) => !omit.includes(c));
  const stmt = db.prepare(
    `INSERT INTO ${quoted(spec.name)} (${columns.map(quoted).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  return (row: FileRow, overrides: Record<string, unknown> = {}): number => {
    const values = { ...toDbRow(spec, row), ...overrides };
    return Number(stmt.run(Object.fromEntries(columns.map((c) => [c, values[c]]))).lastInsertRowid);
  };
}

export const spec = (name: string): TableSpec =>
  tableSpec(name) ??
  (() => {
    throw new Error(`no table ${name}`);
  })();
export const rowCount = (db: Db, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${quoted(table)}`).get() as { n: number }).n;
