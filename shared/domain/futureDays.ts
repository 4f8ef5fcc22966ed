// How far ahead a check-in may be dated: today and tomorrow by the person's day-end setting (someone writing
// just after midnight, a clock a little off), never later. Trials already refuse future days; a check-in
// from 2199 is a typo or a broken file, and it would sit at the end of every chart.
import { addDays, type Day } from './day';

export const hourWords = (hour: number): string =>
  hour === 0 ? 'midnight' : hour === 12 ? 'noon' : hour < 12 ? `${hour} am` : `${hour - 12} pm`;

/** The last day a check-in may be dated, given today. */
export const latestLoggableDay = (today: Day): Day => addDays(today, 1);

/** Null when the day may be logged; else why not, as a sentence fragment that starts with the day. */
export function futureDayProblem(day: Day, today: Day, dayEndsAtHour: number): string | null {
  if (day <= latestLoggableDay(today)) return null;
  const end = dayEndsAtHour === 0 ? 'at midnight' : `at ${hourWords(dayEndsAtHour)}`;
  return `${day} is more than a day ahead of today (${today}, by your day ending ${end}): Axis takes entries up to tomorrow`;
}
