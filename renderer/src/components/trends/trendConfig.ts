// The Chart.js configuration of the main trend chart, built from one trends.series answer and the current
// colours. Kept apart from the component so a range change only swaps data and options on one chart.
//
// Gaps: for ranges short enough to draw every day, unlogged days are null points and `spanGaps: false`
// breaks the line there. Long ranges are thinned by Chart.js's LTTB decimation, which adds a null y to its
// bucket averages as 0 — exactly the "gap read as zero" this screen must never draw. So for those the null
// days are left out of the data and the segment callback hides any segment that crosses an unlogged day.
import type { ChartConfiguration, ChartDataset, ScriptableLineSegmentContext, ScriptableContext, TooltipItem } from 'chart.js';
import { measureByKey, type Measure } from '../../../../shared/domain/measures';
import type { MeasureSeries, TrendSeries } from '../../../../shared/contract/trends';
import { dayOrdinal } from '../../../../shared/trends/calendar';
import { dayAxis, formatOrdinal, withAlpha, type Palette } from '../../lib/charts';
import { formatValue, unitOf } from './format';

/** Above this many days per line, decimation thins the lines to about DECIMATION_SAMPLES points. */
export const DECIMATION_THRESHOLD = 1000;
const DECIMATION_SAMPLES = 700;
/** Up to this many days, every daily value gets a visible dot. */
const DOTS_UP_TO = 120;
/** Beyond this many days the daily lines step back behind the averages. */
const LONG_FROM = 400;

type Point = { x: number; y: number | null; note?: string };

export function trendConfig(data: TrendSeries, colours: Palette): ChartConfiguration<'line', Point[]> {
  const first = dayOrdinal(data.from);
  const last = dayOrdinal(data.to);
  const days = last - first + 1;
  const thinned = days > DECIMATION_THRESHOLD;
  const datasets: ChartDataset<'line', Point[]>[] = [];
  data.series.forEach((s, k) => {
    const colour = colours.series[k === 0 ? 0 : 1]!;
    const axis = k === 0 ? 'y' : 'y2';
    // The overlay is dashed as well as differently coloured, so the two can be told apart without colour.
    const dash = k === 0 ? [] : [6, 4];
    const daily = linePoints(s.values, first, thinned);
    datasets.push({
      label: `${s.label}, daily`,
      data: daily.points,
      yAxisID: axis,
      // Over years the daily lines are a texture behind the averages: fainter, and undashed (dashes on a
      // line that turns every pixel only add noise).
      borderColor: withAlpha(colour, days > LONG_FROM ? 0.3 : 0.55),
      backgroundColor: colour,
      borderWidth: days > LONG_FROM ? 1 : 1.25,
      borderDash: days > LONG_FROM ? [] : dash,
      pointRadius: days <= DOTS_UP_TO ? 2.5 : (ctx: ScriptableContext<'line'>) => (daily.isolated((ctx.raw as Point | undefined)?.x ?? NaN) ? 2 : 0),
      pointHoverRadius: 4,
      spanGaps: false,
      segment: { borderColor: (ctx: ScriptableLineSegmentContext) => (daily.gapBetween(ctx.p0.parsed.x, ctx.p1.parsed.x) ? 'transparent' : undefined) },
    });
    const rolling = linePoints(s.rolling, first, thinned);
    datasets.push({
      label: `${s.label}, 7-day average`,
      data: rolling.points,
      yAxisID: axis,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: 2.75,
      borderDash: dash,
      pointRadius: 0,
      pointHoverRadius: 3,
      spanGaps: false,
      segment: { borderColor: (ctx: ScriptableLineSegmentContext) => (rolling.gapBetween(ctx.p0.parsed.x, ctx.p1.parsed.x) ? 'transparent' : undefined) },
    });
  });
  // Slips and supplement changes as points along the top (on their own hidden axis), where their tooltips
  // say what happened; shapes differ as well as colours.
  const slips = data.markers.slips.map((s) => ({ x: dayOrdinal(s.day), y: 0.96, note: `Slip in the ${s.trialName} trial: ${s.what}${s.amount ? ` (${s.amount})` : ''}` }));
  const changes = data.markers.supplements.map((s) => ({ x: dayOrdinal(s.day), y: 0.9, note: s.detail || `${s.kind === 'started' ? 'Started' : s.kind === 'stopped' ? 'Stopped' : 'Changed'} ${s.name}` }));
  for (const [label, points, colour, style] of [
    ['Supplement started, stopped or changed', changes, colours.series[2]!, 'rectRot'],
    ['Trial slip', slips, colours.series[3]!, 'triangle'],
  ] as const) {
    if (points.length === 0) continue;
    datasets.push({ label, data: points, yAxisID: 'markers', showLine: false, pointStyle: style, pointRadius: 6, pointHoverRadius: 8, backgroundColor: colour, borderColor: colours.text, borderWidth: 1 });
  }

  const primary = measureByKey(data.series[0]!.key);
  const overlay = data.series[1] ? measureByKey(data.series[1].key) : null;
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: dayAxis(first, last, colours, 13),
        y: valueAxis(primary, data.series[0]!, colours, 'left'),
        ...(overlay && data.series[1] ? { y2: { ...valueAxis(overlay, data.series[1], colours, 'right'), grid: { drawOnChartArea: false } } } : {}),
        markers: { type: 'linear', axis: 'y', display: false, min: 0, max: 1 },
      },
      plugins: {
        legend: { display: false },
        decimation: { enabled: thinned, algorithm: 'lttb', samples: DECIMATION_SAMPLES, threshold: DECIMATION_THRESHOLD },
        tooltip: {
          filter: (item) => (item.raw as Point).y !== null,
          callbacks: {
            title: (items) => (items[0] ? formatOrdinal((items[0].raw as Point).x) : ''),
            label: (item) => tooltipLine(item, data.series),
          },
        },
      },
    },
  };
}

