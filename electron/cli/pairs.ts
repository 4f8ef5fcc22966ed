// `--map "Date=day,Mood=ignore"` and `--scale "Severity=0-4"`: pairs of column=value separated by commas. A
// column whose name holds a comma, an equals sign or a quote is written in double quotes, with a quote
// inside doubled, as in a CSV file: --map '"Sleep, hours"=sleep_hours,"Mood ""today"""=ignore'. A value may
// be quoted the same way.
import { UsageError } from './args';

function quotedAt(text: string, start: number, flag: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new UsageError(`--${flag}: a quote opened at character ${start + 1} is never closed.`);
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i++;
  }
}

/** One side of a pair: quoted, or plain up to the next separator. */
function side(text: string, start: number, stops: string, flag: string): { value: string; end: number } {
  let i = start;
  while (text[i] === ' ') i++;
  if (text[i] === '"') {
    const q = quotedAt(text, i, flag);
    let end = q.end;
    while (text[end] === ' ') end++;
    return { value: q.value, end };
  }
  let end = i;
  while (end < text.length && !stops.includes(text[end]!)) end++;
  return { value: text.slice(i, end).trim(), end };
}

export function parsePairs(text: string, flag: string): [string, string][] {
  const pairs: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ',' || text[i] === ' ') {
      i++;
      continue;
    }
    const column = side(text, i, '=,', flag);
    if (text[column.end] !== '=')
      throw new UsageError(
        `--${flag} takes column=value pairs separated by commas; "${text.slice(i, column.end)}" has no "=". ` +
          'A column whose name holds a comma goes in double quotes: "Sleep, hours"=sleep_hours.',
      );
    const value = side(text, column.end + 1, ',', flag);
    if (value.end < text.length && text[value.end] !== ',')
      throw new UsageError(`--${flag}: after ${JSON.stringify(value.value)} a comma should come.`);
    if (column.value === '') throw new UsageError(`--${flag}: a pair has no column before its "=".`);
    pairs.push([column.value, value.value]);
    i = value.end + 1;
  }
  return pairs;
}
