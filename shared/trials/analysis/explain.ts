// Turns a judgement (verdict.ts) into the words a person reads: title, certainty, summary, details, caveats,
// next steps. Nothing here decides the verdict; it only describes it.

import { certaintySentence } from './certainty';
import {
  earlyBarSentence,
  effectSentence,
  familySentence,
  modelSentence,
  probabilitiesSentence,
  randomisationSentence,
  settleSentence,
} from './sentences';
import type { Judgement, Settler } from './verdict';
import {
  amount,
  differenceSentence,
  foodName,
  formatDay,
  outcomeNoun,
  phaseSentence,
  scoreName,
  upperFirst,
} from './wording';
import { confounderSentence } from './wording';
import type { ModelSummary, PhaseStats, Randomisation, Settle, TrialAnalysisInput, Verdict } from './types';

/** What the explanation needs besides the judgement. */
export interface Context {
  input: TrialAnalysisInput;
  phases: PhaseStats[];
  model: ModelSummary | null;
  randomisation: Randomisation | null;
  settle: Settle | null;
}

function unique(lines: (string | null)[]): string[] {
  return [...new Set(lines.filter((l): l is string => l !== null))];
}

function title(j: Judgement, input: TrialAnalysisInput): string {
  const food = foodName(input);
  const interim = j.look.kind === 'interim';
  switch (j.kind) {
    case 'waiting':
      return j.look.nextLookDay === null
        ? 'Verdict at the end of the first cycle'
        : `Verdict after ${formatDay(j.look.nextLookDay)}`;
    case 'not-enough-data':
      return interim ? 'Not enough data after the first cycle' : 'Not enough data';
    case 'looks-like-a-trigger':
      return `${upperFirst(food)}: looks like a trigger for you`;
    case 'no-meaningful-difference':
      return `No meaningful difference from ${food}`;
    case 'inconclusive':
      return interim ? 'Not settled after the first cycle' : 'Inconclusive';
  }
}

function fitsSentence(input: TrialAnalysisInput, cycles: number): string {
  const food = foodName(input);
  if (cycles < 2) return `That fits ${food} affecting your ${outcomeNoun(input)}; one trial cannot prove it.`;
  return (
    `That fits ${food} affecting your ${outcomeNoun(input)}. The cycles agreeing makes coincidence less likely, ` +
    'though one person’s trial is still not proof.'
  );
}

function reason(j: Judgement, input: TrialAnalysisInput): string {
  const food = foodName(input);
  const has = (s: Settler): boolean => j.settlers.includes(s);
  const mid = amount(j.mid, input.outcome.unit);
  if (has('switches-disagree')) {
    const c = j.disagreeing[0]!;
    if (c.kind === 'elimination-vs-baseline' && c.cycle === 1)
      return `But your score had not clearly improved while you avoided ${food}, so a drift over time fits these figures as well as the food does.`;
    return `But ${c.after.label.toLowerCase()} does not fit that pattern, so the switches disagree and this is not settled.`;
  }
  if (has('better-with-food'))
    return `Your score was clearly better while eating ${food}, which does not fit ${food} being a trigger for you.`;
  if (has('reintroduce'))
    return `Only eating ${food} again, after the elimination, can show whether the change comes and goes with it.`;
  if (has('early-look'))
    return 'The trial was judged before its planned end, and by the stricter bar that this needs the figures do not settle it.';
  return `The range reaches both sides of a line that matters (no change, or the ${mid} you set as meaningful), so this trial does not settle it.`;
}

