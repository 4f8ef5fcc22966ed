// Columns of an imported CSV that match nothing built in can become the person's own items (trackable.ts):
// "new item" with a definition the mapping carries (its kind guessed here from the file's first rows, and
// editable before importing), an item the journal already has ("custom: <slug>", as Axis's own CSV names
// them), or a Daylio-style activities cell ("walk | coffee | friends") read as one yes/no item per activity.
// Pure: the guessing, the activity split and the reading of one cell for an item's kind.
import {
  rangeOf,
  valueProblem,
  type ParsedTrackableInput,
  type Trackable,
  type TrackableKind,
} from '../domain/trackable';
import { parseNumber, type Parsed } from './csvCells';

export { ACTIVITIES, NEW_ITEM } from './csvCells';

/** What the first rows of a column hold, for guessing (and re-drafting) an item's kind. */
export interface ColumnSummary {
  /** Cells with something in them. */
  filled: number;
  /** Range and decimal places when every filled cell is a number; null otherwise. */
  numbers: { min: number; max: number; decimals: number } | null;
  /** Distinct words in order of first appearance (up to 11), when the cells are not all numbers. */
  words: string[];
  /** Some cell lists several things with "|" (Daylio's activities). */
  listed: boolean;
}

const YES = /^(yes|y|true|x|✓|✔)$/i;
const NO = /^(no|n|false|-)$/i;

/** Daylio's five default moods, worst first, spread evenly over 0-10 (rounded half up). */
export const MOOD_WORDS: Readonly<Record<string, number>> = { awful: 0, bad: 3, meh: 5, good: 8, rad: 10 };

/** Daylio's moods, among which a day of several entries holds its mean score (csvSameDay.ts): "good", "6". */
function moodColumn(words: readonly string[]): boolean {
  const mood = (w: string) => w.toLowerCase() in MOOD_WORDS;
  return words.some(mood) && words.every((w) => mood(w) || /^(10|\d)$/.test(w));
}

export function summarizeColumn(cells: readonly string[]): ColumnSummary {
  let filled = 0;
  let allNumbers = true;
  let min = Infinity;
  let max = -Infinity;
  let decimals = 0;
  const words = new Map<string, string>();
  let listed = false;
  for (const raw of cells) {
    const cell = raw.trim();
    if (cell === '') continue;
    filled++;
    if (cell.includes('|')) listed = true;
    const n = parseNumber(cell);
    if (n.ok && n.value !== null) {
      min = Math.min(min, n.value);
      max = Math.max(max, n.value);
      const places = /[.,](\d+)$/.exec(cell)?.[1]?.length ?? 0;
      decimals = Math.max(decimals, Math.min(2, places));
    } else allNumbers = false;
    if (words.size <= 10 && !words.has(cell.toLowerCase())) words.set(cell.toLowerCase(), cell);
  }
  return {
    filled,
    numbers: allNumbers && filled > 0 ? { min, max, decimals } : null,
    words: allNumbers ? [] : [...words.values()],
    listed,
  };
}

/** A round number at least as big as `n`: 10, 20, 50, 100, 200, 500, … */
function roomy(n: number): number {
  for (let p = 10; ; p *= 10) for (const f of [1, 2, 5]) if (f * p >= n) return f * p;
}

const nameOf = (header: string, column: number) => header.trim().slice(0, 60).trim() || `Column ${column + 1}`;

