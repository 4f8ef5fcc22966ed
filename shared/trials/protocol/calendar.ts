// Where a trial stands on a given day: which phase, "day N of M", what changes today, how many days are
// left. A random switch day stays hidden until it comes: before then the baseline has no known end and the
// later phases no known dates, so nothing here may leak them.
import { addDays, daysBetween, type Day } from '../../domain/day';
import { phaseLabel, type PhaseKind } from './plan';

export interface PhaseSpan {
  id: number;
  position: number;
  kind: PhaseKind;
  cycle: number;
  startDay: Day;
  endDay: Day;
  transitionDays: number;
  challengeDays: number;
}

export interface TrialCalendar {
  startDay: Day;
  /** In time order, back to back. */
  phases: PhaseSpan[];
  /** The drawn switch day when the switch is random, else null. */
  switchDay: Day | null;
  /** The allowed window of a random switch (known to the person from the start), else null. */
  switchWindow: { first: Day; last: Day } | null;
  /** The day the person ended or abandoned the trial, else null. */
  closedOn: Day | null;
}

export function switchHiddenOn(cal: TrialCalendar, day: Day): boolean {
  return cal.switchDay !== null && day < cal.switchDay;
}

export function plannedEndDay(cal: TrialCalendar): Day {
  return cal.phases[cal.phases.length - 1]!.endDay;
}

/** The last day the trial runs to: its planned end, or the day it was closed if that came first. */
export function lastDayOf(cal: TrialCalendar): Day {
  const end = plannedEndDay(cal);
  return cal.closedOn !== null && cal.closedOn < end ? cal.closedOn : end;
}

/** Whether the trial was (or will be) in effect on a day: from its start to its last day, closing day included. */
export function coversDay(cal: TrialCalendar, day: Day): boolean {
  return day >= cal.startDay && day <= lastDayOf(cal);
}

/** The phase a day falls in, or null outside the trial (before it, after it, or after it was closed). */
export function phaseOn(cal: TrialCalendar, day: Day): PhaseSpan | null {
  if (!coversDay(cal, day)) return null;
  return cal.phases.find((p) => day >= p.startDay && day <= p.endDay) ?? null;
}

export interface PhaseDay {
  phase: PhaseSpan;
  /** 1-based day within the phase. */
  dayNumber: number;
  /** Days in the phase; null while the baseline's end is a hidden random switch. */
  phaseDays: number | null;
  /** 1-based challenge day of a reintroduction, or null after the challenge days. */
  challengeDay: number | null;
  /** True while the day is one of the phase's transition days (left out of the comparison). */
  inTransition: boolean;
}

/** "Day N of M" for a day inside the trial. */
export function dayOfPhase(cal: TrialCalendar, day: Day): PhaseDay | null {
  const phase = phaseOn(cal, day);
  if (!phase) return null;
  const dayNumber = daysBetween(phase.startDay, day) + 1;
  const hidden = phase.kind === 'baseline' && switchHiddenOn(cal, day);
  return {
    phase,
    dayNumber,
    phaseDays: hidden ? null : daysBetween(phase.startDay, phase.endDay) + 1,
    challengeDay: phase.kind === 'reintroduction' && dayNumber <= phase.challengeDays ? dayNumber : null,
    inTransition: dayNumber <= phase.transitionDays,
  };
}

export type PhaseChange =
  | { kind: 'trial-starts'; phase: PhaseSpan }
  | { kind: 'phase-starts'; phase: PhaseSpan; previous: PhaseSpan }
  | { kind: 'trial-finished'; lastPhase: PhaseSpan };

/** What changes on this day, if anything: the "phase changes today" notice. */
export function phaseChangeOn(cal: TrialCalendar, day: Day): PhaseChange | null {
  if (cal.closedOn !== null && day > cal.closedOn) return null;
  if (day === cal.startDay) return { kind: 'trial-starts', phase: cal.phases[0]! };
  const index = cal.phases.findIndex((p) => p.startDay === day);
  // The hidden switch is revealed exactly on its day, so a change on day d is never a leak on day d.
  if (index > 0) return { kind: 'phase-starts', phase: cal.phases[index]!, previous: cal.phases[index - 1]! };
  if (cal.closedOn === null && day === addDays(plannedEndDay(cal), 1))
    return { kind: 'trial-finished', lastPhase: cal.phases[cal.phases.length - 1]! };
  return null;
}

export interface DaysRemaining {
  /** Days after `day` until the trial's last day; null while a hidden switch makes it unknown. */
  exact: number | null;
  /** With a hidden switch: the fewest and most days it can still be. */
  atLeast: number;
  atMost: number;
}

/** Days left after `day` (0 on the last day). Before the start, the whole trial plus the wait. */
export function daysRemaining(cal: TrialCalendar, day: Day): DaysRemaining {
  const last = lastDayOf(cal);
  if (switchHiddenOn(cal, day) && cal.switchWindow && cal.switchDay && cal.closedOn === null) {
    // The drawn day is secret: report the range the window allows, which the person knew from the start.
    const earliestEnd = addDays(last, -daysBetween(cal.switchWindow.first, cal.switchDay));
    const latestEnd = addDays(last, daysBetween(cal.switchDay, cal.switchWindow.last));
    return {
      exact: null,
      atLeast: Math.max(0, daysBetween(day, earliestEnd)),
      atMost: Math.max(0, daysBetween(day, latestEnd)),
    };
  }
  const exact = Math.max(0, daysBetween(day, last));
  return { exact, atLeast: exact, atMost: exact };
}

export type PhaseState = 'done' | 'current' | 'upcoming' | 'not-reached';

export interface PhaseView {
  id: number;
  position: number;
  kind: PhaseKind;
  cycle: number;
  label: string;
  /** Null where the date would give away a hidden switch day. */
  startDay: Day | null;
  endDay: Day | null;
  days: number | null;
  transitionDays: number;
  challengeDays: number;
  state: PhaseState;
}

/** The phases as the person may see them on `today`. */
export function phaseViews(cal: TrialCalendar, today: Day): PhaseView[] {
  const hidden = switchHiddenOn(cal, today);
  const last = lastDayOf(cal);
  return cal.phases.map((p) => {
    const hideStart = hidden && p.position > 0;
    const hideEnd = hidden;
    const ends = p.endDay < last ? p.endDay : last;
    const state: PhaseState =
      p.startDay > last ? 'not-reached' : ends < today ? 'done' : p.startDay <= today ? 'current' : 'upcoming';
    return {
      id: p.id,
      position: p.position,
      kind: p.kind,
      cycle: p.cycle,
      label: phaseLabel(p.kind, p.cycle),
      startDay: hideStart ? null : p.startDay,
      endDay: hideEnd ? null : p.endDay,
      days: hideEnd ? null : daysBetween(p.startDay, p.endDay) + 1,
      transitionDays: p.transitionDays,
      challengeDays: p.challengeDays,
      state,
    };
  });
}
