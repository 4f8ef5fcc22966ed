// One synthetic trial for the simulation (BENCHMARKS.md, "Trial verdicts"): daily 0-10 overall-skin scores as a
// person would log them, put through the app's own analysis at every look a person could take.
//
// Scores: level + food effect + drift + AR(1) noise of stationary SD `sd`, rounded to whole points and kept
// within 0-10 (the app stores whole points); each day unlogged with probability `missing`. The food effect
// builds up (and fades) over `rampDays` after each switch.
import { addDays } from '$shared/domain/day';
import { seededRandom } from '$shared/domain/seededRandom';
import { normalCdf } from '$shared/trials/analysis/distributions';
import type { PhaseData, TrialAnalysis, TrialAnalysisInput } from '$shared/trials/analysis/index';

export interface Design {
  name: string;
  baselineDays: number;
  eliminationDays: number;
  reintroductionDays: number;
  transitionDays: number;
  repeat: boolean;
}

export interface Cell {
  design: Design;
  rho: number;
  /** Points per day; positive is worsening. */
  driftPerDay: number;
  /** True food effect in points (worse with the food). */
  effect: number;
  /** A lasting change of this many points from the first reintroduction on, unrelated to the food. */
  stepAtReintroduction: number;
  sd: number;
  missing: number;
  rampDays: number;
}

/** Seeded uniforms (shared/domain/seededRandom.ts) and Box–Muller normals: the same on every machine. */
export function generator(seed: number): { uniform: () => number; normal: () => number } {
  const uniform = seededRandom(seed);
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return { uniform, normal };
}

const START = '2026-01-05';

export function plannedPhases(d: Design): Omit<PhaseData, 'series'>[] {
  const shape: [PhaseData['kind'], number, number][] = [
    ['baseline', 1, d.baselineDays],
    ['elimination', 1, d.eliminationDays],
    ['reintroduction', 1, d.reintroductionDays],
  ];
  if (d.repeat) shape.push(['elimination', 2, d.eliminationDays], ['reintroduction', 2, d.reintroductionDays]);
  let start = START;
  return shape.map(([kind, cycle, days], i) => {
    const p = {
      id: i + 1,
      kind,
      cycle,
      label: `${kind} ${cycle}`,
      startDay: start,
      endDay: addDays(start, days - 1),
      transitionDays: kind === 'baseline' ? 0 : d.transitionDays,
    };
    start = addDays(start, days);
    return p;
  });
}

/** E[recorded score] for a latent mean: the expectation of round-and-clip under the normal noise. */
function expectedRecorded(mu: number, sd: number): number {
  let e = 10 * (1 - normalCdf((9.5 - mu) / sd));
  for (let k = 1; k < 10; k++) e += k * (normalCdf((k + 0.5 - mu) / sd) - normalCdf((k - 0.5 - mu) / sd));
  return e;
}

export interface SyntheticTrial {
  phases: PhaseData[];
  /** E[recorded score] on each calendar day (the truth the ranges are checked against). */
  expected: number[];
}

export function synthesise(cell: Cell, seed: number): SyntheticTrial {
  const rng = generator(seed);
  const planned = plannedPhases(cell.design);
  const food: number[] = [];
  const step: number[] = [];
  for (const p of planned) {
    const days =
      p.kind === 'baseline'
        ? cell.design.baselineDays
        : p.kind === 'elimination'
          ? cell.design.eliminationDays
          : cell.design.reintroductionDays;
    for (let j = 0; j < days; j++) {
      const built = Math.min(1, (j + 1) / cell.rampDays);
      food.push(p.kind === 'baseline' ? 1 : p.kind === 'elimination' ? 1 - built : built);
      step.push(
        step.length > 0 && step[step.length - 1]! > 0 ? 1 : p.kind === 'reintroduction' && p.cycle === 1 ? 1 : 0,
      );
    }
  }
  // Levels keep the scores off the ends of the scale: 2.5 without the food and 5.5 with it (effect 3),
  // 4 throughout without an effect.
  const base = cell.effect > 0 ? 5.5 - cell.effect : 4;
  const latent = food.map(
    (f, t) => base + cell.effect * f + cell.driftPerDay * t + cell.stepAtReintroduction * step[t]!,
  );
  const innovation = cell.sd * Math.sqrt(1 - cell.rho * cell.rho);
  let e = cell.sd * rng.normal();
  const recorded = latent.map((mu, t) => {
    if (t > 0) e = cell.rho * e + innovation * rng.normal();
    const y = Math.min(10, Math.max(0, Math.round(mu + e)));
    return rng.uniform() < cell.missing ? null : y;
  });
  let t = 0;
  const phases = planned.map((p) => {
    const days =
      p.kind === 'baseline'
        ? cell.design.baselineDays
        : p.kind === 'elimination'
          ? cell.design.eliminationDays
          : cell.design.reintroductionDays;
    const series = Array.from({ length: days }, (_, j) => ({ day: addDays(p.startDay, j), value: recorded[t + j]! }));
    t += days;
    return { ...p, series };
  });
  return { phases, expected: latent.map((mu) => expectedRecorded(mu, cell.sd)) };
}

export function inputFor(trial: SyntheticTrial, schedule: TrialAnalysisInput['schedule']): TrialAnalysisInput {
  return {
    food: 'dairy',
    outcome: { key: 'skinOverall', label: 'Overall skin', higherIsWorse: true, unit: 'points', step: 1 },
    mid: 2,
    phases: trial.phases.map((p) => ({ ...p, series: p.series.filter((s) => s.day <= schedule.asOf) })),
    schedule,
    randomisation: null,
    confounders: [],
  };
}

/** The truth a range should cover: the same contrast of the phases' expected means over the days logged. */
export function truthOf(
  trial: SyntheticTrial,
  a: TrialAnalysis,
  weights: { phaseId: number; weight: number }[],
): number {
  const index = new Map<string, number>();
  trial.phases.forEach((p) => p.series.forEach((s) => index.set(s.day, index.size)));
  let total = 0;
  for (const { phaseId, weight } of weights) {
    const phase = trial.phases.find((p) => p.id === phaseId)!;
    const stats = a.phases.find((s) => s.phaseId === phaseId)!;
    const days = phase.series.filter((s) => s.value !== null && s.day >= stats.firstUsableDay);
    const mean = days.reduce((sum, s) => sum + trial.expected[index.get(s.day)!]!, 0) / days.length;
    total += weight * mean;
  }
  return total;
}
