// From a phase's daily series to the figures the model needs: one value per day, the declared transition
// days dropped, missing days left missing (never filled, never zero).

import { addDays, daysBetween, isDay } from '../../domain/day';
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
}

/** The descriptive figures of a phase; the model's level and effective days are filled in later. */
export function phaseFigures(phase: PhaseData): PhaseFigures {
  const span = phaseWindow(phase);
  const n = span.values.length;
  const m = mean(span.values);
  const ss = m === null ? null : sumOfSquares(span.values, m);
  const stats: PhaseStats = {
    phaseId: phase.id,
    label: phase.label,
    kind: phase.kind,
    cycle: phase.cycle,
    days: span.days,
    usableDays: span.slots.length,
    loggedDays: n,
    mean: m,
    sd: ss === null || n < 2 ? null : Math.sqrt(ss / (n - 1)),
    level: null,
    effectiveDays: null,
    firstUsableDay: span.firstDay,
  };
  return { stats, span };
}

/** A phase joins the model with at least this many logged days in its comparison window. */
export const MIN_MODEL_DAYS = 2;

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
