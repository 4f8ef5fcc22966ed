// Which daily measures a trial can be judged on, and the default minimal important difference (MID) for each.
import { z } from 'zod';
import { measureByKey, type MeasureKey } from '../../domain/measures';
import { customRefSchema, type CustomRef } from '../../domain/trackable';

/**
 * Skin and gut symptoms where more is plainly worse. Stool form and bowel movements are left out: their best
 * value is in the middle, so "the mean went up" would not say whether things got better or worse.
 */
export const OUTCOME_KEYS = [
  'skinOverall',
  'itch',
  'redness',
  'soreness',
  'dryness',
  'newSpots',
  'inflamedSpots',
  'bloating',
  'discomfort',
] as const satisfies readonly MeasureKey[];
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/**
 * What a trial can be judged on: a built-in outcome, or one of the person's own skin or gut items
 * ("custom:burning") rated, counted or measured with a direction (checked against the journal when set up).
 */
export type OutcomeRef = OutcomeKey | CustomRef;
export const outcomeRefSchema = z.union([z.enum(OUTCOME_KEYS), customRefSchema]);

/** The outcome of a trial set up without choosing one. */
export const DEFAULT_OUTCOME: OutcomeKey = 'skinOverall';

export interface OutcomeInfo {
  key: OutcomeRef;
  label: string;
  group: 'skin' | 'gut';
  higherIsWorse: boolean;
  defaultMid: number;
  /** What one point means, for the MID field ("points" or "spots"). */
  unit: string;
}

/**
 * A fall of 4 points is the usual responder threshold for itch on a 0-10 scale (Yosipovitch et al., 2019,
 * Br J Dermatol); 2 points is a sensible default for a general 0-10 score (judgement). For spot counts, 2 spots a day is the same judgement in counts.
 */
export function defaultMidFor(key: OutcomeKey): number {
  return key === 'itch' ? 4 : 2;
}

export function outcomeInfo(key: OutcomeKey): OutcomeInfo {
  const m = measureByKey(key);
  return {
    key,
    label: m.label,
    group: m.group === 'gut' ? 'gut' : 'skin',
    higherIsWorse: m.higherIsWorse,
    defaultMid: defaultMidFor(key),
    unit: m.kind === 'count' ? 'spots' : 'points',
  };
}

export const OUTCOMES: readonly OutcomeInfo[] = OUTCOME_KEYS.map(outcomeInfo);