function summary(j: Judgement, cx: Context): string {
  const { input } = cx;
  const food = foodName(input);
  if (j.kind === 'waiting') {
    return (
      'Axis judges a trial only at planned points, at the end of each cycle: judging every day would let ordinary ' +
      'ups and downs pass for a trigger. Until then the phases’ averages are shown, but no ranges and no verdict.'
    );
  }
  const e = j.effect;
  if (e === null)
    return `Too few days were logged to compare the phases: each phase needs at least 2 logged days after its transition days, and a stretch of avoiding ${food}.`;
  const seen = effectSentence(e, input, j.look);
  switch (j.kind) {
    case 'looks-like-a-trigger':
      return `${seen} ${fitsSentence(input, j.cycles)}`;
    case 'no-meaningful-difference': {
      const size = amount(j.mid, input.outcome.unit);
      const side =
        e.ci[0] > 0
          ? ` It was worse with ${food}, but by less than the ${size} you set as meaningful.`
          : e.ci[1] < 0
            ? ` It was better with ${food}, but by less than the ${size} you set as meaningful.`
            : '';
      return `${seen} The whole range stays within the ${size} you set as meaningful.${side}`;
    }
    case 'not-enough-data':
      return `${seen} That range is so wide that even a change twice the size you set as meaningful could not be told apart from none.`;
    default:
      return `${seen} ${reason(j, input)}`;
  }
}

function details(j: Judgement, cx: Context): string[] {
  const { input } = cx;
  if (j.kind === 'waiting') return cx.phases.map(phaseSentence);
  const lines: (string | null)[] = [];
  if (j.effect !== null) {
    lines.push(earlyBarSentence(j.effect, j.look), probabilitiesSentence(j.effect, input, j.mid));
  }
  for (const c of j.comparisons) lines.push(differenceSentence(c, input, j.look.rangeLevel));
  if (cx.model !== null) lines.push(modelSentence(cx.model, input));
  for (const s of cx.phases) lines.push(phaseSentence(s));
  lines.push(familySentence(input.family), randomisationSentence(cx.randomisation, input));
  return unique(lines);
}

function caveats(j: Judgement, input: TrialAnalysisInput): string[] {
  const lines = [confounderSentence(input)];
  if (j.kind !== 'waiting' && j.kind !== 'not-enough-data' && j.cycles < 2) {
    lines.push(
      'One switch off and on cannot fully separate the food from other changes over time, such as a season or a slow recovery.',
    );
  }
  if (j.kind !== 'waiting' && j.kind !== 'not-enough-data')
    lines.push('This shows what happened for you during this trial. It is not a diagnosis.');
  return lines;
}

function nextSteps(j: Judgement, cx: Context): string[] {
  const { input } = cx;
  const food = foodName(input);
  const steps: (string | null)[] = [];
  if (j.look.kind === 'interim' && j.look.nextLookDay !== null)
    steps.push(
      `Carry on with the repeat cycle as planned: the figures are judged again after ${formatDay(j.look.nextLookDay)}, with both cycles, on the usual 95% bar.`,
    );
  switch (j.kind) {
    case 'waiting':
      steps.push('Keep logging a score every day you can; missed days are left empty, never guessed.');
      break;
    case 'looks-like-a-trigger':
      if (j.cycles < 2 && j.look.kind !== 'interim')
        steps.push(
          `To be surer, repeat the cycle: avoid ${food} again, then eat ${food} again, and see whether the pattern returns.`,
        );
      steps.push(`Before avoiding ${food} for good, talk to a doctor or dietitian about what to eat in its place.`);
      break;
    case 'no-meaningful-difference':
      steps.push(
        `At the size you set as meaningful, eating ${food} does not seem to matter for your ${scoreName(input)}; you can go back to eating ${food} as before if you wish.`,
      );
      steps.push(
        `If you still suspect ${food}, a longer trial could pick up a change smaller than ${amount(j.mid, input.outcome.unit)}.`,
      );
      break;
    default:
      if (cx.settle !== null) steps.push(settleSentence(cx.settle, input, j.mid));
      else if (j.effect === null)
        steps.push('Log a score on as many days of each phase as you can: missed days are left empty, never guessed.');
      if (j.settlers.includes('switches-disagree') || j.settlers.includes('better-with-food'))
        steps.push('Look at what else changed around the switch days (season, stress, sleep, products).');
  }
  return unique(steps);
}

export function explain(j: Judgement, cx: Context): Verdict {
  return {
    kind: j.kind,
    title: title(j, cx.input),
    certainty: certaintySentence(j, cx.input),
    summary: summary(j, cx),
    details: details(j, cx),
    caveats: caveats(j, cx.input),
    nextSteps: nextSteps(j, cx),
  };
}
