// How regularly each supplement was taken: of the days logged while it was part of the regimen, on how many
// was it ticked as taken. Days not logged at all say nothing either way, so they are left out of the share
// (counting them as "not taken" would punish a skipped check-in as a skipped capsule).
import type { Day } from '../domain/day';
import type { SupplementRegularity } from './schema';
import type { SourceDay, SourceSupplement } from './source';
import { num, percent, plural, shortDay } from './words';

function inRegimen(s: SourceSupplement, day: Day): boolean {
  return (s.startedOn === null || s.startedOn <= day) && (s.stoppedOn === null || day < s.stoppedOn);
}

function spanText(s: SourceSupplement, from: Day, to: Day): string {
  const started = s.startedOn !== null && s.startedOn > from ? s.startedOn : null;
  const stopped = s.stoppedOn !== null && s.stoppedOn <= to ? s.stoppedOn : null;
  if (started && stopped) return `from ${shortDay(started)}, stopped ${shortDay(stopped)}`;
  if (started) return `from ${shortDay(started)}`;
  if (stopped) return `stopped ${shortDay(stopped)}`;
  return 'whole period';
}

function doseText(s: SourceSupplement): string {
  if (s.dose === null) return s.unit;
  const dose = Number.isInteger(s.dose) ? String(s.dose) : num(s.dose, 2).replace(/0$/, '');
  return s.unit ? `${dose} ${s.unit}` : dose;
}

/**
 * One row per supplement that was in the regimen for part of the period or was ticked on a day of it, in the
 * order given (the regimen's own order). A day counts when it was logged and the supplement was in the
 * regimen that day, or when it was ticked (so the share never exceeds 100%).
 */
export function supplementRegularity(
  supplements: readonly SourceSupplement[],
  days: readonly SourceDay[],
  from: Day,
  to: Day,
): SupplementRegularity[] {
  const inPeriod = days.filter((d) => d.day >= from && d.day <= to);
  const rows: SupplementRegularity[] = [];
  for (const s of supplements) {
    let taken = 0;
    let counted = 0;
    for (const d of inPeriod) {
      const ticked = d.supplementIds.includes(s.id);
      if (ticked) taken++;
      if (ticked || inRegimen(s, d.day)) counted++;
    }
    const overlaps = (s.startedOn === null || s.startedOn <= to) && (s.stoppedOn === null || s.stoppedOn > from);
    if (taken === 0 && !overlaps) continue;
    const share = counted === 0 ? null : taken / counted;
    const text =
      counted === 0
        ? 'No days logged while it was in the regimen.'
        : `Taken on ${taken} of ${plural(counted, 'day')} logged while in the regimen (${percent(share)}).`;
    rows.push({
      name: s.name,
      doseText: doseText(s),
      spanText: spanText(s, from, to),
      takenDays: taken,
      loggedDays: counted,
      share,
      text,
      current: inRegimen(s, to),
    });
  }
  return rows;
}
