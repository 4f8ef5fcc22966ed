// THE verdict rules, all here and nowhere else (docs/statistics.md, "Verdict rules"). explain.ts and
// wording.ts turn the judgement into sentences; they never decide anything.
//
// The food effect δ is "how much worse with the food": every food phase against every elimination, weighted
// so a steady drift cancels (weights.ts). Its decision range is the 95% range at the trial's planned end and
// the 99.9% range at any earlier look (looks.ts). Each switch (a phase against the one before it) has a range
// at the same level.
//  0. waiting: a running trial before its first planned look shows no verdict at all.
//  1. looks-like-a-trigger: the trial has a reintroduction, δ's range lies wholly above 0 and reaches the MID,
//     and no switch contradicts it: every switch's range reaches above 0 on the food's side (an elimination
//     whose whole range says the skin did not improve, or a reintroduction whose whole range says it did not
//     get worse, blocks the verdict). A switch is judged by its range, never by its point estimate.
//  2. not-enough-data: no δ could be estimated, or its 95% range is more than ±2·MID wide, so that even a
//     change twice the meaningful size could not be told from none.
//  3. no-meaningful-difference: δ's range lies within ±MID and no switch's range lies wholly beyond ±MID.
//  4. inconclusive otherwise, with what stands in the way (Settler).

import { resolvedMid } from './comparisons';
import type { Comparison, FoodEffect, Look, VerdictKind } from './types';

export type Settler =
  | 'reintroduce' // no reintroduction yet
  | 'early-look' // an early look, held to the stricter bar
  | 'switches-disagree' // δ is clear but a switch's range lies wholly below it
  | 'better-with-food' // δ's range lies wholly on the side of "better while eating the food"
  | 'more-days' // δ's range straddles 0 or ±MID: more data could settle which side
  | 'repeat-cycle'; // only one cycle so far

export interface Judgement {
  kind: VerdictKind;
  mid: number;
  look: Look;
  effect: FoodEffect | null;
  comparisons: Comparison[];
  /** Switches that contradict δ: wholly at or below 0 (for a trigger), or beyond ±MID (for no difference). */
  disagreeing: Comparison[];
  hasReintroduction: boolean;
  cycles: number;
  settlers: Settler[];
}

type Judged = Comparison & { food: NonNullable<Comparison['food']>; decisionRange: [number, number] };

function judged(c: Comparison): c is Judged {
  return c.food !== null && c.decisionRange !== null;
}

/** Rule 2's bar: the 95% range's half-width above 2·MID. */
export function tooImprecise(effect: FoodEffect, mid: number): boolean {
  return (effect.ci[1] - effect.ci[0]) / 2 > 2 * mid;
}

export function judge(
  effect: FoodEffect | null,
  comparisons: readonly Comparison[],
  look: Look,
  midInput: number,
): Judgement {
  const mid = resolvedMid(midInput);
  const done = comparisons.filter(judged);
  const hasReintroduction = done.some((c) => c.kind === 'reintroduction-vs-elimination');
  const cycles = done.reduce((most, c) => Math.max(most, c.cycle), 0);
  const base = { mid, look, effect, comparisons: [...comparisons], hasReintroduction, cycles };
  if (look.kind === 'waiting') return { ...base, kind: 'waiting', disagreeing: [], settlers: [] };
  if (effect === null) return { ...base, kind: 'not-enough-data', disagreeing: [], settlers: [] };

  const [low, high] = effect.decisionRange;
  const disagreeing = done.filter((c) => c.decisionRange[1] <= 0);
  if (hasReintroduction && low > 0 && high >= mid && disagreeing.length === 0) {
    return { ...base, kind: 'looks-like-a-trigger', disagreeing, settlers: cycles < 2 ? ['repeat-cycle'] : [] };
  }
  if (tooImprecise(effect, mid)) return { ...base, kind: 'not-enough-data', disagreeing, settlers: [] };

  const beyond = done.filter((c) => c.decisionRange[0] > mid || c.decisionRange[1] < -mid);
  if (low >= -mid && high <= mid && beyond.length === 0) {
    return { ...base, kind: 'no-meaningful-difference', disagreeing, settlers: [] };
  }

  const settlers: Settler[] = [];
  if (!hasReintroduction) settlers.push('reintroduce');
  if (look.kind === 'early' || look.kind === 'interim') settlers.push('early-look');
  const contradicted =
    hasReintroduction && low > 0 && high >= mid ? disagreeing : low >= -mid && high <= mid ? beyond : [];
  if (contradicted.length > 0) settlers.push('switches-disagree');
  if (high < 0) settlers.push('better-with-food');
  if ([-mid, 0, mid].some((line) => low < line && line < high)) settlers.push('more-days');
  if (cycles < 2 && hasReintroduction) settlers.push('repeat-cycle');
  if (settlers.length === 0) settlers.push('more-days');
  return { ...base, kind: 'inconclusive', disagreeing: contradicted, settlers };
}
