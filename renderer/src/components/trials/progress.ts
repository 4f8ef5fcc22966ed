// Where a running trial stands, worded once for the Today card, the trial list and the trial page.
import type { TrialSummary } from '$shared/trials/records';

type Current = NonNullable<TrialSummary['current']>;

/** "day 3 of 14", or "day 3" while the phase ends on a hidden switch day. */
export function phaseDay(c: Pick<Current, 'dayNumber' | 'phaseDays'>): string {
  return c.phaseDays === null ? `day ${c.dayNumber}` : `day ${c.dayNumber} of ${c.phaseDays}`;
}

/** "1 day", "5 days". */
export function dayCount(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
