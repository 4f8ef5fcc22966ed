// A smoothed line for the Trends chart. The window is counted in calendar days, not in entries, so a week
// with two check-ins is not stretched to look like seven; below minPoints values the day stays null and the
// line breaks instead of drawing a confident mean through a gap.
import type { DayValue, Series } from './series';
import { isLogged, seriesOrdinals } from './series';

/**
 * Trailing mean over the `window` calendar days ending on each day of the series (that day included), or
 * null when fewer than `minPoints` of those days hold a value. One output entry per input entry.
 */
export function rollingMean(series: Series, window = 7, minPoints = 4): DayValue[] {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a whole number of days ≥ 1, got ${window}`);
  if (!Number.isInteger(minPoints) || minPoints < 1 || minPoints > window) {
    throw new RangeError(`minPoints must be between 1 and the window (${window}), got ${minPoints}`);
  }
  const n = series.length;
  const ord = seriesOrdinals(series);
  for (let i = 1; i < n; i++) {
    if ((ord[i] as number) <= (ord[i - 1] as number)) throw new RangeError('series days must be strictly ascending');
  }
  const out = new Array<DayValue>(n);
  let lo = 0;
  for (let i = 0; i < n; i++) {
    const start = (ord[i] as number) - window + 1;
    while ((ord[lo] as number) < start) lo++;
    // Summing the window afresh (at most `window` steps) keeps each mean exact to the last bit, unlike a
    // running sum whose rounding drifts over ten years of days; the cost stays linear in the series.
    let count = 0;
    let sum = 0;
    for (let j = lo; j <= i; j++) {
      const v = (series[j] as DayValue).value;
      if (isLogged(v)) {
        count++;
        sum += v;
      }
    }
    out[i] = { day: (series[i] as DayValue).day, value: count >= minPoints ? sum / count : null };
  }
  return out;
}

/**
 * rollingMean over a dense run of consecutive calendar days (index i is the day after index i − 1; NaN, null
 * or ±Infinity where nothing was logged): the same means, summed in the same order, so the figures are equal
 * to the last bit. Returns NaN where fewer than `minPoints` of the window's days hold a value.
 */
export function rollingMeanDense(values: ArrayLike<number | null>, window = 7, minPoints = 4): Float64Array {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a whole number of days ≥ 1, got ${window}`);
  if (!Number.isInteger(minPoints) || minPoints < 1 || minPoints > window) {
    throw new RangeError(`minPoints must be between 1 and the window (${window}), got ${minPoints}`);
  }
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    let sum = 0;
    for (let j = i - window + 1 < 0 ? 0 : i - window + 1; j <= i; j++) {
      const v = values[j];
      if (isLogged(v)) {
        count++;
        sum += v;
      }
    }
    out[i] = count >= minPoints ? sum / count : NaN;
  }
  return out;
}
