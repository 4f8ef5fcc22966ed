// Turns a judgement (verdict.ts) into the words a person reads: title, summary, details, caveats, next steps.
// Nothing here decides the verdict; it only describes it.

import { foodEffectSign } from './comparisons';
import { MIN_SWITCH_DAYS, MIN_USABLE_DAYS } from '../protocol/minimums';
import { MIN_LOGGED_PERCENT, MIN_LOGGED_SHARE } from './stats';
import { straddlesMid, type Judgement, type Settler } from './verdict';
import {
  autocorrelationSentence,
  bootstrapSentence,
  confounderSentence,
  differenceSentence,
  foodName,
  formatPoints,
  outcomeNoun,
  phaseSentence,
  probabilitySentence,
  randomisationSentence,
  scoreName,
  upperFirst,
} from './wording';
import type { Comparison, PhaseStats, TrialAnalysisInput, Verdict } from './types';

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** "a, b and c". */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

function comparisonDetails(c: Comparison, input: TrialAnalysisInput, mid: number): string[] {
  const lines = [
    differenceSentence(c, input),
    probabilitySentence(c, input, mid),
    bootstrapSentence(c),
    randomisationSentence(c),
  ];
  return lines.filter((l): l is string => l !== null);
}

function phasesOf(comparisons: readonly Comparison[]): PhaseStats[] {
  const seen = new Map<number, PhaseStats>();
  for (const c of comparisons) {
    if (!seen.has(c.before.phaseId)) seen.set(c.before.phaseId, c.before);
    if (!seen.has(c.after.phaseId)) seen.set(c.after.phaseId, c.after);
  }
  return [...seen.values()];
}

function details(j: Judgement, input: TrialAnalysisInput): string[] {
  const shown = j.kind === 'not-enough-data' ? j.comparisons.filter((c) => c.enoughData) : j.comparisons;
  const lines: string[] = [];
  if (j.kind === 'not-enough-data') for (const c of j.comparisons) lines.push(...c.notEnoughReasons);
  for (const c of shown) lines.push(...comparisonDetails(c, input, j.mid));
  const phases = phasesOf(j.comparisons);
  for (const s of phases) lines.push(phaseSentence(s));
  for (const s of phases) {
    const line = autocorrelationSentence(s);
    if (line !== null) lines.push(line);
  }
  return unique(lines);
}

function fitsSentence(input: TrialAnalysisInput, cycles: number): string {
  const food = foodName(input);
  if (cycles < 2) return `That fits ${food} affecting your ${outcomeNoun(input)}; one trial cannot prove it.`;
  return (
    `That fits ${food} affecting your ${outcomeNoun(input)}. The cycles agreeing makes coincidence less likely, ` +
    'though one person’s trial is still not proof.'
  );
}

function summary(j: Judgement, input: TrialAnalysisInput): string {
  const food = foodName(input);
  const mid = formatPoints(j.mid);
  const key = last(j.reintroductions) ?? last(j.comparisons);
  switch (j.kind) {
    case 'not-enough-data':
      return j.comparisons.length === 0
        ? `Nothing can be compared yet: the trial needs a baseline and a stretch of avoiding ${food} first.`
        : `Not enough days have been logged yet to compare the phases fairly, so there is no answer about ${food} yet.`;
    case 'looks-like-a-trigger': {
      if (j.reintroductions.length === 1)
        return `${differenceSentence(j.reintroductions[0]!, input)} ${fitsSentence(input, j.cycles)}`;
      const sizes = listWords(j.reintroductions.map((c) => formatPoints(c.foodEffect ?? 0)));
      return (
        `In each of your ${j.reintroductions.length} cycles your ${scoreName(input)} improved while avoiding ${food} and ` +
        `got worse again when you ate ${food} again (by ${sizes} points on average). ${fitsSentence(input, j.cycles)}`
      );
    }
    case 'no-meaningful-difference': {
      const what = j.reintroductions.length > 0 ? `Avoiding ${food}, and eating ${food} again,` : `Avoiding ${food}`;
      const lead = `${what} made no meaningful difference to your ${scoreName(input)}: every comparison stayed within the ${mid} points you set as meaningful.`;
      return key === undefined ? lead : `${lead} ${differenceSentence(key, input)}`;
    }
    case 'inconclusive': {
      // When more days would settle it, show the comparison whose range is still open, not simply the last one.
      const open = j.settlers.includes('more-days') ? j.comparisons.find((c) => straddlesMid(c, j.mid)) : undefined;
      const shown = open ?? key;
      const seen = shown === undefined ? '' : `${differenceSentence(shown, input)} `;
      return `${seen}${inconclusiveReason(j, input, open !== undefined)}`;
    }
  }
}

function inconclusiveReason(j: Judgement, input: TrialAnalysisInput, rangeOpenAtMid: boolean): string {
  const food = foodName(input);
  const has = (s: Settler): boolean => j.settlers.includes(s);
  if (has('drift-suspected')) {
    return `Your score was worse once you ate ${food} again, but it had not improved while you avoided ${food}, so a drift over time fits these figures as well as the food does.`;
  }
  if (has('cycles-disagree')) return 'The cycles do not agree with each other, so this is not settled yet.';
  if (has('better-with-food')) {
    return `In at least one comparison your score was clearly better while eating ${food}, which does not fit ${food} being a trigger for you.`;
  }
  if (has('reintroduce')) return `Eating ${food} again will show whether the change comes and goes with the food.`;
  if (has('below-mid')) {
    return `Your score was worse while eating ${food} again, but perhaps by less than the ${formatPoints(j.mid)} points you set as meaningful, so it is not clear the change matters.`;
  }
  if (has('more-days')) {
    return rangeOpenAtMid
      ? `That range still reaches both below and above the ${formatPoints(j.mid)} points you set as meaningful, so more days, or a repeat cycle, are needed to settle it.`
      : 'The ranges still include no change at all, so this is not settled yet: more days, or a repeat cycle, would settle it.';
  }
  return 'The figures do not yet meet the bar for a clear answer either way.';
}

