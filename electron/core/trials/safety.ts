// "Before you start", on the journal's side: the start rules of shared/safety checked against the person's
// conditions and the trials already planned, the answers stored with the trial in the same transaction,
// and read back with the trial, together with every other food's trial whose days met it.
import { UserFacingError } from '$shared/contract/result';
import type { Day } from '$shared/domain/day';
import {
  POINT_TITLES,
  answersToStore,
  safetyAnswerLines,
  safetyProblems,
  trialSafetyPoints,
  type SafetyContext,
  type TrialFood,
  type TrialSafetyAnswers,
} from '$shared/safety/index';
import { dayInWords, lastDayOf } from '$shared/trials/protocol/index';
import type { TrialOverlap, TrialSafetyView } from '$shared/trials/records';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { getSettings } from '../journal/settings';
import { calendarOf, knownLatestEnd, loadAllTrials, type StoredTrial } from './store';

interface SafetyRow {
  age_band: TrialSafetyAnswers['ageBand'];
  pregnant_or_breastfeeding: 0 | 1;
  eating_disorder: 0 | 1;
  reactions_to_food: 0 | 1;
  coeliac_test: TrialSafetyAnswers['coeliacTest'];
  clinician_agreed: 0 | 1;
  treatment_unchanged: 0 | 1;
  overlap_reason: string;
  points: string;
  answered_at: string;
}

/**
 * Checks the answers for a trial about to be set up. Throws, in words and before anything is written, when
 * the trial may not start; returns what to store otherwise.
 */
export function checkSafety(
  ctx: ServiceContext,
  food: TrialFood,
  answers: TrialSafetyAnswers,
  overlapping: boolean,
): { answers: TrialSafetyAnswers; points: string[] } {
  const context: SafetyContext = { food, conditions: getSettings(ctx).conditions, overlapping };
  const problems = safetyProblems(context, answers);
  if (problems.length > 0) throw new UserFacingError('invalid-input', `Nothing was saved. ${problems.join(' ')}`);
  return {
    answers: answersToStore(context, answers),
    points: trialSafetyPoints(context, answers).map((p) => p.id),
  };
}

export function insertSafety(
  ctx: ServiceContext,
  trialId: number,
  stored: { answers: TrialSafetyAnswers; points: string[] },
): void {
  const a = stored.answers;
  sql(
    ctx.db,
    `INSERT INTO trial_safety (trial_id, age_band, pregnant_or_breastfeeding, eating_disorder, reactions_to_food, coeliac_test,
       clinician_agreed, treatment_unchanged, overlap_reason, points, answered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    trialId,
    a.ageBand,
    a.pregnantOrBreastfeeding ? 1 : 0,
    a.eatingDisorder ? 1 : 0,
    a.reactionsToFood ? 1 : 0,
    a.coeliacTest,
    a.clinicianAgreed ? 1 : 0,
    a.treatmentUnchanged ? 1 : 0,
    a.overlapReason,
    JSON.stringify(stored.points),
    nowIso(ctx),
  );
}

function answersOf(row: SafetyRow): TrialSafetyAnswers {
  return {
    ageBand: row.age_band,
    pregnantOrBreastfeeding: row.pregnant_or_breastfeeding === 1,
    eatingDisorder: row.eating_disorder === 1,
    reactionsToFood: row.reactions_to_food === 1,
    coeliacTest: row.coeliac_test,
    clinicianAgreed: row.clinician_agreed === 1,
    treatmentUnchanged: row.treatment_unchanged === 1,
    overlapReason: row.overlap_reason,
  };
}

function rowOf(ctx: ServiceContext, trialId: number): SafetyRow | undefined {
  return sql(ctx.db, 'SELECT * FROM trial_safety WHERE trial_id = ?').get(trialId) as SafetyRow | undefined;
}

/** The answers as the trial page and the report show them; null for a trial set up before Axis asked. */
export function safetyOf(ctx: ServiceContext, t: StoredTrial): TrialSafetyView | null {
  const row = rowOf(ctx, t.id);
  if (!row) return null;
  const answers = answersOf(row);
  const ids = JSON.parse(row.points) as string[];
  return {
    answers,
    lines: safetyAnswerLines(t.food, answers),
    // A point from another version of Axis keeps its id as its title rather than disappearing.
    points: ids.map((id) => ({ id, title: (POINT_TITLES as Record<string, string>)[id] ?? id })),
    answeredAt: row.answered_at,
  };
}

/** The person's own answers from the most recently set-up trial, to pre-fill the next "Before you start". */
export function lastSafety(
  ctx: ServiceContext,
): Pick<TrialSafetyAnswers, 'ageBand' | 'pregnantOrBreastfeeding' | 'eatingDisorder'> | null {
  const row = sql(ctx.db, 'SELECT * FROM trial_safety ORDER BY answered_at DESC, trial_id DESC LIMIT 1').get() as
    SafetyRow | undefined;
  if (!row) return null;
  const { ageBand, pregnantOrBreastfeeding, eatingDisorder } = answersOf(row);
  return { ageBand, pregnantOrBreastfeeding, eatingDisorder };
}

/** The last day a trial covers as far as the person knows (a closed trial: the day it was closed). */
function knownEnd(t: StoredTrial): Day {
  return t.closedOn !== null ? lastDayOf(calendarOf(t)) : knownLatestEnd(t);
}

/** Every other food's trial whose days met this one's, oldest first. */
function overlappingTrials(ctx: ServiceContext, t: StoredTrial): StoredTrial[] {
  const end = knownEnd(t);
  return loadAllTrials(ctx)
    .filter((o) => o.id !== t.id && o.foodKey !== t.foodKey)
    .filter((o) => {
      const oEnd = knownEnd(o);
      return oEnd >= o.startDay && end >= t.startDay && o.startDay <= end && oEnd >= t.startDay;
    })
    .sort((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : a.id - b.id));
}

/** Every other food's trial whose days met this one's, with the reason the person gave for running both. */
export function overlapsOf(ctx: ServiceContext, t: StoredTrial): TrialOverlap[] {
  const reasonOf = (id: number) => rowOf(ctx, id)?.overlap_reason ?? '';
  return overlappingTrials(ctx, t).map((o) => ({
    trialId: o.id,
    name: o.name,
    span: `${dayInWords(o.startDay)} to ${dayInWords(knownEnd(o))}`,
    // The reason sits with whichever of the two was set up second.
    reason: (o.id > t.id ? reasonOf(o.id) : reasonOf(t.id)) || '',
  }));
}

/**
 * Another food's trial running alongside is a change like a new supplement: the verdict's caveats name it, from
 * the first day the two trials shared (and only if that day is within what the figures cover).
 */
export function overlapChanges(ctx: ServiceContext, t: StoredTrial, upTo: Day): { day: Day; description: string }[] {
  return overlappingTrials(ctx, t)
    .map((o) => ({
      day: o.startDay > t.startDay ? o.startDay : t.startDay,
      description: `your “${o.name}” trial ran at the same time (${o.food} changed too)`,
    }))
    .filter((c) => c.day <= upTo);
}
