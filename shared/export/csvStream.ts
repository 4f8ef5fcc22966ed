// The CSV reader of csv.ts, fed in pieces: a 50 MB file streams through it a chunk at a time, with a quote, a
// doubled quote or a CR LF split across two chunks read exactly as if the file were whole (a property test
// checks it against parseCsv). Each record comes out as soon as it ends, numbered as a spreadsheet numbers
// rows (the header is row 1); blank lines are skipped but keep their numbers.
import { detectDelimiter } from './csv';

export type RecordSink = (cells: string[], line: number) => void;
export type StreamEnd = { ok: true; records: number } | { ok: false; row: number; message: string };

const QUOTE = 34;
const CR = 13;
const LF = 10;

export class CsvRecordStream {
  private delimiter: number | null = null;
  private head = ''; // text held until the header line ends, to detect the separator
  private started = false;
  private quoted = false;
  private quoteSeen = false; // a quote inside a quoted cell, waiting for the next character
  private skipLf = false;
  private cell = '';
  private record: string[] = [];
  private line = 0;
  private openedAt = 0;

  constructor(private readonly sink: RecordSink) {}

  /** The separator in use (",", ";" or a tab), once the header line has been read. */
  get separator(): string | null {
    return this.delimiter === null ? null : String.fromCharCode(this.delimiter);
  }

  push(chunk: string): void {
    let text = chunk;
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.delimiter === null) {
      this.head += text;
      if (!headerEnded(this.head)) return;
      this.delimiter = detectDelimiter(this.head).charCodeAt(0);
      text = this.head;
      this.head = '';
    }
    this.scan(text);
  }

  end(): StreamEnd {
    if (this.delimiter === null) {
      this.delimiter = detectDelimiter(this.head).charCodeAt(0);
      const text = this.head;
      this.head = '';
      this.scan(text);
    }
    if (this.quoteSeen) {
      // a closing quote was the file's last character
      this.quoteSeen = false;
      this.quoted = false;
    }
    if (this.quoted)
      return { ok: false, row: this.openedAt, message: 'a quoted cell is never closed: the file may be cut short' };
    if (this.cell !== '' || this.record.length > 0) this.endRecord();
    return { ok: true, records: this.line };
  }

  private endCell(): void {
    this.record.push(this.cell);
    this.cell = '';
  }

  private endRecord(): void {
    this.endCell();
    this.line++;
    const cells = this.record;
    this.record = [];
    if (!(cells.length === 1 && cells[0] === '')) this.sink(cells, this.line);
  }

  private scan(text: string): void {
    const delimiter = this.delimiter!;
    let i = 0;
    let start = 0; // start of the run of plain characters not yet added to the cell
    const n = text.length;
    if (n === 0) return;
    if (this.skipLf) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = start = 1;
    }
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (c === QUOTE) {
          this.cell += '"'; // a doubled quote inside a quoted cell
          i++;
          start = i;
          continue;
        }
        this.quoted = false; // the quote closed the cell; this character is read as outside quotes
      }
      if (this.quoted) {
        if (c === QUOTE) {
          this.cell += text.slice(start, i);
          this.quoteSeen = true;
          i++;
          start = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === QUOTE && this.cell === '' && start === i) {
        // a quote opens quoting only at the start of a cell; inside one it is kept as text, as spreadsheets do
        this.quoted = true;
        this.openedAt = this.line + 1;
        i++;
        start = i;
        continue;
      }
      if (c === delimiter) {
        this.cell += text.slice(start, i);
        this.endCell();
        i++;
        start = i;
        continue;
      }
      if (c === CR || c === LF) {
        this.cell += text.slice(start, i);
        this.endRecord();
        i++;
        if (c === CR) {
          if (i < n && text.charCodeAt(i) === LF) i++;
          else if (i === n) this.skipLf = true;
        }
        start = i;
        continue;
      }
      i++;
    }
    if (start < n) this.cell += text.slice(start, n);
  }
}

/** Whether the text holds the end of its first line outside quotes. */
function headerEnded(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === CR || c === LF)) return i < text.length - 1 || c === LF; // a CR may be followed by LF
  }
  return false;
}
