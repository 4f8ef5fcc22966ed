// Ranges and the integer calendar: days are calendar days, whatever the clock, the time zone or the year.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayRange, daysBetween, isDay, weekdayIndex } from '$shared/domain/day';
import { realDayOrdinalAt } from '$shared/trends/calendar';
import {
  dayOrdinal,
  daysFrom,
  densify,
  isoWeekKey,
  monthsBefore,
  ordinalDay,
  ordinalWeekday,
  rangePreset,
  type RangePreset,
} from '$shared/trends';

/** Any day from 1950 to about 2100, built with day.ts so the generator does not share code with calendar.ts. */
const dayArb = fc.integer({ min: 0, max: 55_000 }).map((k) => addDays('1950-01-01', k));

function expectContiguous(days: string[]) {
  const breaks = days.filter((d, i) => i > 0 && daysBetween(days[i - 1] as string, d) !== 1);
  expect(breaks).toEqual([]);
}

describe('integer calendar agrees with day.ts', () => {
  it('ordinals, weekdays and round trips match for any day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -4000, max: 4000 }), (day, k) => {
        const other = addDays(day, k);
        expect(dayOrdinal(other) - dayOrdinal(day)).toBe(daysBetween(day, other));
        expect(ordinalDay(dayOrdinal(day))).toBe(day);
        expect(ordinalWeekday(dayOrdinal(day))).toBe(weekdayIndex(day));
      }),
      { numRuns: 500 },
    );
  });

  it('reads days packed into one string at any offset, and refuses what is not a real calendar day', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 20 }), fc.string({ maxLength: 3 }), (days, prefix) => {
        const packed = prefix + days.join('');
        expect(days.map((_, i) => realDayOrdinalAt(packed, prefix.length + 10 * i))).toEqual(days.map(dayOrdinal));
      }),
      { numRuns: 200 },
    );
    // Strings that look like days but are not: isDay (day.ts, through Date) agrees that each is refused.
    for (const bad of [
      '2025-02-29',
      '2024-02-30',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1a-01',
      '2025/01/01',
      '+025-01-01',
      '2025-01-0',
    ]) {
      expect(isDay(bad), bad).toBe(false);
      expect(realDayOrdinalAt(bad, 0), bad).toBeNaN();
    }
    expect(realDayOrdinalAt('2024-02-29', 0)).toBe(dayOrdinal('2024-02-29'));
  });

  it('counts days forward exactly as dayRange does, across month ends, leap days and centuries (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 800 }), (day, count) => {
        expect(daysFrom(dayOrdinal(day), count)).toEqual(count === 0 ? [] : dayRange(day, addDays(day, count - 1)));
      }),
      { numRuns: 200 },
    );
    expect(daysFrom(dayOrdinal('2099-12-30'), 3)).toEqual(['2099-12-30', '2099-12-31', '2100-01-01']);
    expect(daysFrom(dayOrdinal('2100-02-28'), 2)).toEqual(['2100-02-28', '2100-03-01']);
  });

  it('names ISO weeks at year ends the way ISO 8601 does', () => {
    const key = (day: string) => isoWeekKey(dayOrdinal(day) - ordinalWeekday(dayOrdinal(day)));
    expect(key('2021-01-03')).toBe('2020-W53');
    expect(key('2020-12-31')).toBe('2020-W53');
    expect(key('2026-01-01')).toBe('2026-W01');
    expect(key('2025-12-29')).toBe('2026-W01');
    expect(key('2024-12-30')).toBe('2025-W01');
    expect(key('2027-01-01')).toBe('2026-W53');
  });
});

describe('rangePreset', () => {
  const range = (
    preset: RangePreset,
    today: string,
    firstDay: string | null = null,
    custom?: { from: string; to: string },
  ) => {
    const r = rangePreset(preset, today, firstDay, custom);
    if (!r.ok) throw new Error(r.message);
    return r.range;
  };

  it('gives fixed-length windows ending today', () => {
    expect(range('2w', '2025-03-10')).toEqual({ from: '2025-02-25', to: '2025-03-10' });
    expect(range('30d', '2025-03-10')).toEqual({ from: '2025-02-09', to: '2025-03-10' });
    expect(range('3m', '2025-06-15')).toEqual({ from: '2025-03-16', to: '2025-06-15' });
    expect(range('3m', '2025-05-31')).toEqual({ from: '2025-03-01', to: '2025-05-31' });
    expect(range('1y', '2025-06-15')).toEqual({ from: '2024-06-16', to: '2025-06-15' });
    expect(range('all', '2025-06-15', '2023-01-09')).toEqual({ from: '2023-01-09', to: '2025-06-15' });
    expect(range('all', '2025-06-15')).toEqual({ from: '2025-06-15', to: '2025-06-15' });
    expect(range('custom', '2025-06-15', null, { from: '2025-01-01', to: '2025-02-01' })).toEqual({
      from: '2025-01-01',
      to: '2025-02-01',
    });
  });

  it('handles leap days: a year back from 29 February spans 366 days, 3 months from 31 May lands on 1 March', () => {
    const leap = range('1y', '2024-02-29');
    expect(leap.from).toBe('2023-03-01');
    expect(dayRange(leap.from, leap.to)).toHaveLength(366);
    const plain = range('1y', '2025-03-01');
    expect(dayRange(plain.from, plain.to)).toHaveLength(365);
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
    expect(monthsBefore('2025-01-15', 13)).toBe('2023-12-15');
  });

  it('refuses bad custom ranges with a sentence', () => {
    const bad = (custom: { from: string; to: string } | undefined, today = '2025-06-15') => {
      const r = rangePreset('custom', today, null, custom);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.message;
    };
    expect(bad(undefined)).toMatch(/start and an end/);
    expect(bad({ from: '2025-02-30', to: '2025-03-01' })).toMatch(/not a real date/);
    expect(bad({ from: '2025-03-02', to: '2025-03-01' })).toMatch(/after the end/);
    expect(bad({ from: '2025-03-02', to: '2025-07-01' })).toMatch(/after today/);
    expect(rangePreset('2w', '2025-13-01', null).ok).toBe(false);
    expect(rangePreset('all', '2025-06-15', 'yesterday').ok).toBe(false);
  });

  describe('across daylight-saving changes and leap years, in several time zones', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
    });
    const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kolkata', 'UTC'];
    const tricky = [
      '2025-03-30',
      '2025-03-31',
      '2025-03-09',
      '2025-03-10',
      '2025-10-26',
      '2025-11-02',
      '2024-02-29',
      '2024-03-01',
      '2011-12-31',
      '2000-02-29',
      '2100-03-01',
    ];

    for (const tz of zones) {
      it(`every preset is a run of contiguous days (TZ=${tz})`, () => {
        process.env.TZ = tz;
        const check = (today: string, preset: RangePreset) => {
          const r = range(preset, today, '1999-12-25', { from: addDays(today, -40), to: today });
          const days = dayRange(r.from, r.to);
          expect(days.every(isDay)).toBe(true);
          expect(days.length).toBe(daysBetween(r.from, r.to) + 1);
          expectContiguous(days);
          expect(densify([], r.from, r.to).map((p) => p.day)).toEqual(days);
        };
        for (const today of tricky) for (const preset of ['2w', '3m', '1y', 'custom'] as const) check(today, preset);
        fc.assert(
          fc.property(dayArb, fc.constantFrom<RangePreset>('2w', '3m', '1y', 'custom'), (today, preset) =>
            check(today, preset),
          ),
          { numRuns: 60 },
        );
        check('2025-06-15', 'all');
      });
    }
  });
});
