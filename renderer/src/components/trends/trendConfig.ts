// The Chart.js configuration of the main trend chart, built from one trends.series answer and the current
// colours. Kept apart from the component so a range change only swaps data and options on one chart.
//
// Gaps: every line is a list of points with a null at each unlogged stretch, and `spanGaps: false` breaks
// the line there. Long ranges are thinned before Chart.js sees them (shared/trends/thin: LTTB within each
// run of logged days), so a gap is never averaged in as zero nor bridged, and every option stays a plain
// value that Chart.js resolves once per line rather than once per point or segment.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { measureByKey, type Measure, type MeasureKey } from '$shared/domain/measures';
import type { MeasureSeries, TrendSeries } from '$shared/contract/trends';
import { dayOrdinal } from '$shared/trends/calendar';
import { thinLine } from '$shared/trends/thin';
import { dayAxis, withAlpha, type Palette } from '$lib/charts';
import { formatOrdinal } from '$lib/format';
import { formatValue, regimenMarkers, slipText, supplementText, unitOf } from './format';

/** About this many points per line at most: more than the chart has pixels across, so the shape is kept. */
export const LINE_SAMPLES = 800;
/** Up to this many days, every daily value gets a visible dot. */
const DOTS_UP_TO = 120;
/** Beyond this many days the daily lines step back behind the averages. */
const LONG_FROM = 400;

type Point = { x: number; y: number | null; note?: string };

/** `measureOf` describes each series' measure; the Trends screen passes one that knows the person's own items. */
export function trendConfig(
  data: TrendSeries,
  colours: Palette,
  measureOf: (key: string) => Measure = (key) => measureByKey(key as MeasureKey),
): ChartConfiguration<'line', Point[]> {
  const first = dayOrdinal(data.from);
  const last = dayOrdinal(data.to);
  const days = last - first + 1;
  const datasets: ChartDataset<'line', Point[]>[] = [];
  data.series.forEach((s, k) => {
    const colour = colours.series[k === 0 ? 0 : 1]!;
    const axis = k === 0 ? 'y' : 'y2';
    // The overlay is dashed as well as differently coloured, so the two can be told apart without colour.
    const dash = k === 0 ? [] : [6, 4];
    const daily = thinLine(s.values, first, LINE_SAMPLES);
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
      // A logged day between two unlogged ones has no line to sit on, so it gets a dot of its own.
      pointRadius: days <= DOTS_UP_TO ? 2.5 : daily.isolated.length ? radii(daily.points.length, daily.isolated, 2) : 0,
      pointHoverRadius: 4,
      spanGaps: false,
    });
    const rolling = thinLine(s.rolling, first, LINE_SAMPLES);
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
    });
  });
  // Slips and supplement changes as points along the top (on their own hidden axis), where their tooltips
  // say what happened; shapes differ as well as colours.
  const slips = data.markers.slips.map((s) => ({ x: dayOrdinal(s.day), y: 0.96, note: slipText(s) }));
  const changes = regimenMarkers(data.markers).map((s) => ({ x: dayOrdinal(s.day), y: 0.9, note: supplementText(s) }));
  for (const [label, points, colour, style] of [
    ['Supplement started, stopped or changed', changes, colours.series[2]!, 'rectRot'],
    ['Trial slip', slips, colours.series[3]!, 'triangle'],
  ] as const) {
    if (points.length === 0) continue;
    datasets.push({
      label,
      data: points,
      yAxisID: 'markers',
      showLine: false,
      pointStyle: style,
      pointRadius: 6,
      pointHoverRadius: 8,
      backgroundColor: colour,
      borderColor: colours.text,
      borderWidth: 1,
    });
  }

  const primary = measureOf(data.series[0]!.key);
  const overlay = data.series[1] ? measureOf(data.series[1].key) : null;
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
        ...(overlay && data.series[1]
          ? { y2: { ...valueAxis(overlay, data.series[1], colours, 'right'), grid: { drawOnChartArea: false } } }
          : {}),
        markers: { type: 'linear', axis: 'y', display: false, min: 0, max: 1 },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          filter: (item) => (item.raw as Point).y !== null,
          callbacks: {
            title: (items) => (items[0] ? formatOrdinal((items[0].raw as Point).x) : ''),
            label: (item) => tooltipLine(item, data.series, measureOf),
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

function tooltipLine(item: TooltipItem<'line'>, series: MeasureSeries[], measureOf: (key: string) => Measure): string {
  const raw = item.raw as Point;
  if (raw.note) return raw.note;
  const index = Math.floor(item.datasetIndex / 2);
  const s = series[index];
  if (!s || raw.y === null) return '';
  const m = measureOf(s.key);
  return item.datasetIndex % 2 === 0
    ? `${s.label}: ${formatValue(raw.y, m)}`
    : `${s.label}, 7-day average: ${raw.y.toFixed(1)}`;
}

/** One radius per point: `size` for the points listed, none for the rest. */
function radii(count: number, listed: number[], size: number): number[] {
  const out = new Array<number>(count).fill(0);
  for (const k of listed) out[k] = size;
  return out;
}
