// Integer day numbers for the hot loops. day.ts goes through a Date for every step, which is right for the
// occasional range but costs an allocation per day; correlating ten years of twenty factors needs tens of
// thousands of day look-ups, so here a day is turned into a plain integer once, with no Date at all.
// Arithmetic is proleptic Gregorian (Howard Hinnant's days_from_civil), so time zones and daylight saving
// cannot enter; tests check it against day.ts for every day it is used on.
import type { Day } from '../domain/day';

/** Days since 1970-01-01 for a YYYY-MM-DD day, read character by character (no Date, no split, no regex). */
export function dayOrdinal(day: Day): number {
  // Digits are char codes minus 48; the constants fold the 48s of each field into one subtraction.
  const y = day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3) - 53328;
  const m = day.charCodeAt(5) * 10 + day.charCodeAt(6) - 528;
  const d = day.charCodeAt(8) * 10 + day.charCodeAt(9) - 528;
  return daysFromCivil(y, m, d);
}

/**
 * The day number of the YYYY-MM-DD day written at `offset` in `text`, or NaN if those ten characters are
 * not a real calendar day (2025-02-30, 2025-13-01, a letter where a digit belongs). For reading many days
 * packed into one string, as SQLite's group_concat returns them, without a string per day.
 */
export function realDayOrdinalAt(text: string, offset: number): number {
  const y0 = text.charCodeAt(offset) - 48;
  const y1 = text.charCodeAt(offset + 1) - 48;
  const y2 = text.charCodeAt(offset + 2) - 48;
  const y3 = text.charCodeAt(offset + 3) - 48;
  const m0 = text.charCodeAt(offset + 5) - 48;
  const m1 = text.charCodeAt(offset + 6) - 48;
  const d0 = text.charCodeAt(offset + 8) - 48;
  const d1 = text.charCodeAt(offset + 9) - 48;
  // Unsigned, a code below '0' wraps to a huge number, so one comparison per digit covers both sides; past
  // the end of the text charCodeAt gives NaN, which fails it too.
  if (!(
    y0 >>> 0 <= 9 &&
    y1 >>> 0 <= 9 &&
    y2 >>> 0 <= 9 &&
    y3 >>> 0 <= 9 &&
    m0 >>> 0 <= 9 &&
    m1 >>> 0 <= 9 &&
    d0 >>> 0 <= 9 &&
    d1 >>> 0 <= 9
  ))
    return NaN;
  if (text.charCodeAt(offset + 4) !== 45 || text.charCodeAt(offset + 7) !== 45) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (
    m < 1 ||
    m > 12 ||
    d < 1 ||
    d > (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m]!)
  )
    return NaN;
  return daysFromCivil(y, m, d);
}
/** Days per month in a common year, by month number (index 0 unused). */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days since 1970-01-01 for a civil date (month 1-12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number; the inverse of daysFromCivil. */
export function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The YYYY-MM-DD day for a day number, for labels built inside loops that already hold ordinals. */
export function ordinalDay(z: number): Day {
  const { y, m, d } = civilFromDays(z);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** 0 = Monday … 6 = Sunday, matching weekdayIndex in day.ts (1970-01-01 was a Thursday). */
export function ordinalWeekday(z: number): number {
  return (((z + 3) % 7) + 7) % 7;
}

/** ISO 8601 week label such as 2026-W01: the week belongs to the year that holds its Thursday. */
export function isoWeekKey(mondayOrdinal: number): string {
  const thursday = civilFromDays(mondayOrdinal + 3);
  const week = Math.floor((mondayOrdinal + 3 - daysFromCivil(thursday.y, 1, 1)) / 7) + 1;
  return `${thursday.y}-W${week < 10 ? '0' : ''}${week}`;
}

/** Number of days in a calendar month (leap years included). */
export function daysInMonth(y: number, m: number): number {
  return m === 12 ? 31 : daysFromCivil(y, m + 1, 1) - daysFromCivil(y, m, 1);
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/**
 * `count` consecutive days starting at day number `first`, as YYYY-MM-DD. Counting the calendar forward
 * costs a string join per day, where going through a Date (as dayRange does) costs an allocation and a
 * format; ten years of days for twenty measures is where that difference shows.
 */
export function daysFrom(first: number, count: number): Day[] {
  if (count <= 0) return [];
  const out = new Array<Day>(count);
  let { y, m, d } = civilFromDays(first);
  let monthLength = daysInMonth(y, m);
  let prefix = `${String(y).padStart(4, '0')}-${TWO_DIGITS[m] as string}-`;
  for (let i = 0; i < count; i++) {
    out[i] = prefix + (TWO_DIGITS[d] as string);
    if (++d > monthLength) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
      monthLength = daysInMonth(y, m);
      prefix = `${String(y).padStart(4, '0')}-${TWO_DIGITS[m] as string}-`;
    }
  }
  return out;
}
