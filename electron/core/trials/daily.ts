// The daily side of a trial: the phase's question on the Today screen, the one-key answer, slips, and the
// notice on the morning a phase changes.
import type { Day } from '$shared/domain/day';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import type { Slip } from '$shared/trials/records';
import { UserFacingError } from '$shared/contract/result';
import {
  changeNotice,
  dayInWords,
  dayOfPhase,
  daysRemaining,
  phaseChangeOn,
  phaseOn,
  phaseQuestion,
} from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { today } from '../journal/settings';
import { currentOf, slipsOf, visiblePhaseLabel } from './timeline';
import { calendarOf, loadAllTrials, loadTrial, type StoredTrial } from './store';
import { recordFoodItemAnswer } from './foodItem';

/** Refuses a day the trial does not cover or that has not come yet, without naming a hidden end date. */
function checkTrialDay(t: StoredTrial, day: Day, now: Day): void {
  if (day > now) throw new UserFacingError('invalid-input', `Nothing was saved: ${dayInWords(day)} has not come yet.`);
  if (day < t.startDay)
    throw new UserFacingError(
      'invalid-input',
      `Nothing was saved: the "${t.name}" trial starts on ${dayInWords(t.startDay)}, after ${dayInWords(day)}.`,
    );
  if (!phaseOn(calendarOf(t), day)) {
    const why = t.closedAs
      ? `was ${t.closedAs === 'abandoned' ? 'abandoned' : 'ended'} on ${dayInWords(t.closedOn!)}`
      : 'had already finished';
    throw new UserFacingError(
      'invalid-input',
      `Nothing was saved: on ${dayInWords(day)} the "${t.name}" trial ${why}.`,
    );
  }
}

function upsertAdherence(ctx: ServiceContext, trialId: number, day: Day, kept: boolean): void {
  sql(
    ctx.db,
    `INSERT INTO trial_adherence (trial_id, day, kept, recorded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(trial_id, day) DO UPDATE SET kept = excluded.kept, recorded_at = excluded.recorded_at`,
  ).run(trialId, day, kept ? 1 : 0, nowIso(ctx));
}

function insertSlip(ctx: ServiceContext, t: StoredTrial, day: Day, what: string, amount: string, now: Day): Slip {
  const { lastInsertRowid } = sql(
    ctx.db,
    'INSERT INTO trial_slips (trial_id, day, what, amount, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(t.id, day, what, amount, nowIso(ctx));
  return { id: Number(lastInsertRowid), day, what, amount, phaseLabel: visiblePhaseLabel(calendarOf(t), day, now) };
}

export function recordAdherence(
  ctx: ServiceContext,
  input: ParsedInputOf<'trials.recordAdherence'>,
): OutputOf<'trials.recordAdherence'> {
  const now = today(ctx);
  const t = loadTrial(ctx, input.trialId);
  checkTrialDay(t, input.day, now);
  upsertAdherence(ctx, t.id, input.day, input.kept);
  recordFoodItemAnswer(ctx, t.id, input.day, input.kept, phaseOn(calendarOf(t), input.day)!.kind);
  const slip = input.slip ? insertSlip(ctx, t, input.day, input.slip.what, input.slip.amount, now) : null;
  return { day: input.day, kept: input.kept, slip };
}

/** A slip is logged against the trial and marks the day as not kept to plan. */
export function recordSlip(
  ctx: ServiceContext,
  input: ParsedInputOf<'trials.recordSlip'>,
): OutputOf<'trials.recordSlip'> {
  const now = today(ctx);
  const t = loadTrial(ctx, input.trialId);
  checkTrialDay(t, input.day, now);
  upsertAdherence(ctx, t.id, input.day, false);
  recordFoodItemAnswer(ctx, t.id, input.day, false, phaseOn(calendarOf(t), input.day)!.kind);
  return insertSlip(ctx, t, input.day, input.what, input.amount, now);
}

export function todayPrompt(
  ctx: ServiceContext,
  input: ParsedInputOf<'trials.todayPrompt'>,
): OutputOf<'trials.todayPrompt'> {
  const now = today(ctx);
  const day = input.day ?? now;
  // A later day could show a phase that a hidden random switch has not revealed yet.
  if (day > now)
    throw new UserFacingError('invalid-input', `Axis asks about today or earlier days only, not ${dayInWords(day)}.`);
  const prompts: OutputOf<'trials.todayPrompt'>['prompts'] = [];
  const notices: OutputOf<'trials.todayPrompt'>['notices'] = [];
  const answered = sql(ctx.db, 'SELECT kept FROM trial_adherence WHERE trial_id = ? AND day = ?');
  for (const t of loadAllTrials(ctx).reverse()) {
    const cal = calendarOf(t);
    const change = phaseChangeOn(cal, day);
    if (change) notices.push({ trialId: t.id, kind: change.kind, message: changeNotice(t.name, t.food, change) });
    const at = dayOfPhase(cal, day);
    if (!at) continue;
    const row = answered.get(t.id, day) as { kept: number } | undefined;
    prompts.push({
      trialId: t.id,
      name: t.name,
      food: t.food,
      phase: currentOf(t, day)!,
      ...phaseQuestion(t.food, at),
      kept: row ? row.kept === 1 : null,
      slipsToday: slipsOf(ctx, t, now, day),
      daysRemaining: daysRemaining(cal, day),
    });
  }
  return { day, prompts, notices };
}
