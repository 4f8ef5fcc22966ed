// Builds the report model from plain data: a pure function, so the app, the PDF and the command line print the
// same figures and words for the same journal, and tests can check every number without a database.
import { daysBetween } from '../domain/day';
import {
  CONDITION_LABELS,
  EXERCISE_LABELS,
  MEASURES,
  measuresFor,
  type ExerciseKind,
  type Measure,
  type MeasureKey,
} from '../domain/measures';
import { blockText } from '../guide/blocks';
import { DISCLAIMER, GENERAL_RED_FLAGS_BLOCKS } from '../guide/disclaimer';
import { redFlagGroups, redFlagLine } from '../safety/redFlags';
import { densify, type Series } from '../trends/index';
import { bodyAreasOfDays } from '../trends/bodyAreas';
import { trendCharts } from './charts';
import { MIN_WEEK_DAYS, summarizeMeasure } from './measures';
import type { Report } from './schema';
import type { ReportSource } from './source';
import { supplementRegularity } from './supplements';
import { ownItemSummaries, treatmentsInPeriod } from './personal';
import { reportSummary } from './summary';
import { reportTrial } from './trials';
import { listWords, longDay, percent, plural, shortDay } from './words';

export const REPORT_TITLE = 'Skin and gut progress report';
const LIFESTYLE_KEYS: MeasureKey[] = ['sleepHours', 'sleepQuality', 'stress', 'exerciseMinutes', 'relaxationMinutes'];

