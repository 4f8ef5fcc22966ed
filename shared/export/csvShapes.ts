// The shape of an imported CSV, read from its header, and the stage that turns it into one row per day before
// the mapping step and the row reader (csvRows.ts) see it. Most files already hold one row per day ("wide")
// and pass through untouched, a record at a time. Two other shapes are turned into days here:
// - one reading per row (Bearable, Flaredown's research export): pivoted into one column per item (csvLong.ts);
// - Daylio, which allows several entries on one day: each day's entries combined into one row (csvSameDay.ts).
// Both need every row before they can emit a day, so they hold the file (LONG_FILE_LIMIT_BYTES caps it).
// The pivoted header and the order of the days are those of first appearance, so the same file always gives
// the same columns: a mapping chosen in the preview fits the import. Each day keeps the row number of its first
// row in the person's file, so a problem points at a row they can find. Pure, like all of shared/.
import type { CsvTable } from './csv';
import { norm } from './csvCells';
import { LongFormat, LONG_FORMATS, SHAPE_WORDS, type DayGrouper, type LongFormatName } from './csvLong';
import { SameDay } from './csvSameDay';
import type { ImportIssue } from './issues';

export type Shape = 'wide' | 'daylio' | LongFormatName;

/** A file read whole to be pivoted or combined may be at most this large (such exports are a few MB). */
export const LONG_FILE_LIMIT_BYTES = 20 * 1024 * 1024;

const DAYLIO_COLUMNS = ['fulldate', 'time', 'mood', 'activities', 'note'];

/** The shape a header says the file has. */
export function detectShape(header: readonly string[]): Shape {
  const names = new Set(header.map(norm));
  const has = (columns: readonly string[]) => columns.every((c) => names.has(norm(c)));
  for (const [name, format] of Object.entries(LONG_FORMATS)) if (has(format.columns)) return name as LongFormatName;
  if (has(DAYLIO_COLUMNS)) return 'daylio';
  return 'wide';
}

export const SHAPE_NAMES: Record<Exclude<Shape, 'wide'>, string> = { ...SHAPE_WORDS, daylio: 'a Daylio export' };

/** Refusal in words for a file too large to be read whole, or null when it fits. */
export function tooLargeWords(shape: Shape, bytes: number): string | null {
  if (shape === 'wide' || bytes <= LONG_FILE_LIMIT_BYTES) return null;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const how = shape === 'daylio' ? 'with several entries a day' : 'with one reading per row';
  return `This file looks like ${SHAPE_NAMES[shape]} ${how}, which Axis reads whole to put each day together; at ${mb(bytes)} it is larger than the ${mb(LONG_FILE_LIMIT_BYTES)} it can take. Export a shorter period (a year at a time) and import each file. Nothing was imported.`;
}

export interface ShapeSink {
  header(cells: string[]): void;
  row(line: number, cells: string[]): void;
}

/** What a shape did, for the preview: a sentence (null when the file passed through) and problems by row. */
export interface ShapeResult {
  shape: Shape;
  words: string | null;
  issues: ImportIssue[];
}

/** Between the record reader and the row reader: records in (the header first), rows of days out. */
export class ShapeStage {
  private found: Shape | null = null;
  private grouper: DayGrouper | null = null;

  constructor(private readonly sink: ShapeSink) {}

  /** The file's shape, once its header has been read. */
  get shape(): Shape | null {
    return this.found;
  }

  add(cells: string[], line: number): void {
    if (this.found === null) {
      const header = cells.map((h) => h.trim());
      this.found = detectShape(header);
      if (this.found === 'wide') this.sink.header(header);
      else if (this.found === 'daylio') this.grouper = new SameDay(header);
      else this.grouper = new LongFormat(this.found, header);
      return;
    }
    if (this.grouper) this.grouper.add(line, cells);
    else this.sink.row(line, cells);
  }

  end(): ShapeResult {
    const shape = this.found ?? 'wide';
    if (!this.grouper) return { shape, words: null, issues: [] };
    const out = this.grouper.finish();
    this.sink.header(out.header);
    for (const r of out.rows) this.sink.row(r.line, r.cells);
    return { shape, words: out.words, issues: out.issues };
  }
}

/** A whole table through the shape stage. */
export function shapeTable(table: Pick<CsvTable, 'header' | 'rows'>): {
  table: Pick<CsvTable, 'header' | 'rows'>;
} & ShapeResult {
  let header: string[] = [];
  const rows: CsvTable['rows'] = [];
  const stage = new ShapeStage({ header: (h) => (header = h), row: (line, cells) => rows.push({ line, cells }) });
  stage.add(table.header, 1);
  for (const r of table.rows) stage.add(r.cells, r.line);
  const result = stage.end();
  return { table: { header, rows }, ...result };
}
