// The trend charts of a report, as data: which series, which lines, which markers. Drawing them is the job
// of chartGeometry.ts (shared by the app's view and the command line's HTML). Lines are 7-day averages from
// shared/trends, which break over gaps instead of drawing confidence through missing days.
import type { Day } from '../domain/day';
import { measureByKey, type MeasureKey } from '../domain/measures';
import { rollingMean, type Series } from '../trends/index';
import { directionOf } from './measures';
import type { ChartSpec, MeasureSummary } from './schema';
import { shortDay } from './words';

const STYLES = ['solid', 'dashed', 'dotted'] as const;

type SeriesOf = (key: MeasureKey) => Series;

function directionWords(key: MeasureKey): string {
  const direction = directionOf(measureByKey(key));
  return direction === 'lower-is-better' ? 'Lower is better.' : direction === 'neutral' ? '' : 'Higher is better.';
}

/** A measure on its own: faint daily dots with the 7-day average drawn thick over them. */
function singleChart(
  id: string,
  key: MeasureKey,
  series: Series,
  from: Day,
  to: Day,
  markers: ChartSpec['markers'],
  yMax?: number,
  size?: ChartSpec['size'],
): ChartSpec {
  const m = measureByKey(key);
  const top = yMax ?? m.max;
  const label = m.label.toLowerCase();
  return {
    id,
    title: m.kind === 'scale' ? `${m.label}, 0 to 10` : `${m.label}, ${m.kind}`,
    caption:
      `Daily ${label} (dots) and its 7-day average (line), ${shortDay(from)} to ${shortDay(to)}. ${directionWords(key)}`.trim(),
    from,
    to,
    yMin: m.min,
    yMax: top,
    yLabel: m.kind === 'scale' ? 'score' : m.kind,
    series: [
      { label: 'Daily', kind: 'dots', style: 'solid', tone: 1, points: [...series] },
      { label: '7-day average', kind: 'line', style: 'solid', tone: 1, points: rollingMean(series) },
    ],
    bands: [],
    levels: [],
    markers,
    ...(size ? { size } : {}),
  };
}

/** Several 0-10 measures together as 7-day averages, each with its own line style and a label at its end. */
function groupChart(
  id: string,
  title: string,
  keys: MeasureKey[],
  seriesOf: SeriesOf,
  from: Day,
  to: Day,
  markers: ChartSpec['markers'],
): ChartSpec {
  const names = keys.map((k) => measureByKey(k).label.toLowerCase());
  return {
    id,
    title,
    caption: `7-day averages of ${names.join(', ')} (0 to 10; higher is worse), ${shortDay(from)} to ${shortDay(to)}. Each line has its own pattern and is named at its end.`,
    from,
    to,
    yMin: 0,
    yMax: 10,
    yLabel: 'score',
    series: keys.map((k, i) => ({
      label: measureByKey(k).label,
      kind: 'line' as const,
      style: STYLES[i % STYLES.length]!,
      tone: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      points: rollingMean(seriesOf(k)),
    })),
    bands: [],
    levels: [],
    markers,
    size: 'half',
  };
}

/** Hours of sleep rarely pass 12; the axis stretches only when someone logged more. */
function sleepTop(summary: MeasureSummary | undefined): number {
  return Math.max(12, Math.ceil(summary?.max ?? 0));
}

export function trendCharts(
  seriesOf: SeriesOf,
  skin: readonly MeasureSummary[],
  gut: readonly MeasureSummary[],
  lifestyle: readonly MeasureSummary[],
  from: Day,
  to: Day,
  markers: ChartSpec['markers'],
): ChartSpec[] {
  const logged = (list: readonly MeasureSummary[], key: string) => list.find((s) => s.key === key && s.loggedDays > 0);
  const charts: ChartSpec[] = [];
  if (logged(skin, 'skinOverall'))
    charts.push(singleChart('skin-overall', 'skinOverall', seriesOf('skinOverall'), from, to, markers));
  const skinScales = skin
    .filter((s) => s.key !== 'skinOverall' && s.loggedDays > 0 && measureByKey(s.key as MeasureKey).kind === 'scale')
    .slice(0, 3);
  if (skinScales.length > 0)
    charts.push(
      groupChart(
        'skin-details',
        'Skin in detail, 0 to 10',
        skinScales.map((s) => s.key as MeasureKey),
        seriesOf,
        from,
        to,
        markers,
      ),
    );
  const gutScales = gut.filter((s) => s.loggedDays > 0 && measureByKey(s.key as MeasureKey).kind === 'scale');
  if (gutScales.length > 0)
    charts.push(
      groupChart(
        'gut',
        'Gut, 0 to 10',
        gutScales.map((s) => s.key as MeasureKey),
        seriesOf,
        from,
        to,
        markers,
      ),
    );
  const sleep = logged(lifestyle, 'sleepHours');
  if (sleep)
    charts.push(singleChart('sleep', 'sleepHours', seriesOf('sleepHours'), from, to, markers, sleepTop(sleep), 'half'));
  if (logged(lifestyle, 'stress'))
    charts.push(singleChart('stress', 'stress', seriesOf('stress'), from, to, markers, undefined, 'half'));
  return charts;
}
