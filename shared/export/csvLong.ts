// Files of one reading per row, pivoted into one row per day with one column per item (csvShapes.ts runs it):
// - Bearable: `date,weekday,time of day,category,rating/amount,detail,notes`; the item is the category and the
//   detail ("Symptoms: Itchy skin"), or the category alone when there is no detail ("Mood", "Sleep"); the
//   notes of a day become one "Notes" column.
// - Flaredown's research export: `user_id,…,checkin_date,trackable_id,trackable_type,trackable_name,
//   trackable_value`; the item is the type and the name ("Symptom: itching", "Treatment: doxycycline"). The
//   person's age, sex and country are not daily values and are not read; a file holding several people's
//   check-ins is refused (Axis is one person's journal).
// Several readings of one item on one day are combined: numbers into the day's mean, rounded to the places
// the readings are written with (whole readings give a whole number, so a 0-4 or 0-10 scale keeps its steps);
// yes/no words into yes when any is yes; other words joined, each once. An item that never has a value
// (a Flaredown tag or food, a Bearable factor) is "yes" on the days it was logged and "no" on the file's other
// days, as a Daylio activity is.
import { norm, parseDay, parseNumber } from './csvCells';
import type { ImportIssue } from './issues';

export type LongFormatName = 'bearable' | 'flaredown';

/** The grouping of a file that is not one row per day (csvShapes.ts): records in, one row per day out at the end. */
export interface DayGrouper {
  add(line: number, cells: readonly string[]): void;
  finish(): {
    header: string[];
    rows: { line: number; cells: string[] }[];
    words: string | null;
    issues: ImportIssue[];
  };
}

interface Format {
  /** Header names (compared without case, spaces or signs) that identify the format. */
  columns: readonly string[];
  day: string;
  value: string;
  /** The item a row is a reading of, from its cells by column name. */
  item: (cell: (name: string) => string) => string;
  notes?: string;
  /** A column naming the person: every row must name the same one. */
  person?: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const LONG_FORMATS: Record<LongFormatName, Format> = {
  bearable: {
    columns: ['date', 'time of day', 'category', 'rating/amount', 'detail'],
    day: 'date',
    value: 'rating/amount',
    item: (cell) => {
      const category = capital(cell('category').trim());
      const detail = cell('detail').trim();
      return category && detail ? `${category}: ${detail}` : category;
    },
    notes: 'notes',
  },
  flaredown: {
    columns: ['checkin_date', 'trackable_type', 'trackable_name', 'trackable_value'],
    day: 'checkin_date',
    value: 'trackable_value',
    item: (cell) => {
      const type = capital(cell('trackable_type').trim());
      const name = cell('trackable_name').trim();
      return type && name ? `${type}: ${name}` : '';
    },
    person: 'user_id',
  },
};

/** Joins the words of several readings or entries of one day. */
export const JOIN = ' / ';
const YES = /^(yes|y|true|x|✓|✔)$/i;
const NO = /^(no|n|false|-)$/i;
/** More items than a mapping can hold columns (csvMappingSchema takes 500). */
const MAX_ITEMS = 480;

/** One day's readings of one item as one cell (see the top of this file). */
export function combineReadings(values: readonly string[]): string {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return '';
  const numbers = filled.map((v) => parseNumber(v));
  if (numbers.every((n) => n.ok && n.value !== null)) {
    const places = Math.min(2, Math.max(...filled.map((v) => /[.,](\d+)$/.exec(v)?.[1]?.length ?? 0)));
    const sum = numbers.reduce((s, n) => s + (n.ok ? (n.value ?? 0) : 0), 0);
    const f = 10 ** places;
    return String(Math.round((sum / filled.length) * f) / f);
  }
  if (filled.every((v) => YES.test(v) || NO.test(v))) return filled.some((v) => YES.test(v)) ? 'yes' : 'no';
  const seen = new Map<string, string>();
  for (const v of filled) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()].join(JOIN);
}

interface DayReadings {
  line: number;
  day: string;
  values: Map<string, string[]>;
  notes: string[];
}

export class LongFormat implements DayGrouper {
  private readonly format: Format;
  private readonly at: Map<string, number>;
  private readonly days = new Map<string, DayReadings>();
  /** Item key (the name without case) → the name as first written, and whether any reading has a value. */
  private readonly items = new Map<string, { name: string; valued: boolean }>();
  private readonly issues: ImportIssue[] = [];
  private readonly people = new Set<string>();
  private readings = 0;

