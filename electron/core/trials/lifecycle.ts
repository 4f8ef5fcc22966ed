// Changing a trial once it is set up: extend a phase, end early, abandon. Nothing is deleted: an ended or
// abandoned trial stays in the history with its data, and its results can still be read.
import { addDays } from '$shared/domain/day';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import { phaseLabel, plannedEndDay, refusal, trialStatus, type ClosedAs } from '$shared/trials/protocol/index';
import type { ServiceContext } from '../context';
import { today } from '../journal/settings';
import { overlapsWith } from './setup';
import { detailOf } from './timeline';
import { calendarOf, closeTrial, datesOf, lengthenPhase, loadTrial } from './store';

export function extendPhase(
  ctx: ServiceContext,
  input: ParsedInputOf<'trials.extendPhase'>,
): OutputOf<'trials.extendPhase'> {
  const now = today(ctx);
  const t = loadTrial(ctx, input.trialId);
  const why = refusal(trialStatus(datesOf(t), now), 'extend');
  if (why) throw new UserFacingError('conflict', why);
  const phase = t.phases.find((p) => p.id === input.phaseId);
  if (!phase) throw new UserFacingError('not-found', 'That phase is not part of this trial.');
  const label = phaseLabel(phase.kind, phase.cycle).toLowerCase();
  if (phase.endDay < now)
    throw new UserFacingError(
      'conflict',
      `The ${label} is already over; only the current or a coming phase can be extended.`,
    );
  // Moving a randomly drawn switch day would break the randomisation test (and reveal the day).
  if (phase.position === 0 && t.switchDay !== null) {
    throw new UserFacingError(
      'conflict',
      'The end of this baseline was drawn at random, so it cannot be extended without spoiling the randomisation; extend a later phase instead.',
    );
  }
  const end = plannedEndDay(calendarOf(t));
  const newEnd = addDays(end, input.days);
  const clash = overlapsWith(ctx, t.foodKey, end, newEnd, t.id).find((o) => o.sameFood);
  if (clash)
    throw new UserFacingError('conflict', `Extending would run into another trial of the same food. ${clash.message}`);
  lengthenPhase(ctx, t, phase, input.days);
  return detailOf(ctx, loadTrial(ctx, t.id), now);
}

const CLOSES_AS: Record<'endEarly' | 'abandon', ClosedAs> = { endEarly: 'ended-early', abandon: 'abandoned' };

/**
 * Ends a trial early or abandons it. Closed on today either way: a trial abandoned before it started
 * therefore covers no day at all.
 */
function closeToday(
  ctx: ServiceContext,
  input: ParsedInputOf<'trials.endEarly'>,
  action: 'endEarly' | 'abandon',
): OutputOf<'trials.endEarly'> {
  const now = today(ctx);
  const t = loadTrial(ctx, input.trialId);
  const why = refusal(trialStatus(datesOf(t), now), action);
  if (why) throw new UserFacingError('conflict', why);
  closeTrial(ctx, t.id, CLOSES_AS[action], now, input.reason);
  return detailOf(ctx, loadTrial(ctx, t.id), now);
}

export const endEarly = (ctx: ServiceContext, input: ParsedInputOf<'trials.endEarly'>): OutputOf<'trials.endEarly'> =>
  closeToday(ctx, input, 'endEarly');

export const abandon = (ctx: ServiceContext, input: ParsedInputOf<'trials.abandon'>): OutputOf<'trials.abandon'> =>
  closeToday(ctx, input, 'abandon');
