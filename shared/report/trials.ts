// A trial as a report prints it: the protocol (food, phases, dates), how well the plan was kept, slips and
// other changes during the phases, the per-phase chart and the verdict with its caveats. Everything is read
// from the trial's timeline and analysis (the same objects the Trials screen shows); nothing is re-judged
// here, so the report can never say more than the trial's own results do.
import { addDays } from '../domain/day';
import { measureByKey, type MeasureKey } from '../domain/measures';
import type { TrialDetail, TrialResult } from '../trials/records';
import type { ChartSpec, ReportTrial } from './schema';
import { afterWorse, changeWords, rangeWords } from '../trials/analysis/wording';
import { harmsText, limitationsText, randomText, statisticsText, whyText } from './trialCent';
import { dayRangeText, listWords, longDay, num, percent, plural, shortDay } from './words';

function phaseDates(start: string | null, end: string | null, days: number | null): string {
  if (start === null) return 'not started';
  if (end === null) return `from ${shortDay(start)} (end hidden until the switch day)`;
  return `${dayRangeText(start, end)}${days !== null ? ` (${plural(days, 'day')})` : ''}`;
}

function designText(d: TrialDetail): string {
  const l = d.lengths;
  const parts = [
    `Baseline of ${plural(l.baselineDays, 'day')} eating ${d.food} as usual`,
    `then ${plural(l.eliminationDays, 'day')} without ${d.food}`,
    `then ${plural(l.reintroductionDays, 'day')} with ${d.food} back${l.challengeDays > 0 ? ` (the first ${plural(l.challengeDays, 'day')} in rising portions)` : ''}`,
  ];
  let text = `${parts.join(', ')}${d.repeat ? ', the whole cycle done twice' : ''}.`;
  const settling = [...new Set(d.phases.filter((p) => p.transitionDays > 0).map((p) => p.kind))];
  if (l.transitionDays > 0 && settling.length > 0) {
    text += ` The first ${plural(l.transitionDays, 'day')} of ${listWords(settling.map((k) => `the ${k}`))} are left out of the comparison while the skin adjusts.`;
  }
  const drawn = randomText(d);
  return drawn ? `${text} ${drawn}` : text;
}

function closedText(d: TrialDetail): string | null {
  if (!d.closed) return null;
  const how = d.closed.as === 'abandoned' ? 'Abandoned' : 'Ended early';
  return `${how} on ${longDay(d.closed.on)}${d.closed.reason ? `: "${d.closed.reason}"` : ''}.`;
}

function adherenceOf(d: TrialDetail, r: TrialResult): ReportTrial['adherence'] {
  const { answeredDays, keptDays } = d.adherence;
  const trialDays = r.phases.reduce((sum, p) => sum + p.series.length, 0);
  const keptShare = answeredDays === 0 ? null : keptDays / answeredDays;
  const text =
    answeredDays === 0
      ? 'The daily question about the plan was not answered.'
      : `Kept to the plan on ${keptDays} of ${plural(answeredDays, 'day')} answered (${percent(keptShare)}); the daily question was answered on ${answeredDays} of ${plural(trialDays, 'day')} of the trial${r.status === 'running' || r.status === 'planned' ? ' so far' : ''}.`;
  return { answeredDays, keptDays, keptShare, text };
}

/** The food effect first (the figure the verdict rests on), then each switch, all in better-or-worse words. */
function comparisonRows(r: TrialResult): ReportTrial['comparisons'] {
  const a = r.analysis;
  const rows: ReportTrial['comparisons'] = [];
  if (a.effect !== null) {
    rows.push({
      label: `With ${r.food} against without (every phase, drift-balanced)`,
      beforeLevel: '–',
      afterLevel: '–',
      change: `${changeWords(a.effect.estimate)} with ${r.food}`,
      range: rangeWords(a.effect.ci),
      logged: a.model ? `${a.model.loggedDays} days` : '–',
    });
  }
  for (const c of a.comparisons) {
    const worse = afterWorse(c, { outcome: { higherIsWorse: r.outcome.higherIsWorse } });
    rows.push({
      label: `${c.after.label} against ${c.before.label.toLowerCase()}`,
      beforeLevel: num(c.before.level, 1),
      afterLevel: num(c.after.level, 1),
      change: worse === null ? '–' : changeWords(worse.value),
      range: worse === null ? '–' : rangeWords(worse.range),
      logged: `${c.before.loggedDays} of ${c.before.usableDays}, ${c.after.loggedDays} of ${c.after.usableDays}`,
    });
  }
  return rows;
}

