// What the person is choosing on the Reports screen, as one object the controls bind to. The period is
// always worked out from the choice (presets end today), so the preview and the PDF can never disagree.
import { addDays, isDay, type Day } from '$shared/domain/day';
import { monthsBefore } from '$shared/trends/index';
import { periodProblem, type PaperSize, type ReportQueryInput } from '$shared/report/index';

export const PERIOD_PRESETS = [
  { id: '4w', label: 'Last 4 weeks' },
  { id: '3m', label: 'Last 3 months' },
  { id: '6m', label: 'Last 6 months' },
  { id: '12m', label: 'Last 12 months' },
  { id: 'custom', label: 'Choose dates' },
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]['id'];

export type Period = { ok: true; from: Day; to: Day } | { ok: false; message: string };

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: Day): { from: Day; to: Day } {
  if (preset === '4w') return { from: addDays(today, -27), to: today };
  const months = preset === '3m' ? 3 : preset === '6m' ? 6 : 12;
  return { from: addDays(monthsBefore(today, months), 1), to: today };
}

export class ReportDraft {
  preset = $state<PeriodPreset>('3m');
  customFrom = $state('');
  customTo = $state('');
  /** 'all': every trial that overlaps the period. */
  trial = $state<'all' | number>('all');
  name = $state('');
  paper = $state<PaperSize>('a4');
  noteDays = $state<Day[]>([]);
  today: Day;

  constructor(today: Day, name: string, paper: PaperSize) {
    this.today = today;
    this.name = name;
    this.paper = paper;
    const start = presetPeriod('3m', today);
    this.customFrom = start.from;
    this.customTo = start.to;
  }

  period: Period = $derived.by(() => {
    if (this.preset !== 'custom') return { ok: true, ...presetPeriod(this.preset, this.today) };
    if (!isDay(this.customFrom)) return { ok: false, message: 'Choose the first day of the period.' };
    if (!isDay(this.customTo)) return { ok: false, message: 'Choose the last day of the period.' };
    const problem = periodProblem(this.customFrom, this.customTo);
    return problem
      ? { ok: false, message: `That period does not work: ${problem}.` }
      : { ok: true, from: this.customFrom, to: this.customTo };
  });

  /** The query for the preview and the PDF; null while the period is not valid. */
  query: ReportQueryInput | null = $derived.by(() => {
    const p = this.period;
    if (!p.ok) return null;
    const noteDays = this.noteDays.filter((d) => d >= p.from && d <= p.to).sort();
    return {
      from: p.from,
      to: p.to,
      name: this.name,
      noteDays,
      paper: this.paper,
      ...(this.trial === 'all' ? {} : { trialId: this.trial }),
    };
  });

  toggleNote(day: Day, chosen: boolean): void {
    this.noteDays = chosen ? [...new Set([...this.noteDays, day])] : this.noteDays.filter((d) => d !== day);
  }
}
