// What is wrong with a check-in number, said with the measure's own unit ("25 is more than 24 hours"),
// for both importers. The limits come from MEASURES, the same list the check-in form and the database use.
import type { Measure } from '../domain/measures';

function unitWord(m: Measure, n: number): string {
  const plural = n === 1 ? '' : 's';
  switch (m.kind) {
    case 'hours':
      return ` hour${plural}`;
    case 'minutes':
      return ` minute${plural}`;
    default:
      return '';
  }
}

function scaleWords(m: Measure): string {
  return m.kind === 'stool' ? `the ${m.min}–${m.max} stool scale` : `the ${m.min}–${m.max} scale`;
}

/** Null when the value fits the measure; else a sentence fragment that starts with the value. */
export function measureProblem(m: Measure, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `${typeof value === 'string' ? `"${value}"` : typeof value === 'boolean' ? String(value) : 'that'} is not a number`;
  const isScale = m.kind === 'scale' || m.kind === 'stool';
  if (value > m.max)
    return isScale ? `${value} is above ${scaleWords(m)}` : `${value} is more than ${m.max}${unitWord(m, m.max)}`;
  if (value < m.min)
    return isScale ? `${value} is below ${scaleWords(m)}` : `${value} is less than ${m.min}${unitWord(m, m.min)}`;
  if (m.step >= 1 && !Number.isInteger(value)) return `${value} must be a whole number`;
  if (m.step < 1 && !Number.isInteger(Math.round((value / m.step) * 1e6) / 1e6))
    return `${value} must be a multiple of ${m.step}${unitWord(m, 2)}`;
  return null;
}
