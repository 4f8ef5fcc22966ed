// Numbers and dates as they are printed. Written without the machine's locale so that the app, the PDF and
// the command line's HTML print exactly the same text for the same journal (and tests can check it).
import type { Day } from '../domain/day';
import { dayInWords } from '../trials/protocol/words';

export const MINUS = '\u2212';
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 March 2026". */
export const longDay = dayInWords;

/** "12 Mar 2026", for tables where space is short. */
export function shortDay(day: Day): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${SHORT_MONTHS[m - 1]} ${y}`;
}

/** "12 Mar", for chart axes. */
export function axisDay(day: Day): string {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${SHORT_MONTHS[m - 1]}`;
}

/** "Mar 2026", for month ticks on long charts. */
export function axisMonth(day: Day): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return `${SHORT_MONTHS[m - 1]} ${y}`;
}

/** "3 to 9 Aug 2026", "28 Jul to 3 Aug 2026", "29 Dec 2025 to 4 Jan 2026". */
export function dayRangeText(from: Day, to: Day): string {
  if (from === to) return shortDay(from);
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const end = shortDay(to);
  if (fy !== ty) return `${shortDay(from)} to ${end}`;
  const fd = Number(from.slice(8));
  return fm === tm ? `${fd} to ${end}` : `${fd} ${SHORT_MONTHS[fm - 1]} to ${end}`;
}

/** A figure to the given decimals with a true minus sign; "–" when there is none. */
export function num(x: number | null, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const text = Math.abs(x).toFixed(digits);
  return x < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/** A change with its sign always shown: "+1.2", "−0.4", "0.0". */
export function signed(x: number, digits = 1): string {
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return text;
  return x < 0 ? `${MINUS}${text}` : `+${text}`;
}

/** 0.934 → "93%". */
export function percent(share: number | null): string {
  return share === null || !Number.isFinite(share) ? '–' : `${Math.round(share * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
