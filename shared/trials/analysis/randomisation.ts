// A randomisation test of the comparison the verdict rests on (Edgington & Onghena 2007; SCRT, Bulté &
// Onghena 2008). When the first day without the food was drawn at random from a set S fixed in advance, every
// later phase moved with it: had another day s been drawn, the whole schedule would sit (s − real) days later.
// Under "the food makes no difference", the scores on each calendar day would have been the same whatever was
// drawn, so the food effect recomputed on each possible schedule shows what chance alone produces.
//
// Exactness needs the days the statistic reads to be the same for every possible draw: they run from the
// trial's first day to the day the earliest possible schedule would have reached the look. The statistic is
// the food effect's contrast (weights.ts) on plain phase averages, oriented as "worse with the food";
// p = #{s in S : T(s) ≥ T(real)} / |S|, one-sided, the real draw included. Days are never shuffled one by one.

import { daysBetween, isDay } from '../../domain/day';
import { SWITCH_DAYS_FOR_P } from '../protocol/minimums';
import { effectWeights } from './weights';
import type { PhaseData, Randomisation } from './types';

interface Window {
  food: boolean;
  /** Day numbers from the trial's first day, inclusive. */
  first: number;
  last: number;
}

/** T for one schedule: the drift-balanced contrast of plain averages, or null when it cannot be formed. */
function statistic(windows: readonly Window[], scores: Float64Array, orient: number): number | null {
  const phases: { food: boolean; centre: number; n: number; mean: number }[] = [];
  for (const w of windows) {
    let n = 0;
    let sum = 0;
    let at = 0;
    for (let d = Math.max(0, w.first); d <= w.last && d < scores.length; d++) {
      const v = scores[d]!;
      if (Number.isNaN(v)) continue;
      n++;
      sum += v;
      at += d;
    }
    if (n > 0) phases.push({ food: w.food, centre: at / n, n, mean: sum / n });
  }
  const weights = effectWeights(phases);
  if (weights === null) return null;
  return orient * weights.c.reduce((t, c, i) => t + c * phases[i]!.mean, 0);
}

/**
 * Null when the trial has no drawn switch, the switch is not one of the allowed days, or it has not come by
 * `throughDay`. With fewer than SWITCH_DAYS_FOR_P usable days the smallest possible p is 1/|S| ≥ 0.05, so no
 * p is given (p: null) and the words say so.
 */
export function randomisationTest(
  phases: readonly PhaseData[],
  allowedSwitchDays: readonly string[],
  switchDay: string,
  throughDay: string,
  higherIsWorse: boolean,
): Randomisation | null {
  const ordered = [...phases].sort((a, b) => (a.startDay < b.startDay ? -1 : 1));
  if (ordered.length < 2 || ordered[0]!.kind !== 'baseline' || !isDay(ordered[0]!.startDay)) return null;
  if (ordered[1]!.kind !== 'elimination' || ordered[1]!.startDay !== switchDay) return null;
  // A switch day must leave at least one baseline day; others (malformed, before the trial) are no draw.
  const allowed = [...new Set(allowedSwitchDays.filter((d) => isDay(d) && d > ordered[0]!.startDay))].sort();
  if (!isDay(switchDay) || !isDay(throughDay) || switchDay > throughDay || !allowed.includes(switchDay)) return null;

  // Day numbers from the trial's first day; the span every draw would have covered ends at spanEnd.
  const origin = ordered[0]!.startDay;
  const dayOf = (day: string): number => daysBetween(origin, day);
  const spanEnd = dayOf(allowed[0]!) + daysBetween(switchDay, throughDay);
  const scores = new Float64Array(spanEnd + 1).fill(NaN);
  for (const p of ordered) {
    const last = p.endDay < throughDay ? p.endDay : throughDay;
    for (const e of p.series) {
      if (!isDay(e.day) || e.day < p.startDay || e.day > last) continue;
      const d = dayOf(e.day);
      if (d < 0 || d > spanEnd) continue;
      if (e.value !== null && Number.isFinite(e.value)) scores[d] = e.value;
    }
  }
  const orient = higherIsWorse ? 1 : -1;
  const real = dayOf(switchDay);
  const schedule = (s: string): Window[] => {
    const switchAt = dayOf(s);
    const shift = switchAt - real;
    const windows: Window[] = [{ food: true, first: Math.max(0, ordered[0]!.transitionDays), last: switchAt - 1 }];
    for (const p of ordered.slice(1)) {
      const start = dayOf(p.startDay) + shift;
      if (start > spanEnd) break;
      const end = dayOf(p.endDay < throughDay ? p.endDay : throughDay) + shift;
      windows.push({
        food: p.kind !== 'elimination',
        first: start + Math.max(0, Math.floor(p.transitionDays)),
        last: Math.min(end, spanEnd),
      });
    }
    return windows;
  };

  const observed = statistic(schedule(switchDay), scores, orient);
  if (observed === null) return null;
  const values: number[] = [];
  for (const s of allowed) {
    const t = statistic(schedule(s), scores, orient);
    if (t !== null) values.push(t);
  }
  if (values.length < SWITCH_DAYS_FOR_P) return { p: null, switchDays: values.length, asExtreme: null };
  // A tiny tolerance so that ties computed along different rounding paths still count as ties.
  const threshold = observed - 1e-10 * Math.max(1, Math.abs(observed));
  const asExtreme = values.filter((t) => t >= threshold).length;
  return { p: asExtreme / values.length, switchDays: values.length, asExtreme };
}
