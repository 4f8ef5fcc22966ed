// A custom trial can eliminate one of the person's own food or drink items ("Gluten", yes/no or a count).
// The trial then takes the item's name, the item cannot be deleted while the trial exists (the database's
// RESTRICT on trial_food_items says so too) nor archived while it runs, and each day's answer to the trial's
// question is written to the item as well, so the item's history and the trial's answers tell one story.
import type { Day } from '$shared/domain/day';
import type { PhaseKind } from '$shared/trials/protocol/index';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { saveCheckIn } from '../journal/checkIns';
import { findTrackable } from '../journal/trackables';

/** The set-up with the item's name as the trial's name when none was typed; the item must fit. */
export function withFoodItem<T extends { foodItem?: string | undefined; name?: string | undefined }>(
  ctx: ServiceContext,
  setup: T,
): T {
  if (!setup.foodItem) return setup;
  const t = findTrackable(ctx, setup.foodItem);
  const problem = !t
    ? `you have no item called "${setup.foodItem}"`
    : t.archivedOn !== null
      ? `${t.name} is archived; bring it back first`
      : t.group !== 'food'
        ? `${t.name} is not a food or drink item, so a trial cannot eliminate it`
        : t.kind !== 'yesno' && t.kind !== 'count'
          ? `${t.name} is ${t.kind === 'rating' ? 'a rating' : t.kind === 'number' ? 'a number' : 'one of a list'}; a trial eliminates a yes/no or counted food`
          : null;
  if (problem) throw new UserFacingError('invalid-input', `Nothing was saved: ${problem}.`);
  return { ...setup, name: setup.name ?? t!.name };
}

export function linkFoodItem(ctx: ServiceContext, trialId: number, slug: string | undefined): void {
  if (!slug) return;
  sql(ctx.db, 'INSERT INTO trial_food_items (trial_id, trackable_id) SELECT ?, id FROM trackables WHERE slug = ?').run(
    trialId,
    slug,
  );
}

/**
 * Writes the day's answer to the trial's item: eaten (1) or not (0) for yes/no; for a count, none (0) when
 * not eaten, and the person's own count otherwise (the answer does not say how much). In the elimination,
 * keeping to the plan means not eating it; in every other phase it means eating it.
 */
export function recordFoodItemAnswer(
  ctx: ServiceContext,
  trialId: number,
  day: Day,
  kept: boolean,
  phase: PhaseKind,
): void {
  const row = sql(
    ctx.db,
    'SELECT t.slug, t.kind FROM trial_food_items f JOIN trackables t ON t.id = f.trackable_id WHERE f.trial_id = ?',
  ).get(trialId) as { slug: string; kind: string } | undefined;
  if (!row) return;
  const eaten = phase === 'elimination' ? !kept : kept;
  if (row.kind === 'count' && eaten) return;
  saveCheckIn(ctx, { day, values: { custom: { [row.slug]: eaten ? 1 : 0 } } });
}
