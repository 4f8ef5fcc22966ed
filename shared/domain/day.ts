// Days are local calendar days written as YYYY-MM-DD. They are never timestamps: a check-in belongs to the
// day the person lived, not to an instant in UTC.
import { z } from 'zod';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30, 2025-13-01 and the like). */
export function isDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const daySchema = z.string().refine(isDay, { message: 'must be a real date written YYYY-MM-DD' });
export type Day = string;

// Day arithmetic goes through UTC noon so that no local daylight-saving change can shift a date.
function toUtc(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function fromUtc(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Whole days from a to b (b − a); negative when b is earlier. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Every day from first to last inclusive; empty when last is before first. */
export function dayRange(first: Day, last: Day): Day[] {
  const out: Day[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: Day): number {
  return (toUtc(day).getUTCDay() + 6) % 7;
}

/**
 * The journal day a moment belongs to, given the hour at which the person's day ends (0 = midnight, 3 = 3 am).
 * A note written at 01:30 by someone whose day ends at 3 am still belongs to the evening before. The moment
 * is read in the machine's local time zone, so daylight-saving changes are handled by the platform's clock.
 */
export function journalDayOf(moment: Date, dayEndsAtHour: number): Day {
  const local = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate());
  if (moment.getHours() < dayEndsAtHour) local.setDate(local.getDate() - 1);
  const y = local.getFullYear();
  const m = String(local.getMonth() + 1).padStart(2, '0');
  const d = String(local.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
