// "What would settle it", computed: for a trial left open, the predicted chance that more data would give a
// 95% range that settles the question (wholly above or below zero, or wholly within ±MID). The prediction
// takes the day-to-day spread and correlation from this trial's model (posterior means), the effect from its
// posterior, and days logged at this trial's own rate (spread evenly). It is the Bayesian predictive
// probability of a decisive result (Spiegelhalter, Freedman & Blackburn 1986), with normal approximations.

import { daysBetween } from '../../domain/day';
import { normalCdf } from './distributions';
import { designInverse, residualSd, rhoSummary, type ModelFit } from './model';
import { effectWeights } from './weights';
import type { PhaseData, Settle } from './types';

const Z = 1.959963984540054;
/** "Likely" means at least this predicted chance, the usual bar for planning a study. */
export const LIKELY = 0.8;

interface PlannedPhase {
  food: boolean;
  /** Calendar days, and the first of them left out while the skin adjusts. */
  days: number;
  transitionDays: number;
}

/** Logged positions of a schedule: usable days kept at an even `share`, from day `start` on. */
function layout(
  phases: readonly PlannedPhase[],
  share: number,
  start = 0,
): { positions: number[]; phase: number[]; usable: number } {
  const positions: number[] = [];
  const phase: number[] = [];
  let day = start;
  let usable = 0;
  phases.forEach((p, index) => {
    for (let i = 0; i < p.days; i++, day++) {
      if (i < p.transitionDays) continue;
      // Day number `usable` is logged when the running count of share·days ticks over.
      if (Math.floor((usable + 1) * share + 1e-9) > Math.floor(usable * share + 1e-9)) {
        positions.push(day);
        phase.push(index);
      }
      usable++;
    }
  });
  return { positions, phase, usable };
}

/** Standard error of the drift-balanced food effect for a layout, at the model's rho and spread. */
function effectSe(fit: ModelFit, phases: readonly PlannedPhase[], positions: number[], phase: number[]): number | null {
  const k = phases.length;
  const counts = phases.map((_, p) => phase.filter((x) => x === p).length);
  if (counts.some((n) => n < 2)) return null;
  const centres = phases.map((_, p) => {
    let sum = 0;
    phase.forEach((x, i) => {
      if (x === p) sum += positions[i]!;
    });
    return sum / counts[p]!;
  });
  const weights = effectWeights(phases.map((p, i) => ({ food: p.food, centre: centres[i]!, n: counts[i]! })));
  const inverse = designInverse(positions, phase, k, rhoSummary(fit).mean);
  if (weights === null || inverse === null) return null;
  let quad = 0;
  for (let p = 0; p < k; p++) for (let q = 0; q < k; q++) quad += weights.c[p]! * weights.c[q]! * inverse[p * k + q]!;
  return residualSd(fit) * Math.sqrt(Math.max(0, quad));
}

/** P(a normal(mean, sd) estimate gives a 95% range, ± Z·se, that settles it at this MID). */
export function chanceDecisive(mean: number, sd: number, se: number, mid: number): number {
  const cut = Z * se;
  const p = (x: number): number => (sd > 0 ? normalCdf((x - mean) / sd) : x >= mean ? 1 : 0);
  // Settled: below −cut, above +cut, or within ±(MID − cut). Take the union of the three pieces.
  const inner = mid - cut;
  if (inner >= cut) return 1;
  const outer = p(-cut) + (1 - p(cut));
  return inner > 0 ? outer + p(inner) - p(-inner) : outer;
}

function plannedOf(phases: readonly PhaseData[]): PlannedPhase[] {
  return phases.map((p) => ({
    food: p.kind !== 'elimination',
    days: daysBetween(p.startDay, p.endDay) + 1,
    transitionDays: Math.max(0, Math.floor(p.transitionDays)),
  }));
}

export interface SettleInput {
  fit: ModelFit;
  /** The food effect now: posterior mean and standard deviation. */
  estimate: number;
  sd: number;
  mid: number;
  /** Days logged over days usable so far. */
  share: number;
  /** The phases as planned (whole), and the logged positions the model already has (for the rest of a trial). */
  planned: readonly PhaseData[];
  running: { positions: readonly number[]; phase: readonly number[]; throughDay: string; origin: string } | null;
}

export function whatWouldSettle(input: SettleInput): Settle | null {
  const { fit, estimate, sd, mid } = input;
  const share = Math.min(1, Math.max(0, input.share));
  if (!(share > 0) || input.planned.length < 2) return null;
  const planned = plannedOf(input.planned);

  if (input.running !== null) {
    // The rest of this trial as planned, added to the days already logged.
    const { positions: had, phase: hadPhase, throughDay, origin } = input.running;
    const from = daysBetween(origin, throughDay) + 1;
    const full = layout(planned, share);
    const positions = [...had];
    const phase = [...hadPhase];
    full.positions.forEach((x, i) => {
      if (x < from) return;
      positions.push(x);
      phase.push(full.phase[i]!);
    });
    const se = effectSe(fit, planned, positions, phase);
    if (se === null) return null;
    const end = planned.reduce((n, p) => n + p.days, 0);
    const days = Math.max(0, end - from);
    const chance = chanceDecisive(estimate, Math.sqrt(Math.max(0, sd * sd - se * se)), se, mid);
    return { plan: 'rest-of-trial', days, loggedDays: positions.length - had.length, chance, likely: chance >= LIKELY };
  }

  // A new trial, on its own: the same design, then the same with one more elimination and reintroduction.
  const cycle = planned.slice(-2);
  const designs: { plan: Settle['plan']; phases: PlannedPhase[] }[] = [
    { plan: 'same-again', phases: planned },
    { plan: 'with-repeat', phases: [...planned, ...cycle] },
  ];
  let best: Settle | null = null;
  for (const d of designs) {
    const { positions, phase } = layout(d.phases, share);
    const se = effectSe(fit, d.phases, positions, phase);
    if (se === null) continue;
    const chance = chanceDecisive(estimate, Math.sqrt(sd * sd + se * se), se, mid);
    const days = d.phases.reduce((n, p) => n + p.days, 0);
    const settle: Settle = { plan: d.plan, days, loggedDays: positions.length, chance, likely: chance >= LIKELY };
    if (settle.likely) return settle;
    if (best === null || chance > best.chance) best = settle;
  }
  return best;
}
