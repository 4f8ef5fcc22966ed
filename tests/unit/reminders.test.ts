// The daily reminder (electron/main/reminders.ts): once per journal day, at the chosen wall-clock time, only while
// the day's check-in is empty, honouring the day-end hour and daylight-saving changes (Europe/London here).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '$shared/domain/checkIn';
import { journalDayOf } from '$shared/domain/day';
import {
  REMINDER_BODY,
  REMINDER_TITLE,
  isCheckInDone,
  nextReminderDue,
  parseReminderState,
  reminderTick,
  serializeReminderState,
  type ReminderInput,
} from '../../electron/main/reminders';

const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

/** A local wall-clock moment in the test's time zone. */
const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi);

function due(now: Date, reminderTime: string | null, dayEndsAtHour = 0, extra: Partial<ReminderInput> = {}): boolean {
  return nextReminderDue({
    now,
    reminderTime,
    dayEndsAtHour,
    lastShownDay: null,
    today: journalDayOf(now, dayEndsAtHour),
    checkInDone: false,
    ...extra,
  });
}

describe('nextReminderDue', () => {
  it('is never due without a reminder time, or with a malformed one', () => {
    expect(due(at(2025, 6, 10, 23), null)).toBe(false);
    for (const t of ['25:00', '9:00', '21:60', '', '21h00']) expect(due(at(2025, 6, 10, 23), t), t).toBe(false);
  });

  it('is due from the reminder time to the end of the journal day', () => {
    expect(due(at(2025, 6, 10, 20, 59), '21:00')).toBe(false);
    expect(due(at(2025, 6, 10, 21, 0), '21:00')).toBe(true);
    expect(due(at(2025, 6, 10, 23, 59), '21:00')).toBe(true);
    // Midnight starts a new journal day, whose reminder is not due until 21:00.
    expect(due(at(2025, 6, 11, 0, 5), '21:00')).toBe(false);
  });

  it('shows once per journal day', () => {
    const now = at(2025, 6, 10, 21, 30);
    expect(due(now, '21:00', 0, { lastShownDay: '2025-06-10' })).toBe(false);
    expect(due(now, '21:00', 0, { lastShownDay: '2025-06-09' })).toBe(true);
  });

  it('is not due once the day holds a check-in', () => {
    expect(due(at(2025, 6, 10, 22), '21:00', 0, { checkInDone: true })).toBe(false);
  });

  it('keeps reminding after midnight while the journal day has not ended (day ends at 3 am)', () => {
    // 01:30 on the 11th still belongs to the 10th.
    expect(journalDayOf(at(2025, 6, 11, 1, 30), 3)).toBe('2025-06-10');
    expect(due(at(2025, 6, 11, 1, 30), '21:00', 3)).toBe(true);
    expect(due(at(2025, 6, 11, 1, 30), '21:00', 3, { lastShownDay: '2025-06-10' })).toBe(false);
    // From 03:00 the journal day is the 11th.
    expect(due(at(2025, 6, 11, 3, 0), '21:00', 3)).toBe(false);
  });

  it('places a reminder set in the small hours at the end of its journal day', () => {
    // Days end at 3 am, reminder 02:00: due at 02:00 the next calendar morning, not at the day's start.
    expect(due(at(2025, 6, 10, 23, 0), '02:00', 3)).toBe(false);
    expect(due(at(2025, 6, 11, 1, 59), '02:00', 3)).toBe(false);
    expect(due(at(2025, 6, 11, 2, 0), '02:00', 3)).toBe(true);
    // With days ending at midnight, 00:30 is early in the day itself.
    expect(due(at(2025, 6, 10, 0, 29), '00:30', 0)).toBe(false);
    expect(due(at(2025, 6, 10, 0, 30), '00:30', 0)).toBe(true);
  });

  it('refuses a "today" that does not belong to the moment', () => {
    expect(
      nextReminderDue({
        now: at(2025, 6, 10, 22),
        reminderTime: '21:00',
        dayEndsAtHour: 0,
        lastShownDay: null,
        today: '2025-06-01',
        checkInDone: false,
      }),
    ).toBe(false);
  });

  describe('daylight saving (Europe/London)', () => {
    it('the test really runs with a daylight-saving time zone', () => {
      expect(at(2025, 1, 15, 12).getTimezoneOffset()).toBe(0);
      expect(at(2025, 7, 15, 12).getTimezoneOffset()).toBe(-60);
    });

    it('spring forward: a reminder in the skipped hour is due when the clock reaches the next hour', () => {
      // 30 March 2025: 01:00 GMT jumps to 02:00 BST; 01:30 never appears on the clock.
      const before = new Date(Date.UTC(2025, 2, 30, 0, 59)); // 00:59 GMT
      const after = new Date(Date.UTC(2025, 2, 30, 1, 0)); // 02:00 BST
      expect(after.getHours()).toBe(2);
      expect(due(before, '01:30')).toBe(false);
      expect(due(after, '01:30')).toBe(true);
    });

    it('fall back: a reminder at a time that happens twice is shown once', () => {
      // 26 October 2025: 02:00 BST goes back to 01:00 GMT; 01:30 happens twice.
      const first = new Date(Date.UTC(2025, 9, 26, 0, 30)); // 01:30 BST
      const second = new Date(Date.UTC(2025, 9, 26, 1, 30)); // 01:30 GMT
      expect(first.getHours()).toBe(1);
      expect(second.getHours()).toBe(1);
      expect(due(first, '01:30')).toBe(true);
      expect(due(second, '01:30', 0, { lastShownDay: journalDayOf(first, 0) })).toBe(false);
    });

    it('an evening reminder is unaffected by the change of offset that morning', () => {
      expect(due(at(2025, 3, 30, 20, 59), '21:00')).toBe(false);
      expect(due(at(2025, 3, 30, 21, 0), '21:00')).toBe(true);
      expect(due(at(2025, 10, 26, 21, 0), '21:00')).toBe(true);
    });

    it('day ending at 3 am across fall back: the repeated hour still belongs to the evening before', () => {
      const repeated = new Date(Date.UTC(2025, 9, 26, 1, 30)); // 01:30 GMT, second time round
      expect(journalDayOf(repeated, 3)).toBe('2025-10-25');
      expect(due(repeated, '22:00', 3)).toBe(true);
    });
  });
});

