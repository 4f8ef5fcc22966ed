// Numbers on the Trends screen, written the same in charts, tooltips and tables.
import type { Measure } from '../../../../shared/domain/measures';

/** The unit after a value, or '' for 0-10 scales and stool form (their labels say what they are). */
export function unitOf(m: Measure): string {
  switch (m.kind) {
    case 'hours':
      return 'hours';
    case 'minutes':
      return 'minutes';
    case 'count':
      return m.group === 'food' ? 'servings' : '';
    default:
      return '';
  }
}

/** A logged value as stored (whole numbers stay whole; sleep keeps its quarter hours). */
export function formatValue(value: number, m: Measure): string {
  if (Number.isInteger(value)) return String(value);
  return m.kind === 'hours' ? String(Math.round(value * 100) / 100) : value.toFixed(1);
}

/** A mean, to one decimal. */
export function formatMean(value: number | null): string {
  return value === null ? '' : value.toFixed(1);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
