// The daily reminder: at most once per journal day, at the person's chosen time, and only while that day's
// check-in is still empty. The decision is a pure function of the clock and the journal; the glue below only
// reads the journal, shows the notification and remembers the day, so all of it runs under Node in tests.
import type { CheckIn } from '$shared/domain/checkIn';
import { addDays, isDay, journalDayOf, type Day } from '$shared/domain/day';
import { MEASURE_KEYS } from '$shared/domain/measures';

export const REMINDER_TITLE = 'Axis';
export const REMINDER_BODY = 'How was your skin today? Your check-in takes under a minute.';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes of wall-clock time since the start of the calendar date that names the journal day: 21:00 is
 * 1260; with a day that ends at 3 am, 01:30 the next morning is 1530. Wall-clock (not elapsed) minutes, so
 * a daylight-saving jump moves nothing: a 02:30 reminder on the night clocks skip from 02:00 to 03:00 is due
 * at 03:00, and on the night 01:30 happens twice it is shown once (the day is remembered).
 */
function journalMinutes(moment: Date, today: Day): number | null {
  const minutes = moment.getHours() * 60 + moment.getMinutes();
  const calendar = journalDayOf(moment, 0); // the plain local calendar date
  if (calendar === today) return minutes;
  if (calendar === addDays(today, 1)) return 24 * 60 + minutes;
  return null; // the caller's "today" does not belong to this moment
}

export interface ReminderInput {
  now: Date;
  /** 'HH:MM' local time, or null when the person wants no reminder. */
  reminderTime: string | null;
  /** 0 = midnight; 3 = entries before 3 am belong to the day before (settings.dayEndsAtHour). */
  dayEndsAtHour: number;
  /** The journal day the reminder was last shown for, or null. */
  lastShownDay: Day | null;
  /** The journal day `now` belongs to (journalDayOf(now, dayEndsAtHour)). */
  today: Day;
  /** Today's check-in already holds something the person entered. */
  checkInDone: boolean;
}

/** Whether to show the reminder now. */
export function nextReminderDue({
  now,
  reminderTime,
  dayEndsAtHour,
  lastShownDay,
  today,
  checkInDone,
}: ReminderInput): boolean {
  if (reminderTime === null || checkInDone || lastShownDay === today) return false;
  const time = TIME.exec(reminderTime);
  if (!time) return false;
  const hour = Number(time[1]);
  // A reminder set before the day-end hour (00:30 when days end at 3 am) belongs to the small hours that
  // close the journal day, not to its start.
  const due = (hour < dayEndsAtHour ? 24 * 60 : 0) + hour * 60 + Number(time[2]);
  const elapsed = journalMinutes(now, today);
  return elapsed !== null && elapsed >= due;
}

/**
 * A day counts as checked in once it holds a measure or a note. Supplements alone do not count: they can be
 * copied from yesterday with one click, without the person saying how their skin is.
 */
export function isCheckInDone(checkIn: CheckIn | null): boolean {
  if (!checkIn) return false;
  if (checkIn.notes !== undefined && checkIn.notes.trim() !== '') return true;
  return MEASURE_KEYS.some((key) => checkIn[key] !== null && checkIn[key] !== undefined);
}

/** The remembered day, read leniently: a damaged or foreign file just means "not shown yet". */
export function parseReminderState(text: string | null): { lastShownDay: Day | null } {
  if (text === null) return { lastShownDay: null };
  try {
    const value = (JSON.parse(text) as { lastShownDay?: unknown }).lastShownDay;
    return { lastShownDay: typeof value === 'string' && isDay(value) ? value : null };
  } catch {
    return { lastShownDay: null };
  }
}

export function serializeReminderState(lastShownDay: Day): string {
  return `${JSON.stringify({ lastShownDay })}\n`;
}

/** What the clock needs from the open journal; null when reminders do not apply (the demo journal is open). */
export interface JournalSnapshot {
  reminderTime: string | null;
  dayEndsAtHour: number;
  today: Day;
  checkInDone: boolean;
}

export interface ReminderDeps {
  now(): Date;
  readJournal(now: Date): JournalSnapshot | null;
  lastShownDay(): Day | null;
  remember(day: Day): void;
  /** Shows the notification; `onClick` runs when the person clicks it. */
  notify(title: string, body: string, onClick: () => void): void;
  /** Bring the window forward on today's check-in. */
  openToday(day: Day): void;
}

/** One minute's check: shows the reminder when due and remembers the day. Returns whether it showed. */
export function reminderTick(deps: ReminderDeps): boolean {
  const now = deps.now();
  const journal = deps.readJournal(now);
  if (!journal) return false;
  const due = nextReminderDue({ now, ...journal, lastShownDay: deps.lastShownDay() });
  if (!due) return false;
  // Remembered before showing: if the notification system fails, the person is not asked every minute.
  deps.remember(journal.today);
  deps.notify(REMINDER_TITLE, REMINDER_BODY, () => deps.openToday(journal.today));
  return true;
}
