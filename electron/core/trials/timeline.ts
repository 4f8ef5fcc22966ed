// What the person sees of a trial on a given day: its summary for lists, and the full timeline (phases,
// today, slips, regimen changes, days remaining). Dates that would give away a hidden switch day never leave
// this file: everything goes through the protocol's views.
import { daysBetween, type Day } from '$shared/domain/day';
import type { Slip, TrialChange, TrialDetail, TrialSummary } from '$shared/trials/records';
import {
  dayOfPhase,
  daysRemaining,
  phaseInstruction,
  phaseLabel,
  phaseOn,
  phaseViews,
  presetById,
  refusal,
  statusLabel,
  switchHiddenOn,
  trialStatus,
  lastDayOf,
  type TrialCalendar,
} from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { overlapsOf, safetyOf } from './safety';
import { calendarOf, datesOf, knownLatestEnd, type StoredTrial } from './store';
import { treatmentChangesOf } from './treatmentChanges';
import { outcomeInfoIn } from './customOutcomes';

/** The phase label for a day as the person may know it today (null outside the trial or behind a hidden switch). */
export function visiblePhaseLabel(cal: TrialCalendar, day: Day, today: Day): string | null {
  if (day > today && switchHiddenOn(cal, today)) return null;
  const phase = phaseOn(cal, day);
  return phase ? phaseLabel(phase.kind, phase.cycle) : null;
}

export function currentOf(t: StoredTrial, today: Day): TrialSummary['current'] {
  const at = dayOfPhase(calendarOf(t), today);
  if (!at) return null;
  return {
    phaseId: at.phase.id,
    label: phaseLabel(at.phase.kind, at.phase.cycle),
    kind: at.phase.kind,
    dayNumber: at.dayNumber,
    phaseDays: at.phaseDays,
    inTransition: at.inTransition,
  };
}

export function summaryOf(t: StoredTrial, today: Day): TrialSummary {
  const cal = calendarOf(t);
  const status = trialStatus(datesOf(t), today);
  return {
    id: t.id,
    preset: t.preset,
    name: t.name,
    food: t.food,
    status,
    statusLabel: statusLabel(status),
    startDay: t.startDay,
    endDay: switchHiddenOn(cal, today) ? null : lastDayOf(cal),
    current: currentOf(t, today),
    daysRemaining: daysRemaining(cal, today),
  };
}

interface SlipRow {
  id: number;
  day: string;
  what: string;
  amount: string;
}

export function slipsOf(ctx: ServiceContext, t: StoredTrial, today: Day, day?: Day): Slip[] {
  const cal = calendarOf(t);
  const rows = (
    day === undefined
      ? sql(ctx.db, 'SELECT id, day, what, amount FROM trial_slips WHERE trial_id = ? ORDER BY day, id').all(t.id)
      : sql(ctx.db, 'SELECT id, day, what, amount FROM trial_slips WHERE trial_id = ? AND day = ? ORDER BY id').all(
          t.id,
          day,
        )
  ) as SlipRow[];
  return rows.map((r) => ({ ...r, phaseLabel: visiblePhaseLabel(cal, r.day, today) }));
}

/**
 * Every start, stop or change of a supplement or a treatment on a day the trial covers, whether or not Axis
 * warned at the time (a change entered before the trial was set up still muddies it): the results name them all.
 */
export function changesOf(
  ctx: ServiceContext,
  t: StoredTrial,
  today: Day,
  upTo: Day = lastDayOf(calendarOf(t)),
): TrialChange[] {
  const cal = calendarOf(t);
  const rows = sql(
    ctx.db,
    `SELECT rc.id, rc.day, rc.detail AS description, trc.trial_id IS NOT NULL AS warned
     FROM regimen_changes rc LEFT JOIN trial_regimen_changes trc ON trc.regimen_change_id = rc.id AND trc.trial_id = ?
     WHERE rc.day BETWEEN ? AND ? ORDER BY rc.day, rc.id`,
  ).all(t.id, t.startDay, upTo) as { id: number; day: string; description: string; warned: number }[];
  const all = [...rows, ...treatmentChangesOf(ctx, t.id, t.startDay, upTo)].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
  return all.map((r) => ({
    id: r.id,
    day: r.day,
    description: r.description,
    phaseLabel: visiblePhaseLabel(cal, r.day, today),
    warned: r.warned === 1,
  }));
}

export function adherenceOf(ctx: ServiceContext, trialId: number): { day: string; kept: boolean }[] {
  const rows = sql(ctx.db, 'SELECT day, kept FROM trial_adherence WHERE trial_id = ? ORDER BY day').all(trialId) as {
    day: string;
    kept: number;
  }[];
  return rows.map((r) => ({ day: r.day, kept: r.kept === 1 }));
}

export function detailOf(ctx: ServiceContext, t: StoredTrial, today: Day): TrialDetail {
  const cal = calendarOf(t);
  const preset = presetById(t.preset);
  const outcome = outcomeInfoIn(ctx, t.outcome);
  const status = trialStatus(datesOf(t), today);
  const hidden = switchHiddenOn(cal, today);
  const days = adherenceOf(ctx, t.id);
  const byId = new Map(t.phases.map((p) => [p.id, p]));
  return {
    ...summaryOf(t, today),
    today,
    whatCounts: t.whatCounts,
    counts: preset.counts,
    hiddenSources: preset.hiddenSources,
    fineToEat: preset.fineToEat,
    evidence: preset.evidence,
    outcome: { key: outcome.key, label: outcome.label, mid: t.mid, unit: outcome.unit },
    secondaryOutcomes: t.secondaryOutcomes.map((k) => ({ key: k, label: outcomeInfoIn(ctx, k).label })),
    lengths: t.lengths,
    repeat: t.repeat,
    randomSwitch: t.switchWindow
      ? {
          first: t.switchWindow.first,
          last: t.switchWindow.last,
          days: daysBetweenInclusive(t.switchWindow.first, t.switchWindow.last),
          switchDay: hidden ? null : t.switchDay,
        }
      : null,
    closed: t.closedAs && t.closedOn ? { as: t.closedAs, on: t.closedOn, reason: t.closeReason } : null,
    phases: phaseViews(cal, today).map((v) => {
      const stored = byId.get(v.id)!;
      const length = stored.endDay >= stored.startDay ? daysBetweenInclusive(stored.startDay, stored.endDay) : 0;
      return {
        ...v,
        // Extensions of a hidden baseline are refused, so this never reveals the drawn length.
        extendedBy: hidden && v.position === 0 ? 0 : Math.max(0, length - stored.plannedDays),
        instruction: phaseInstruction(t.food, v.kind, v.challengeDays),
      };
    }),
    adherence: { answeredDays: days.length, keptDays: days.filter((d) => d.kept).length, days },
    slips: slipsOf(ctx, t, today),
    // With a hidden switch, list up to the latest possible end so the list's reach does not hint at the drawn day.
    changes: changesOf(ctx, t, today, hidden ? knownLatestEnd(t) : undefined),
    allowed: {
      extend: refusal(status, 'extend') === null,
      endEarly: refusal(status, 'endEarly') === null,
      abandon: refusal(status, 'abandon') === null,
    },
    safety: safetyOf(ctx, t),
    overlaps: overlapsOf(ctx, t),
  };
}

function daysBetweenInclusive(a: Day, b: Day): number {
  return daysBetween(a, b) + 1;
}
