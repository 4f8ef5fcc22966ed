// The whole demo journal: months of generated check-ins and, when the history is long enough to hold one,
// a finished dairy trial over them, so every screen has something real to show.
import { UserFacingError } from '$shared/contract/result';
import { countCheckIns } from '../journal/checkIns';
import { getSettings } from '../journal/settings';
import type { ServiceContext } from '../context';
import { fillDemoJournal, type DemoOptions } from './demoDays';
import { fillDemoTrial, WINDOW_DAYS } from '../trials/demoTrial';
import { defaultLengths } from '$shared/trials/protocol/index';

/** Days of history a demo trial needs: its phases, the widest random switch window, and a little slack. */
export function daysForDemoTrial(ctx: ServiceContext): number {
  const l = defaultLengths(getSettings(ctx).conditions);
  return l.baselineDays + WINDOW_DAYS + l.eliminationDays + l.reintroductionDays + 10;
}

export function fillDemo(
  ctx: ServiceContext,
  options: DemoOptions,
): { first: string; last: string; checkIns: number; trialId: number | null } {
  if (countCheckIns(ctx) > 0)
    throw new UserFacingError(
      'conflict',
      'That journal already holds entries; demo data only goes into an empty journal, so it never mixes with real notes.',
    );
  const journal = fillDemoJournal(ctx, options);
  const trial = options.days >= daysForDemoTrial(ctx) ? fillDemoTrial(ctx, { seed: options.seed }) : null;
  return { ...journal, trialId: trial?.trialId ?? null };
}
