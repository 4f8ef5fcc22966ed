// The statistics and verdict of a personal elimination trial (docs/statistics.md), as pure functions: the same
// input always gives the same figures and words. The trial service gathers the input from the journal.

import { foodEffect, resolvedMid, switches } from './comparisons';
import { explain } from './explain';
import { chooseLook, forFamily } from './looks';
import { residualSd, rhoSummary } from './model';
import { randomisationTest } from './randomisation';
import { whatWouldSettle } from './settle';
import { buildTrialModel, phasesThrough } from './trialModel';
import type { ModelSummary, Randomisation, Settle, TrialAnalysis, TrialAnalysisInput } from './types';
import { judge } from './verdict';

export type {
  Comparison,
  ComparisonKind,
  Estimate,
  FoodEffect,
  Look,
  LookKind,
  ModelSummary,
  PhaseData,
  PhaseKind,
  PhaseStats,
  Randomisation,
  Settle,
  TrialAnalysis,
  TrialAnalysisInput,
  TrialSchedule,
  Verdict,
  VerdictKind,
} from './types';
export { DEFAULT_MID } from './comparisons';
export { trialAnalysisSchema, verdictSchema, comparisonSchema, phaseStatsSchema } from './schema';

/** The figures and the judgement, without words: the verdict exactly as analyzeTrial reaches it. */
export function judgeTrial(input: TrialAnalysisInput) {
  const look = forFamily(chooseLook(input.schedule), input.family);
  const seenThrough = look.throughDay ?? input.schedule.asOf;
  const model = buildTrialModel(phasesThrough(input.phases, seenThrough), input.outcome.step);
  const waiting = look.kind === 'waiting';
  const effect = waiting ? null : foodEffect(model, input, look);
  const comparisons = waiting ? [] : switches(model, input, look);
  return { look, model, effect, comparisons, judgement: judge(effect?.effect ?? null, comparisons, look, input.mid) };
}

export function analyzeTrial(input: TrialAnalysisInput): TrialAnalysis {
  const { look, model, effect, comparisons, judgement } = judgeTrial(input);
  const phases = model.figures.map((f) => f.stats);
  const waiting = look.kind === 'waiting';
  const fitted = waiting ? null : model.fit;

  const modelSummary: ModelSummary | null =
    fitted === null
      ? null
      : {
          loggedDays: fitted.n,
          phases: fitted.k,
          df: fitted.df,
          rho: rhoSummary(fitted),
          sd: residualSd(fitted),
        };
  const r = input.randomisation;
  const randomisation: Randomisation | null =
    waiting || r === null || look.throughDay === null
      ? null
      : randomisationTest(input.phases, r.allowedSwitchDays, r.switchDay, look.throughDay, input.outcome.higherIsWorse);
  if (waiting) for (const s of phases) Object.assign(s, { level: null, effectiveDays: null });

  let settle: Settle | null = null;
  if (
    fitted !== null &&
    effect !== null &&
    model.data !== null &&
    model.origin !== null &&
    (judgement.kind === 'inconclusive' || judgement.kind === 'not-enough-data')
  ) {
    const usable = phases.reduce((n, s) => n + s.usableDays, 0);
    const logged = phases.reduce((n, s) => n + s.loggedDays, 0);
    const planned = [...input.phases].sort((a, b) => (a.startDay < b.startDay ? -1 : 1));
    const plannedIndex = model.members.map((i) => planned.findIndex((p) => p.id === model.figures[i]!.stats.phaseId));
    settle = whatWouldSettle({
      fit: fitted,
      estimate: effect.effect.estimate,
      sd: effect.effect.sd,
      mid: resolvedMid(input.mid),
      share: usable > 0 ? logged / usable : 0,
      planned,
      running:
        look.kind === 'interim' && look.throughDay !== null
          ? {
              positions: model.data.positions,
              phase: model.data.phase.map((m) => plannedIndex[m]!),
              throughDay: look.throughDay,
              origin: model.origin,
            }
          : null,
    });
  }
  const verdict = explain(judgement, { input, phases, model: modelSummary, randomisation, settle });
  return {
    look,
    phases,
    model: modelSummary,
    effect: effect?.effect ?? null,
    comparisons,
    randomisation,
    settle,
    verdict,
  };
}
