// Days as people read them in a sentence ("12 March 2025"), independent of the machine's locale so that
// messages, tests and the command line read the same everywhere.
import type { Day } from '../../domain/day';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function dayInWords(day: Day): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Gluten" → "gluten" for use inside a sentence, but "IPA beer" and "Coca-Cola"-like names stay as typed. */
export function foodInSentence(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  const lowerable = /^[A-Z][a-z]+$/.test(first);
  return lowerable ? [first.toLowerCase(), ...words.slice(1)].join(' ') : words.join(' ');
}
