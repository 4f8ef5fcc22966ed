// When a verdict may be shown. Every look at a running trial is another chance for noise to pass for a
// trigger, so verdicts come only at planned looks: the end of each cycle. At the trial's planned end the bar
// is the 95% range; at any earlier look (the end of the first cycle of an A-B-A-B trial, or a trial closed
// before its end) it is the 99.9% range, the Haybittle–Peto boundary (Haybittle 1971; Peto et al. 1976),
// which spends so little of the 5% that the final look keeps its usual bar. Between looks the figures wait,
// so a verdict cannot change from one day to the next.

import type { Look, TrialSchedule } from './types';

export const FINAL_LEVEL = 0.95;
export const EARLY_LEVEL = 0.999;

/** The coverage of a family member's range: a Bonferroni share of the look's error rate. */
export function familyLevel(level: number, family: number | undefined): number {
  const m = family !== undefined && Number.isFinite(family) && family >= 1 ? Math.floor(family) : 1;
  return 1 - (1 - level) / m;
}

/** The look with its levels shared out over a family of outcomes judged together. */
export function forFamily(look: Look, family: number | undefined): Look {
  return { ...look, level: familyLevel(look.level, family), rangeLevel: familyLevel(look.rangeLevel, family) };
}

export function chooseLook(schedule: TrialSchedule): Look {
  const ends = [...schedule.cycleEnds].sort();
  const plannedEnd = ends.length > 0 ? ends[ends.length - 1]! : schedule.asOf;
  if (schedule.status === 'finished') {
    return { kind: 'final', throughDay: schedule.asOf, nextLookDay: null, level: FINAL_LEVEL, rangeLevel: FINAL_LEVEL };
  }
  if (schedule.status !== 'running') {
    // Closed by the person: one look at what was gathered, on the planned end's bar only if it was reached
    // (never while the end was still unknown).
    const reached = ends.length > 0 && schedule.asOf >= plannedEnd;
    return {
      kind: reached ? 'final' : 'early',
      throughDay: schedule.asOf,
      nextLookDay: null,
      level: reached ? FINAL_LEVEL : EARLY_LEVEL,
      rangeLevel: FINAL_LEVEL,
    };
  }
  // While the switch day is a secret, so are the cycles' ends: no look, and no date that would give it away.
  if (ends.length === 0)
    return { kind: 'waiting', throughDay: null, nextLookDay: null, level: FINAL_LEVEL, rangeLevel: FINAL_LEVEL };
  // A cycle's look opens the day after its last day, once that day's scores are in.
  const passed = ends.filter((day) => day < schedule.asOf && day < plannedEnd);
  const next = ends.find((day) => day >= schedule.asOf) ?? plannedEnd;
  if (passed.length === 0)
    return { kind: 'waiting', throughDay: null, nextLookDay: next, level: FINAL_LEVEL, rangeLevel: FINAL_LEVEL };
  const throughDay = passed[passed.length - 1]!;
  return { kind: 'interim', throughDay, nextLookDay: next, level: EARLY_LEVEL, rangeLevel: FINAL_LEVEL };
}
