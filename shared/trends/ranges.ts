// The date ranges the Trends screen offers. Presets are fixed-length windows ending today, so "3 months"
// means the same span whether someone started logging last week or last year; empty days simply show as
// gaps. Errors come back as data with a sentence to show, in the style of the contract's results.
import { z } from 'zod';
import { addDays, daySchema, isDay, type Day } from '../domain/day';
import { civilFromDays, dayOrdinal, daysFromCivil, daysInMonth, ordinalDay } from './calendar';

export const RANGE_PRESETS = ['2w', '30d', '3m', '1y', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** Words for the range picker. */
export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  '2w': 'Last 2 weeks',
  '30d': 'Last 30 days',
  '3m': 'Last 3 months',
  '1y': 'Last year',
  all: 'Everything',
  custom: 'Choose dates',
};

export const rangePresetSchema = z.enum(RANGE_PRESETS);

/** Both ends included. */
export interface DayRange {
  from: Day;
  to: Day;
}

export const dayRangeSchema = z.strictObject({ from: daySchema, to: daySchema });

export type RangeResult = { ok: true; range: DayRange } | { ok: false; message: string };

/**
 * Turns a preset into the days it covers, ending today: 2w is 14 days and 30d 30; 3m and 1y start the day after the same
 * date 3 or 12 months earlier (clamped to month ends, so leap days cannot shift the span); `all` starts on the
 * first logged day; `custom` is checked (real dates, start not after end, end not after today).
 */
export function rangePreset(preset: RangePreset, today: Day, firstDay: Day | null, custom?: DayRange): RangeResult {
  if (!isDay(today)) return fail(`Today's date (${today}) is not a real date.`);
  switch (preset) {
    case '2w':
      return ok(addDays(today, -13), today);
    case '30d':
      return ok(addDays(today, -29), today);
    case '3m':
      return ok(addDays(monthsBefore(today, 3), 1), today);
    case '1y':
      return ok(addDays(monthsBefore(today, 12), 1), today);
    case 'all': {
      if (firstDay === null) return ok(today, today);
      if (!isDay(firstDay)) return fail(`The first logged day (${firstDay}) is not a real date.`);
      return ok(firstDay <= today ? firstDay : today, today);
    }
    case 'custom': {
      if (!custom) return fail('Choose a start and an end date.');
      if (!isDay(custom.from)) return fail(`The start date (${custom.from}) is not a real date.`);
      if (!isDay(custom.to)) return fail(`The end date (${custom.to}) is not a real date.`);
      if (custom.from > custom.to) return fail('The start date is after the end date.');
      if (custom.to > today) return fail('The end date is after today.');
      return ok(custom.from, custom.to);
    }
    default:
      return fail(`Unknown range "${String(preset)}".`);
  }
}

function ok(from: Day, to: Day): RangeResult {
  return { ok: true, range: { from, to } };
}

function fail(message: string): RangeResult {
  return { ok: false, message };
}

/** The same day-of-month `months` earlier, or the last day of that month when it is shorter (31 May → 28/29 Feb). */
export function monthsBefore(day: Day, months: number): Day {
  const { y, m, d } = civilFromDays(dayOrdinal(day));
  const index = y * 12 + (m - 1) - months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return ordinalDay(daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm))));
}
