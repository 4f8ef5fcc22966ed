// What the export knows about one table of the journal: its rows' schema, keys and references (tables.ts
// lists them all). Apart from tables.ts so that a table described in a file of its own (trialSafetyTable.ts)
// can use the type without importing the list it belongs to.
import type { ColumnSpec } from './columns';

export interface RowProblem {
  column: string;
  message: string;
}

export interface TableSpec {
  /** The SQLite table, and its key in the export file. */
  name: string;
  /** What its rows are, in the person's words ("days", "supplements"). */
  label: string;
  /** The same for one row ("day"). */
  one: string;
  /** The journal format (PRAGMA user_version) that added the table; older exports may leave it out. */
  since: number;
  columns: Record<string, ColumnSpec>;
  /** The columns that make a row unique (the primary key). */
  key: readonly string[];
  /** Other combinations that must be unique. */
  unique?: readonly (readonly string[])[];
  references?: readonly { column: string; table: string; to: string }[];
  /**
   * Written to the file one row per `key` value with the other two columns as an object, item id → value
   * ({"day": "2026-11-30", "values": {"3": 1, "7": 4.5}}), instead of a row per pair: a table of many small
   * rows per day stays a fraction of the size. Read back into one row per pair before any check.
   */
  packed?: { key: string; item: string; value: string };
  /** Rules across the columns of one row (the database CHECKs, in words). */
  check?: (row: Record<string, unknown>) => RowProblem[];
}
