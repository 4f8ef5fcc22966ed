// Page 1 of the report: what a clinician reads in a minute. The figures are the ones the sections after it
// state in full (logging, overall skin, best and worst weeks, each trial's verdict in the results screen's own
// words); this file only chooses them, and gathers what is taken now and the cautions the journal holds.
import { clinicianReasons } from '../safety/trialSafety';
import { HOW_OFTEN_LABELS, TYPE_INFO, type Treatment } from '../domain/treatment';
import type { Condition } from '../domain/measures';
import { averageSentence } from './measures';
import type { MeasureSummary, Report, ReportSummary, SupplementRegularity } from './schema';
import type { ReportSource } from './source';
import { dayRangeText, listWords, num, percent, shortDay } from './words';

function keyFigures(
  logging: Report['logging'],
  overall: MeasureSummary | undefined,
  areas: Report['bodyAreas'],
): string[] {
  const lines = [logging.text];
  if (areas.areas.length > 0)
    lines.push(
      `Skin affected: ${listWords(areas.areas.slice(0, 5).map((a, i) => `${a.label.toLowerCase()} on ${percent(a.share)}${i === 0 ? ' of days logged' : ''}`))}.`,
    );
  if (!overall) return lines;
  lines.push(averageSentence(overall));
  if (overall.bestWeek && overall.worstWeek)
    lines.push(
      `Best week for overall skin: ${overall.bestWeek.text} (average ${num(overall.bestWeek.mean)}); worst: ${overall.worstWeek.text} (average ${num(overall.worstWeek.mean)}).`,
    );
  return lines;
}

function headline(overall: MeasureSummary | undefined): string | null {
  if (!overall) return null;
  return `${overall.label} from start to end: ${overall.changeText.charAt(0).toLowerCase()}${overall.changeText.slice(1)}`;
}

function currentSupplements(rows: readonly SupplementRegularity[]): ReportSummary['current'] {
  return rows
    .filter((s) => s.current)
    .map((s) => ({
      kind: 'supplement' as const,
      text: `${s.name}${s.doseText ? ` ${s.doseText}` : ''} (${s.spanText}; ${s.share === null ? 'not logged while in the regimen' : `taken on ${Math.round(s.share * 100)}% of days logged`})`,
    }));
}

/** "Adapalene 0.1%, retinoid, once a day": the kind without its examples, which would nest brackets. */
function treatmentText(t: Treatment): string {
  const strength = t.strength && !t.name.includes(t.strength) ? ` ${t.strength}` : '';
  const kind = TYPE_INFO[t.type].label.replace(/\s*\(.*\)$/, '').toLowerCase();
  return `${t.name}${strength}, ${kind}, ${HOW_OFTEN_LABELS[t.howOften].toLowerCase()}`;
}

/** Treatments still in use on the period's last day (one stopped that day is no longer in use). */
function currentTreatments(source: ReportSource): ReportSummary['current'] {
  return (source.treatments ?? [])
    .filter(
      (t) => (t.startedOn === null || t.startedOn <= source.to) && (t.stoppedOn === null || t.stoppedOn > source.to),
    )
    .map((t) => ({
      kind: 'treatment' as const,
      text: `${treatmentText(t)}${t.startedOn ? `; ${t.startedOn > source.from ? 'from' : 'since'} ${shortDay(t.startedOn)}` : ''}`,
    }));
}

/** What the journal holds that a clinician should see first: set-up answers that needed their agreement,
 * trials run alongside another, and trials stopped before their end. */
function flags(trials: ReportSource['trials'], conditions: readonly Condition[]): string[] {
  const lines: string[] = [];
  for (const { detail: d } of trials) {
    if (d.safety) {
      const reasons = clinicianReasons(
        {
          food: { preset: d.preset, name: d.name, whatCounts: d.whatCounts, food: d.food },
          conditions,
          overlapping: d.overlaps.length > 0,
        },
        d.safety.answers,
      );
      if (reasons.length > 0)
        lines.push(
          `${d.name} trial: needed a clinician’s agreement, because ${reasons.join('; ')}. ${d.safety.answers.clinicianAgreed ? 'The person confirmed a clinician agreed.' : 'No clinician’s agreement was confirmed.'}`,
        );
    }
    if (d.overlaps.length > 0)
      lines.push(`${d.name} trial: ran alongside another food’s trial (${d.overlaps.map((o) => o.name).join(', ')}).`);
    if (d.closed)
      lines.push(
        `${d.name} trial: ${d.closed.as === 'abandoned' ? 'abandoned' : 'ended early'}${d.closed.reason ? `, because: "${d.closed.reason}"` : ''}.`,
      );
  }
  return lines;
}

export function reportSummary(
  source: ReportSource,
  logging: Report['logging'],
  skin: readonly MeasureSummary[],
  bodyAreas: Report['bodyAreas'],
  trials: Report['trials'],
  supplements: readonly SupplementRegularity[],
): ReportSummary {
  const overall = skin.find((s) => s.key === 'skinOverall');
  return {
    keyFigures: keyFigures(logging, overall, bodyAreas),
    headline: headline(overall),
    verdicts: trials.map((t) => ({
      trial: `${t.name} trial (${t.statusLabel.toLowerCase()}, ${t.endDay ? dayRangeText(t.startDay, t.endDay) : `from ${shortDay(t.startDay)}`})`,
      title: t.verdict.title,
      certainty: t.verdict.certainty,
    })),
    current: [...currentSupplements(supplements), ...currentTreatments(source)],
    flags: flags(source.trials, source.conditions),
  };
}
