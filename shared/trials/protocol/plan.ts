// From a trial's design (start day, lengths, repeat, random switch) to dated phases, and the checks that keep
// a plan judgeable. Pure: the service stores what this returns.
import { addDays, daysBetween, dayRange, type Day } from '../../domain/day';
import { MIN_USABLE_DAYS } from './minimums';
import { LENGTH_LIMITS, type PhaseLengths } from './lengths';

export const PHASE_KINDS = ['baseline', 'elimination', 'reintroduction'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export interface TrialDesign {
  startDay: Day;
  lengths: PhaseLengths;
  /** A-B-A-B: a second elimination and reintroduction after the first. */
  repeat: boolean;
  /** Days in the window from which the switch into elimination is drawn at random; null for a fixed switch. */
  switchWindowDays: number | null;
}

export interface PlannedPhase {
  /** 0, 1, 2 … in time order. */
  position: number;
  kind: PhaseKind;
  /** 1 for the first elimination and reintroduction, 2 for the repeat. */
  cycle: number;
  startDay: Day;
  endDay: Day;
  days: number;
  transitionDays: number;
  /** Rising-portion days at the start of a reintroduction; 0 elsewhere. */
  challengeDays: number;
}

export function phaseLabel(kind: PhaseKind, cycle: number): string {
  const name = kind === 'baseline' ? 'Baseline' : kind === 'elimination' ? 'Elimination' : 'Reintroduction';
  return cycle > 1 ? `${name} (repeat)` : name;
}

export interface SwitchWindow {
  first: Day;
  last: Day;
  days: number;
}

/** The allowed switch days: right after the minimum baseline, for the chosen number of days. */
export function switchWindow(design: TrialDesign): SwitchWindow | null {
  if (design.switchWindowDays === null) return null;
  const first = addDays(design.startDay, design.lengths.baselineDays);
  return { first, last: addDays(first, design.switchWindowDays - 1), days: design.switchWindowDays };
}

export function allowedSwitchDays(window: SwitchWindow): Day[] {
  return dayRange(window.first, window.last);
}

/** Draws the switch day; `random` returns [0, 1) (crypto in the app, seeded in tests and the demo). */
export function drawSwitchDay(window: SwitchWindow, random: () => number): Day {
  const index = Math.min(window.days - 1, Math.floor(random() * window.days));
  return addDays(window.first, index);
}

/**
 * Dated phases. With a random switch the baseline runs until the day before `switchDay` (default: the first
 * allowed day, which is what a preview shows as the earliest case).
 */
export function planPhases(design: TrialDesign, switchDay?: Day): PlannedPhase[] {
  const { lengths } = design;
  const window = switchWindow(design);
  const baselineDays = window ? daysBetween(design.startDay, switchDay ?? window.first) : lengths.baselineDays;
  const shape: { kind: PhaseKind; cycle: number; days: number }[] = [
    { kind: 'baseline', cycle: 1, days: baselineDays },
    { kind: 'elimination', cycle: 1, days: lengths.eliminationDays },
    { kind: 'reintroduction', cycle: 1, days: lengths.reintroductionDays },
  ];
  if (design.repeat) {
    shape.push(
      { kind: 'elimination', cycle: 2, days: lengths.eliminationDays },
      { kind: 'reintroduction', cycle: 2, days: lengths.reintroductionDays },
    );
  }
  let start = design.startDay;
  return shape.map((s, position) => {
    const phase: PlannedPhase = {
      position,
      kind: s.kind,
      cycle: s.cycle,
      startDay: start,
      endDay: addDays(start, s.days - 1),
      days: s.days,
      transitionDays: s.kind === 'baseline' ? 0 : lengths.transitionDays,
      challengeDays: s.kind === 'reintroduction' ? lengths.challengeDays : 0,
    };
    start = addDays(start, s.days);
    return phase;
  });
}

export interface PlanProblem {
  /** Field path in the set-up form, e.g. ["lengths", "eliminationDays"]. */
  path: (string | number)[];
  message: string;
}

const LENGTH_WORDS: Record<keyof typeof LENGTH_LIMITS, string> = {
  baselineDays: 'The baseline',
  eliminationDays: 'The elimination',
  reintroductionDays: 'The reintroduction',
  challengeDays: 'The challenge',
  transitionDays: 'The transition',
  switchWindowDays: 'The window for the random switch day',
};

/**
 * Everything that would make a plan unusable, in words. A phase that could never leave 14 usable days is
 * refused rather than warned about: it could only ever end in "not enough data yet".
 */
export function planProblems(design: TrialDesign): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const values: Record<keyof typeof LENGTH_LIMITS, number | null> = {
    ...design.lengths,
    switchWindowDays: design.switchWindowDays,
  };
  for (const key of Object.keys(LENGTH_LIMITS) as (keyof typeof LENGTH_LIMITS)[]) {
    const value = values[key];
    if (value === null) continue;
    const { min, max } = LENGTH_LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      const path = key === 'switchWindowDays' ? ['randomSwitch', 'windowDays'] : ['lengths', key];
      problems.push({ path, message: `${LENGTH_WORDS[key]} must be a whole number of days from ${min} to ${max}.` });
    }
  }
  if (problems.length > 0) return problems;
  const { eliminationDays, reintroductionDays, challengeDays, transitionDays } = design.lengths;
  for (const [key, days] of [
    ['eliminationDays', eliminationDays],
    ['reintroductionDays', reintroductionDays],
  ] as const) {
    const usable = days - transitionDays;
    if (usable < MIN_USABLE_DAYS) {
      problems.push({
        path: ['lengths', key],
        message: `${LENGTH_WORDS[key]} would leave only ${Math.max(0, usable)} days to compare once the ${transitionDays} transition days are set aside; Axis needs at least ${MIN_USABLE_DAYS}. Make it at least ${transitionDays + MIN_USABLE_DAYS} days or shorten the transition.`,
      });
    }
  }
  if (challengeDays > reintroductionDays) {
    problems.push({
      path: ['lengths', 'challengeDays'],
      message: 'The challenge days cannot be more than the whole reintroduction.',
    });
  }
  return problems;
}

/** The last day the trial can run to (with a random switch, the latest possible switch day). */
export function latestEndDay(design: TrialDesign): Day {
  const window = switchWindow(design);
  const phases = planPhases(design, window ? window.last : undefined);
  return phases[phases.length - 1]!.endDay;
}
