// The person's own items and their treatments in the report: each own item summarised like a built-in
// measure (a yes/no item as the share of days with "yes"), and "Treatments in this period": every treatment
// in use at some point of the period, with its strength, how often, the days it was ticked as used, and its
// starts, stops and changes within the period.
import { measureLike } from '../domain/trackingPlan';
import { HOW_OFTEN_LABELS, TYPE_INFO } from '../domain/treatment';
import type { Day } from '../domain/day';
import { densify } from '../trends/index';
import { summarizeMeasure, type ReportMeasure } from './measures';
import type { MeasureSummary, ReportTreatment } from './schema';
import type { ReportSource } from './source';
import { percent, plural, shortDay } from './words';

export function ownItemSummaries(source: ReportSource, days: ReportSource['days']): MeasureSummary[] {
  const { from, to } = source;
  return (source.trackables ?? [])
    .map((t) => {
      const series = densify(
        days.map((d) => ({ day: d.day, value: d.custom?.[t.slug] ?? null })),
        from,
        to,
      );
      const unit =
        t.kind === 'yesno'
          ? 'share of days with “yes”'
          : t.kind === 'choice'
            ? `0 ${t.options[0]} to ${t.options.length - 1} ${t.options[t.options.length - 1]}`
            : t.kind === 'count'
              ? t.unit || 'a day'
              : t.unit || undefined;
      const measure: ReportMeasure = { ...measureLike(t), neutral: t.direction === 'neither', unit };
      const s = summarizeMeasure(measure.key, series, from, to, measure);
      return t.kind === 'yesno' && s.mean !== null ? { ...s, meanText: percent(s.mean) } : s;
    })
    .filter((s) => s.loggedDays > 0);
}

const inPeriod = (d: Day, from: Day, to: Day) => d >= from && d <= to;

export function treatmentsInPeriod(source: ReportSource, days: ReportSource['days']): ReportTreatment[] {
  const { from, to } = source;
  return (source.treatments ?? [])
    .filter((t) => (t.startedOn === null || t.startedOn <= to) && (t.stoppedOn === null || t.stoppedOn >= from))
    .map((t) => {
      const used = days.filter((d) => d.treatmentIds?.includes(t.id)).length;
      const span =
        t.startedOn !== null && t.startedOn > from
          ? `from ${shortDay(t.startedOn)}`
          : t.startedOn !== null
            ? `since ${shortDay(t.startedOn)}`
            : 'before records';
      return {
        name: t.name,
        typeText: TYPE_INFO[t.type].label,
        strengthText: t.strength || '–',
        howOftenText: HOW_OFTEN_LABELS[t.howOften],
        spanText: t.stoppedOn !== null ? `${span} until ${shortDay(t.stoppedOn)}` : `${span}, still in use`,
        usedText: t.howOften === 'as-needed' ? `used on ${plural(used, 'day')} logged` : '',
        changes: t.history
          .filter((h) => inPeriod(h.day, from, to))
          .map((h) => ({ day: h.day, text: `${shortDay(h.day)}: ${h.detail}` })),
      };
    });
}
