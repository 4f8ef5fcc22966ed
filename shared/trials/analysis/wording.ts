// Sentences about figures, for a person rather than a statistician. They say what was seen and how sure the
// figures are, never that the food is the reason (that word family is banned, and tested for). Every change
// is said as better or worse, whichever way the scale runs, and each number keeps the direction of its words.

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

export function formatP(p: number): string {
  return p < 0.001 ? 'below 0.001' : p.toFixed(3).replace(/0+$/, '').replace(/\.$/, '.0');
}

/** "about 97 in 100"; never "100 in 100" or "0 in 100": the model is never certain either way. */
export function inHundred(p: number): string {
  const n = Math.round(p * 100);
  if (n >= 100) return 'more than 99 in 100';
  if (n <= 0) return 'fewer than 1 in 100';
  return `about ${n} in 100`;
}

/**
 * A likelihood word for the same rounded number that inHundred shows, on the IPCC's calibrated scale
 * (Mastrandrea et al. 2010): 99 or more "almost certain", 90 "very likely", 66 "likely", 34 to 65 "about as
 * likely as not", 10 "unlikely", 1 "very unlikely".
 */
export function likelihoodWord(p: number): string {
  const n = Math.round(p * 100);
  if (n >= 99) return 'Almost certain';
  if (n >= 90) return 'Very likely';
  if (n >= 66) return 'Likely';
  if (n >= 34) return 'About as likely as not';
  if (n >= 10) return 'Unlikely';
  if (n >= 1) return 'Very unlikely';
  return 'Almost certainly not';
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

/** "2 points", "1 point", "1.5 spots": an amount in the outcome's unit. */
export function amount(x: number, unit = 'points'): string {
  const text = String(Math.round(x * 10) / 10);
  const plural = unit.trim() || 'points';
  const singular = plural.endsWith('s') ? plural.slice(0, -1) : plural;
  return `${text} ${text === '1' ? singular : plural}`;
}

/** "2.9 worse", "0.4 better", "about the same": a "how much worse" figure in words. */
export function changeWords(worse: number): string {
  const text = formatPoints(Math.abs(worse));
  if (text === '0.0') return 'about the same';
  return `${text} ${worse > 0 ? 'worse' : 'better'}`;
}

/** "1.0 to 4.8 worse", "0.2 to 1.5 better", "from 1.5 better to 0.7 worse", for a "how much worse" range. */
export function rangeWords([low, high]: readonly [number, number]): string {
  const lowText = formatPoints(low);
  const highText = formatPoints(high);
  if (lowText === '0.0' && highText === '0.0') return 'within 0.1 either way';
  if (low >= 0 || lowText === '0.0') return `${formatPoints(Math.max(0, low))} to ${highText} worse`;
  if (high <= 0 || highText === '0.0') return `${formatPoints(Math.max(0, -high))} to ${formatPoints(-low)} better`;
  return `from ${formatPoints(-low)} better to ${highText} worse`;
}

/** A comparison's difference (after − before) as "how much worse was the later phase". */
export function afterWorse(
  c: Pick<Comparison, 'difference' | 'ci'>,
  input: { outcome: { higherIsWorse: boolean } },
): { value: number; range: [number, number] } | null {
  if (c.difference === null || c.ci === null) return null;
  if (input.outcome.higherIsWorse) return { value: c.difference, range: c.ci };
  return { value: -c.difference, range: [-c.ci[1], -c.ci[0]] };
}

/** The phase before, in words that do not depend on the person's phase labels. */
function against(c: Comparison): string {
  if (c.kind === 'reintroduction-vs-elimination') return 'during the elimination';
  return c.before.kind === 'reintroduction' ? 'during the reintroduction before it' : 'during the baseline';
}

/**
 * One switch in words, e.g. "While eating dairy again your overall skin score was 2.9 points worse than
 * during the elimination (95% range 1.0 to 4.8 worse)." The food is never the grammatical subject of a verb,
 * so plural names ("seed oils") read as well as singular ones.
 */
export function differenceSentence(c: Comparison, input: TrialAnalysisInput, level = 0.95): string {
  const worse = afterWorse(c, input);
  if (worse === null) return `${c.after.label}: too few scores to compare with ${c.before.label.toLowerCase()}.`;
  const food = foodName(input);
  const opening = c.kind === 'reintroduction-vs-elimination' ? `While eating ${food} again` : `While avoiding ${food}`;
  const repeat = c.cycle > 1 ? ' (repeat)' : '';
  const words = changeWords(worse.value);
  const unit = input.outcome.unit || 'points';
  const change = words === 'about the same' ? 'about the same as' : `${words.replace(' ', ` ${unit} `)} than`;
  return (
    `${opening}${repeat} your ${scoreName(input)} was ${change} ${against(c)} ` +
    `(${Math.round(level * 1000) / 10}% range ${rangeWords(worse.range)}).`
  );
}

export function phaseSentence(s: PhaseStats): string {
  if (s.mean === null) return `${s.label}: no scores logged in the days compared.`;
  const left = s.days - s.usableDays;
  const transition =
    left > 0 ? `; the first ${left} ${left === 1 ? 'day was' : 'days were'} left out while things settled` : '';
  const worth =
    s.effectiveDays !== null && s.loggedDays >= 2
      ? `, worth about ${Math.max(1, Math.round(s.effectiveDays))} independent ${Math.round(s.effectiveDays) <= 1 ? 'day' : 'days'}`
      : '';
  return `${s.label}: average ${formatPoints(s.mean)}, from ${s.loggedDays} of ${s.usableDays} days logged${worth}${transition}.`;
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