  constructor(
    private readonly name: LongFormatName,
    private readonly header: readonly string[],
  ) {
    this.format = LONG_FORMATS[name];
    this.at = new Map(header.map((h, i) => [norm(h), i] as const).reverse());
  }

  private cellOf(cells: readonly string[]) {
    return (column: string) => cells[this.at.get(norm(column)) ?? -1] ?? '';
  }

  add(line: number, cells: readonly string[]): void {
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== this.header.length) {
      const n = cells.length;
      this.issues.push({
        row: line,
        column: null,
        message: `has ${n} ${n === 1 ? 'cell' : 'cells'} but the header has ${this.header.length} columns`,
      });
      return;
    }
    const cell = this.cellOf(cells);
    const f = this.format;
    if (f.person && this.at.has(norm(f.person))) this.people.add(cell(f.person).trim());
    const item = f.item(cell).replace(/\s+/g, ' ');
    const raw = cell(f.day).trim();
    // A date Axis cannot read is kept as written: the row reader refuses it by row, or reads it in the format
    // the person chooses.
    const dayKey = parseDay(raw, 'YYYY-MM-DD') ?? raw;
    let day = this.days.get(dayKey);
    if (!day) {
      day = { line, day: dayKey, values: new Map(), notes: [] };
      this.days.set(dayKey, day);
    }
    const note = f.notes ? cell(f.notes).trim() : '';
    if (note) day.notes.push(note);
    if (!item) {
      if (!note) this.issues.push({ row: line, column: null, message: 'names no item: the reading cannot be placed' });
      return;
    }
    this.readings++;
    const key = item.toLowerCase();
    const value = cell(f.value).trim();
    const known = this.items.get(key);
    if (!known) this.items.set(key, { name: item, valued: value !== '' });
    else if (value !== '') known.valued = true;
    const list = day.values.get(key) ?? [];
    list.push(value);
    day.values.set(key, list);
  }

  finish(): ReturnType<DayGrouper['finish']> {
    const issues = [...this.issues];
    if (this.people.size > 1)
      issues.unshift({
        row: null,
        column: this.format.person ?? null,
        message: `The file holds the check-ins of ${this.people.size} people; Axis is one person's journal. Keep only your own rows (one ${this.format.person}) and import that file.`,
      });
    if (this.items.size > MAX_ITEMS)
      issues.unshift({
        row: null,
        column: null,
        message: `The file tracks ${this.items.size} different items, more than the ${MAX_ITEMS} columns Axis can map at once; export a shorter period or fewer items.`,
      });
    const keys = [...this.items.keys()];
    const withNotes = [...this.days.values()].some((d) => d.notes.length > 0);
    const taken = new Set([norm(this.format.day), ...(withNotes ? ['notes'] : [])]);
    const names = keys.map((k) => {
      const name = this.items.get(k)!.name;
      return taken.has(norm(name)) ? `${name} (reading)` : name; // a column never clashes with the day's or notes'
    });
    const header = [this.header[this.at.get(norm(this.format.day))!]!, ...names, ...(withNotes ? ['Notes'] : [])];
    const rows = [...this.days.values()].map((d) => {
      const cells = keys.map((k) => {
        const values = d.values.get(k);
        if (this.items.get(k)!.valued) return values ? combineReadings(values) : '';
        return values ? 'yes' : 'no'; // an item logged without a value: it was there that day
      });
      return { line: d.line, cells: [d.day, ...cells, ...(withNotes ? [d.notes.join(JOIN)] : [])] };
    });
    const days = rows.length;
    const words = `Read as ${SHAPE_WORDS[this.name]}, one reading per row: ${this.readings} ${this.readings === 1 ? 'reading' : 'readings'} became ${days} ${days === 1 ? 'day' : 'days'}, with one column per item (${keys.length}). Several readings of an item on one day are combined: numbers into the day's mean, yes when any is yes, words joined.`;
    if (this.items.size > MAX_ITEMS) return { header: [header[0]!], rows: [], words, issues };
    return { header, rows, words, issues };
  }
}

export const SHAPE_WORDS: Record<LongFormatName, string> = {
  bearable: 'a Bearable export',
  flaredown: 'a Flaredown export',
};
