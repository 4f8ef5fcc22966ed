// From a phase's daily series to the figures the comparison needs (research notes §3, "Prepare"): one value
// per day, the declared transition days dropped, missing days left missing (never filled, never zero).

import { addDays, daysBetween, isDay } from '../../domain/day';
import { lagOneAutocorrelation, effectiveSampleSize } from './autocorrelation';
import { MIN_USABLE_DAYS } from '../protocol/minimums';
import type { PhaseData, PhaseStats } from './types';

/** A phase's comparison window: one slot per calendar day, null where nothing was logged. */
export interface PhaseWindow {
  phase: PhaseData;
  /** Days in the phase (0 when the dates are missing or reversed). */
  days: number;
  /** First day after the transition days. */
  firstDay: string;
  /** slots[i] is the score for firstDay + i. */
  slots: (number | null)[];
  /** The logged scores in time order (gaps closed up). */
  values: number[];
}

function wholeNonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/**
 * The comparison window of a phase. Entries outside [first usable day, endDay], malformed days and
 * non-finite values are ignored; if a day appears twice the later entry wins.
 */
export function phaseWindow(phase: PhaseData): PhaseWindow {
  const valid = isDay(phase.startDay) && isDay(phase.endDay);
  const days = valid ? Math.max(0, daysBetween(phase.startDay, phase.endDay) + 1) : 0;
  const transition = Math.min(days, wholeNonNegative(phase.transitionDays));
  const firstDay = valid ? addDays(phase.startDay, transition) : phase.startDay;
  const slots: (number | null)[] = new Array<number | null>(days - transition).fill(null);
  if (valid) {
    for (const entry of phase.series) {
      if (!isDay(entry.day)) continue;
      const i = daysBetween(firstDay, entry.day);
      if (i < 0 || i >= slots.length) continue;
      const value = entry.value;
      if (value !== null && Number.isFinite(value)) slots[i] = value;
      else if (value === null) slots[i] = null;
    }
  }
  const values: number[] = [];
  for (const v of slots) if (v !== null) values.push(v);
  return { phase, days, firstDay, slots, values };
}

/** Arithmetic mean; exactly the common value when all values are equal (so a flat series has no rounding noise). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const first = values[0]!;
  let sum = 0;
  let allEqual = true;
  for (const v of values) {
    sum += v;
    if (v !== first) allEqual = false;
  }
  return allEqual ? first : sum / values.length;
}

/** Σ (y − mean)², two-pass for accuracy. */
export function sumOfSquares(values: readonly number[], centre: number): number {
  let ss = 0;
  for (const v of values) ss += (v - centre) * (v - centre);
  return ss;
}

export interface PhaseFigures {
  stats: PhaseStats;
  span: PhaseWindow;
  /** Sum of squared residuals around the phase mean (for the pooled SD). */
  sumSquares: number | null;
}

export function phaseFigures(phase: PhaseData): PhaseFigures {
  const span = phaseWindow(phase);
  const n = span.values.length;
  const usableDays = span.slots.length;
  const m = mean(span.values);
  const ss = m === null ? null : sumOfSquares(span.values, m);
  const raw = m === null || n < 2 ? null : lagOneAutocorrelation(span.slots, m);
  const lag1 = raw === null ? null : Math.min(0.9, Math.max(0, raw));
  const stats: PhaseStats = {
    phaseId: phase.id,
    label: phase.label,
    days: span.days,
    usableDays,
    loggedDays: n,
    loggedShare: usableDays > 0 ? n / usableDays : 0,
    mean: m,
    sd: ss === null || n < 2 ? null : Math.sqrt(ss / (n - 1)),
    lag1,
    nEff: lag1 === null ? null : effectiveSampleSize(n, lag1),
    lag1Raw: raw,
    kind: phase.kind,
    firstUsableDay: span.firstDay,
  };
  return { stats, span, sumSquares: ss };
}

/** With MIN_USABLE_DAYS (protocol/minimums.ts): when a phase is "not enough data yet". */
export const MIN_LOGGED_SHARE = 0.8;
export const MIN_POINTS = 5;
/** MIN_LOGGED_SHARE as the whole percentage the sentences quote. */
export const MIN_LOGGED_PERCENT = Math.round(MIN_LOGGED_SHARE * 100);

/** Plain-words reasons why a phase cannot be compared yet (empty when it can). */
export function shortfalls(stats: PhaseStats): string[] {
  const reasons: string[] = [];
  if (stats.usableDays < MIN_USABLE_DAYS) {
    const more = MIN_USABLE_DAYS - stats.usableDays;
    reasons.push(
      `${stats.label} has ${stats.usableDays} usable ${plural(stats.usableDays, 'day')} so far; ` +
        `at least ${MIN_USABLE_DAYS} are needed (${more} more).`,
    );
  }
  if (stats.usableDays > 0 && stats.loggedShare < MIN_LOGGED_SHARE) {
    reasons.push(
      `${stats.label}: scores were logged on ${stats.loggedDays} of ${stats.usableDays} days ` +
        `(${Math.floor(stats.loggedShare * 100)}%); at least ${MIN_LOGGED_PERCENT}% of days need a score.`,
    );
  }
  if (stats.loggedDays < MIN_POINTS) {
    reasons.push(
      `${stats.label} has ${stats.loggedDays} logged ${plural(stats.loggedDays, 'score')}; at least ${MIN_POINTS} are needed.`,
    );
  }
  return reasons;
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
