// The trend chart's configuration, built from a real trends.series answer: gaps must stay gaps whether the
// chart draws every day or a thinned line over ten years. Each line is a list of points with a null at every
// unlogged stretch and spanGaps off, so two points are joined only when every day between them was logged.
// Plus the calendar ticks of the x axis.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '$shared/domain/day';
import { dayOrdinal, ordinalDay } from '$shared/trends/calendar';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { LINE_SAMPLES, trendConfig } from '$components/trends/trendConfig';
import { dayTicks, type Palette } from '$lib/charts';
import { openTestJournal, type TestJournal } from '../helpers/journal';

const TODAY = '2026-11-30';
const colours: Palette = {
  text: '#1f2328',
  muted: '#545b64',
  border: '#d9d5cc',
  surface: '#ffffff',
  font: 'Inter',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
  phase: {
    baseline: 'rgba(120, 120, 120, 0.12)',
    elimination: 'rgba(0, 158, 115, 0.14)',
    reintroduction: 'rgba(213, 94, 0, 0.14)',
  },
};
type Point = { x: number; y: number | null };

/**
 * The line segments Chart.js draws (spanGaps off: consecutive non-null points) that cross an unlogged day,
 * and the points whose value is not the day's logged value. Both lists must be empty.
 */
function drawnWrongly(points: Point[], values: (number | null)[], first: number) {
  const crossings: string[] = [];
  const wrong: string[] = [];
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    if (p.y === null) continue;
    if (p.y !== values[p.x - first]) wrong.push(ordinalDay(p.x));
    const q = points[k - 1];
    if (!q || q.y === null) continue;
    for (let d = q.x + 1; d < p.x; d++)
      if (values[d - first] === null) crossings.push(`${ordinalDay(q.x)}..${ordinalDay(p.x)}`);
  }
  return { crossings, wrong };
}

describe('trend chart configuration', () => {
  let j: TestJournal;
  beforeAll(() => {
    j = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
    fillDemoJournal(j.app.ctx, { days: 3650, seed: 9, until: TODAY, missingShare: 0.1 });
  });
  afterAll(() => j.close());

  test('a short range draws every logged day, with a break at each unlogged one', async () => {
    const data = await j.value('trends.series', {
      measures: ['skinOverall', 'stress'],
      from: addDays(TODAY, -89),
      to: TODAY,
    });
    const config = trendConfig(data, colours);
    const [daily, rolling, overlayDaily] = config.data.datasets;
    const first = dayOrdinal(data.from);
    const values = data.series[0]!.values;
    const points = daily!.data as Point[];
    // Every logged day is there with its value; every unlogged day is a break or lies inside one.
    expect(points.filter((p) => p.y !== null).map((p) => p.x - first)).toEqual(
      values.flatMap((v, i) => (v === null ? [] : [i])),
    );
    expect(points.some((p) => p.y === null)).toBe(true);
    expect(drawnWrongly(points, values, first)).toEqual({ crossings: [], wrong: [] });
    expect(daily!.spanGaps).toBe(false);
    expect(rolling!.spanGaps).toBe(false);
    expect(overlayDaily!.yAxisID).toBe('y2');
    expect(config.options!.animation).toBe(false);
    expect(config.options!.parsing).toBe(false);
  });

  test('ten years are thinned to about the chart’s width, and no line crosses an unlogged day', async () => {
    const from = addDays(TODAY, -3649);
    const data = await j.value('trends.series', { measures: ['skinOverall', 'sleepHours'], from, to: TODAY });
    const config = trendConfig(data, colours);
    expect(config.options!.scales!.x).toMatchObject({ type: 'linear' });
    const first = dayOrdinal(from);
    for (const [k, dataset] of config.data.datasets.slice(0, 4).entries()) {
      const s = data.series[Math.floor(k / 2)]!;
      const values = k % 2 === 0 ? s.values : s.rolling;
      const points = dataset.data as Point[];
      const drawn = points.filter((p) => p.y !== null);
      expect(drawn.length, dataset.label).toBeLessThan(values.filter((v) => v !== null).length / 2);
      // The budget plus the ends of the runs between unlogged days.
      expect(drawn.length, dataset.label).toBeLessThanOrEqual(LINE_SAMPLES + 2 * (points.length - drawn.length + 1));
      expect(drawnWrongly(points, values, first), dataset.label).toEqual({ crossings: [], wrong: [] });
      expect(dataset.spanGaps).toBe(false);
    }

    // A logged day between two unlogged ones has no line to sit on, so it gets a dot of its own.
    const daily = config.data.datasets[0]!;
    const points = daily.data as Point[];
    const values = data.series[0]!.values;
    const radius = daily.pointRadius as number[];
    const isolated = values.findIndex((v, i) => v !== null && values[i - 1] === null && values[i + 1] === null);
    expect(isolated).toBeGreaterThan(0);
    expect(radius[points.findIndex((p) => p.x === first + isolated)]).toBeGreaterThan(0);
    const joined = points.findIndex((p, k) => p.y !== null && points[k - 1]?.y != null && points[k + 1]?.y != null);
    expect(radius[joined]).toBe(0);
  });
});

describe('calendar ticks on a day-number axis', () => {
  const o = (day: string) => dayOrdinal(day);
  const days = (values: number[]) => values.map(ordinalDay);

  test('two weeks tick every day; three months tick on Mondays', () => {
    expect(dayTicks(o('2026-11-17'), o('2026-11-30'), 14).values.length).toBe(14);
    const weeks = dayTicks(o('2026-08-31'), o('2026-11-30'), 14);
    expect(weeks.unit).toBe('week');
    expect(days(weeks.values).slice(0, 3)).toEqual(['2026-08-31', '2026-09-07', '2026-09-14']);
  });

  test('a year ticks on the first of each month; ten years on the first of January', () => {
    const months = dayTicks(o('2025-12-01'), o(TODAY), 13);
    expect(months.unit).toBe('month');
    expect(days(months.values)).toEqual([
      '2025-12-01',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`),
    ]);
    const years = dayTicks(o('2016-12-03'), o(TODAY), 13);
    expect(years.unit).toBe('year');
    expect(days(years.values)).toEqual(Array.from({ length: 10 }, (_, i) => `${2017 + i}-01-01`));
  });

  test('every tick lies inside the range', () => {
    for (const [from, to] of [
      ['2026-01-15', '2026-05-20'],
      ['2020-02-29', '2026-11-30'],
      ['2026-11-30', '2026-11-30'],
    ]) {
      const t = dayTicks(o(from!), o(to!), 10);
      expect(t.values.every((v) => v >= o(from!) && v <= o(to!))).toBe(true);
      expect(t.values.length).toBeLessThanOrEqual(14);
    }
  });
});