function checkIn(values: Partial<CheckIn>): CheckIn {
  return {
    day: '2025-06-10',
    updatedAt: '2025-06-10T20:00:00.000Z',
    notes: '',
    bodyAreas: [],
    supplements: [],
    exerciseKind: null,
    ...values,
  } as CheckIn;
}

describe('isCheckInDone', () => {
  it('is false for a missing or empty day', () => {
    expect(isCheckInDone(null)).toBe(false);
    expect(isCheckInDone(checkIn({}))).toBe(false);
    expect(isCheckInDone(checkIn({ notes: '   \n' }))).toBe(false);
  });

  it('does not count supplements copied from yesterday as a check-in', () => {
    expect(isCheckInDone(checkIn({ supplements: [{ supplementId: 1, dose: 1, unit: 'g' }] }))).toBe(false);
  });

  it('is true once a measure or a note is there (zero is a value)', () => {
    expect(isCheckInDone(checkIn({ skinOverall: 4 }))).toBe(true);
    expect(isCheckInDone(checkIn({ newSpots: 0 }))).toBe(true);
    expect(isCheckInDone(checkIn({ notes: 'Itchy after dinner' }))).toBe(true);
  });
});

describe('remembering the day', () => {
  it('round-trips and reads damage as "not shown"', () => {
    expect(parseReminderState(serializeReminderState('2025-06-10'))).toEqual({ lastShownDay: '2025-06-10' });
    for (const text of [
      null,
      '',
      '{',
      '[]',
      '{"lastShownDay":42}',
      '{"lastShownDay":"2025-02-30"}',
      '{"lastShownDay":"yesterday"}',
    ]) {
      expect(parseReminderState(text), String(text)).toEqual({ lastShownDay: null });
    }
  });
});

describe('reminderTick', () => {
  function deps(overrides: { checkInDone?: boolean; journal?: null } = {}) {
    let last: string | null = null;
    const order: string[] = [];
    const clicks: (() => void)[] = [];
    const d = {
      now: () => at(2025, 6, 10, 21, 5),
      readJournal: () =>
        overrides.journal === null
          ? null
          : {
              reminderTime: '21:00',
              dayEndsAtHour: 0,
              today: '2025-06-10',
              checkInDone: overrides.checkInDone ?? false,
            },
      lastShownDay: () => last,
      remember: vi.fn((day: string) => {
        order.push('remember');
        last = day;
      }),
      notify: vi.fn((_title: string, _body: string, onClick: () => void) => {
        order.push('notify');
        clicks.push(onClick);
      }),
      openToday: vi.fn(),
    };
    return { d, order, clicks };
  }

  it('shows the reminder once, remembering the day first, and opens today on click', () => {
    const { d, order, clicks } = deps();
    expect(reminderTick(d)).toBe(true);
    expect(reminderTick(d)).toBe(false);
    expect(order).toEqual(['remember', 'notify']);
    expect(d.notify).toHaveBeenCalledWith(REMINDER_TITLE, REMINDER_BODY, expect.any(Function));
    expect(REMINDER_BODY).toBe('How was your skin today? Your check-in takes under a minute.');
    clicks[0]!();
    expect(d.openToday).toHaveBeenCalledWith('2025-06-10');
  });

  it('stays quiet when the day is done or no journal applies (demo)', () => {
    for (const o of [{ checkInDone: true }, { journal: null }] as const) {
      const { d } = deps(o);
      expect(reminderTick(d)).toBe(false);
      expect(d.notify).not.toHaveBeenCalled();
      expect(d.remember).not.toHaveBeenCalled();
    }
  });
});
