// Dates as people read them, in the machine's locale. Days are YYYY-MM-DD strings or day numbers (days since
// 1970-01-01, as on the charts' axes); both are formatted in UTC, so no time zone can shift the date.
import type { Day } from '$shared/domain/day';
import { dayOrdinal } from '$shared/trends/calendar';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' })));
  return f;
}

/** A day number in words; by default "Wed 10 Jun 2026" (the year matters when a period spans New Year). */
export function formatOrdinal(
  ordinal: number,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
): string {
  return format(options).format(ordinal * 86_400_000);
}

/** A day in words, as formatOrdinal words its day number. */
export function dayText(day: Day, options?: Intl.DateTimeFormatOptions): string {
  return formatOrdinal(dayOrdinal(day), options);
}

/** "Wednesday 10 June 2026". */
export function longDay(day: Day): string {
  return dayText(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Wed 10 Jun", where the year is plain from the context. */
export function shortDay(day: Day): string {
  return dayText(day, { weekday: 'short', day: 'numeric', month: 'short' });
}
