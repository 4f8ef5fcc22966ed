// Reading the rows of a CSV of daily check-ins, one at a time, so a file of any size streams through it:
// every cell is checked with the app's own rules (measureWords.ts, checkInValuesSchema), numbers on another
// scale are rescaled as the person said (csvScales.ts), a day more than one day ahead of today is refused,
// and every problem is kept with its row and column. Every column of the file must be mapped or explicitly
// ignored, so nothing in the person's file is dropped without them deciding it.
import { checkInValuesSchema, type CheckInValues } from '../domain/checkIn';
import { futureDayProblem } from '../domain/futureDays';
import type { Day } from '../domain/day';
import type { Measure } from '../domain/measures';
import { CSV_FIELDS, CUSTOM_COLUMN_PREFIX, SUPPLEMENT_PREFIX, type CsvDay } from './csvColumns';
import {
  ACTIVITIES,
  canonicalField,
  IGNORE,
  NEW_ITEM,
  parseAreas,
  parseDay,
  parseExerciseKind,
  parseNumber,
  parseSupplementCell,
  type CsvMapping,
} from './csvCells';
import { itemCell, rangeOfDraft, splitActivities, type ItemRange } from './csvItems';
import { needsScaleAnswer, rescale, rescaleExamples, scaleText, type Range } from './csvScales';
import { IssueList, issueWords, type ImportIssue } from './issues';
import { measureProblem } from './measureWords';

export interface RowReaderOptions {
  /** Today in the journal (by the person's day-end setting): days after tomorrow are refused. */
  today?: Day;
  dayEndsAtHour?: number;
  /** Each good day as it is read, instead of keeping them all (a large file streams through). */
  onDay?: (day: CsvDay) => void;
  /** The journal's own items by slug, for columns mapped to one ("custom: gluten"). */
  items?: ReadonlyMap<string, ItemRange & { archivedOn: string | null }>;
}

/** A column whose scale the person must name before it is imported (see csvScales.ts). */
export interface ScaleQuestion {
  column: number;
  header: string;
  field: string;
  fieldLabel: string;
  fieldScale: Range;
  observed: Range;
  /** The scale the header names, or the smallest one holding every value seen. */
  suggested: Range;
}

/** A column being rescaled, with each value's new score, for the preview. */
export interface Rescaled {
  column: number;
  header: string;
  from: Range;
  to: Range;
  examples: [number, number][];
}

export interface RowsRead {
  days: CsvDay[];
  issues: ImportIssue[];
  questions: ScaleQuestion[];
  rescaled: Rescaled[];
  rows: number;
}

export interface RowReader {
  /** One record of the file; `line` counts the header as row 1, as a spreadsheet does. */
  add(line: number, cells: readonly string[]): void;
  finish(): RowsRead;
}

const KEY_OF: Record<string, string> = { body_areas: 'bodyAreas', exercise_kind: 'exerciseKind', notes: 'notes' };

