// A trial in an export, checked as a whole once each of its rows has passed its own table's checks: its phases
// follow one another from the trial's first day without a gap or an overlap, in the protocol's order
// (shared/trials/protocol/plan.ts: baseline, elimination, reintroduction, and once more when repeated), a
// random switch falls on the first day of the elimination, it was closed inside its own dates, its answers
// and slips fall inside it, and two trials of one food never run at once (unless the person says the file is
// right). A hand-edited file could otherwise put a trial the app could never have made in front of the
// analysis, which would then judge it as if it were sound.
import { addDays, type Day } from '../domain/day';
import { phaseLabel, type PhaseKind } from '../trials/protocol/plan';
import type { IssueList } from './issues';

/** A row of the export's file (format.ts calls it FileRow). */
type FileRow = Record<string, unknown>;

interface Numbered {
  row: FileRow;
  /** The row's number in its table, as the file has it (from 1). */
  n: number;
}

export type NumberedTables = Record<string, Numbered[]>;

const str = (v: unknown) => v as string;
const label = (p: FileRow) => phaseLabel(p.kind as PhaseKind, p.cycle as number).toLowerCase();

function expectedShape(repeat: boolean): [string, number][] {
  const shape: [string, number][] = [
    ['baseline', 1],
    ['elimination', 1],
    ['reintroduction', 1],
  ];
  if (repeat) shape.push(['elimination', 2], ['reintroduction', 2]);
  return shape;
}

/** The first and last day a trial was in effect: from its start to its last phase's end, or its closing day. */
export function trialSpan(trial: FileRow, phases: readonly FileRow[]): { first: Day; last: Day } {
  const end = phases.reduce((e, p) => (str(p.end_day) > e ? str(p.end_day) : e), str(trial.start_day));
  const closed = trial.closed_on as string | null;
  return { first: str(trial.start_day), last: closed !== null && closed < end ? closed : end };
}

export function checkTrials(
  tables: NumberedTables,
  issues: IssueList,
  options: { overlappingTrials?: boolean } = {},
): void {
  const trials = tables.trials ?? [];
  const spans = new Map<unknown, { first: Day; last: Day }>();
  for (const { row: t, n } of trials) {
    const problem = (message: string, column: string | null = null) =>
      issues.add({ table: 'trials', row: n, column, message });
    const phases = (tables.trial_phases ?? [])
      .map((p) => p.row)
      .filter((p) => p.trial_id === t.id)
      .sort((a, b) => (a.position as number) - (b.position as number));
    const shape = expectedShape(t.repeat === true);
    if (phases.length !== shape.length) {
      problem(
        `has ${phases.length} ${phases.length === 1 ? 'phase' : 'phases'} in the file; a ${t.repeat === true ? 'repeated ' : ''}trial has ${shape.length}`,
      );
      continue;
    }
    let sound = true;
    phases.forEach((p, i) => {
      const [kind, cycle] = shape[i]!;
      if (p.position !== i || p.kind !== kind || p.cycle !== cycle) {
        sound = false;
        problem(`its phase ${i + 1} should be the ${phaseLabel(kind as PhaseKind, cycle).toLowerCase()}, in order`);
      }
    });
    if (!sound) continue;
    if (phases[0]!.start_day !== t.start_day)
      problem(`the trial starts on ${str(t.start_day)} but its first phase on ${str(phases[0]!.start_day)}`);
    for (let i = 1; i < phases.length; i++) {
      const before = phases[i - 1]!;
      const p = phases[i]!;
      const expected = addDays(str(before.end_day), 1);
      if (p.start_day === expected) continue;
      problem(
        str(p.start_day) < expected
          ? `the ${label(p)} starts on ${str(p.start_day)}, but the ${label(before)} runs to ${str(before.end_day)}: phases cannot overlap`
          : `the ${label(p)} starts on ${str(p.start_day)}, but the ${label(before)} ends on ${str(before.end_day)}: phases follow one another without a gap`,
      );
    }
    if (t.switch_day !== null && t.switch_day !== phases[1]!.start_day)
      problem(
        `the random switch fell on ${str(t.switch_day)}, but the elimination starts on ${str(phases[1]!.start_day)}`,
        'switch_day',
      );
    const span = trialSpan(t, phases);
    const closed = t.closed_on as string | null;
    if (closed !== null && (closed < span.first || closed > str(phases[phases.length - 1]!.end_day)))
      problem(`it was closed on ${closed}, outside its own dates`, 'closed_on');
    spans.set(t.id, span);
  }

  for (const table of ['trial_adherence', 'trial_slips']) {
    for (const { row, n } of tables[table] ?? []) {
      const span = spans.get(row.trial_id);
      if (span && (str(row.day) < span.first || str(row.day) > span.last))
        issues.add({
          table,
          row: n,
          column: 'day',
          message: `${str(row.day)} is outside the trial (${span.first} to ${span.last})`,
        });
    }
  }

  if (options.overlappingTrials) return;
  for (let i = 0; i < trials.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [trials[j]!, trials[i]!];
      const [sa, sb] = [spans.get(a.row.id), spans.get(b.row.id)];
      if (!sa || !sb || a.row.food_key !== b.row.food_key || sb.first > sa.last || sb.last < sa.first) continue;
      issues.add({
        table: 'trials',
        row: b.n,
        column: null,
        message: `the "${str(b.row.name)}" trial (${sb.first} to ${sb.last}) runs at the same time as the "${str(a.row.name)}" trial in row ${a.n}, on the same food; Axis runs one trial per food at a time (say so if the file is right: “two trials of one food at once”)`,
      });
    }
  }
}
