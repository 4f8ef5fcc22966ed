// Research notes §3c: when the day of the switch into elimination was drawn at random from a set S fixed in
// advance, the data can be compared with what every other allowed switch day would have shown. Days are never
// shuffled one by one (they are not interchangeable); only the switch point moves, as in SCRT's AB design.

import { daysBetween, isDay } from '../../domain/day';
import { MIN_SWITCH_DAYS } from '../protocol/minimums';
import type { PhaseData } from './types';

export interface RandomisationResult {
  p: number;
  /** Switch days that were usable (inside the data, with scores on both sides). */
  switchDays: number;
  observed: number;
}

function wholeNonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/**
 * The data are fixed: every logged day from the first usable day of the phase before the switch to the last day
 * of the phase after it (including the real transition days, which are just data under "no effect"). For a
 * switch at s, T(s) = mean(days from s + transition to the end) − mean(days before s): the hypothetical
 * elimination drops its own first transition days, exactly as the real one did, so T(real switch) is the
 * comparison's difference. p = #{s in S : |T(s)| ≥ |T(real)|} / |S|.
 *
 * Switch days outside the data, or leaving one side without a score, cannot give a T and are left out of S.
 * Returns null when the real switch day is not one of the usable ones or fewer than 20 remain.
 */
export function randomisationTest(
  before: PhaseData,
  beforeFirstUsableDay: string,
  after: PhaseData,
  allowedSwitchDays: readonly string[],
  switchDay: string,
): RandomisationResult | null {
  if (!isDay(beforeFirstUsableDay) || !isDay(after.endDay) || !isDay(switchDay)) return null;
  const spanStart = beforeFirstUsableDay;
  const length = daysBetween(spanStart, after.endDay) + 1;
  if (length < 2) return null;

  const slots: (number | null)[] = new Array<number | null>(length).fill(null);
  const place = (phase: PhaseData, from: string): void => {
    if (!isDay(phase.endDay)) return;
    for (const entry of phase.series) {
      if (!isDay(entry.day) || entry.day < from || entry.day > phase.endDay) continue;
      const i = daysBetween(spanStart, entry.day);
      if (i < 0 || i >= length) continue;
      const v = entry.value;
      slots[i] = v !== null && Number.isFinite(v) ? v : null;
    }
  };
  place(before, beforeFirstUsableDay);
  if (isDay(after.startDay)) place(after, after.startDay);

  // Prefix counts and sums: any "days i to j" mean is then two subtractions.
  const count = new Float64Array(length + 1);
  const sum = new Float64Array(length + 1);
  for (let i = 0; i < length; i++) {
    const v = slots[i];
    count[i + 1] = count[i]! + (v === null || v === undefined ? 0 : 1);
    sum[i + 1] = sum[i]! + (v === null || v === undefined ? 0 : v);
  }
  const transition = wholeNonNegative(after.transitionDays);
  const statistic = (day: string): number | null => {
    const s = daysBetween(spanStart, day);
    if (s < 1 || s >= length) return null;
    const bStart = Math.min(length, s + transition);
    const nA = count[s]!;
    const nB = count[length]! - count[bStart]!;
    if (nA < 1 || nB < 1) return null;
    return (sum[length]! - sum[bStart]!) / nB - sum[s]! / nA;
  };

  const observed = statistic(switchDay);
  if (observed === null) return null;
  const statistics: number[] = [];
  let containsSwitch = false;
  for (const day of new Set(allowedSwitchDays)) {
    if (!isDay(day)) continue;
    const t = statistic(day);
    if (t === null) continue;
    if (day === switchDay) containsSwitch = true;
    statistics.push(t);
  }
  if (!containsSwitch || statistics.length < MIN_SWITCH_DAYS) return null;
  // A tiny tolerance so that ties computed along different rounding paths still count as ties.
  const threshold = Math.abs(observed) - 1e-10 * Math.max(1, Math.abs(observed));
  let atLeast = 0;
  for (const t of statistics) if (Math.abs(t) >= threshold) atLeast++;
  return { p: atLeast / statistics.length, switchDays: statistics.length, observed };
}
