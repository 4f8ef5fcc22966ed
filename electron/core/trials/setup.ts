// Setting up trials and reading them: presets with defaults for the person's conditions, a preview of the
// dates, creation (one trial per food; another food only with the person's reason, and never without the
// "Before you start" answers, checked in safety.ts), lists.
import { randomInt } from 'node:crypto';
import { addDays, type Day } from '$shared/domain/day';
import type { z } from 'zod';
import type { trialOperations } from '$shared/contract/trials';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import {
  OUTCOMES,
  PRESETS,
  dayInWords,
  defaultLengths,
  drawSwitchDay,
  foodInSentence,
  foodKeyOf,
  lastDayOf,
  latestEndDay,
  planPhases,
  planProblems,
  presetById,
  REPEAT_ADVICE,
  switchWindow,
  phaseLabel,
  type TrialDesign,
} from '$shared/trials/protocol/index';
import { MIN_OVERLAP_REASON } from '$shared/safety/index';
import type { ServiceContext } from '../context';
import { getSettings, today } from '../journal/settings';
import { checkSafety, insertSafety, lastSafety } from './safety';
import { detailOf, summaryOf } from './timeline';
import { calendarOf, insertTrial, knownLatestEnd, loadAllTrials, loadTrial, type StoredTrial } from './store';
import { checkOutcomeRefs, customOutcomes, outcomeInfoIn } from './customOutcomes';
import { linkFoodItem, withFoodItem } from './foodItem';

type Setup = ParsedInputOf<'trials.plan'>;
type Overlap = z.infer<(typeof trialOperations)['trials.plan']['output']>['overlaps'][number];

/** How far back a trial may be set up to start: someone who began last month can still log it properly. */
const MAX_DAYS_BACK = 365;
const MAX_DAYS_AHEAD = 365;

export function presets(ctx: ServiceContext, input: ParsedInputOf<'trials.presets'>): OutputOf<'trials.presets'> {
  const { conditions } = getSettings(ctx);
  const outcome = outcomeInfoIn(ctx, input.outcome ?? 'skinOverall');
  const defaults = defaultLengths(conditions, {
    cycleAffectsSkin: input.cycleAffectsSkin,
    outcomeGroup: outcome.group,
  });
  return {
    presets: PRESETS.map(({ journalMeasure: _unused, ...p }) => p),
    outcomes: [...OUTCOMES, ...customOutcomes(ctx)],
    conditions,
    defaults,
    lastSafety: lastSafety(ctx),
  };
}

function designOf(ctx: ServiceContext, setup: Setup): TrialDesign {
  const chosen =
    setup.lengths ??
    defaultLengths(getSettings(ctx).conditions, { outcomeGroup: outcomeInfoIn(ctx, setup.outcome).group });
  const { baselineDays, eliminationDays, reintroductionDays, challengeDays, transitionDays } = chosen;
  const lengths = { baselineDays, eliminationDays, reintroductionDays, challengeDays, transitionDays };
  const design: TrialDesign = {
    startDay: setup.startDay,
    lengths,
    repeat: setup.repeat,
    switchWindowDays: setup.randomSwitch?.windowDays ?? null,
  };
  const problems = planProblems(design);
  if (problems.length > 0)
    throw new UserFacingError('invalid-input', `Nothing was saved: ${problems.map((p) => p.message).join(' ')}`);
  return design;
}

/** What is wrong with the plan's dates, in words; empty when they can be saved. */
function dateProblems(ctx: ServiceContext, design: TrialDesign): string[] {
  const now = today(ctx);
  // A refused start day also moves the switch window, so that problem alone is named.
  if (design.startDay < addDays(now, -MAX_DAYS_BACK) || design.startDay > addDays(now, MAX_DAYS_AHEAD)) {
    return [`a trial can start up to a year back or a year ahead, not on ${dayInWords(design.startDay)}.`];
  }
  const window = switchWindow(design);
  // A switch day the person has already lived through was not hidden from them, so the randomisation test
  // would be invalid: the whole window must lie in the future.
  if (window && window.first <= now) {
    return [
      `a hidden random switch day needs its whole window in the future, but it would open on ${dayInWords(window.first)}. Start the trial later or turn the random switch off.`,
    ];
  }
  return [];
}

function nameOf(setup: Setup): { name: string; food: string } {
  if (setup.preset === 'custom') return { name: setup.name!, food: foodInSentence(setup.name!) };
  const preset = presetById(setup.preset);
  return { name: setup.name ?? preset.name, food: preset.food };
}

/** Trials whose days meet the new plan's days (closed trials count up to the day they were closed). */
export function overlapsWith(
  ctx: ServiceContext,
  foodKey: string,
  first: Day,
  last: Day,
  exceptId?: number,
): Overlap[] {
  const out: Overlap[] = [];
  for (const t of loadAllTrials(ctx)) {
    if (t.id === exceptId) continue;
    const end = t.closedOn !== null ? lastDayOf(calendarOf(t)) : knownLatestEnd(t);
    if (end < t.startDay || end < first || t.startDay > last) continue;
    const sameFood = t.foodKey === foodKey;
    const span = `${dayInWords(t.startDay)} to ${dayInWords(end)}`;
    const message = sameFood
      ? `Your "${t.name}" trial already tests this food (${span}). Only one trial per food at a time: finish, end or abandon it first, or start this one after ${dayInWords(end)}.`
      : `Your "${t.name}" trial (${span}) overlaps this one. With two foods changing at once, Axis cannot tell which one made any difference to your skin, so the results of both will be harder to trust.`;
    out.push({ trialId: t.id, name: t.name, sameFood, message });
  }
  return out;
}

