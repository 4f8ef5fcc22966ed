// Sentences about the model, the food effect, the randomisation test and what would settle an open trial.

import { SWITCH_DAYS_FOR_P } from '../protocol/minimums';
import { amount, changeWords, foodName, formatP, formatPoints, inHundred, rangeWords, scoreName } from './wording';
import type { FoodEffect, Look, ModelSummary, Randomisation, Settle, TrialAnalysisInput } from './types';

function percentText(level: number): string {
  return `${Math.round(level * 1000) / 10}%`;
}

/** "With dairy against without it, your overall skin score was 2.9 points worse (95% range 1.1 to 4.7 worse)…" */
export function effectSentence(e: FoodEffect, input: TrialAnalysisInput, look: Look): string {
  const food = foodName(input);
  const unit = input.outcome.unit || 'points';
  const words = changeWords(e.estimate);
  const change = words === 'about the same' ? 'about the same' : words.replace(' ', ` ${unit} `);
  const how = e.driftBalanced
    ? 'counting every phase, weighed so that a steady drift over the weeks cancels out'
    : `with no phase eating ${food} after the elimination, a steady drift over the weeks cannot be told apart from the food`;
  return (
    `With ${food} against without it, your ${scoreName(input)} was ${change} ` +
    `(${percentText(look.rangeLevel)} range ${rangeWords(e.ci)}), ${how}.`
  );
}

/** At a look before the planned end the verdict is judged on the wider 99.9% range; say so, with it. */
export function earlyBarSentence(e: FoodEffect, look: Look): string | null {
  if (look.kind !== 'early' && look.kind !== 'interim') return null;
  const when =
    look.kind === 'interim' ? 'before the trial’s planned end' : 'when the trial was closed before its planned end';
  return (
    `This look came ${when}, so the verdict is held to a stricter bar to keep false alarms rare: ` +
    `the ${percentText(look.level)} range, ${rangeWords(e.decisionRange)}.`
  );
}

export function probabilitiesSentence(e: FoodEffect, input: TrialAnalysisInput, mid: number): string {
  const size = amount(mid, input.outcome.unit);
  return (
    `Chances, with ${foodName(input)} against without it: ${inHundred(e.probabilityMeaningful)} that your score was at least ${size} worse ` +
    `(the change you set as meaningful), ${inHundred(e.probabilityWithin)} that it differed by less than ${size} either way, ` +
    `${inHundred(e.probabilityMeaningfullyBetter)} that it was at least ${size} better; ` +
    `${inHundred(e.probabilityWorse)} that it was worse at all.`
  );
}

/** How alike neighbouring days were, in words that fit the estimate (0.07 is not "alike"). */
export function alikeWords(rho: number): string {
  if (rho >= 0.5) return 'Neighbouring days were much alike';
  if (rho >= 0.2) return 'Neighbouring days were somewhat alike';
  if (rho > -0.2) return 'Neighbouring days were hardly alike';
  return 'A day tended to swing the other way from the day before';
}

export function modelSentence(m: ModelSummary, input: TrialAnalysisInput): string {
  const unit = input.outcome.unit || 'points';
  return (
    `${alikeWords(m.rho.mean)}: the correlation from one day to the next was about ${m.rho.mean.toFixed(2)} ` +
    `(95% interval ${m.rho.low.toFixed(2)} to ${m.rho.high.toFixed(2)}), and the ranges allow for it, counting a gap ` +
    `of unlogged days as the gap it is. Day-to-day spread around each phase’s level: ${formatPoints(m.sd)} ${unit}.`
  );
}

export function familySentence(family: number | undefined): string | null {
  if (family === undefined || !(family >= 2)) return null;
  return `${Math.floor(family)} scores are watched beside the main one, so each of their ranges is widened to keep the chance of a false alarm among them at 5%.`;
}

export function randomisationSentence(r: Randomisation | null, input: TrialAnalysisInput): string {
  if (input.randomisation === null)
    return 'The first day without the food was chosen rather than drawn at random, so no randomisation test is possible.';
  if (r === null)
    return 'The randomisation test could not be run: the drawn switch day is not among the days the figures cover.';
  if (r.p === null || r.asExtreme === null)
    return (
      `A randomisation test needs at least ${SWITCH_DAYS_FOR_P} possible switch days to reach p below 0.05; this trial ` +
      `had ${r.switchDays}, so its smallest possible p is ${formatP(1 / Math.max(1, r.switchDays))} and none is given.`
    );
  return (
    `Of the ${r.switchDays} days the switch could have fallen on, ${r.asExtreme} (your own among them) would have ` +
    `shown a food effect at least this much on the worse side (randomisation test, one-sided p = ${formatP(r.p)}).`
  );
}

const PLAN_WORDS: Record<Settle['plan'], string> = {
  'rest-of-trial': 'Finishing the trial as planned',
  'same-again': 'Running the same trial again',
  'with-repeat': 'Running it again with the repeat cycle',
};

/** The computed answer to "what would settle it". */
export function settleSentence(s: Settle, input: TrialAnalysisInput, mid: number): string {
  const what = `${PLAN_WORDS[s.plan]} (${s.days} days, about ${s.loggedDays} logged at your rate of logging)`;
  const chance = inHundred(s.chance);
  const caveat = s.plan === 'rest-of-trial' ? '' : `, if the difference with ${foodName(input)} is what this trial saw`;
  if (s.likely) return `${what} would likely settle it: ${chance}${caveat}.`;
  const even = s.plan === 'with-repeat' ? 'Even r' : 'R';
  return (
    `${even}${what.slice(1)} would settle it with a chance of only ${chance}${caveat}: a difference close to no ` +
    `change, or to the ${amount(mid, input.outcome.unit)} you set as meaningful, takes many days to pin down. ` +
    'Consider whether a change of that size matters to you.'
  );
}