/** A definition of the given kind for a column, filled in from what the column holds. */
export function draftFor(kind: TrackableKind, header: string, column: number, s: ColumnSummary): ParsedTrackableInput {
  const base = { name: nameOf(header, column), group: 'other' as const, question: '' };
  const moods = moodColumn(s.words);
  switch (kind) {
    case 'rating':
      return moods
        ? { ...base, kind, direction: 'better', lowWord: 'awful', highWord: 'rad' }
        : { ...base, kind, direction: 'worse', lowWord: 'none', highWord: 'worst' };
    case 'count':
      return { ...base, kind, direction: 'neither', max: Math.min(10_000, roomy(Math.max(1, s.numbers?.max ?? 10))) };
    case 'yesno':
      return { ...base, kind, direction: 'neither' };
    case 'number': {
      const lo = Math.min(0, Math.floor(s.numbers?.min ?? 0));
      const top = s.numbers?.max ?? 100;
      const short = s.numbers !== null && s.numbers.decimals === 0 && top <= 5;
      const hi = short ? Math.max(4, top) : Math.max(lo + 1, roomy(Math.ceil(Math.max(1, top) * 1.5)));
      return { ...base, kind, direction: 'neither', unit: '', min: lo, max: hi, decimals: s.numbers?.decimals ?? 0 };
    }
    case 'choice': {
      const options = s.words.slice(0, 10).map((w) => w.slice(0, 40));
      // One word seen so far (a list of which only "heavy" was ever chosen) keeps it, beside a second option.
      const two =
        options.length === 1 ? [options[0]!, options[0]!.toLowerCase() === 'other' ? 'else' : 'other'] : options;
      return { ...base, kind, direction: 'neither', options: two.length >= 2 ? two : ['no', 'yes'] };
    }
  }
}

/**
 * The kind a column most likely holds: 0 and 1 or yes/no words → yes/no; whole numbers up to 5 → a number on
 * that short scale (0-4 or 0-5); Daylio's moods or whole numbers from 0 to 10 → a 0-10 rating; other whole
 * numbers from 0 → a count; other numbers → a number with a range;
 * one to ten distinct words → one of a list. Null when nothing fits (free text, an activities list, empty).
 */
export function guessKind(s: ColumnSummary): TrackableKind | null {
  if (s.filled === 0 || s.listed) return null;
  const n = s.numbers;
  if (n) {
    const whole = n.decimals === 0 && Number.isInteger(n.min) && Number.isInteger(n.max);
    if (whole && n.min >= 0 && n.max <= 1) return 'yesno';
    // A short scale (Flaredown's 0-4, a 1-5) stays on its own scale, as a number: read as 0-10 it would mislead.
    if (whole && n.min >= 0 && n.max <= 5) return 'number';
    if (whole && n.min >= 0 && n.max <= 10) return 'rating';
    if (whole && n.min >= 0) return 'count';
    return 'number';
  }
  if (s.words.every((w) => YES.test(w) || NO.test(w))) return 'yesno';
  if (moodColumn(s.words)) return 'rating';
  if (s.words.length >= 1 && s.words.length <= 10) return 'choice';
  return null;
}

export function guessItem(header: string, column: number, s: ColumnSummary): ParsedTrackableInput | null {
  const kind = guessKind(s);
  return kind ? draftFor(kind, header, column, s) : null;
}

/** The activities a cell lists ("walk | coffee |  friends" → walk, coffee, friends), each once. */
export function splitActivities(cell: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of cell.split('|')) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** What reading a cell needs to know of an item. */
export type ItemRange = Pick<Trackable, 'name' | 'kind' | 'min' | 'max' | 'step' | 'options'>;

export function rangeOfDraft(d: ParsedTrackableInput): ItemRange {
  return { name: d.name, kind: d.kind, ...rangeOf(d), options: d.kind === 'choice' ? d.options : [] };
}

/** One cell as an item's value: a number, yes/no words, a Daylio mood word, or a list option by its words. */
export function itemCell(item: ItemRange, cell: string): Parsed<number | null> {
  const t = cell.trim();
  if (t === '') return { ok: true, value: null };
  let value: number | null;
  if (item.kind === 'yesno' && (YES.test(t) || NO.test(t))) value = YES.test(t) ? 1 : 0;
  else if (item.kind === 'rating' && t.toLowerCase() in MOOD_WORDS) value = MOOD_WORDS[t.toLowerCase()]!;
  else if (item.kind === 'choice') {
    const at = item.options.findIndex((o) => o.toLowerCase() === t.toLowerCase());
    if (at < 0)
      return {
        ok: false,
        message: `"${t.slice(0, 40)}" is not one of ${item.name}’s options (${item.options.join(', ')})`,
      };
    value = at;
  } else {
    const n = parseNumber(t);
    if (!n.ok && item.kind === 'yesno') return { ok: false, message: `"${t.slice(0, 40)}" is not yes or no` };
    if (!n.ok) return n;
    value = n.value;
  }
  const problem = value === null ? null : valueProblem(item, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}
