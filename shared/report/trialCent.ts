// The parts of a trial's report that the CENT 2015 checklist for single-person (N-of-1) trials asks for and
// the results screen does not show as such (Vohra et al., 2015, BMJ, "CONSORT extension for reporting N-of-1
// trials (CENT) 2015"): why the trial was run, how the switch day was drawn, harms and flares, limitations,
// and the statistical method for the appendix. In our own words; every figure comes from the trial's
// timeline and analysis, nothing is re-judged here.
import type { TrialDetail, TrialResult } from '../trials/records';
import { listWords, num, plural, shortDay } from './words';

export function whyText(d: TrialDetail, conditionsText: string): string[] {
  const lines = [
    `The person’s own question: does their ${conditionsText.toLowerCase()} change when ${d.food} is left out and brought back? ` +
      `Judged on ${d.outcome.label.toLowerCase()}, scored once a day; ${num(d.outcome.mid, 1)} ${d.outcome.unit} or more was set in advance as the change that matters.`,
  ];
  if (d.evidence.trim()) lines.push(`What published studies say: ${d.evidence.trim()}`);
  return lines;
}

/** How the switch day was drawn (CENT: randomisation), said within the design. */
export function randomText(d: TrialDetail): string | null {
  const r = d.randomSwitch;
  if (!r) return null;
  return (
    `The day the elimination began was drawn at random by Axis, each of the ${plural(r.days, 'day')} from ` +
    `${shortDay(r.first)} to ${shortDay(r.last)} equally likely, and kept hidden from the person until it came` +
    `${r.switchDay ? ` (${shortDay(r.switchDay)})` : ''}. The other phases followed in a fixed order.`
  );
}

/** Days at least the meaningful change worse than the baseline's average: what the report calls a flare. */
function flareLines(r: TrialResult): string[] {
  const baseline = r.phases.find((p) => p.kind === 'baseline');
  const mid = r.outcome.mid;
  const worse = (v: number) => (r.outcome.higherIsWorse ? v : -v);
  const lines: string[] = [];
  const all = r.phases.flatMap((p) =>
    p.series.filter((s) => s.value !== null).map((s) => ({ ...s, value: s.value as number, phase: p.label })),
  );
  if (all.length === 0) return ['No score was logged during the trial.'];
  const worst = all.reduce((a, b) => (worse(b.value) > worse(a.value) ? b : a));
  lines.push(
    `Worst day logged: ${num(worst.value, 0)} ${r.outcome.unit === 'points' ? 'out of 10' : r.outcome.unit} on ${shortDay(worst.day)} (${worst.phase.toLowerCase()}).`,
  );
  if (baseline?.mean === null || baseline?.mean === undefined) return lines;
  const bar = baseline.mean + (r.outcome.higherIsWorse ? mid : -mid);
  const counts = r.phases.map((p) => {
    const n = p.series.filter((s) => s.value !== null && worse(s.value) >= worse(bar)).length;
    return `${plural(n, 'day')} in the ${p.label.toLowerCase()}`;
  });
  lines.push(
    `Flare days, scored ${r.outcome.higherIsWorse ? 'at or above' : 'at or below'} ${num(bar, 1)} (the baseline's average ${r.outcome.higherIsWorse ? 'plus' : 'minus'} the change that matters): ${listWords(counts)}.`,
  );
  return lines;
}

export function harmsText(d: TrialDetail, r: TrialResult): string[] {
  const lines: string[] = [];
  if (d.closed) {
    const how = d.closed.as === 'abandoned' ? 'Abandoned' : 'Ended early';
    lines.push(`${how} on ${shortDay(d.closed.on)}${d.closed.reason ? `, because: "${d.closed.reason}"` : ''}.`);
  }
  lines.push(...flareLines(r));
  lines.push(
    'Side effects and reactions have no question of their own in Axis: they would be in the day’s notes, printed here only when chosen.',
  );
  return lines;
}

export function limitationsText(d: TrialDetail, r: TrialResult, caveats: readonly string[]): string[] {
  const trialDays = r.phases.reduce((sum, p) => sum + p.series.length, 0);
  const logged = r.phases.reduce((sum, p) => sum + p.series.filter((s) => s.value !== null).length, 0);
  const lines = [
    `Not blinded: the person knew when they ate ${d.food} and gave the scores themselves, so expecting a change can colour a score.`,
  ];
  if (logged < trialDays)
    lines.push(
      `${plural(trialDays - logged, 'day')} of ${trialDays} in the trial had no score. If bad days were skipped more often than good ones, the averages look better than the days were.`,
    );
  return [...lines, ...caveats];
}

function lookText(r: TrialResult): string {
  const look = r.analysis.look;
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  switch (look.kind) {
    case 'waiting':
      return 'Look: none yet. A verdict is given only at planned points, the end of each cycle; until then no range is shown.';
    case 'final':
      return `Look: at the planned end, judged on the ${pct(look.level)} range.`;
    default:
      return (
        `Look: before the planned end (${look.kind === 'interim' ? 'after the first cycle' : 'the trial was closed early'}), ` +
        `judged on the stricter ${pct(look.level)} range (Haybittle–Peto boundary), so that looking early does not make false alarms more likely.`
      );
  }
}

export function statisticsText(r: TrialResult): { method: string[]; details: string[] } {
  const e = r.analysis.effect;
  const method = [
    'Model: one level per phase with first-order autoregressive (AR(1)) errors over calendar days, so an unlogged day is a gap, never a guess; the correlation is integrated over its posterior (restricted likelihood, Jeffreys prior), and every range and chance is read from the resulting mixture of t distributions.',
    `Food effect: every phase eating ${r.food} against every phase without it, ${e && !e.driftBalanced ? 'pooled (no phase eating the food came after the elimination, so a steady drift cannot be told apart)' : 'weighted so that a steady linear drift over the weeks cancels'}. Each switch (a phase against the one before) has its own range from the same model.`,
    lookText(r),
  ];
  if (r.analysis.model)
    method.push(
      `Days in the model: ${r.analysis.model.loggedDays} logged days over ${plural(r.analysis.model.phases, 'phase')}.`,
    );
  return { method, details: r.analysis.verdict.details };
}
