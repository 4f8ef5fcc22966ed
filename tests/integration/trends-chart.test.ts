// The trend chart's configuration, built from a real trends.series answer: gaps must stay gaps whether
// Chart.js draws every day (null points, spanGaps off) or thins ten years with LTTB (nulls left out, and the
// segment callback hides every segment that crosses an unlogged day). Plus the calendar ticks of the x axis.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScriptableContext, ScriptableLineSegmentContext } from 'chart.js';
import { addDays } from '../../shared/domain/day';
import { dayOrdinal, ordinalDay } from '../../shared/trends/calendar';
import { fillDemoJournal } from '../../electron/services/demo';
import { DECIMATION_THRESHOLD, trendConfig } from '../../renderer/src/components/trends/trendConfig';
import { dayTicks, type Palette } from '../../renderer/src/lib/charts';
import { openTestJournal, type TestJournal } from '../helpers/journal';

const TODAY = '2026-11-30';
const colours: Palette = {
  text: '#1f2328', muted: '#545b64', border: '#d9d5cc', surface: '#ffffff', font: 'Inter',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
  phase: { baseline: 'rgba(120, 120, 120, 0.12)', elimination: 'rgba(0, 158, 115, 0.14)', reintroduction: 'rgba(213, 94, 0, 0.14)' },
};
type Point = { x: number; y: number | null };

describe('trend chart configuration', () => {
  let j: TestJournal;
  beforeAll(() => {
    j = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
    fillDemoJournal(j.app.ctx, { days: 3650, seed: 9, until: TODAY, missingShare: 0.1 });
  });
  afterAll(() => j.close());

  test('a short range draws every day, unlogged ones as null points with spanGaps off', async () => {
    const data = await j.value('trends.series', { measures: ['skinOverall', 'stress'], from: addDays(TODAY, -89), to: TODAY });
    const config = trendConfig(data, colours);
    const [daily, rolling, overlayDaily] = config.data.datasets;
    expect(daily!.data.length).toBe(90);
    expect((daily!.data as Point[]).map((p) => p.y)).toEqual(data.series[0]!.values);
    expect((daily!.data as Point[]).some((p) => p.y === null)).toBe(true);
    expect(daily!.spanGaps).toBe(false);
    expect(rolling!.spanGaps).toBe(false);
    expect(overlayDaily!.yAxisID).toBe('y2');
    expect(config.options!.plugins!.decimation!.enabled).toBe(false);
    expect(config.options!.animation).toBe(false);
    expect(config.options!.parsing).toBe(false);
  });

  test('ten years are decimated with LTTB on numeric x, and no segment is drawn across an unlogged day', async () => {
    const from = addDays(TODAY, -3649);
    const data = await j.value('trends.series', { measures: ['skinOverall'], from, to: TODAY });
    const config = trendConfig(data, colours);
    expect(3650).toBeGreaterThan(DECIMATION_THRESHOLD);
    expect(config.options!.plugins!.decimation).toMatchObject({ enabled: true, algorithm: 'lttb' });
    expect(config.options!.scales!.x).toMatchObject({ type: 'linear' });
    const daily = config.data.datasets[0]!;
    const points = daily.data as Point[];
    // LTTB would add a null y to its averages as 0, so nulls are left out rather than drawn as zeros.
    expect(points.every((p) => p.y !== null && typeof p.x === 'number')).toBe(true);
    expect(points.length).toBe(data.series[0]!.logged);

    const hide = (daily.segment as { borderColor: (ctx: ScriptableLineSegmentContext) => string | undefined }).borderColor;
    const segment = (a: number, b: number) => hide({ p0: { parsed: { x: a } }, p1: { parsed: { x: b } } } as unknown as ScriptableLineSegmentContext);
    const values = data.series[0]!.values;
    const first = dayOrdinal(from);
    let checked = 0;
    // Every pair of logged days a decimated line might join: hidden exactly when a day between was unlogged.
    for (let a = 0; a < values.length && checked < 4000; a++) {
      if (values[a] === null) continue;
      for (let b = a + 1; b < Math.min(values.length, a + 12); b++) {
        if (values[b] === null) continue;
        const gap = values.slice(a + 1, b).some((v) => v === null);
        expect(segment(first + a, first + b)).toBe(gap ? 'transparent' : undefined);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);

    // A logged day between two unlogged ones has no line to sit on, so it gets a dot of its own.
    const radius = daily.pointRadius as (ctx: ScriptableContext<'line'>) => number;
    const isolated = values.findIndex((v, i) => v !== null && values[i - 1] === null && values[i + 1] === null);
    expect(isolated).toBeGreaterThan(0);
    expect(radius({ raw: { x: first + isolated, y: values[isolated] } } as unknown as ScriptableContext<'line'>)).toBeGreaterThan(0);
    const joined = values.findIndex((v, i) => i > 0 && v !== null && values[i - 1] !== null && values[i + 1] !== null);
    expect(radius({ raw: { x: first + joined, y: values[joined] } } as unknown as ScriptableContext<'line'>)).toBe(0);
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
    expect(days(months.values)).toEqual(['2025-12-01', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`)]);
    const years = dayTicks(o('2016-12-03'), o(TODAY), 13);
    expect(years.unit).toBe('year');
    expect(days(years.values)).toEqual(Array.from({ length: 10 }, (_, i) => `${2017 + i}-01-01`));
  });

  test('every tick lies inside the range', () => {
    for (const [from, to] of [['2026-01-15', '2026-05-20'], ['2020-02-29', '2026-11-30'], ['2026-11-30', '2026-11-30']]) {
      const t = dayTicks(o(from!), o(to!), 10);
      expect(t.values.every((v) => v >= o(from!) && v <= o(to!))).toBe(true);
      expect(t.values.length).toBeLessThanOrEqual(14);
    }
  });
});
