// Where "what moves with my skin" meets the trials. A trial that leaves a food out and brings it back is a
// fairer test than day-to-day ups and downs, so a finished trial's verdict is shown above the pattern and
// the sentence says how the two fit together; a food that passes with no trial yet is offered one.
import { MEASURES } from '../domain/measures';
import type { VerdictKind } from '../trials/analysis/types';
import { PRESETS, type PresetId } from '../trials/protocol/presets';
import type { TrialStatus } from '../trials/protocol/status';
import type { Association } from './association';
import { skinDirection } from './describe';
import { lowerFirst } from './factorWords';

const FOOD_MEASURES = MEASURES.filter((m) => m.group === 'food');

/**
 * The factor a trial tested: a ready-made trial's food question (dairy, sugar, seed oils), or a custom trial
 * named exactly as a food factor is labelled ("Fermented foods", as "Test it with a trial" names it).
 */
export function trialFactorKey(preset: PresetId, name: string): string | null {
  const own = PRESETS.find((p) => p.id === preset)?.journalMeasure ?? null;
  if (own !== null) return own;
  if (preset !== 'custom') return null;
  const wanted = name.trim().toLowerCase();
  return FOOD_MEASURES.find((m) => m.label.toLowerCase() === wanted)?.key ?? null;
}

/** Which of a factor's trials to show: the latest with a verdict, else one running or planned. */
export function trialToShow<T extends { status: TrialStatus; startDay: string; id: number }>(
  trials: readonly T[],
): T | null {
  const newestFirst = [...trials].sort((a, b) => b.startDay.localeCompare(a.startDay) || b.id - a.id);
  return (
    newestFirst.find((t) => t.status === 'finished' || t.status === 'ended-early') ??
    newestFirst.find((t) => t.status === 'running' || t.status === 'planned') ??
    null
  );
}

/** "Test it with a trial": the preset for a food Axis has one for, else a custom trial named after it. */
export interface TrialOffer {
  preset: PresetId;
  /** For a custom trial: its name, prefilled. */
  name: string | null;
}

/**
 * A trial is offered for a food that passed, went with worse skin (trials test leaving a food out) and has no
 * trial yet, finished, running or planned.
 */
export function trialOffer(
  a: Pick<Association, 'key' | 'label' | 'group' | 'finding' | 'strongest'>,
  higherIsWorse: boolean,
  hasTrial: boolean,
): TrialOffer | null {
  const best = a.strongest;
  if (hasTrial || !a.finding || a.group !== 'food' || best === null || best.rho === null) return null;
  if (skinDirection(best.rho, higherIsWorse) !== 'worse') return null;
  const preset = PRESETS.find((p) => p.journalMeasure === a.key);
  return preset ? { preset: preset.id, name: null } : { preset: 'custom', name: a.label };
}

/** What a finished trial found, as far as this page needs it. */
export interface TrialVerdictBeside {
  kind: VerdictKind;
  /** The food as the trial names it, inside a sentence: "dairy". */
  food: string;
  /** The smallest difference the person set as meaningful, in points. */
  mid: number;
}

/**
 * How a finished trial's verdict and the day-to-day pattern fit together, for the sentence under the
 * verdict. The trial is always the one to go by; the sentence says whether the pattern agrees, and when it
 * does not, the two honest reasons it can differ.
 */
export function trialLinkSentence(
  verdict: TrialVerdictBeside,
  a: Pick<Association, 'finding' | 'strongest'>,
  higherIsWorse: boolean,
): string {
  const food = lowerFirst(verdict.food);
  const best = a.strongest;
  const worse = a.finding && best !== null && best.rho !== null && skinDirection(best.rho, higherIsWorse) === 'worse';
  const fairer = `Leaving ${food} out and bringing it back is a fairer test than day-to-day ups and downs, so go by the trial.`;
  switch (verdict.kind) {
    case 'looks-like-a-trigger':
      return worse
        ? `The trial and the day-to-day pattern point the same way: skin tended to be worse with ${food}.`
        : `${fairer} The day-to-day pattern below does not show it clearly.`;
    case 'no-meaningful-difference':
      return a.finding
        ? `${fairer} The day-to-day link below can be real and still smaller than the ${verdict.mid} points you ` +
            `counted as meaningful, or come from something else that tends to go with ${food}.`
        : `The trial and the day-to-day pattern agree: no clear difference with ${food}.`;
    case 'inconclusive':
    case 'not-enough-data':
    case 'waiting': // not shown here (only closed trials are), but a kind like any other
      return (
        `The trial did not settle it, and a day-to-day pattern is weaker evidence than a trial: ` +
        `a longer or repeated trial is the way to settle it.`
      );
  }
}
