// From the trial's phases, cut at the day a look sees, to the model of model.ts: every logged day in each
// phase's comparison window, placed on one calendar so gaps (unlogged days, transition days) keep their length.

import { daysBetween, isDay } from '../../domain/day';
import { fitModel, effectiveDays, phaseLevel, type ModelData, type ModelFit } from './model';
import { MIN_MODEL_DAYS, phaseFigures, type PhaseFigures } from './stats';
import type { PhaseData } from './types';

/** The phases as seen on `throughDay`: later phases dropped, a running phase cut at that day. */
export function phasesThrough(phases: readonly PhaseData[], throughDay: string): PhaseData[] {
  return [...phases]
    .filter((p) => isDay(p.startDay) && isDay(p.endDay) && p.startDay <= throughDay)
    .sort((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : 0))
    .map((p) => (p.endDay <= throughDay ? p : { ...p, endDay: throughDay }));
}

export interface TrialModel {
  /** Every phase seen, in time order. */
  figures: PhaseFigures[];
  /** For each phase seen, its index in the model, or −1 when it has too few logged days to take part. */
  modelIndex: number[];
  /** Phases in the model, in time order (indexes into figures). */
  members: number[];
  data: ModelData | null;
  fit: ModelFit | null;
  /** Day 0 of the positions. */
  origin: string | null;
}

export function buildTrialModel(phases: readonly PhaseData[], step: number): TrialModel {
  const figures = phases.map(phaseFigures);
  const modelIndex = figures.map(() => -1);
  const members: number[] = [];
  for (let i = 0; i < figures.length; i++) {
    if (figures[i]!.span.values.length >= MIN_MODEL_DAYS) {
      modelIndex[i] = members.length;
      members.push(i);
    }
  }
  const origin = phases.length > 0 ? phases[0]!.startDay : null;
  if (members.length === 0 || origin === null) return { figures, modelIndex, members, data: null, fit: null, origin };
  const positions: number[] = [];
  const values: number[] = [];
  const phase: number[] = [];
  for (const i of members) {
    const span = figures[i]!.span;
    const offset = daysBetween(origin, span.firstDay);
    span.slots.forEach((v, j) => {
      if (v === null) return;
      positions.push(offset + j);
      values.push(v);
      phase.push(modelIndex[i]!);
    });
  }
  // Phases never overlap on the calendar, so positions rise already; a defensive sort keeps the model sound.
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const data: ModelData = {
    positions: order.map((i) => positions[i]!),
    values: order.map((i) => values[i]!),
    phase: order.map((i) => phase[i]!),
    k: members.length,
    step,
  };
  const strictlyRising = data.positions.every((p, i) => i === 0 || p > data.positions[i - 1]!);
  const fit = strictlyRising ? fitModel(data) : null;
  if (fit !== null) {
    members.forEach((i, m) => {
      figures[i]!.stats.level = phaseLevel(fit, m);
      figures[i]!.stats.effectiveDays = effectiveDays(fit, m);
    });
  }
  return { figures, modelIndex, members, data, fit, origin };
}

/** Mean calendar position of a model phase's logged days (the drift weights balance these). */
export function phaseCentre(data: ModelData, m: number): number {
  let sum = 0;
  let n = 0;
  data.phase.forEach((p, i) => {
    if (p !== m) return;
    sum += data.positions[i]!;
    n++;
  });
  return n > 0 ? sum / n : 0;
}

export function phaseCount(data: ModelData, m: number): number {
  return data.phase.reduce((n, p) => n + (p === m ? 1 : 0), 0);
}
