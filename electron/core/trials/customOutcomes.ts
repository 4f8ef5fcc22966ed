// A trial's outcome may be one of the person's own skin or gut items ("custom:burning") as well as a built-in
// measure. This file answers, for either kind, what the trial services ask of an outcome: its label,
// direction, default smallest difference that matters and unit, and its daily values over a phase.
import { dayRange, type Day } from '$shared/domain/day';
import { measureByKey } from '$shared/domain/measures';
import { isCustomRef, slugOfRef, type Trackable } from '$shared/domain/trackable';
import { outcomeInfo, type OutcomeInfo, type OutcomeRef } from '$shared/trials/protocol/index';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { findTrackable, listTrackables } from '../journal/trackables';

/** Why an item cannot be a trial's outcome, in words; null when it can. */
function notAnOutcome(t: Trackable): string | null {
  if (t.group !== 'skin' && t.group !== 'gut')
    return `${t.name} is not a skin or gut symptom, so a trial cannot be judged on it`;
  if (t.kind === 'yesno' || t.kind === 'choice')
    return `${t.name} is ${t.kind === 'yesno' ? 'a yes/no answer' : 'one of a list'}; a trial is judged on a rating, a count or a number`;
  if (t.direction === 'neither')
    return `${t.name} has no better direction; say whether higher is worse or better in Settings → What you track first`;
  return null;
}

/**
 * The smallest difference that matters by default: 2 points on a 0-10 rating, as for the built-in scores;
 * for counts and numbers a tenth of the range, in whole steps (a judgement, like the built-in defaults).
 */
function defaultMidOf(t: Trackable): number {
  if (t.kind === 'rating') return 2;
  const tenth = Math.max(t.step, Math.round((t.max - t.min) / 10 / t.step) * t.step);
  return Math.min(50, t.kind === 'count' ? Math.max(1, Math.round(tenth)) : tenth);
}

function customInfo(t: Trackable): OutcomeInfo {
  return {
    key: `custom:${t.slug}`,
    label: t.name,
    group: t.group === 'gut' ? 'gut' : 'skin',
    higherIsWorse: t.direction === 'worse',
    defaultMid: defaultMidOf(t),
    unit: t.kind === 'rating' ? 'points' : t.unit || (t.kind === 'count' ? 'times' : 'units'),
  };
}

/** The outcome's description; a custom item that is gone or no longer fits is refused in words. */
export function outcomeInfoIn(ctx: ServiceContext, ref: OutcomeRef): OutcomeInfo {
  if (!isCustomRef(ref)) return outcomeInfo(ref);
  const t = findTrackable(ctx, slugOfRef(ref));
  if (!t)
    throw new UserFacingError(
      'not-found',
      `You have no item called "${slugOfRef(ref)}" to judge a trial on. Nothing was saved.`,
    );
  return customInfo(t);
}

/** The outcome's smallest step (the analysis rounds to it): the item's own step for a custom item. */
export function outcomeStepIn(ctx: ServiceContext, ref: OutcomeRef): number {
  if (!isCustomRef(ref)) return measureByKey(ref).step;
  return findTrackable(ctx, slugOfRef(ref))?.step ?? 1;
}

/** For setting a trial up: every ref must be an outcome the journal can judge. */
export function checkOutcomeRefs(ctx: ServiceContext, refs: readonly OutcomeRef[]): void {
  for (const ref of refs) {
    if (!isCustomRef(ref)) continue;
    const t = findTrackable(ctx, slugOfRef(ref));
    const problem = !t
      ? `you have no item called "${slugOfRef(ref)}"`
      : t.archivedOn !== null
        ? `${t.name} is archived; bring it back first`
        : notAnOutcome(t);
    if (problem) throw new UserFacingError('invalid-input', `Nothing was saved: ${problem}.`);
  }
}

/** The person's own items a trial could be judged on, for the set-up's list. */
export function customOutcomes(ctx: ServiceContext): OutcomeInfo[] {
  return listTrackables(ctx)
    .filter((t) => t.archivedOn === null && notAnOutcome(t) === null)
    .map(customInfo);
}

/** One value per calendar day; a day without a value stays null (never zero, never filled). */
export function outcomeSeries(
  ctx: ServiceContext,
  ref: OutcomeRef,
  first: Day,
  last: Day,
): { day: Day; value: number | null }[] {
  const rows = isCustomRef(ref)
    ? (sql(
        ctx.db,
        `SELECT v.day, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id
         WHERE t.slug = ? AND v.day BETWEEN ? AND ?`,
      ).all(slugOfRef(ref), first, last) as { day: string; value: number | null }[])
    : (sql(ctx.db, `SELECT day, ${measureByKey(ref).column} AS value FROM check_ins WHERE day BETWEEN ? AND ?`).all(
        first,
        last,
      ) as { day: string; value: number | null }[]);
  const byDay = new Map(rows.map((r) => [r.day, r.value]));
  return dayRange(first, last).map((day) => ({ day, value: byDay.get(day) ?? null }));
}
