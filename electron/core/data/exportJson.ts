// The full JSON export: every table of the journal, row by row, in the documented format. Also used by
// restore, which reads a backup file through the same code so that it is checked like any import.
import { schemaVersionOf, type Db } from '../db/open';
import { EXPORT_FORMAT, EXPORT_VERSION, toFileRow, type FileRow, type JournalExport } from '$shared/export/format';
import { tablesAt } from '$shared/export/tables';
import { packRows } from '$shared/export/packed';
import { journalDayOf } from '$shared/domain/day';
import type { ServiceContext } from '../context';

/** Every row of every table this journal's format has, in a stable order (by each table's key). */
export function readTables(db: Db): Record<string, FileRow[]> {
  const out: Record<string, FileRow[]> = {};
  for (const spec of tablesAt(schemaVersionOf(db))) {
    const rows = db
      .prepare(`SELECT * FROM "${spec.name}" ORDER BY ${spec.key.map((c) => `"${c}"`).join(', ')}`)
      .all() as Record<string, unknown>[];
    const fileRows = rows.map((r) => toFileRow(spec, r));
    out[spec.name] = spec.packed ? packRows(spec.packed, fileRows) : fileRows;
  }
  return out;
}

export function buildExport(db: Db, now: Date): JournalExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    appSchemaVersion: schemaVersionOf(db),
    tables: readTables(db),
  };
}

/**
 * One row per line: the file stays readable in a text editor and compares well line by line, without the
 * size of fully indented JSON (ten years of days would be hundreds of thousands of lines).
 */
export function serializeExport(data: JournalExport): string {
  const { tables, ...head } = data;
  const headLines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const tableLines = Object.entries(tables).map(([name, rows]) => {
    const body = rows.map((r) => `      ${JSON.stringify(r)}`).join(',\n');
    return `    ${JSON.stringify(name)}: [${rows.length ? `\n${body}\n    ` : ''}]`;
  });
  return `{\n${headLines.join('\n')}\n  "tables": {\n${tableLines.join(',\n')}\n  }\n}\n`;
}

/** The JSON file's text, and what it holds in words ("1,234 rows from every table"). */
export function exportJsonText(ctx: ServiceContext): { text: string; summary: string } {
  const data = buildExport(ctx.db, ctx.now());
  const rows = Object.values(data.tables).reduce((n, table) => n + table.length, 0);
  return { text: serializeExport(data), summary: `${rows} rows from every table` };
}

/** Named for the local calendar date, as the person thinks of "today" (midnight, whatever their day end). */
export function exportFileName(ctx: ServiceContext, extension: 'json' | 'csv'): string {
  return `axis-journal${ctx.isDemo ? '-demo' : ''}-${journalDayOf(ctx.now(), 0)}.${extension}`;
}
