// Daylio allows several entries on one day; Axis keeps one check-in a day, so a Daylio export's entries of one
// day are combined into one row (csvShapes.ts runs this for a file with Daylio's header:
// `full_date,date,weekday,time,mood,activities,[scales,]note_title,note`). In time order, earliest first:
// - mood: the day's mean of the scores Axis reads Daylio's moods as (csvItems.ts MOOD_WORDS: awful 0, bad 3,
//   meh 5, good 8, rad 10), rounded to a whole score; when a mood of the person's own naming is among them
//   (Daylio lets moods be renamed), the day's latest entry's mood, as no score for it is known;
// - activities: every activity of the day, each once;
// - times, note titles, notes and any other column: each entry's, joined in time order.
// A day with one entry is left exactly as written, so a file without such days imports as it always did.
import { norm } from './csvCells';
import { JOIN, type DayGrouper } from './csvLong';
import { MOOD_WORDS, splitActivities } from './csvItems';

interface Entry {
  line: number;
  cells: readonly string[];
  minutes: number | null;
}

/** Minutes after midnight of "21:40", "9:40 pm" or "09:40 AM"; null when the cell is no time. */
export function minutesOf(cell: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(cell.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (hour > 23 || minute > 59 || (half && (hour < 1 || hour > 12))) return null;
  if (half === 'am' && hour === 12) hour = 0;
  if (half === 'pm' && hour < 12) hour += 12;
  return hour * 60 + minute;
}

/** The day's mood from its entries' moods, earliest first. */
export function combineMoods(moods: readonly string[]): string {
  const filled = moods.map((m) => m.trim()).filter((m) => m !== '');
  if (filled.length <= 1) return filled[0] ?? '';
  if (!filled.every((m) => m.toLowerCase() in MOOD_WORDS)) return filled[filled.length - 1]!;
  const mean = filled.reduce((s, m) => s + MOOD_WORDS[m.toLowerCase()]!, 0) / filled.length;
  return String(Math.round(mean));
}

export class SameDay implements DayGrouper {
  private readonly days = new Map<string, Entry[]>();
  private readonly order: (Entry[] | Entry)[] = [];
  private readonly column: (name: string) => number;
  private entries = 0;

  constructor(private readonly header: readonly string[]) {
    const names = header.map(norm);
    this.column = (name) => names.indexOf(norm(name));
  }

  add(line: number, cells: readonly string[]): void {
    if (cells.every((c) => c.trim() === '')) return;
    const key = (cells[this.column('full_date')] ?? '').trim();
    const entry = { line, cells, minutes: minutesOf(cells[this.column('time')] ?? '') };
    // A row of the wrong length or without a date goes on alone: the row reader refuses it by its row.
    if (cells.length !== this.header.length || key === '') {
      this.order.push(entry);
      return;
    }
    this.entries++;
    const day = this.days.get(key);
    if (day) day.push(entry);
    else {
      const list = [entry];
      this.days.set(key, list);
      this.order.push(list);
    }
  }

  private combined(entries: Entry[]): { line: number; cells: string[] } {
    const line = entries[0]!.line;
    if (entries.length === 1) return { line, cells: [...entries[0]!.cells] };
    // Earliest first: by time when every entry has one, else the reverse of the file (Daylio writes the newest
    // entry first).
    const timed = entries.every((e) => e.minutes !== null)
      ? [...entries].sort((a, b) => a.minutes! - b.minutes!)
      : [...entries].reverse();
    const of = (i: number) => timed.map((e) => e.cells[i] ?? '');
    const mood = this.column('mood');
    const activities = this.column('activities');
    const fullDate = this.column('full_date');
    const cells = this.header.map((_, i) => {
      if (i === fullDate) return entries[0]!.cells[i] ?? '';
      if (i === mood) return combineMoods(of(i));
      if (i === activities) {
        const all = new Map<string, string>();
        for (const a of of(i).flatMap(splitActivities)) if (!all.has(a.toLowerCase())) all.set(a.toLowerCase(), a);
        return [...all.values()].join(' | ');
      }
      const seen: string[] = [];
      for (const c of of(i).map((c) => c.trim()))
        if (c !== '' && !seen.some((s) => s.toLowerCase() === c.toLowerCase())) seen.push(c);
      return seen.join(JOIN);
    });
    return { line, cells };
  }

  finish(): ReturnType<DayGrouper['finish']> {
    const rows = this.order.map((x) => (Array.isArray(x) ? this.combined(x) : { line: x.line, cells: [...x.cells] }));
    const combined = [...this.days.values()].filter((d) => d.length > 1);
    const days = this.days.size;
    const words =
      combined.length === 0
        ? null
        : `Read as a Daylio export: ${this.entries} entries became ${days} ${days === 1 ? 'day' : 'days'}; ${combined.length} ${combined.length === 1 ? 'day has' : 'days have'} several entries, combined into one (mood: the day's mean; activities: all of them; notes joined in time order).`;
    return { header: [...this.header], rows, words, issues: [] };
  }
}
