// CSV as spreadsheets write it (RFC 4180 and its common variants): quoted cells holding commas, quotes and
// line breaks; CRLF, LF or CR line ends; a UTF-8 byte-order mark; and a comma, semicolon or tab as the
// separator (European spreadsheets save with semicolons). Pure, so the same code runs in the app and tests.

export interface CsvTable {
  header: string[];
  /** Data rows; `line` is the row number as a spreadsheet shows it (the header is row 1). */
  rows: { line: number; cells: string[] }[];
  delimiter: string;
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; row: number; message: string };

const BOM = '\uFEFF';

/** The separator the header line uses most often outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

/** Every record of the file as cells, in order. A quote left open at the end is an error (a cut-short file). */
export function parseRecords(
  input: string,
  delimiter: string,
): { ok: true; records: string[][] } | { ok: false; row: number; message: string } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let openedAt = 0;
  let i = 0;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      openedAt = records.length + 1;
    } else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch; // a quote inside an unquoted cell is kept as text, as spreadsheets do
    i++;
  }
  if (quoted) return { ok: false, row: openedAt, message: 'a quoted cell is never closed: the file may be cut short' };
  if (cell !== '' || record.length > 0) endRecord();
  return { ok: true, records };
}

/** The header and data rows; blank lines are skipped, and every row must have as many cells as the header. */
export function parseCsv(input: string): CsvParseResult {
  const delimiter = detectDelimiter(input.startsWith(BOM) ? input.slice(1) : input);
  const parsed = parseRecords(input, delimiter);
  if (!parsed.ok) return parsed;
  const numbered = parsed.records
    .map((cells, i) => ({ line: i + 1, cells }))
    .filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const first = numbered[0];
  if (!first) return { ok: false, row: 1, message: 'the file is empty' };
  const header = first.cells.map((h) => h.trim());
  const rows = numbered.slice(1);
  for (const r of rows) {
    if (r.cells.length !== header.length) {
      return {
        ok: false,
        row: r.line,
        message: `has ${r.cells.length} ${r.cells.length === 1 ? 'cell' : 'cells'} but the header has ${header.length} columns`,
      };
    }
  }
  return { ok: true, table: { header, rows, delimiter } };
}

function quoteCell(cell: string, delimiter: string): string {
  const needs = cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell) || cell !== cell.trim();
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Writes rows as CSV with CRLF line ends and a byte-order mark, which is what makes spreadsheet programs read
 * the file as UTF-8 (accents, µg) instead of guessing a legacy encoding.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter = ','): string {
  const lines = [header, ...rows].map((r) => r.map((c) => quoteCell(c, delimiter)).join(delimiter));
  return BOM + lines.join('\r\n') + '\r\n';
}
