// Reading and writing trial rows. The rest of the trial services work on StoredTrial and the pure protocol;
// only this file knows the table layout.
import type { Day } from '$shared/domain/day';
import { addDays, daysBetween } from '$shared/domain/day';
import { UserFacingError } from '$shared/contract/result';
import {
  plannedEndDay,
  type ClosedAs,
  type OutcomeRef,
  type PhaseLengths,
  type PhaseSpan,
  type PlannedPhase,
  type PresetId,
  type TrialCalendar,
  type TrialDates,
} from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';

interface TrialRow {
  id: number;
  preset: PresetId;
  food_key: string;
  name: string;
  food: string;
  what_counts: string;
  outcome: OutcomeRef;
  mid: number;
  secondary_outcomes: string;
  baseline_days: number;
  elimination_days: number;
  reintroduction_days: number;
  challenge_days: number;
  transition_days: number;
  repeat: 0 | 1;
  start_day: string;
  switch_first: string | null;
  switch_last: string | null;
  switch_day: string | null;
  seed: number;
  closed_as: ClosedAs | null;
  closed_on: string | null;
  close_reason: string;
}

interface PhaseRow {
  id: number;
  position: number;
  kind: PhaseSpan['kind'];
  cycle: number;
  start_day: string;
  end_day: string;
  transition_days: number;
  challenge_days: number;
  planned_days: number;
}

export interface StoredPhase extends PhaseSpan {
  plannedDays: number;
}

/** A trial as stored: what was set up (NewTrial) plus how it ended and its phases' dates. */
export interface StoredTrial extends NewTrial {
  id: number;
  closedAs: ClosedAs | null;
  closedOn: Day | null;
  closeReason: string;
  phases: StoredPhase[];
}

function toTrial(row: TrialRow, phases: PhaseRow[]): StoredTrial {
  return {
    id: row.id,
    preset: row.preset,
    foodKey: row.food_key,
    name: row.name,
    food: row.food,
    whatCounts: row.what_counts,
    outcome: row.outcome,
    mid: row.mid,
    secondaryOutcomes: JSON.parse(row.secondary_outcomes) as OutcomeRef[],
    lengths: {
      baselineDays: row.baseline_days,
      eliminationDays: row.elimination_days,
      reintroductionDays: row.reintroduction_days,
      challengeDays: row.challenge_days,
      transitionDays: row.transition_days,
    },
    repeat: row.repeat === 1,
    startDay: row.start_day,
    switchWindow: row.switch_first && row.switch_last ? { first: row.switch_first, last: row.switch_last } : null,
    switchDay: row.switch_day,
    seed: row.seed,
    closedAs: row.closed_as,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    phases: phases.map((p) => ({
      id: p.id,
      position: p.position,
      kind: p.kind,
      cycle: p.cycle,
      startDay: p.start_day,
      endDay: p.end_day,
      transitionDays: p.transition_days,
      challengeDays: p.challenge_days,
      plannedDays: p.planned_days,
    })),
  };
}

function phasesOf(ctx: ServiceContext, trialId: number): PhaseRow[] {
  return sql(ctx.db, 'SELECT * FROM trial_phases WHERE trial_id = ? ORDER BY position').all(trialId) as PhaseRow[];
}

export function loadTrial(ctx: ServiceContext, id: number): StoredTrial {
  const row = sql(ctx.db, 'SELECT * FROM trials WHERE id = ?').get(id) as TrialRow | undefined;
  if (!row) throw new UserFacingError('not-found', `There is no trial number ${id} in this journal.`);
  return toTrial(row, phasesOf(ctx, id));
}

/** Newest first. */
export function loadAllTrials(ctx: ServiceContext): StoredTrial[] {
  const rows = sql(ctx.db, 'SELECT * FROM trials ORDER BY start_day DESC, id DESC').all() as TrialRow[];
  return rows.map((row) => toTrial(row, phasesOf(ctx, row.id)));
}

export function calendarOf(t: StoredTrial): TrialCalendar {
  return {
    startDay: t.startDay,
    phases: t.phases,
    switchDay: t.switchDay,
    switchWindow: t.switchWindow,
    closedOn: t.closedOn,
  };
}

export function datesOf(t: StoredTrial): TrialDates & { closedOn: Day | null } {
  return { startDay: t.startDay, endDay: plannedEndDay(calendarOf(t)), closedAs: t.closedAs, closedOn: t.closedOn };
}

/** The latest day the trial could run to as far as the person knows (a hidden switch could be the last allowed day). */
export function knownLatestEnd(t: StoredTrial): Day {
  const end = plannedEndDay(calendarOf(t));
  return t.switchWindow && t.switchDay ? addDays(end, daysBetween(t.switchDay, t.switchWindow.last)) : end;
}

export interface NewTrial {
  preset: PresetId;
  foodKey: string;
  name: string;
  food: string;
  whatCounts: string;
  outcome: OutcomeRef;
  mid: number;
  secondaryOutcomes: OutcomeRef[];
  lengths: PhaseLengths;
  repeat: boolean;
  startDay: Day;
  switchWindow: { first: Day; last: Day } | null;
  switchDay: Day | null;
  seed: number;
}

export function insertTrial(ctx: ServiceContext, t: NewTrial, phases: PlannedPhase[]): number {
  const at = nowIso(ctx);
  const { lastInsertRowid } = sql(
    ctx.db,
    `INSERT INTO trials (preset, food_key, name, food, what_counts, outcome, mid, secondary_outcomes, baseline_days, elimination_days,
       reintroduction_days, challenge_days, transition_days, repeat, start_day, switch_first, switch_last, switch_day, seed, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    t.preset,
    t.foodKey,
    t.name,
    t.food,
    t.whatCounts,
    t.outcome,
    t.mid,
    JSON.stringify(t.secondaryOutcomes),
    t.lengths.baselineDays,
    t.lengths.eliminationDays,
    t.lengths.reintroductionDays,
    t.lengths.challengeDays,
    t.lengths.transitionDays,
    t.repeat ? 1 : 0,
    t.startDay,
    t.switchWindow?.first ?? null,
    t.switchWindow?.last ?? null,
    t.switchDay,
    t.seed,
    at,
    at,
  );
  const trialId = Number(lastInsertRowid);
  const insert = sql(
    ctx.db,
    `INSERT INTO trial_phases (trial_id, position, kind, cycle, start_day, end_day, transition_days, challenge_days, planned_days)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of phases)
    insert.run(trialId, p.position, p.kind, p.cycle, p.startDay, p.endDay, p.transitionDays, p.challengeDays, p.days);
  return trialId;
}

/** Moves a phase's end later by `days` and every later phase with it. */
export function lengthenPhase(ctx: ServiceContext, t: StoredTrial, phase: StoredPhase, days: number): void {
  const move = sql(ctx.db, 'UPDATE trial_phases SET start_day = ?, end_day = ? WHERE id = ?');
  // Later phases first, from the last one back, so no two phases ever share a day mid-update.
  for (const p of [...t.phases].reverse()) {
    if (p.position > phase.position) move.run(addDays(p.startDay, days), addDays(p.endDay, days), p.id);
  }
  move.run(phase.startDay, addDays(phase.endDay, days), phase.id);
  sql(ctx.db, 'UPDATE trials SET updated_at = ? WHERE id = ?').run(nowIso(ctx), t.id);
}

export function closeTrial(ctx: ServiceContext, id: number, as: ClosedAs, on: Day, reason: string): void {
  sql(ctx.db, 'UPDATE trials SET closed_as = ?, closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?').run(
    as,
    on,
    reason,
    nowIso(ctx),
    id,
  );
}
