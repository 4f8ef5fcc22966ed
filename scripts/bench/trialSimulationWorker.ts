// A child process of the trial simulation: runs the trials it is sent and answers with their tallies.
// Each trial's seed follows from (seed, cell, trial), so the figures do not depend on how work is shared.
import { addDays, daysBetween } from '$shared/domain/day';
import { analyzeTrial, judgeTrial, type TrialAnalysis } from '$shared/trials/analysis/index';
import { inputFor, plannedPhases, synthesise, truthOf, type Cell, type SyntheticTrial } from './trialSimulationTrial';

export interface Job {
  cellIndex: number;
  cell: Cell;
  first: number;
  count: number;
  seed: number;
  /** Also judge a close on every day after the first reintroduction began (the worst case of looking). */
  everyDay: boolean;
}

export interface Tally {
  cellIndex: number;
  trials: number;
  /** "Looks like a trigger" at a planned look (end of a cycle, or the planned end). */
  triggerPlanned: number;
  /** … or on any day the trial could have been closed early (counted only when everyDay). */
  triggerAnyDay: number;
  everyDayTrials: number;
  /** Planned-look triggers among those same trials, so the two can be compared. */
  triggerPlannedEveryDay: number;
  notEnoughData: number;
  noMeaningfulDifference: number;
  effectCovered: number;
  switchRanges: number;
  switchCovered: number;
  zeroWidth: number;
  rangesChecked: number;
  /** Sum of the food effect's 95% range widths at the planned end, for the average. */
  widthSum: number;
}

export function seedOf(seed: number, cell: number, trial: number): number {
  let h = (seed ^ Math.imul(cell + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h ^ Math.imul(trial + 1, 0xc2b2ae35)) >>> 0;
  return Math.imul(h ^ (h >>> 13), 0x27d4eb2f) >>> 0;
}

function ranges(a: Pick<TrialAnalysis, 'effect' | 'comparisons'>): [number, number][] {
  const out: [number, number][] = [];
  if (a.effect) out.push(a.effect.ci, a.effect.decisionRange);
  for (const c of a.comparisons) if (c.ci && c.decisionRange) out.push(c.ci, c.decisionRange);
  return out;
}

function runTrial(job: Job, trial: SyntheticTrial, tally: Tally): void {
  const planned = plannedPhases(job.cell.design);
  const end = planned[planned.length - 1]!.endDay;
  const cycleEnds = planned.filter((p) => p.kind === 'reintroduction').map((p) => p.endDay);
  const looks: TrialAnalysis[] = [];
  for (const day of cycleEnds.slice(0, -1))
    looks.push(analyzeTrial(inputFor(trial, { status: 'running', asOf: addDays(day, 1), cycleEnds })));
  const final = analyzeTrial(inputFor(trial, { status: 'finished', asOf: end, cycleEnds }));
  looks.push(final);

  const atPlannedLook = looks.some((a) => a.verdict.kind === 'looks-like-a-trigger');
  let anyDay = atPlannedLook;
  if (job.everyDay) {
    const firstReintroduction = planned.find((p) => p.kind === 'reintroduction')!;
    const from = addDays(firstReintroduction.startDay, firstReintroduction.transitionDays);
    // The same figures and rules as analyzeTrial, without the words (judgeTrial is what analyzeTrial runs).
    for (let d = 0; !anyDay && d < daysBetween(from, end); d++) {
      const early = judgeTrial(inputFor(trial, { status: 'ended-early', asOf: addDays(from, d), cycleEnds }));
      if (early.judgement.kind === 'looks-like-a-trigger') anyDay = true;
      const checked = ranges({ effect: early.effect?.effect ?? null, comparisons: early.comparisons });
      for (const r of checked) tally.zeroWidth += r[1] - r[0] > 1e-9 ? 0 : 1;
      tally.rangesChecked += checked.length;
    }
    tally.everyDayTrials++;
    if (anyDay) tally.triggerAnyDay++;
    if (atPlannedLook) tally.triggerPlannedEveryDay++;
  }
  if (atPlannedLook) tally.triggerPlanned++;
  for (const a of looks) {
    for (const r of ranges(a)) tally.zeroWidth += r[1] - r[0] > 1e-9 ? 0 : 1;
    tally.rangesChecked += ranges(a).length;
  }
  if (final.verdict.kind === 'not-enough-data') tally.notEnoughData++;
  if (final.verdict.kind === 'no-meaningful-difference') tally.noMeaningfulDifference++;
  if (final.effect) {
    const truth = truthOf(trial, final, final.effect.weights);
    if (final.effect.ci[0] <= truth && truth <= final.effect.ci[1]) tally.effectCovered++;
    tally.widthSum += final.effect.ci[1] - final.effect.ci[0];
  }
  for (const c of final.comparisons) {
    if (c.ci === null) continue;
    const truth = truthOf(trial, final, [
      { phaseId: c.before.phaseId, weight: -1 },
      { phaseId: c.after.phaseId, weight: 1 },
    ]);
    tally.switchRanges++;
    if (c.ci[0] <= truth && truth <= c.ci[1]) tally.switchCovered++;
  }
}

export function runJob(job: Job): Tally {
  const tally: Tally = {
    cellIndex: job.cellIndex,
    trials: 0,
    triggerPlanned: 0,
    triggerAnyDay: 0,
    everyDayTrials: 0,
    triggerPlannedEveryDay: 0,
    notEnoughData: 0,
    noMeaningfulDifference: 0,
    effectCovered: 0,
    switchRanges: 0,
    switchCovered: 0,
    zeroWidth: 0,
    rangesChecked: 0,
    widthSum: 0,
  };
  for (let i = job.first; i < job.first + job.count; i++) {
    runTrial(job, synthesise(job.cell, seedOf(job.seed, job.cellIndex, i)), tally);
    tally.trials++;
  }
  return tally;
}

// As a child process: take jobs from the parent one at a time until told to stop.
if (process.send !== undefined) {
  process.on('message', (message: Job | 'stop') => {
    if (message === 'stop') process.exit(0);
    else process.send!(runJob(message));
  });
}