function valueAxis(m: Measure, s: MeasureSeries, colours: Palette, position: 'left' | 'right') {
  // Scales and stool form keep their whole range so a calm month does not look dramatic; open-ended counts,
  // minutes and hours fit the data from zero.
  const fixed = m.kind === 'scale' || m.kind === 'stool';
  return {
    type: 'linear' as const,
    position,
    min: fixed ? m.min : 0,
    max: fixed ? m.max : undefined,
    suggestedMax: fixed ? undefined : Math.max(1, s.max ?? 1),
    title: { display: true, text: axisTitle(m), color: colours.muted },
    ticks: { color: colours.muted, precision: m.step < 1 ? undefined : 0 },
    grid: { color: colours.border },
    border: { display: false },
  };
}

/** The axis name, with its unit, or for 0-10 scales which end is the bad one (it differs between measures). */
export function axisTitle(m: Measure): string {
  const unit = unitOf(m);
  if (unit) return `${m.label} (${unit})`;
  if (m.kind === 'scale') return `${m.label} (higher is ${m.higherIsWorse ? 'worse' : 'better'})`;
  return m.label;
}

function tooltipLine(item: TooltipItem<'line'>, series: MeasureSeries[]): string {
  const raw = item.raw as Point;
  if (raw.note) return raw.note;
  const index = Math.floor(item.datasetIndex / 2);
  const s = series[index];
  if (!s || raw.y === null) return '';
  const m = measureByKey(s.key);
  return item.datasetIndex % 2 === 0 ? `${s.label}: ${formatValue(raw.y, m)}` : `${s.label}, 7-day average: ${raw.y.toFixed(1)}`;
}

/** Points for one line plus the questions the scriptable options ask about gaps, answered from prefix sums. */
function linePoints(values: (number | null)[], first: number, dropNulls: boolean) {
  const n = values.length;
  // missing[i] = unlogged days among the first i days.
  const missing = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) missing[i + 1] = missing[i]! + (values[i] === null ? 1 : 0);
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const y = values[i]!;
    if (y !== null || !dropNulls) points.push({ x: first + i, y });
  }
  const loggedAt = (x: number) => x >= first && x < first + n && values[x - first] !== null;
  return {
    points,
    /** True when a day strictly between two drawn points was not logged. */
    gapBetween: (a: number | null, b: number | null) => a !== null && b !== null && b - a > 1 && missing[b - first]! - missing[a - first + 1]! > 0,
    /** A logged day with unlogged days on both sides would vanish as a line; it gets a dot instead. */
    isolated: (x: number) => loggedAt(x) && !loggedAt(x - 1) && !loggedAt(x + 1),
  };
}
