// Sentences about figures, for a person rather than a statistician. They say what was seen and how sure the
// figures are, never that the food is the reason (that word family is banned, and tested for).

import { isDay } from '../../domain/day';
import type { Comparison, PhaseStats, TrialAnalysisInput } from './types';

const MINUS = '\u2212';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** One decimal, a real minus sign, and never "−0.0". */
export function formatPoints(x: number): string {
  const text = Math.abs(x).toFixed(1);
  return x < 0 && text !== '0.0' ? `${MINUS}${text}` : text;
}

/** "3 March 2025" (the day as written when it is not a real date). */
export function formatDay(day: string): string {
  if (!isDay(day)) return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function formatPercent(p: number): string {
  if (p < 0.01) return 'under 1%';
  if (p > 0.99) return 'over 99%';
  return `${Math.round(p * 100)}%`;
}

export function formatP(p: number): string {
  return p < 0.001 ? 'below 0.001' : p.toFixed(3).replace(/0+$/, '').replace(/\.$/, '.0');
}

function lowerFirst(text: string): string {
  // Keep acronyms ("DLQI-like") as written.
  if (text.length > 1 && text[1] === text[1]!.toUpperCase() && text[1] !== text[1].toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "overall skin" from the label "Overall skin". */
export function outcomeNoun(input: TrialAnalysisInput): string {
  return lowerFirst(input.outcome.label.trim() || 'score');
}

/** "overall skin score"; a label already ending in "score" is left alone. */
export function scoreName(input: TrialAnalysisInput): string {
  const noun = outcomeNoun(input);
  return /score$/i.test(noun) ? noun : `${noun} score`;
}

export function foodName(input: TrialAnalysisInput): string {
  return input.food.trim() || 'the food';
}

type Direction = 'higher' | 'lower' | 'same';

function direction(x: number): Direction {
  if (formatPoints(x) === '0.0') return 'same';
  return x > 0 ? 'higher' : 'lower';
}

/** "(95% range 0.6 to 3.0)" in the direction of the estimate, or "(95% range from 1.5 lower to 0.7 higher)". */
export function rangePhrase(difference: number, ci: readonly [number, number], what = '95% range'): string {
  const [low, high] = ci;
  if (direction(low) === 'same' && direction(high) === 'same') return `(${what} within 0.1 points either way)`;
  const dir = direction(difference);
  if (dir === 'higher' && direction(low) !== 'lower')
    return `(${what} ${formatPoints(Math.max(0, low))} to ${formatPoints(high)})`;
  if (dir === 'lower' && direction(high) !== 'higher')
    return `(${what} ${formatPoints(Math.max(0, -high))} to ${formatPoints(-low)})`;
  const end = (x: number): string => {
    const d = direction(x);
    return d === 'same' ? 'no change' : `${formatPoints(Math.abs(x))} ${d}`;
  };
  return `(${what} from ${end(low)} to ${end(high)})`;
}

/** "higher" alone is clear when higher is worse; for scales where higher is better, say which way that is. */
function directionWords(
  dir: Direction,
  input: TrialAnalysisInput,
  points: string,
): { amount: string; quality: string | null } {
  const unit = points === '1.0' ? 'point' : 'points';
  if (dir === 'same') return { amount: 'about the same', quality: null };
  const quality = input.outcome.higherIsWorse ? null : dir === 'higher' ? 'better' : 'worse';
  return { amount: `${points} ${unit} ${dir}`, quality };
}

/** What the later phase is set against, in words that do not depend on the person's phase labels. */
function against(c: Comparison, dir: Direction): string {
  const word = dir === 'same' ? 'as' : 'than';
  if (c.kind === 'reintroduction-vs-elimination') return `${word} during the elimination`;
  return c.before.kind === 'reintroduction'
    ? `${word} during the reintroduction before it`
    : `${word} during the baseline`;
}

/**
 * The sentence at the heart of the result, e.g. "While eating dairy again your average overall skin score was
 * 1.8 points higher (95% range 0.6 to 3.0) than during the elimination." The food is never the grammatical
 * subject of a verb, so plural names ("seed oils") read as well as singular ones.
 */
export function differenceSentence(c: Comparison, input: TrialAnalysisInput): string {
  if (c.difference === null || c.ci === null)
    return `${c.after.label}: not enough scores to compare with ${c.before.label}.`;
  const food = foodName(input);
  const dir = direction(c.difference);
  const opening = c.kind === 'reintroduction-vs-elimination' ? `While eating ${food} again` : `While avoiding ${food}`;
  const { amount, quality } = directionWords(dir, input, formatPoints(Math.abs(c.difference)));
  const range = rangePhrase(c.difference, c.ci);
  const bracket = quality === null ? range : `(${quality}; ${range.slice(1)}`;
  const cycle = c.cycle > 1 ? ` (cycle ${c.cycle})` : '';
  return `${opening}${cycle} your average ${scoreName(input)} was ${amount} ${bracket} ${against(c, dir)}.`;
}

/** P(at least MID worse with the food), in words. */
export function probabilitySentence(c: Comparison, input: TrialAnalysisInput, mid: number): string | null {
  if (c.probabilityMeaningful === null) return null;
  const unit = formatPoints(mid) === '1.0' ? 'point' : 'points';
  const where = c.kind === 'reintroduction-vs-elimination' ? 'the reintroduction' : 'the elimination';
  return (
    `Going by ${where}, the chance that eating ${foodName(input)} makes your ${scoreName(input)} at least ` +
    `${formatPoints(mid)} ${unit} worse (the change you set as meaningful) is ${formatPercent(c.probabilityMeaningful)}.`
  );
}

export function bootstrapSentence(c: Comparison): string | null {
  if (c.bootstrapCi === null || c.difference === null) return null;
  return `A second method, resampling blocks of neighbouring days, gives ${rangePhrase(c.difference, c.bootstrapCi).slice(1, -1)}.`;
}

export function randomisationSentence(c: Comparison): string | null {
  if (c.randomisationP === null || c.randomisationSwitchDays === null) return null;
  const total = c.randomisationSwitchDays;
  const asLarge = Math.round(c.randomisationP * total);
  return (
    `Of the ${total} switch days that could have been drawn, ${asLarge} would have shown a change at least this ` +
    `large (randomisation test p = ${formatP(c.randomisationP)}; your own switch day counts as one of them).`
  );
}

export function phaseSentence(s: PhaseStats): string {
  if (s.mean === null) return `${s.label}: no scores logged in the days compared.`;
  const left = s.days - s.usableDays;
  const transition =
    left > 0 ? `; the first ${left} ${left === 1 ? 'day was' : 'days were'} left out while things settled` : '';
  return `${s.label}: average ${formatPoints(s.mean)}, from ${s.loggedDays} of ${s.usableDays} days logged${transition}.`;
}

/** When neighbouring days are strongly alike the ranges are wider than the number of days suggests. */
export function autocorrelationSentence(s: PhaseStats): string | null {
  if (s.lag1 === null || s.nEff === null || s.lag1 < 0.3) return null;
  const independent = Math.max(1, Math.round(s.nEff));
  return (
    `${s.label}: your scores changed slowly from day to day, so its ${s.loggedDays} logged days count as about ` +
    `${independent} independent ${independent === 1 ? 'day' : 'days'}; the ranges allow for that.`
  );
}

/** Always names every other change the person noted, with its day (an empty note is still mentioned). */
export function confounderSentence(input: TrialAnalysisInput): string {
  if (input.confounders.length === 0) {
    return (
      'You noted no other changes during the trial. Season, stress, sleep, illness, skin products and the ' +
      'menstrual cycle can still move these scores.'
    );
  }
  const sorted = [...input.confounders].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const list = sorted
    .map((c) => `${c.description.trim() || 'a change without a note'} (${formatDay(c.day)})`)
    .join('; ');
  return `Other changes you noted during the trial could account for part of what was seen: ${list}.`;
}
