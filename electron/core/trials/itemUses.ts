// Which trials rely on an item of the check-in, and how: the tracking plan keeps a measure a running trial
// judges or asks about, and an item of the person's own cannot be archived mid-trial or deleted while any
// trial needs its values.
import type { ItemRef } from '$shared/domain/trackingPlan';
import { presetById, trialStatus, type TrialStatus } from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { today } from '../journal/settings';
import { datesOf, loadAllTrials } from './store';

export interface TrialUse {
  trialId: number;
  name: string;
  status: TrialStatus;
  /** "the outcome of", "a secondary outcome of", "the food eliminated by": followed by the trial. */
  role: string;
}

/** The item a custom trial eliminates, by trial id ("custom:gluten"). */
export function foodItemsByTrial(ctx: ServiceContext): Map<number, ItemRef> {
  const rows = sql(
    ctx.db,
    'SELECT f.trial_id AS trialId, t.slug FROM trial_food_items f JOIN trackables t ON t.id = f.trackable_id',
  ).all() as { trialId: number; slug: string }[];
  return new Map(rows.map((r) => [r.trialId, `custom:${r.slug}` as ItemRef]));
}

export function trialsUsing(
  ctx: ServiceContext,
  ref: ItemRef,
  options: { runningOnly?: boolean; asOutcome?: boolean },
): TrialUse[] {
  return trialUses(ctx, options).get(ref) ?? [];
}

/** Every item any trial relies on, with how: one pass over the trials for a whole list of items. */
export function trialUses(
  ctx: ServiceContext,
  { runningOnly = false, asOutcome = false }: { runningOnly?: boolean; asOutcome?: boolean },
): Map<string, TrialUse[]> {
  const now = today(ctx);
  const foods = foodItemsByTrial(ctx);
  const out = new Map<string, TrialUse[]>();
  const add = (ref: string, use: TrialUse) => out.set(ref, [...(out.get(ref) ?? []), use]);
  for (const t of loadAllTrials(ctx)) {
    const status = trialStatus(datesOf(t), now);
    if (runningOnly && status !== 'running' && status !== 'planned') continue;
    const use = (role: string): TrialUse => ({ trialId: t.id, name: t.name, status, role });
    add(t.outcome, use('the outcome of'));
    for (const s of t.secondaryOutcomes) if (s !== t.outcome) add(s, use('a secondary outcome of'));
    if (asOutcome) continue;
    const food = foods.get(t.id) ?? (t.preset !== 'custom' ? presetById(t.preset).journalMeasure : null);
    if (food && food !== t.outcome && !t.secondaryOutcomes.includes(food as never))
      add(food, use('the food eliminated by'));
  }
  return out;
}
