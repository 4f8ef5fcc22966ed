// Trial analysis on a long, dense trial: the pure analysis alone (the model fitted over 50 values of the
// day-to-day correlation) and the whole results operation through the router (primary and secondary outcomes).
import type { JournalApp } from '../../electron/core/journalApp';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { addDays } from '$shared/domain/day';
import { analyzeTrial, type PhaseData } from '$shared/trials/analysis/index';
import { timeAsync, timeSync, type Figure } from './measure';

export async function benchTrials(app: JournalApp, lastDay: string): Promise<Figure[]> {
  // Several finished dairy trials spread over the ten years, as a person repeating the test might have
  // (oldest first, as they would have been run); the newest is the one measured.
  const ids = [2100, 1400, 700, 3].map(
    (back, i) => fillDemoTrial(app.ctx, { seed: 100 + i, endDay: addDays(lastDay, -back) }).trialId,
  );
  const result = await app.router.handle('trials.analyze', { trialId: ids.at(-1)! }, { url: 'bench:' });
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value as { analysis: { comparisons: { before: { phaseId: number } }[] } };

  const phases: PhaseData[] = (
    app.db
      .prepare(
        'SELECT id, kind, cycle, start_day, end_day, transition_days FROM trial_phases WHERE trial_id = ? ORDER BY position',
      )
      .all(ids.at(-1)!) as {
      id: number;
      kind: PhaseData['kind'];
      cycle: number;
      start_day: string;
      end_day: string;
      transition_days: number;
    }[]
  ).map((p) => {
    const rows = app.db
      .prepare('SELECT day, skin_overall AS value FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day')
      .all(p.start_day, p.end_day) as { day: string; value: number | null }[];
    return {
      id: p.id,
      kind: p.kind,
      cycle: p.cycle,
      label: p.kind,
      startDay: p.start_day,
      endDay: p.end_day,
      transitionDays: p.transition_days,
      series: rows,
    };
  });
  const days = phases.reduce((n, p) => n + p.series.length, 0);
  const pure = timeSync(
    (i) =>
      analyzeTrial({
        food: 'dairy',
        outcome: { key: 'skinOverall', label: 'overall skin', higherIsWorse: true, unit: 'points', step: 1 },
        mid: 2 + i * 1e-9, // a fresh input each time, so nothing can be remembered between runs
        phases,
        schedule: { status: 'finished', asOf: phases.at(-1)!.endDay, cycleEnds: [phases.at(-1)!.endDay] },
        randomisation: null,
        confounders: [],
      }),
    30,
    3,
  );
  const routed = await timeAsync(
    () => app.router.handle('trials.analyze', { trialId: ids.at(-1)! }, { url: 'bench:' }),
    20,
    2,
  );
  return [
    { name: `trial analysis (${days} days)`, value: pure, unit: 'ms', target: 100 },
    {
      name: 'trial results through the router (3 outcomes)',
      value: routed,
      unit: 'ms',
      detail: `${value.analysis.comparisons.length} comparisons, ${ids.length} trials in the journal`,
    },
  ];
}