/** The primary outcome by phase: patterned bands, daily dots, and each phase's mean over the days compared. */
export function trialChart(r: TrialResult, idPrefix: string): ChartSpec | null {
  if (r.phases.length === 0) return null;
  // A custom outcome ("custom:burning") is drawn like a built-in one of its kind: a rating on 0-10.
  const scale = r.outcome.key.startsWith('custom:')
    ? r.outcome.unit === 'points'
    : measureByKey(r.outcome.key as MeasureKey).kind === 'scale';
  const values = r.phases.flatMap((p) => p.series.map((s) => s.value).filter((v): v is number => v !== null));
  const yMax = scale ? 10 : Math.max(5, Math.ceil(Math.max(0, ...values) / 5) * 5);
  const from = r.phases[0]!.startDay;
  const to = r.phases[r.phases.length - 1]!.endDay;
  return {
    id: `${idPrefix}-phases`,
    title: `${r.outcome.label} by phase`,
    caption:
      `Daily ${r.outcome.label.toLowerCase()} (dots) in each phase of the ${r.name.toLowerCase()} trial, ${shortDay(from)} to ${shortDay(to)}; ` +
      `the flat lines are each phase's average over the days compared.${r.outcome.higherIsWorse ? ' Lower is better.' : ''}`,
    from,
    to,
    yMin: 0,
    yMax,
    yLabel: scale ? 'score' : r.outcome.unit,
    series: [{ label: 'Daily', kind: 'dots', style: 'solid', tone: 1, points: r.phases.flatMap((p) => p.series) }],
    bands: r.phases.map((p) => ({ from: p.startDay, to: p.endDay, label: p.label, kind: p.kind })),
    levels: r.phases
      .filter((p) => p.mean !== null && addDays(p.startDay, p.transitionDays) <= p.endDay)
      .map((p) => ({
        from: addDays(p.startDay, p.transitionDays),
        to: p.endDay,
        value: p.mean as number,
        label: num(p.mean, 1),
      })),
    markers: [],
    size: 'short',
  };
}

function overlapText(d: TrialDetail): string | null {
  if (d.overlaps.length === 0) return null;
  const each = d.overlaps.map((o) => `${o.name} (${o.span})${o.reason ? `, because: "${o.reason}"` : ''}`);
  return `This trial overlapped another food's trial: ${listWords(each)}. With two foods changing at the same time, neither result can be told apart from the other.`;
}

export function reportTrial(d: TrialDetail, r: TrialResult, conditionsText: string): ReportTrial {
  const byId = new Map(r.phases.map((p) => [p.id, p]));
  const statsById = new Map(r.analysis.phases.map((p) => [p.phaseId, p]));
  const whatCounts = d.counts.length > 0 ? d.counts : d.whatCounts.trim() ? [d.whatCounts.trim()] : [];
  return {
    id: d.id,
    name: d.name,
    food: d.food,
    statusLabel: d.statusLabel,
    startDay: d.startDay,
    endDay: d.endDay,
    datesText: d.endDay
      ? `${longDay(d.startDay)} to ${longDay(d.endDay)}`
      : `from ${longDay(d.startDay)} (end not yet known)`,
    whatCounts,
    outcomeText: `Judged on ${d.outcome.label.toLowerCase()}; a difference of ${num(d.outcome.mid, 1)} ${d.outcome.unit} or more was set in advance as meaningful.`,
    designText: designText(d),
    closedText: closedText(d),
    phases: d.phases
      .filter((p) => p.state !== 'not-reached')
      .map((p) => {
        const analysed = byId.get(p.id);
        return {
          label: p.label,
          kind: p.kind,
          startDay: p.startDay,
          endDay: p.endDay,
          datesText: phaseDates(p.startDay, p.endDay, p.days),
          days: p.days,
          extendedBy: p.extendedBy,
          transitionDays: p.transitionDays,
          mean: analysed?.mean ?? null,
          answeredDays: analysed?.answeredDays ?? 0,
          keptDays: analysed?.keptDays ?? 0,
          slips: analysed?.slips ?? 0,
          comparedDays: statsById.get(p.id)?.usableDays ?? 0,
          loggedDays: statsById.get(p.id)?.loggedDays ?? 0,
          instruction: p.instruction,
        };
      }),
    adherence: adherenceOf(d, r),
    slips: r.slips.map((s) => ({ day: s.day, what: s.what, amount: s.amount, phaseLabel: s.phaseLabel })),
    changes: r.changes.map((c) => ({ day: c.day, description: c.description, phaseLabel: c.phaseLabel })),
    comparisons: comparisonRows(r),
    verdict: {
      kind: r.analysis.verdict.kind,
      title: r.analysis.verdict.title,
      certainty: r.analysis.verdict.certainty,
      summary: r.analysis.verdict.summary,
      details: r.analysis.verdict.details,
      caveats: r.analysis.verdict.caveats,
    },
    asOfText: `Results include the days up to ${longDay(r.asOf)}.`,
    chart: trialChart(r, `trial-${d.id}`),
    safety: d.safety ? { lines: d.safety.lines, points: d.safety.points.map((p) => p.title) } : null,
    overlapText: overlapText(d),
    why: whyText(d, conditionsText),
    harms: harmsText(d, r),
    limitations: limitationsText(d, r, r.analysis.verdict.caveats),
    statistics: statisticsText(r),
  };
}
