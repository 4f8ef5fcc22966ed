// Treatment starts, stops and changes on a trial's days, for its "other changes" beside the supplement ones.
// Both kinds share one list, keyed by id, so a treatment change's id is placed above any supplement change's
// row number (TREATMENT_CHANGE_IDS), never colliding with it.
import type { Day } from '$shared/domain/day';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';

export const TREATMENT_CHANGE_IDS = 1_000_000_000;

export function treatmentChangesOf(
  ctx: ServiceContext,
  trialId: number,
  from: Day,
  to: Day,
): { id: number; day: string; description: string; warned: number }[] {
  return sql(
    ctx.db,
    `SELECT ${TREATMENT_CHANGE_IDS} + tc.id AS id, tc.day, tc.detail AS description, ttc.trial_id IS NOT NULL AS warned
     FROM treatment_changes tc
     LEFT JOIN trial_treatment_changes ttc ON ttc.treatment_change_id = tc.id AND ttc.trial_id = ?
     WHERE tc.day BETWEEN ? AND ? ORDER BY tc.day, tc.id`,
  ).all(trialId, from, to) as { id: number; day: string; description: string; warned: number }[];
}
