// The pieces the association sentences are built from: a factor as it reads inside a sentence ("you ate
// more dairy", "higher stress"), how far apart the days were, and how strong a link is, in words.
import type { MeasureKind } from '../domain/measures';
import type { FactorGroup } from './association';

/** What a phrase needs to know about a factor. */
export interface FactorName {
  key: string;
  label: string;
  kind?: MeasureKind;
  group?: FactorGroup;
}

/** "Dairy" → "dairy", but "UV index" stays as written: only a capital followed by lower case is lowered. */
export function lowerFirst(label: string): string {
  // Only an ordinary capitalised word is lowered: "Dairy" → "dairy", but "L-glutamine", "PHGG" and "B12" keep
  // their capitals.
  if (label.length > 1 && !/\p{Ll}/u.test(label[1]!)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** More of the factor, as a clause after "On days when" or "after": "you ate more dairy", "higher stress". */
export function moreOf(f: FactorName): string {
  const name = lowerFirst(f.label);
  if (f.group === 'supplements') {
    // "Zinc carnosine taken" is a 1/0 series: taken or not. "Supplements taken" is a count.
    const what = name.replace(/ taken$/, '');
    return f.key === 'supplements' ? `you took more ${what}` : `you took ${what}`;
  }
  if (f.group === 'food') return `you ate more ${name}`;
  if (f.kind === 'stool') return 'your stools were looser';
  if (f.key === 'sleepQuality') return 'your sleep was more restful';
  if (f.kind === 'scale') return f.group === 'gut' ? `you had more ${name}` : `your ${name} was higher`;
  return `you had more ${name}`;
}

/** "On days when you ate more dairy", "On days after …", "Two days after …". */
export function whenClause(f: FactorName, lag: number): string {
  const what = moreOf(f);
  if (lag === 0) return `On days when ${what}`;
  if (lag === 1) return `On days after ${what}`;
  return `${upperFirst(numberWord(lag))} days after ${what}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "the same day", "1 day later", "3 days later". */
export function lagWords(lag: number): string {
  if (lag === 0) return 'the same day';
  return lag === 1 ? '1 day later' : `${lag} days later`;
}

/**
 * How strong a rank correlation is, in words, by Cohen's (1988) rules of thumb for r: below 0.1 very weak,
 * below 0.3 weak, below 0.5 moderate, from 0.5 strong.
 */
export function strengthWords(rho: number): 'very weak' | 'weak' | 'moderate' | 'strong' {
  const r = Math.abs(rho);
  return r < 0.1 ? 'very weak' : r < 0.3 ? 'weak' : r < 0.5 ? 'moderate' : 'strong';
}

/** Why a factor has no result, in words. */
export function notEnoughReason(
  label: string,
  pairs: number,
  minDays: number,
  constant: 'x' | 'y' | 'both' | null,
  lagCount: number,
): string {
  const name = lowerFirst(label);
  if (lagCount === 0) return 'No lags were asked for.';
  if (pairs < minDays) {
    const have = pairs === 0 ? 'No days have' : pairs === 1 ? 'Only 1 day has' : `Only ${pairs} days have`;
    return `${have} both ${name} and your skin score logged; at least ${minDays} are needed.`;
  }
  if (constant === 'x' || constant === 'both')
    return `${upperFirst(name)} did not change across the days with a skin score, so there is nothing to compare.`;
  return `Your skin score did not change across the days with ${name} logged, so there is nothing to compare.`;
}