/** Problems with the mapping itself, reported against the header (row 1); the fields when there are none. */
function mappingIssues(
  header: readonly string[],
  mapping: CsvMapping,
  known: RowReaderOptions['items'],
): { fields: string[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  if (mapping.fields.length !== header.length) {
    return {
      fields: [],
      issues: [
        {
          row: null,
          column: null,
          message: `The column choices cover ${mapping.fields.length} columns but the file has ${header.length}; look at the file again.`,
        },
      ],
    };
  }
  const fields = mapping.fields.map((raw, i) => {
    const field = canonicalField(raw);
    const column = header[i] || `(column ${i + 1})`;
    if (field === null) {
      issues.push({
        row: 1,
        column,
        message:
          raw.trim() === ''
            ? 'is not mapped: choose the Axis field it holds, or ignore it'
            : `is mapped to "${raw}", which is not an Axis field`,
      });
    }
    const ownProblem =
      field === NEW_ITEM && !mapping.items?.[i]
        ? 'is to become a new item of your own: say what kind of item it is'
        : field?.startsWith(CUSTOM_COLUMN_PREFIX)
          ? ownItemProblem(field.slice(CUSTOM_COLUMN_PREFIX.length), known)
          : null;
    if (ownProblem) issues.push({ row: 1, column, message: ownProblem });
    return field ?? IGNORE;
  });
  const firstUse = new Map<string, number>();
  const newNames = new Map<string, number>();
  fields.forEach((f, i) => {
    if (f === NEW_ITEM && mapping.items?.[i]) {
      const name = mapping.items[i].name.trim().toLowerCase();
      const earlier = newNames.get(name);
      if (earlier !== undefined)
        issues.push({
          row: 1,
          column: header[i]!,
          message: `would make a new item named "${mapping.items[i].name}", as column ${header[earlier]} does; rename one of them`,
        });
      else newNames.set(name, i);
    }
    if (f === IGNORE || f === NEW_ITEM || f === ACTIVITIES) return;
    const earlier = firstUse.get(f.toLowerCase());
    if (earlier !== undefined)
      issues.push({
        row: 1,
        column: header[i]!,
        message: `holds the same field (${f}) as column ${header[earlier]}; choose one of them`,
      });
    else firstUse.set(f.toLowerCase(), i);
  });
  if (!fields.includes('day'))
    issues.push({ row: null, column: null, message: 'No column is mapped to the day: every row needs its date.' });
  return { fields, issues };
}

function ownItemProblem(slug: string, known: RowReaderOptions['items']): string | null {
  const item = known?.get(slug);
  if (!item)
    return `is mapped to your item "${slug}", but your journal has no item of that short name: map it to a new item instead`;
  if (item.archivedOn !== null)
    return `is mapped to ${item.name}, which is archived: bring it back first, or map the column to a new item`;
  return null;
}

export function createRowReader(
  header: readonly string[],
  mapping: CsvMapping,
  options: RowReaderOptions = {},
): RowReader {
  const checked = mappingIssues(header, mapping, options.items);
  const list = new IssueList();
  for (const issue of checked.issues) list.add(issue);
  const usable = checked.issues.length === 0;
  const fields = checked.fields;
  const specs = fields.map((f) => CSV_FIELDS.find((c) => c.column === f));
  // The item each own-item column fills: a new one (defined by the mapping) or one the journal has.
  const own = fields.map((f, i): { key: string; range: ItemRange } | null => {
    const draft = mapping.items?.[i];
    if (f === NEW_ITEM && draft) return { key: `new:${i}`, range: rangeOfDraft(draft) };
    const known = f.startsWith(CUSTOM_COLUMN_PREFIX) ? options.items?.get(f.slice(CUSTOM_COLUMN_PREFIX.length)) : null;
    return known ? { key: f.slice(CUSTOM_COLUMN_PREFIX.length), range: known } : null;
  });
  const scales = fields.map((_, i) => mapping.scales?.[i] ?? null);
  const observed = fields.map(() => ({ count: 0, min: Infinity, max: -Infinity }));
  const days: CsvDay[] = [];
  const firstRowOf = new Map<string, number>();
  let rows = 0;

  function numberCell(
    i: number,
    measure: Measure,
    cell: string,
    problem: (m: string) => void,
  ): number | null | undefined {
    const parsed = parseNumber(cell);
    if (!parsed.ok) {
      problem(parsed.message);
      return undefined;
    }
    if (parsed.value === null) return null;
    const o = observed[i]!;
    o.count++;
    o.min = Math.min(o.min, parsed.value);
    o.max = Math.max(o.max, parsed.value);
    const scale = scales[i];
    if (scale && scale !== 'as-is') {
      if (parsed.value < scale.min || parsed.value > scale.max) {
        problem(`${parsed.value} is outside the column’s scale of ${scale.min} to ${scale.max}`);
        return undefined;
      }
      return rescale(parsed.value, scale, measure);
    }
    return parsed.value;
  }

  return {
    add(line, cells) {
      if (!usable) return;
      if (cells.every((c) => c.trim() === '')) return;
      rows++;
      if (cells.length !== header.length) {
        list.add({
          row: line,
          column: null,
          message: `has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header has ${header.length} columns`,
        });
        return;
      }
      const before = list.count;
      const problem = (i: number, message: string) => list.add({ row: line, column: header[i] ?? null, message });
      const values: Record<string, unknown> = {};
      const columnOfKey = new Map<string, number>();
      const supplements: CsvDay['supplements'] = [];
      const items: NonNullable<CsvDay['items']> = [];
      let day: string | null = null;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        const cell = cells[i] ?? '';
        if (field === IGNORE) continue;
        if (field === 'day') {
          day = parseDay(cell, mapping.dateFormat);
          const future = day && options.today ? futureDayProblem(day, options.today, options.dayEndsAtHour ?? 0) : null;
          if (!day)
            problem(
              i,
              cell.trim() === ''
                ? 'the date is missing'
                : `"${cell.trim().slice(0, 40)}" is not a real date written ${mapping.dateFormat}`,
            );
          else if (future) problem(i, future);
          else if (firstRowOf.has(day)) problem(i, `${day} appears twice (also row ${firstRowOf.get(day)})`);
          else firstRowOf.set(day, line);
          continue;
        }
        const item = own[i];
        if (item) {
          const v = itemCell(item.range, cell);
          if (!v.ok) problem(i, v.message);
          else if (v.value !== null) items.push({ key: item.key, value: v.value });
          continue;
        }
        if (field === ACTIVITIES) {
          for (const name of splitActivities(cell)) {
            if (name.length > 60)
              problem(i, `"${name.slice(0, 40)}…" is longer than an item's name can be (60 characters)`);
            else items.push({ key: `activity:${name.toLowerCase()}`, name, value: 1 });
          }
          continue;
        }
        if (field.startsWith(SUPPLEMENT_PREFIX)) {
          const s = parseSupplementCell(cell);
          if (!s.ok) problem(i, s.message);
          else if (s.value) supplements.push({ name: field.slice(SUPPLEMENT_PREFIX.length), ...s.value });
          continue;
        }
        const spec = specs[i]!;
        const key = spec.measure?.key ?? KEY_OF[field]!;
        columnOfKey.set(key, i);
        if (spec.measure) {
          const value = numberCell(i, spec.measure, cell, (m) => problem(i, m));
          if (value === undefined) continue;
          const words = measureProblem(spec.measure, value);
          if (words) problem(i, words);
          else values[key] = value;
          continue;
        }
        const parsed =
          field === 'body_areas'
            ? parseAreas(cell)
            : field === 'exercise_kind'
              ? parseExerciseKind(cell)
              : ({ ok: true, value: cell } as const);
        if (!parsed.ok) problem(i, parsed.message);
        else values[key] = parsed.value;
      }
      // The app's own schema has the last word, so an import can never hold what the check-in form refuses.
      const result = checkInValuesSchema.safeParse(values);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const key = String(issue.path[0] ?? '');
          problem(columnOfKey.get(key) ?? -1, issueWords(issue, values[key]));
        }
      }
      if (list.count === before && day) {
        const good: CsvDay = { day, values: result.data as Omit<CheckInValues, 'supplements'>, supplements };
        if (items.length > 0) good.items = items;
        if (options.onDay) options.onDay(good);
        else days.push(good);
      }
    },

    finish() {
      const questions: ScaleQuestion[] = [];
      const rescaled: Rescaled[] = [];
      fields.forEach((_, i) => {
        const measure = specs[i]?.measure;
        if (!measure) return;
        const to = { min: measure.min, max: measure.max };
        const scale = scales[i];
        if (scale && scale !== 'as-is') {
          rescaled.push({ column: i, header: header[i]!, from: scale, to, examples: rescaleExamples(scale, measure) });
          return;
        }
        const o = observed[i]!;
        const suggested = scale === 'as-is' || o.count === 0 ? null : needsScaleAnswer(measure, header[i]!, o);
        if (!suggested) return;
        questions.push({
          column: i,
          header: header[i]!,
          field: fields[i]!,
          fieldLabel: measure.label,
          fieldScale: to,
          observed: { min: o.min, max: o.max },
          suggested,
        });
        list.add({
          row: 1,
          column: header[i]!,
          message: `its values run from ${o.min} to ${o.max}, but ${measure.label.toLowerCase()} runs from ${measure.min} to ${measure.max}: say whether it is on a ${scaleText(suggested)} scale to rescale, or already on ${scaleText(to)}`,
        });
      });
      return { days: list.count === 0 ? days : [], issues: list.result(), questions, rescaled, rows };
    },
  };
}
