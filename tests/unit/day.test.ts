// Day rules: calendar arithmetic never drifts, and late entries land on the day the person lived.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dayRange, daysBetween, isDay, journalDayOf, weekdayIndex } from '$shared/domain/day';

describe('calendar days', () => {
  test('isDay accepts real dates only', () => {
    for (const d of ['2024-02-29', '2026-12-31', '1999-01-01']) expect(isDay(d)).toBe(true);
    for (const d of [
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-11-31',
      '26-11-30',
      '2026-1-5',
      '2026-11-30T00:00',
      '',
      '2026-11-3O',
    ])
      expect(isDay(d)).toBe(false);
  });

  test('addDays and daysBetween are inverse, across leap years and month ends', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2150, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const e = addDays(d, n);
        return isDay(e) && daysBetween(d, e) === n && addDays(e, -n) === d;
      }),
    );
  });

  test('dayRange is contiguous and inclusive; weekdays cycle', () => {
    const range = dayRange('2024-02-27', '2024-03-02');
    expect(range).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(dayRange('2024-03-02', '2024-03-01')).toEqual([]);
    expect(weekdayIndex('2026-11-30')).toBe(0); // a Monday
    expect(weekdayIndex('2026-12-06')).toBe(6);
  });
});

describe.each(['Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC'])('journal day in %s', (zone) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  test('midnight day end: the local calendar date', () => {
    expect(journalDayOf(new Date(2026, 10, 30, 23, 59), 0)).toBe('2026-11-30');
    expect(journalDayOf(new Date(2026, 11, 1, 0, 0), 0)).toBe('2026-12-01');
  });

  test('a 3 am day end keeps 00:00-02:59 on the evening before, across a year end', () => {
    expect(journalDayOf(new Date(2027, 0, 1, 2, 59), 3)).toBe('2026-12-31');
    expect(journalDayOf(new Date(2027, 0, 1, 3, 0), 3)).toBe('2027-01-01');
  });

  test('daylight-saving nights: entries before the day end still belong to the day before', () => {
    // Spring forward and fall back nights of 2026 in the zones above (local times that exist).
    const nights: [number, number, number][] = [
      [2026, 2, 29],
      [2026, 9, 25],
      [2026, 2, 8],
      [2026, 10, 1],
      [2026, 3, 5],
      [2026, 9, 4],
    ];
    for (const [y, m, d] of nights) {
      const onDay = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const before = addDays(onDay, -1);
      expect(journalDayOf(new Date(y, m, d, 1, 30), 3)).toBe(before);
      expect(journalDayOf(new Date(y, m, d, 4, 0), 3)).toBe(onDay);
      expect(journalDayOf(new Date(y, m, d, 1, 30), 0)).toBe(onDay);
    }
  });

  test('property: the journal day is the local date, or the day before when earlier than the day end', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 0, max: 6 }),
        (moment, end) => {
          const local = `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
          const expected = moment.getHours() < end ? addDays(local, -1) : local;
          return journalDayOf(moment, end) === expected;
        },
      ),
    );
  });
});
