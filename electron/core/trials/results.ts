// Judging a trial: gather each phase's daily scores from the journal up to today (or the trial's last day),
// hand them with the planned phases to the pure analysis in shared/trials/analysis (which decides which look
// the figures may show), and return its result with what the chart needs. No statistics are computed here:
// the app, the tests and the command line all get the same figures from the same function.
import type { Day } from '$shared/domain/day';
import type { OutputOf } from '$shared/contract/index';
import { analyzeTrial, type PhaseData, type TrialAnalysis } from '$shared/trials/analysis/index';
import { allowedSwitchDays, lastDayOf, phaseLabel, trialStatus, type OutcomeRef } from '$shared/trials/protocol/index';
import type { ServiceContext } from '../context';
import { today } from '../journal/settings';
import { overlapChanges } from './safety';
import { adherenceOf, changesOf, slipsOf } from './timeline';
import { calendarOf, datesOf, loadTrial, type StoredTrial } from './store';
import { outcomeInfoIn, outcomeSeries, outcomeStepIn } from './customOutcomes';

type Result = OutputOf<'trials.analyze'>;

/**
 * Every planned phase with its scores up to `asOf` (none after: a running phase has only the days it has had).
 * The analysis cuts the phases itself at the day its look sees.
 */
function plannedPhases(ctx: ServiceContext, t: StoredTrial, key: OutcomeRef, asOf: Day): PhaseData[] {
  return t.phases.map((p) => {
    const seenTo = p.endDay < asOf ? p.endDay : asOf;
    return {
      id: p.id,
      kind: p.kind,
      cycle: p.cycle,
      label: phaseLabel(p.kind, p.cycle),
      startDay: p.startDay,
      endDay: p.endDay,
      transitionDays: p.transitionDays,
      series: p.startDay <= seenTo ? outcomeSeries(ctx, key, p.startDay, seenTo) : [],
    };
  });
}

/** The phases reached by `asOf`, each cut at `asOf`, for the chart. */
function reached(phases: readonly PhaseData[], asOf: Day): PhaseData[] {
  return phases.filter((p) => p.startDay <= asOf).map((p) => (p.endDay <= asOf ? p : { ...p, endDay: asOf }));
}

function outcomeRef(ctx: ServiceContext, key: OutcomeRef, mid: number): Result['outcome'] {
  const o = outcomeInfoIn(ctx, key);
  return { key, label: o.label, mid, unit: o.unit, higherIsWorse: o.higherIsWorse };
}

export function analyze(ctx: ServiceContext, { trialId }: { trialId: number }): Result {
  const now = today(ctx);
  const t = loadTrial(ctx, trialId);
  const cal = calendarOf(t);
  const last = lastDayOf(cal);
  const asOf = last < now ? last : now;
  const changes = changesOf(ctx, t, now, asOf);
  const slips = slipsOf(ctx, t, now).filter((s) => s.day <= asOf);
  // The randomisation test only applies once the drawn day has come (before that it is still a secret).
  const revealed = t.switchWindow !== null && t.switchDay !== null && t.switchDay <= asOf;
  const randomisation = revealed
    ? {
        allowedSwitchDays: allowedSwitchDays({ first: t.switchWindow!.first, last: t.switchWindow!.last, days: 0 }),
        switchDay: t.switchDay!,
      }
    : null;
  const confounders = [
    ...changes.map((c) => ({ day: c.day, description: c.description })),
    ...overlapChanges(ctx, t, asOf),
  ];
  const status = trialStatus(datesOf(t), now);
  const schedule = {
    status: status === 'planned' ? ('running' as const) : status,
    asOf,
    // While the drawn switch day is still a secret, so are the cycles' ends that follow from it.
    cycleEnds:
      t.switchWindow !== null && !revealed
        ? []
        : t.phases.filter((p) => p.kind === 'reintroduction').map((p) => p.endDay),
  };

  // The primary outcome is judged alone; the secondary ones as a family, their ranges widened together.
  const run = (key: OutcomeRef, mid: number, family: number): TrialAnalysis => {
    const info = outcomeInfoIn(ctx, key);
    return analyzeTrial({
      food: t.food,
      outcome: {
        key,
        label: info.label,
        higherIsWorse: info.higherIsWorse,
        unit: info.unit,
        step: outcomeStepIn(ctx, key),
      },
      mid,
      phases: t.startDay <= asOf ? plannedPhases(ctx, t, key, asOf) : [],
      schedule,
      randomisation,
      confounders,
      family,
    });
  };

  const primaryPhases = t.startDay <= asOf ? reached(plannedPhases(ctx, t, t.outcome, asOf), asOf) : [];
  const analysis = run(t.outcome, t.mid, 1);
  const secondary = t.secondaryOutcomes.map((key) => {
    const mid = outcomeInfoIn(ctx, key).defaultMid;
    return { outcome: outcomeRef(ctx, key, mid), analysis: run(key, mid, t.secondaryOutcomes.length) };
  });

  const means = new Map(analysis.phases.map((s) => [s.phaseId, s.mean]));
  const adherence = adherenceOf(ctx, t.id);
  return {
    trialId: t.id,
    name: t.name,
    food: t.food,
    status,
    asOf,
    outcome: outcomeRef(ctx, t.outcome, t.mid),
    analysis,
    secondary,
    phases: primaryPhases.map((p) => {
      const inPhase = (day: Day) => day >= p.startDay && day <= p.endDay;
      const answers = adherence.filter((a) => inPhase(a.day));
      return {
        id: p.id,
        label: p.label,
        kind: p.kind,
        startDay: p.startDay,
        endDay: p.endDay,
        transitionDays: p.transitionDays,
        mean: means.get(p.id) ?? null,
        series: p.series,
        answeredDays: answers.length,
        keptDays: answers.filter((a) => a.kept).length,
        slips: slips.filter((s) => inPhase(s.day)).length,
      };
    }),
    slips,
    changes,
    randomSwitch: revealed
      ? { first: t.switchWindow!.first, last: t.switchWindow!.last, switchDay: t.switchDay! }
      : null,
  };
}
