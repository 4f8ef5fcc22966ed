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
  { runningOnly = false, asOutcome = false }: { runningOnly?: boolean; asOutcome?: boolean },
): TrialUse[] {
  const now = today(ctx);
  const foods = foodItemsByTrial(ctx);
  const out: TrialUse[] = [];
  for (const t of loadAllTrials(ctx)) {
    const status = trialStatus(datesOf(t), now);
    if (runningOnly && status !== 'running' && status !== 'planned') continue;
    const secondary = (t.secondaryOutcomes as readonly string[]).includes(ref);
    const food = foods.get(t.id) === ref || (t.preset !== 'custom' && presetById(t.preset).journalMeasure === ref);
    const role =
      t.outcome === ref
        ? 'the outcome of'
        : secondary
          ? 'a secondary outcome of'
          : !asOutcome && food
            ? 'the food eliminated by'
            : null;
    if (role) out.push({ trialId: t.id, name: t.name, status, role });
  }
  return out;
}
