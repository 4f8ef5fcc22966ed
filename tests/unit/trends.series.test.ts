// Series, smoothing, periods, completeness, summary and heat-map: the rules behind "a gap is a gap".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayRange, daysBetween, weekdayIndex } from '$shared/domain/day';
import { completeness, densify, heatmap, periodAverages, rollingMean, summary, type DayValue } from '$shared/trends';

/** Any day from 1950 to about 2100, built with day.ts so the generator does not share code with calendar.ts. */
const dayArb = fc.integer({ min: 0, max: 55_000 }).map((k) => addDays('1950-01-01', k));
const valueArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

/** Checked in plain code and asserted once: an expect per day makes the property runs needlessly slow. */
function expectContiguous(days: string[]) {
  const breaks = days.filter((d, i) => i > 0 && daysBetween(days[i - 1] as string, d) !== 1);
  expect(breaks).toEqual([]);
}

describe('densify', () => {
  it('puts null on days without a value and never zero', () => {
    const out = densify(
      [
        { day: '2025-03-01', value: 4 },
        { day: '2025-03-04', value: 0 },
      ],
      '2025-02-27',
      '2025-03-05',
    );
    expect(out).toEqual([
      { day: '2025-02-27', value: null },
      { day: '2025-02-28', value: null },
      { day: '2025-03-01', value: 4 },
      { day: '2025-03-02', value: null },
      { day: '2025-03-03', value: null },
      { day: '2025-03-04', value: 0 },
      { day: '2025-03-05', value: null },
    ]);
  });

  it('treats NaN and infinities as not logged and drops days outside the range', () => {
    const out = densify(
      [
        { day: '2024-01-01', value: NaN },
        { day: '2024-01-02', value: Infinity },
        { day: '2023-12-31', value: 5 },
        { day: '2024-01-04', value: 5 },
      ],
      '2024-01-01',
      '2024-01-03',
    );
    expect(out.map((p) => p.value)).toEqual([null, null, null]);
  });

  it('drops points whose day is not a real date instead of moving them to another day', () => {
    const out = densify(
      [
        { day: '2025-02-30', value: 7 },
        { day: '2025-03-01', value: 1 },
      ],
      '2025-02-27',
      '2025-03-02',
    );
    expect(out.map((p) => p.value)).toEqual([null, null, 1, null]);
  });

  it('is empty when the range is reversed and refuses non-days', () => {
    expect(densify([], '2024-01-02', '2024-01-01')).toEqual([]);
    expect(() => densify([], '2024-02-30', '2024-03-01')).toThrow(RangeError);
  });

  it('never invents a value: every value out was put in on that day, every logged day in range comes out (property)', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 120 }),
        fc.array(fc.tuple(fc.integer({ min: -10, max: 130 }), valueArb), { maxLength: 60 }),
        (from, span, raw) => {
          const to = addDays(from, span);
          const points = raw.map(([k, value]) => ({ day: addDays(from, k), value }));
          const out = densify(points, from, to);
          expect(out.length).toBe(span + 1);
          expect(out[0]?.day).toBe(from);
          expect(out[out.length - 1]?.day).toBe(to);
          expectContiguous(out.map((p) => p.day));
          const lastByDay = new Map<string, number | null>();
          for (const p of points) lastByDay.set(p.day, p.value);
          const invented = out.filter((p) => p.value !== (lastByDay.get(p.day) ?? null));
          expect(invented).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rollingMean', () => {
  it('gives the constant back for a constant series, whatever the gaps (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 14 }),
        (c, logged, window) => {
          const series = logged.map((on, i) => ({ day: addDays('2024-03-25', i), value: on ? c : null }));
          const minPoints = Math.max(1, Math.floor(window / 2));
          for (const p of rollingMean(series, window, minPoints)) {
            if (p.value !== null) expect(Math.abs(p.value - c)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(c)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('breaks the line where fewer than minPoints of the last 7 days hold a value', () => {
    const values = [1, 2, 3, null, null, null, 4, 5, null, null, null, null, null, 6];
    const series = values.map((value, i) => ({ day: addDays('2025-01-01', i), value }));
    const out = rollingMean(series).map((p) => p.value);
    expect(out.slice(0, 3)).toEqual([null, null, null]);
    expect(out[6]).toBe((1 + 2 + 3 + 4) / 4);
    expect(out[7]).toBe((2 + 3 + 4 + 5) / 4);
    expect(out[8]).toBeNull();
    expect(out[13]).toBeNull();
  });

  it('counts calendar days, not entries, when the input is sparse', () => {
    const sparse: DayValue[] = [
      { day: '2025-01-01', value: 10 },
      { day: '2025-01-02', value: 10 },
      { day: '2025-01-09', value: 1 },
      { day: '2025-01-10', value: 3 },
    ];
    expect(rollingMean(sparse, 7, 2).map((p) => p.value)).toEqual([null, 10, null, 2]);
  });

  it('rejects a bad window and unsorted days', () => {
    expect(() => rollingMean([], 0)).toThrow(RangeError);
    expect(() => rollingMean([], 7, 8)).toThrow(RangeError);
    expect(() =>
      rollingMean([
        { day: '2025-01-02', value: 1 },
        { day: '2025-01-01', value: 1 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('periodAverages', () => {
  it('lists empty weeks with mean null and n 0', () => {
    const series = densify(
      [
        { day: '2025-06-02', value: 2 },
        { day: '2025-06-04', value: 4 },
        { day: '2025-06-20', value: 9 },
      ],
      '2025-06-01',
      '2025-06-22',
    );
    expect(periodAverages(series, 'week')).toEqual([
      { key: '2025-W22', start: '2025-05-26', end: '2025-06-01', mean: null, n: 0 },
      { key: '2025-W23', start: '2025-06-02', end: '2025-06-08', mean: 3, n: 2 },
      { key: '2025-W24', start: '2025-06-09', end: '2025-06-15', mean: null, n: 0 },
      { key: '2025-W25', start: '2025-06-16', end: '2025-06-22', mean: 9, n: 1 },
    ]);
  });

  it('uses calendar months including a leap February', () => {
    const series = densify(
      [
        { day: '2024-02-29', value: 6 },
        { day: '2024-02-01', value: 2 },
      ],
      '2024-01-31',
      '2024-03-01',
    );
    expect(periodAverages(series, 'month')).toEqual([
      { key: '2024-01', start: '2024-01-01', end: '2024-01-31', mean: null, n: 0 },
      { key: '2024-02', start: '2024-02-01', end: '2024-02-29', mean: 4, n: 2 },
      { key: '2024-03', start: '2024-03-01', end: '2024-03-31', mean: null, n: 0 },
    ]);
  });

  it('covers every day exactly once and counts every value (property)', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.array(valueArb, { minLength: 1, maxLength: 150 }),
        fc.constantFrom('week' as const, 'month' as const),
        (from, values, kind) => {
          const series = values.map((value, i) => ({ day: addDays(from, i), value }));
          const periods = periodAverages(series, kind);
          const last = addDays(from, values.length - 1);
          expect((periods[0]?.start ?? '') <= from && (periods[periods.length - 1]?.end ?? '') >= last).toBe(true);
          for (let i = 1; i < periods.length; i++)
            expect(daysBetween(periods[i - 1]?.end as string, periods[i]?.start as string)).toBe(1);
          expect(periods.reduce((s, p) => s + p.n, 0)).toBe(values.filter((v) => v !== null).length);
          for (const p of periods) expect(p.mean === null).toBe(p.n === 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is empty for an empty series', () => {
    expect(periodAverages([], 'week')).toEqual([]);
  });
});

describe('completeness', () => {
  it('counts distinct logged days inside the range', () => {
    expect(
      completeness(['2025-01-01', '2025-01-01', '2025-01-03', '2024-12-31', '2025-01-11'], '2025-01-01', '2025-01-10'),
    ).toEqual({ logged: 2, total: 10, share: 0.2 });
  });
  it('is zero for an empty range and whole across a leap February', () => {
    expect(completeness(['2025-01-01'], '2025-01-02', '2025-01-01')).toEqual({ logged: 0, total: 0, share: 0 });
    expect(completeness(dayRange('2024-02-01', '2024-02-29'), '2024-02-01', '2024-02-29')).toEqual({
      logged: 29,
      total: 29,
      share: 1,
    });
  });
});

describe('summary', () => {
  it('states mean, range and the first-week to last-week change', () => {
    const values = [8, null, 7, 8, null, 6, 7, 5, 5, null, null, 4, null, 3, 2, 3, null, 2, 2, 1];
    const s = summary(values.map((value, i) => ({ day: addDays('2025-04-01', i), value })));
    const logged = values.filter((v): v is number => v !== null);
    expect(s.n).toBe(logged.length);
    expect(s.mean).toBeCloseTo(logged.reduce((a, b) => a + b, 0) / logged.length, 12);
    expect([s.min, s.max, s.firstDay, s.lastDay]).toEqual([1, 8, '2025-04-01', '2025-04-20']);
    expect(s.firstWeekMean).toBe((8 + 7 + 8 + 6 + 7) / 5);
    expect(s.lastWeekMean).toBe((3 + 2 + 3 + 2 + 2 + 1) / 6);
    expect(s.change).toBeCloseTo((3 + 2 + 3 + 2 + 2 + 1) / 6 - 7.2, 12);
  });
  it('has no change when the logged span is shorter than two weeks, and nothing for an empty series', () => {
    expect(
      summary([
        { day: '2025-01-01', value: 3 },
        { day: '2025-01-10', value: 5 },
      ]).change,
    ).toBeNull();
    expect(summary(densify([], '2025-01-01', '2025-01-31'))).toMatchObject({ n: 0, mean: null, change: null });
  });
});

describe('heatmap', () => {
  it('lays days out Monday-first in week columns with stated bins', () => {
    // 2025-01-01 was a Wednesday.
    const series = densify(
      [
        { day: '2025-01-01', value: 0 },
        { day: '2025-01-05', value: 10 },
        { day: '2025-01-06', value: 4 },
        { day: '2025-01-07', value: 7.9 },
      ],
      '2025-01-01',
      '2025-01-14',
    );
    const map = heatmap(series, '2025-01-01', '2025-01-14', { min: 0, max: 10 });
    expect(map.cells).toHaveLength(14);
    expect(map.weeks).toBe(3);
    expect(map.cells[0]).toEqual({ day: '2025-01-01', weekday: 2, weekIndex: 0, value: 0, level: 0 });
    expect(map.cells[4]).toEqual({ day: '2025-01-05', weekday: 6, weekIndex: 0, value: 10, level: 4 });
    expect(map.cells[5]).toEqual({ day: '2025-01-06', weekday: 0, weekIndex: 1, value: 4, level: 2 });
    expect(map.cells[6]?.level).toBe(3);
    expect(map.cells[1]).toMatchObject({ value: null, level: null });
    expect(map.bins.map((b) => [b.level, b.from, b.to])).toEqual([
      [0, 0, 2],
      [1, 2, 4],
      [2, 4, 6],
      [3, 6, 8],
      [4, 8, 10],
    ]);
  });

  it('bins a 0-10 score as 0-1 | 2-3 | 4-5 | 6-7 | 8-10', () => {
    const series = dayRange('2025-02-01', '2025-02-11').map((day, i) => ({ day, value: i }));
    expect(heatmap(series, '2025-02-01', '2025-02-11', { min: 0, max: 10 }).cells.map((c) => c.level)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4,
    ]);
  });

  it('matches day.ts for weekday and week column on any range, and shades a constant at the middle (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (from, span) => {
        const to = addDays(from, span);
        const map = heatmap(
          [
            { day: from, value: 3 },
            { day: to, value: 3 },
          ],
          from,
          to,
        );
        const mondayBefore = addDays(from, -weekdayIndex(from));
        const expected = dayRange(from, to).map((day) => ({
          day,
          weekday: weekdayIndex(day),
          weekIndex: Math.floor(daysBetween(mondayBefore, day) / 7),
          value: day === from || day === to ? 3 : null,
          level: day === from || day === to ? 2 : null,
        }));
        expect(map.cells).toEqual(expected);
        expect(map.weeks).toBe((map.cells[map.cells.length - 1]?.weekIndex ?? -1) + 1);
      }),
      { numRuns: 150 },
    );
  });
});
