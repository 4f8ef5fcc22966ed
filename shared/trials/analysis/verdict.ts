// THE verdict rules (research notes §3, "Verdict rules"), all here and nowhere else. explain.ts and wording.ts
// turn the judgement into sentences; they never decide anything.
//
// Rules, applied to every comparison of every cycle ("judge on all cycles"):
//  1. not-enough-data: there is no comparison yet, or ANY compared phase has < 14 usable days, < 80% of its
//     usable days logged, or < 5 scores. A cycle still in progress therefore holds the verdict back ("yet"):
//     the details still report the finished comparisons.
//  2. looks-like-a-trigger: there is at least one reintroduction-vs-elimination comparison, and
//       - EVERY reintroduction comparison has its 95% CI (§3a) wholly on the worse side (lower bound > 0 in the
//         worse direction) and an estimate ≥ MID worse, and
//       - EVERY elimination comparison shows improvement (estimate in the better direction, > 0).
//     With A-B-A-B repeats each cycle must agree: one cycle that does not fit blocks this verdict (inconclusive).
//  3. no-meaningful-difference: EVERY comparison's 95% CI lies within [−MID, +MID].
//  4. inconclusive otherwise; the judgement lists what would settle it (Settler: a reintroduction, more days,
//     a repeat cycle) and what stands in the way (drift, disagreeing cycles, an effect below the MID).
// The bootstrap interval and the randomisation test are reported as checks, never as grounds for the verdict.

import { resolvedMid } from './comparisons';
import type { Comparison, VerdictKind } from './types';

/** What would settle an inconclusive trial (or firm up a trigger), as facts; wording.ts words them. */
export type Settler =
  | 'reintroduce' // no reintroduction comparison yet
  | 'more-days' // some interval straddles 0 or ±MID: more days could move it to one side
  | 'repeat-cycle' // only one cycle so far
  | 'drift-suspected' // worse on reintroduction but no improvement while avoiding
  | 'cycles-disagree' // repeats point different ways
  | 'below-mid' // clearly worse with the food, but the estimate is smaller than the MID
  | 'better-with-food'; // some interval lies wholly on the side of "better while eating the food"

export interface Judgement {
  kind: VerdictKind;
  mid: number;
  /** The comparisons with figures, in time order. */
  comparisons: Comparison[];
  reintroductions: Comparison[];
  eliminations: Comparison[];
  cycles: number;
  settlers: Settler[];
}

function computed(
  c: Comparison,
): c is Comparison & { difference: number; foodEffect: number; foodEffectCi: [number, number]; ci: [number, number] } {
  return c.difference !== null && c.foodEffect !== null && c.foodEffectCi !== null && c.ci !== null;
}

/** Rule 2 for one reintroduction: clearly worse with the food, by at least the MID. */
export function reintroductionLooksWorse(c: Comparison, mid: number): boolean {
  return computed(c) && c.foodEffectCi[0] > 0 && c.foodEffect >= mid;
}

/** Rule 2 for one elimination: the score improved while the food was avoided. */
export function eliminationImproved(c: Comparison): boolean {
  return computed(c) && c.foodEffect > 0;
}

/** Rule 3 for one comparison: the whole interval within ±MID. */
export function withinMid(c: Comparison, mid: number): boolean {
  return computed(c) && c.ci[0] >= -mid && c.ci[1] <= mid;
}

/** The interval straddles one of the lines the rules draw (−MID, 0, +MID), so more days could settle which side. */
/** The 95% range reaches both below and above the meaningful difference (in either direction). */
export function straddlesMid(c: Comparison, mid: number): boolean {
  if (!computed(c)) return false;
  const [low, high] = c.foodEffectCi;
  return [-mid, mid].some((line) => low < line && line < high);
}

function straddles(c: Comparison, mid: number): boolean {
  if (!computed(c)) return true;
  const [low, high] = c.foodEffectCi;
  return [-mid, 0, mid].some((line) => low < line && line < high);
}

export function judge(comparisons: readonly Comparison[], midInput: number): Judgement {
  const mid = resolvedMid(midInput);
  const reintroductions = comparisons.filter((c) => c.kind === 'reintroduction-vs-elimination');
  const eliminations = comparisons.filter((c) => c.kind === 'elimination-vs-baseline');
  const cycles = comparisons.reduce((most, c) => Math.max(most, c.cycle), 0);
  const base = { mid, comparisons: [...comparisons], reintroductions, eliminations, cycles };

  if (comparisons.length === 0 || comparisons.some((c) => !c.enoughData || !computed(c))) {
    return { ...base, kind: 'not-enough-data', settlers: [] };
  }

  const allWorse = reintroductions.length > 0 && reintroductions.every((c) => reintroductionLooksWorse(c, mid));
  const allImproved = eliminations.every(eliminationImproved);
  if (allWorse && allImproved) {
    return { ...base, kind: 'looks-like-a-trigger', settlers: cycles < 2 ? ['repeat-cycle'] : [] };
  }

  if (comparisons.every((c) => withinMid(c, mid))) {
    return { ...base, kind: 'no-meaningful-difference', settlers: [] };
  }

  const settlers: Settler[] = [];
  if (reintroductions.length === 0) settlers.push('reintroduce');
  if (comparisons.some((c) => straddles(c, mid))) settlers.push('more-days');
  const someWorse = reintroductions.some((c) => reintroductionLooksWorse(c, mid));
  if (reintroductions.some((c) => computed(c) && c.foodEffectCi[0] > 0 && c.foodEffect < mid))
    settlers.push('below-mid');
  if (comparisons.some((c) => computed(c) && c.foodEffectCi[1] < 0)) settlers.push('better-with-food');
  if (someWorse && reintroductions.some((c) => !reintroductionLooksWorse(c, mid))) settlers.push('cycles-disagree');
  if (someWorse && !allImproved) settlers.push('drift-suspected');
  if (cycles < 2 && reintroductions.length > 0) settlers.push('repeat-cycle');
  if (settlers.length === 0) settlers.push('repeat-cycle');
  return { ...base, kind: 'inconclusive', settlers };
}
