// One change at a time: when the regimen changes on a day a trial covers, the person is warned at that
// moment and the change is recorded against the trial, so its results can name it. Called by the supplement
// services right after they write the change to regimen_changes, inside the same transaction.
import type { Day } from '$shared/domain/day';
import { dayInWords, dayOfPhase, phaseLabel, switchHiddenOn } from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { today } from '../journal/settings';
import { calendarOf, loadAllTrials } from './store';

export interface RegimenWarning {
  trialId: number;
  message: string;
}

/** `changeId` is the regimen_changes row just written for `day` and `description`. */
export function warningsForRegimenChange(
  ctx: ServiceContext,
  changeId: number,
  day: Day,
  description: string,
): RegimenWarning[] {
  const link = sql(
    ctx.db,
    'INSERT OR IGNORE INTO trial_regimen_changes (trial_id, regimen_change_id, message, warned_at) VALUES (?, ?, ?, ?)',
  );
  const warnings = guardWarnings(ctx, day, description);
  for (const w of warnings) link.run(w.trialId, changeId, w.message, nowIso(ctx));
  return warnings;
}

/** The warning for a change on `day` from every trial that covers the day (treatments link them their own way). */
export function guardWarnings(ctx: ServiceContext, day: Day, description: string): RegimenWarning[] {
  const now = today(ctx);
  const warnings: RegimenWarning[] = [];
  for (const t of loadAllTrials(ctx)) {
    const cal = calendarOf(t);
    const at = dayOfPhase(cal, day);
    if (!at) continue;
    // Name the phase only if the person may know it: a day beyond a still-hidden switch stays unnamed.
    const where =
      day > now && switchHiddenOn(cal, now)
        ? `during your "${t.name}" trial`
        : `during the ${phaseLabel(at.phase.kind, at.phase.cycle).toLowerCase()} of your "${t.name}" trial (day ${at.dayNumber}${at.phaseDays ? ` of ${at.phaseDays}` : ''})`;
    const message =
      `${description} on ${dayInWords(day)}, ${where}. With two things changing at once, Axis cannot tell which one made a difference to your skin. ` +
      'The change is recorded and will be named in the results; if you can, wait until the trial is over.';
    warnings.push({ trialId: t.id, message });
  }
  return warnings;
}
