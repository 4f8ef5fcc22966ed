// One measure over the report's period: its average and range, its best and worst weeks, and how the last
// week compares with the first. The figures come from shared/trends (the same maths as the Trends screen);
// this file only chooses which of them a report states and words them.
import type { Day } from '../domain/day';
import { measureByKey, type Measure, type MeasureKey } from '../domain/measures';
import { periodAverages, summary, type Series } from '../trends/index';
import type { Direction, MeasureSummary, ReportWeek } from './schema';
import { dayRangeText, num, plural } from './words';

/** A week counts for "best" and "worst" only with this many logged days: one good day is not a good week. */
export const MIN_WEEK_DAYS = 4;

/** A measure as the report words it; an own item may be neither better nor worse higher, and name its unit. */
export type ReportMeasure = Measure & { neutral?: boolean; unit?: string };

export function directionOf(m: ReportMeasure): Direction {
  if (m.neutral || m.key === 'stoolForm' || m.key === 'bowelMovements') return 'neutral';
  return m.higherIsWorse ? 'lower-is-better' : 'higher-is-better';
}

export function unitOf(m: ReportMeasure): string {
  if (m.unit) return m.unit;
  switch (m.kind) {
    case 'scale':
      return 'out of 10';
    case 'stool':
      return 'form 1-7';
    case 'hours':
      return 'hours';
    case 'minutes':
      return 'minutes';
    case 'count':
      if (m.key === 'bowelMovements') return 'times a day';
      return m.group === 'food' ? 'servings' : 'spots';
  }
}

/** Decimals a figure of this measure is printed with: minutes are whole, everything else to one decimal. */
export function digitsOf(m: Measure): number {
  return m.kind === 'minutes' ? 0 : 1;
}

/** A value as it was logged: whole numbers as they are, quarter hours as 7.25 (never rounded away). */
function exact(v: number): string {
  return Number.isInteger(v) ? num(v, 0) : num(v, 2).replace(/0$/, '');
}

/** Below this the first and last weeks read as "about the same": about half a step of the scale. */
function sameWithin(m: Measure): number {
  if (m.kind === 'minutes') return 5;
  if (m.kind === 'hours') return 0.25;
  if (m.kind === 'stool') return 0.3;
  return 0.5;
}

function pointsWord(m: ReportMeasure): string {
  if (m.kind === 'scale' || m.kind === 'stool') return 'points';
  return unitOf(m).replace(/ a day$/, '');
}

export function changeText(m: ReportMeasure, first: number | null, last: number | null, change: number | null): string {
  const digits = digitsOf(m);
  if (change === null || first === null || last === null)
    return 'Too few days logged to compare the first and last weeks.';
  const figures = `${num(first, digits)} in the first week, ${num(last, digits)} in the last`;
  if (Math.abs(change) < sameWithin(m)) return `About the same at the end as at the start (${figures}).`;
  const direction = directionOf(m);
  const higher = change > 0;
  const size = `${num(Math.abs(change), digits)} ${pointsWord(m)} ${higher ? 'higher' : 'lower'}`;
  if (direction === 'neutral') return `${upper(size)} at the end than at the start (${figures}).`;
  const better = (direction === 'lower-is-better') !== higher;
  return `${upper(size)} at the end than at the start, which is ${better ? 'better' : 'worse'} (${figures}).`;
}

function upper(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function weekOf(w: { start: Day; end: Day; mean: number | null; n: number }, from: Day, to: Day): ReportWeek {
  const start = w.start < from ? from : w.start;
  const end = w.end > to ? to : w.end;
  return { start, end, text: dayRangeText(start, end), mean: w.mean as number, loggedDays: w.n };
}

/** Best and worst ISO weeks (clipped to the period); null unless two weeks have enough days to compare. */
export function bestAndWorstWeeks(
  series: Series,
  m: ReportMeasure,
  from: Day,
  to: Day,
): { best: ReportWeek | null; worst: ReportWeek | null } {
  const direction = directionOf(m);
  const weeks = periodAverages(series, 'week').filter((w) => w.mean !== null && w.n >= MIN_WEEK_DAYS);
  if (direction === 'neutral' || weeks.length < 2) return { best: null, worst: null };
  // Ties go to the earlier week, so the same journal always names the same week.
  let low = weeks[0]!;
  let high = weeks[0]!;
  for (const w of weeks) {
    if ((w.mean as number) < (low.mean as number)) low = w;
    if ((w.mean as number) > (high.mean as number)) high = w;
  }
  if (low === high) return { best: null, worst: null };
  const [best, worst] = direction === 'lower-is-better' ? [low, high] : [high, low];
  return { best: weekOf(best, from, to), worst: weekOf(worst, from, to) };
}

/** The summary of one measure over a densified series of the period (one entry per day, null = not logged). */
export function summarizeMeasure(
  key: string,
  series: Series,
  from: Day,
  to: Day,
  measure?: ReportMeasure,
): MeasureSummary {
  const m = measure ?? measureByKey(key as MeasureKey);
  const s = summary(series);
  const digits = digitsOf(m);
  const { best, worst } = bestAndWorstWeeks(series, m, from, to);
  return {
    key,
    label: m.label,
    unit: unitOf(m),
    direction: directionOf(m),
    loggedDays: s.n,
    mean: s.mean,
    min: s.min,
    max: s.max,
    firstWeekMean: s.firstWeekMean,
    lastWeekMean: s.lastWeekMean,
    change: s.change,
    changeText: changeText(m, s.firstWeekMean, s.lastWeekMean, s.change),
    bestWeek: best,
    worstWeek: worst,
    meanText: num(s.mean, digits),
    startEndText: s.change === null ? '–' : `${num(s.firstWeekMean, digits)} → ${num(s.lastWeekMean, digits)}`,
    rangeText:
      s.min === null || s.max === null ? '–' : s.min === s.max ? exact(s.min) : `${exact(s.min)} to ${exact(s.max)}`,
  };
}

/** "Overall skin averaged 4.3 out of 10 over 170 days logged." */
export function averageSentence(s: MeasureSummary): string {
  if (s.mean === null) return `${s.label}: nothing logged in this period.`;
  return `${s.label} averaged ${s.meanText} ${s.unit} over ${plural(s.loggedDays, 'day')} logged.`;
}