function title(j: Judgement, input: TrialAnalysisInput): string {
  const food = foodName(input);
  switch (j.kind) {
    case 'not-enough-data':
      return 'Not enough data yet';
    case 'looks-like-a-trigger':
      return `${upperFirst(food)}: looks like a trigger for you`;
    case 'no-meaningful-difference':
      return `No meaningful difference from ${food}`;
    case 'inconclusive':
      return 'Inconclusive so far';
  }
}

function caveats(j: Judgement, input: TrialAnalysisInput): string[] {
  const lines = [confounderSentence(input)];
  if (j.kind !== 'not-enough-data' && j.cycles < 2) {
    lines.push(
      'One switch off and on cannot fully separate the food from other changes over time, such as a season or a slow recovery.',
    );
  }
  if (j.kind === 'looks-like-a-trigger') {
    for (const c of j.reintroductions) {
      const boot = c.bootstrapCi;
      if (boot === null) continue;
      const orientedLow = foodEffectSign(c.kind, input.outcome.higherIsWorse) === 1 ? boot[0] : -boot[1];
      if (orientedLow <= 0)
        lines.push(
          `For ${c.after.label} the second method’s range reaches no change, so hold this result a little more loosely.`,
        );
    }
  }
  if (
    input.randomisation !== null &&
    j.comparisons.length > 0 &&
    j.comparisons.every((c) => c.randomisationP === null)
  ) {
    lines.push(
      `A randomisation test needs at least ${MIN_SWITCH_DAYS} possible switch days fixed in advance, with the real switch among them; this trial did not have that, so none was run.`,
    );
  }
  if (j.kind !== 'not-enough-data') {
    lines.push('This shows what happened for you during this trial. It is not a diagnosis.');
  }
  return lines;
}

function nextSteps(j: Judgement, input: TrialAnalysisInput): string[] {
  const food = foodName(input);
  const steps: string[] = [];
  switch (j.kind) {
    case 'not-enough-data': {
      if (j.comparisons.length === 0)
        steps.push(`Finish the baseline, then start avoiding ${food}, and log a score every day.`);
      for (const s of phasesOf(j.comparisons)) {
        if (s.usableDays >= MIN_USABLE_DAYS) continue;
        const more = MIN_USABLE_DAYS - s.usableDays;
        steps.push(`${s.label} needs ${more} more ${more === 1 ? 'day' : 'days'} to count.`);
      }
      if (
        j.comparisons.some((c) => c.before.loggedShare < MIN_LOGGED_SHARE || c.after.loggedShare < MIN_LOGGED_SHARE)
      ) {
        steps.push(
          `Log a score every day you can: missed days are left empty, never guessed, and at least ${MIN_LOGGED_PERCENT}% of days are needed.`,
        );
      }
      if (steps.length === 0) steps.push('Keep logging a score every day.');
      return steps;
    }
    case 'looks-like-a-trigger':
      if (j.cycles < 2)
        steps.push(
          `To be surer, repeat the cycle: avoid ${food} again, then eat ${food} again, and see whether the pattern returns.`,
        );
      steps.push(`Before avoiding ${food} for good, talk to a doctor or dietitian about what to eat in its place.`);
      return steps;
    case 'no-meaningful-difference':
      steps.push(
        `At the size you set as meaningful, eating ${food} does not seem to matter for your ${scoreName(input)}; you can go back to eating ${food} as before if you wish.`,
      );
      steps.push(
        `If you still suspect ${food}, a longer trial could pick up a change smaller than ${formatPoints(j.mid)} points.`,
      );
      return steps;
    case 'inconclusive':
      for (const s of j.settlers) steps.push(settlerStep(s, food, j.mid));
      return unique(steps);
  }
}

function settlerStep(s: Settler, food: string, mid: number): string {
  switch (s) {
    case 'reintroduce':
      return `Eat ${food} again for the reintroduction phase and keep logging, to see whether your score goes back.`;
    case 'more-days':
      return 'Run the phases for longer: about four times as many days roughly halves the width of the range.';
    case 'repeat-cycle':
      return `Repeat the cycle (avoid ${food} again, then eat ${food} again): a change that comes and goes with the food each time is much stronger evidence.`;
    case 'drift-suspected':
      return 'Look at what else changed around the switch days (season, stress, sleep, products), and repeat the cycle to tell the food apart from drift.';
    case 'cycles-disagree':
      return 'Run another cycle to see which pattern holds.';
    case 'better-with-food':
      return 'Look at what else changed in the phases that went the other way, and repeat the cycle to see which pattern holds.';
    case 'below-mid':
      return `Decide whether a change smaller than ${formatPoints(mid)} points matters to you; if it does, lower the meaningful difference for this trial.`;
  }
}

export function explain(j: Judgement, input: TrialAnalysisInput): Verdict {
  return {
    kind: j.kind,
    title: title(j, input),
    summary: summary(j, input),
    details: details(j, input),
    caveats: caveats(j, input),
    nextSteps: nextSteps(j, input),
  };
}
