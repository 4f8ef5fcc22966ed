// Problems found in a file someone wants to import, in words they can act on: which row, which column, what
// is wrong. Zod's own messages ("Too big: expected number to be <=24") are translated here, because the
// person reads them in a list beside their spreadsheet, not in a developer console.
import { z } from 'zod';

export const importIssueSchema = z.strictObject({
  /** For JSON exports: the table the row belongs to. CSV files have one table and leave it out. */
  table: z.string().optional(),
  /** Row number as the person finds it: CSV counts the header as row 1 (as a spreadsheet does); JSON
   * counts the rows of each table from 1. Null for a problem with the whole file. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** Enough to fix a file without drowning the person; the count of the rest is said in words. */
export const MAX_ISSUES = 200;

export function issueText(i: ImportIssue): string {
  // "Row 14, column sleep: …" for a CSV; "check_ins, row 14, column sleep_hours: …" for a table of an export.
  const row = i.row === null ? null : `${i.table ? 'row' : 'Row'} ${i.row}`;
  const where = [i.table, row, i.column !== null ? `column ${i.column}` : null].filter(Boolean).join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}

/** One sentence for an error message: the first few problems and how many more there are. */
export function issuesSummary(issues: readonly ImportIssue[], shown = 3): string {
  const first = issues.slice(0, shown).map(issueText).join('; ');
  return issues.length > shown
    ? `${first}; and ${issues.length - shown} more ${issues.length - shown === 1 ? 'problem' : 'problems'}`
    : first;
}

/**
 * "the problem below is fixed", "the 3 problems below are fixed": the end of the sentence that refuses an
 * import. A list cut at MAX_ISSUES ends with a line counting the rest, so its length is no count to repeat.
 */
export function problemsBelowFixed(issues: readonly ImportIssue[]): string {
  const n = issues.length;
  return `${n === 1 ? 'the problem' : n > MAX_ISSUES ? 'the problems' : `the ${n} problems`} below ${n === 1 ? 'is' : 'are'} fixed`;
}

export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'empty (null)',
};

/** A zod issue in words. `value` is the value the issue is about (zod 4 does not carry it by default). */
export function issueWords(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `${quote(value)} is not ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `is longer than ${max} characters`;
      if (issue.origin === 'array') return `has more than ${max} items`;
      return `${quote(value)} is more than ${max}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return Number(min) <= 1 ? 'is empty' : `is shorter than ${min} characters`;
      if (issue.origin === 'array') return `has fewer than ${min} items`;
      return issue.inclusive === false
        ? `${quote(value)} must be more than ${min}`
        : `${quote(value)} is less than ${min}`;
    }
    case 'invalid_value':
      return `${quote(value)} is not one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Axis does not know: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `${quote(value)} is not a date and time (like 2026-03-01T20:15:00.000Z)`
        : `${quote(value)} is not in the expected form`;
    case 'not_multiple_of':
      return `${quote(value)} must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return `${quote(value)} is not in any of the accepted forms`;
    default:
      return issue.message;
  }
}

/** The value at a path inside an object, for issueWords. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Collects issues up to MAX_ISSUES and counts the rest, so a file with 10,000 bad rows stays readable. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  dropped = 0;
  add(issue: ImportIssue): void {
    if (this.items.length < MAX_ISSUES) this.items.push(issue);
    else this.dropped++;
  }
  get count(): number {
    return this.items.length + this.dropped;
  }
  /** The list to show, with one closing line when some were left out. */
  result(): ImportIssue[] {
    return this.dropped > 0
      ? [...this.items, { row: null, column: null, message: `…and ${this.dropped} more problems not listed.` }]
      : this.items;
  }
}