function exerciseText(days: ReportSource['days']): string {
  const logged = days.filter((d) => d.values.exerciseMinutes !== null && d.values.exerciseMinutes !== undefined);
  if (logged.length === 0) return 'Exercise was not logged in this period.';
  const active = logged.filter((d) => (d.values.exerciseMinutes ?? 0) > 0);
  if (active.length === 0) return `No exercise on any of the ${plural(logged.length, 'day')} it was logged.`;
  const minutes = active.reduce((sum, d) => sum + (d.values.exerciseMinutes ?? 0), 0) / active.length;
  const kinds = new Map<ExerciseKind, number>();
  for (const d of active) if (d.exerciseKind) kinds.set(d.exerciseKind, (kinds.get(d.exerciseKind) ?? 0) + 1);
  const kindText = [...kinds.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${EXERCISE_LABELS[k].toLowerCase()} (${plural(n, 'day')})`);
  return (
    `Exercised on ${active.length} of the ${plural(logged.length, 'day')} logged (${percent(active.length / logged.length)}), ` +
    `${Math.round(minutes)} minutes on average on those days${kindText.length ? `: ${listWords(kindText)}` : ''}.`
  );
}

/** The disclaimer without its list of warning signs: the report prints them all, per condition, just above. */
function disclaimer(): Report['disclaimer'] {
  const paragraphs = DISCLAIMER.body.filter((b) => !GENERAL_RED_FLAGS_BLOCKS.includes(b)).map(blockText);
  return { title: DISCLAIMER.title, paragraphs };
}

function redFlags(conditions: ReportSource['conditions']): Report['redFlags'] {
  return {
    title: 'When to see a clinician',
    intro:
      'Warning signs to act on rather than wait for a trial or a report, most urgent first: "now" means emergency services, "today" the same day.',
    groups: redFlagGroups(conditions).map((g) => ({ heading: g.heading, items: g.flags.map(redFlagLine) })),
  };
}

const HOW_TO_READ = [
  'Everything in this report was recorded by the person themselves in Axis, a private journal kept on their own computer, usually once a day. Days not logged are left empty: they are never guessed or counted as zero.',
  `Scores run from 0 (none) to 10 (as bad as it gets) unless stated otherwise. Best and worst weeks use only weeks with at least ${MIN_WEEK_DAYS} days logged; "start" and "end" compare the first and last 7 days logged.`,
  'A journal shows what went together, not what led to what. Trial results say what was seen during the trial and how sure the figures allow anyone to be; they are not a diagnosis.',
];

/** Where the skin was affected: days per area, of the days logged; areas never ticked are left out. */
function bodyAreasPart(days: ReportSource['days']): Report['bodyAreas'] {
  const summary = bodyAreasOfDays(days);
  const areas = summary.areas
    .filter((a) => a.days > 0)
    .sort((a, b) => b.days - a.days)
    .map((a) => ({ label: a.label, days: a.days, share: a.share ?? 0 }));
  const text =
    summary.daysWithAreas === 0
      ? 'No body area was ticked as affected in this period.'
      : `Body areas were ticked on ${plural(summary.daysWithAreas, 'day')} of the ${plural(summary.loggedDays, 'day')} logged.`;
  return { loggedDays: summary.loggedDays, daysWithAreas: summary.daysWithAreas, areas, text };
}

export function buildReport(source: ReportSource): Report {
  const { from, to } = source;
  const days = source.days
    .filter((d) => d.day >= from && d.day <= to)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const cache = new Map<MeasureKey, Series>();
  const seriesOf = (key: MeasureKey): Series => {
    let s = cache.get(key);
    if (!s)
      cache.set(
        key,
        (s = densify(
          days.map((d) => ({ day: d.day, value: d.values[key] ?? null })),
          from,
          to,
        )),
      );
    return s;
  };
  const summaries = (keys: MeasureKey[]) => keys.map((k) => summarizeMeasure(k, seriesOf(k), from, to));
  const tracked = source.tracked ? new Set<string>(source.tracked) : null;
  const shown = tracked
    ? (MEASURES as readonly Measure[]).filter((m) => tracked.has(m.key))
    : measuresFor(source.conditions);
  const skin = summaries(shown.filter((m) => m.group === 'skin').map((m) => m.key as MeasureKey)).filter(
    (s) => s.loggedDays > 0,
  );
  const gut = summaries(shown.filter((m) => m.group === 'gut').map((m) => m.key as MeasureKey)).filter(
    (s) => s.loggedDays > 0,
  );
  const lifestyle = summaries(LIFESTYLE_KEYS.filter((k) => !tracked || tracked.has(k))).filter((s) => s.loggedDays > 0);

  const totalDays = daysBetween(from, to) + 1;
  const share = days.length / totalDays;
  const logging = {
    loggedDays: days.length,
    totalDays,
    share,
    text: `Check-ins were logged on ${days.length} of the ${plural(totalDays, 'day')} in the period (${percent(share)}).`,
  };

  const conditions = source.conditions.map((c) => ({ key: c, label: CONDITION_LABELS[c] }));
  const changes = source.regimenChanges
    .filter((c) => c.day >= from && c.day <= to)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((c, i) => ({ number: i + 1, day: c.day, text: `${shortDay(c.day)}: ${c.description}` }));
  const markers = changes.map((c) => ({ day: c.day, label: String(c.number) }));

  const conditionsText = conditions.length
    ? listWords(conditions.map((c, i) => (i === 0 ? c.label : c.label.toLowerCase())))
    : 'No condition chosen in Axis';
  const trials = source.trials.map((t) => reportTrial(t.detail, t.result, conditions.length ? conditionsText : 'skin'));
  const bodyAreas = bodyAreasPart(days);
  const supplements = supplementRegularity(source.supplements, days, from, to);
  const charts = trendCharts(seriesOf, skin, gut, lifestyle, from, to, markers);
  // The overall skin chart leads page 1: the trials' phases are shaded on it, as on each trial's own chart.
  const overallChart = charts.find((c) => c.id === 'skin-overall');
  if (overallChart) {
    overallChart.bands = trials.flatMap((t) =>
      (t.chart?.bands ?? []).map((b) => ({
        ...b,
        label: trials.length > 1 ? `${t.name}: ${b.label.toLowerCase()}` : b.label,
      })),
    );
    if (overallChart.bands.length)
      overallChart.caption += ` Shaded: the ${listWords(trials.map((t) => t.name.toLowerCase()))} trial's phases.`;
  }
  const chosen = new Set(source.noteDays);
  const notes = days
    .filter((d) => chosen.has(d.day) && d.notes.trim() !== '')
    .map((d) => ({ day: d.day, dayText: longDay(d.day), text: d.notes.trim() }));
  const name = source.name.trim();

  return {
    version: 1,
    title: REPORT_TITLE,
    name: name === '' ? null : name,
    period: { from, to, days: totalDays, text: `${longDay(from)} to ${longDay(to)}` },
    printedOn: source.today,
    printedOnText: longDay(source.today),
    logging,
    conditions,
    conditionsText,
    summary: reportSummary(source, logging, skin, bodyAreas, trials, supplements),
    skin,
    bodyAreas,
    gut,
    charts,
    trials,
    supplements,
    lifestyle: { measures: lifestyle, exerciseText: exerciseText(days) },
    regimenChanges: changes,
    ownItems: ownItemSummaries(source, days),
    treatments: treatmentsInPeriod(source, days),
    notes,
    howToRead: HOW_TO_READ,
    redFlags: redFlags(source.conditions),
    disclaimer: disclaimer(),
  };
}
