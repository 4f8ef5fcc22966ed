// Numbers and marker notes on the Trends screen, written the same in charts, tooltips and tables.
import type { Measure } from '$shared/domain/measures';
import type { SlipMarker, SupplementMarker, TrendMarkers } from '$shared/contract/trends';

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

/** What a slip marker says, in the chart's tooltip and the table alike. */
export function slipText(s: SlipMarker): string {
  return `Slip in the ${s.trialName} trial: ${s.what}${s.amount ? ` (${s.amount})` : ''}`;
}

/** What a supplement marker says: its own detail, or else what happened to which supplement. */
/** Supplement and treatment starts, stops and changes: drawn alike, as changes to what the person takes or uses. */
export function regimenMarkers(m: TrendMarkers): SupplementMarker[] {
  return [...m.supplements, ...m.treatments].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export function supplementText(s: SupplementMarker): string {
  return s.detail || `${s.kind === 'started' ? 'Started' : s.kind === 'stopped' ? 'Stopped' : 'Changed'} ${s.name}`;
}