export function planTrial(ctx: ServiceContext, input: Setup): OutputOf<'trials.plan'> {
  const setup = withFoodItem(ctx, input);
  const design = designOf(ctx, setup);
  const window = switchWindow(design);
  const phases = planPhases(design);
  const { food } = nameOf(setup);
  const latest = latestEndDay(design);
  const notes: string[] = [];
  if (window) {
    notes.push(
      `Axis will draw the first day of the elimination at random between ${dayInWords(window.first)} and ${dayInWords(window.last)} and keep it hidden until that morning. Keep eating ${food} as usual until Axis tells you.`,
    );
  }
  if (!design.repeat) notes.push(`Repeating the elimination and reintroduction is not chosen. ${REPEAT_ADVICE}`);
  notes.push(...dateProblems(ctx, design));
  return {
    phases: phases.map(({ position: _position, ...p }) => ({ ...p, label: phaseLabel(p.kind, p.cycle) })),
    lengths: design.lengths,
    endDay: phases[phases.length - 1]!.endDay,
    latestEndDay: latest,
    switchWindow: window,
    overlaps: overlapsWith(ctx, foodKeyOf(setup.preset, setup.name), setup.startDay, latest),
    notes,
  };
}

export interface CreateOptions {
  /** [0, 1) random source for the switch day; crypto by default. The demo passes a seeded one. */
  random?: () => number;
  /** Stored with the trial (its column is released); the analysis no longer needs random numbers. Random by default. */
  seed?: number;
  /** For generated demo history only: allow a random switch whose window has already passed. */
  backfill?: boolean;
}

export function createTrial(
  ctx: ServiceContext,
  given: ParsedInputOf<'trials.create'>,
  options: CreateOptions = {},
): StoredTrial {
  const input = withFoodItem(ctx, given);
  checkOutcomeRefs(ctx, [input.outcome, ...input.secondaryOutcomes]);
  const design = designOf(ctx, input);
  const problems = options.backfill ? [] : dateProblems(ctx, design);
  if (problems.length > 0) throw new UserFacingError('invalid-input', `Nothing was saved: ${problems.join(' ')}`);
  const foodKey = foodKeyOf(input.preset, input.name);
  const overlaps = overlapsWith(ctx, foodKey, design.startDay, latestEndDay(design));
  const same = overlaps.find((o) => o.sameFood);
  if (same) throw new UserFacingError('conflict', same.message);
  // One elimination at a time: another food's trial on the same days needs the person's reason, in words.
  if (overlaps.length > 0 && input.safety.overlapReason.trim().length < MIN_OVERLAP_REASON) {
    throw new UserFacingError(
      'conflict',
      `${overlaps.map((o) => o.message).join(' ')} Nothing was saved; to run both anyway, say in a few words why.`,
    );
  }
  const { name, food } = nameOf(input);
  const safety = checkSafety(
    ctx,
    { preset: input.preset, name, whatCounts: input.whatCounts ?? '', food },
    input.safety,
    overlaps.length > 0,
  );
  const window = switchWindow(design);
  const switchDay = window ? drawSwitchDay(window, options.random ?? (() => randomInt(0, 2 ** 32) / 2 ** 32)) : null;
  const id = insertTrial(
    ctx,
    {
      preset: input.preset,
      foodKey,
      name,
      food,
      whatCounts: input.whatCounts ?? '',
      outcome: input.outcome,
      mid: input.mid ?? outcomeInfoIn(ctx, input.outcome).defaultMid,
      secondaryOutcomes: input.secondaryOutcomes,
      lengths: design.lengths,
      repeat: design.repeat,
      startDay: design.startDay,
      switchWindow: window ? { first: window.first, last: window.last } : null,
      switchDay,
      seed: options.seed ?? randomInt(0, 2 ** 32),
    },
    planPhases(design, switchDay ?? undefined),
  );
  insertSafety(ctx, id, safety);
  linkFoodItem(ctx, id, input.foodItem);
  return loadTrial(ctx, id);
}

export function createTrialDetail(
  ctx: ServiceContext,
  input: ParsedInputOf<'trials.create'>,
): OutputOf<'trials.create'> {
  return detailOf(ctx, createTrial(ctx, input), today(ctx));
}

export function listTrials(ctx: ServiceContext): OutputOf<'trials.list'> {
  const now = today(ctx);
  return loadAllTrials(ctx).map((t) => summaryOf(t, now));
}

export function getTrial(ctx: ServiceContext, { trialId: id }: { trialId: number }): OutputOf<'trials.get'> {
  return detailOf(ctx, loadTrial(ctx, id), today(ctx));
}
