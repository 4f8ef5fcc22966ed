// The one sentence at the top of every result: how sure, in words and as "n in 100", about the food effect
// (with the food against without it). It states the most telling claim for the verdict and always says the
// direction as better or worse; the figures below it never point the other way (tested).

import type { Judgement } from './verdict';
import { amount, foodName, formatDay, inHundred, likelihoodWord, scoreName } from './wording';
import type { TrialAnalysisInput } from './types';

function sure(p: number): string {
  return `${likelihoodWord(p)} (${inHundred(p)})`;
}

export function certaintySentence(j: Judgement, input: TrialAnalysisInput): string {
  const food = foodName(input);
  const score = `your ${scoreName(input)}`;
  const mid = amount(j.mid, input.outcome.unit);
  const e = j.effect;
  if (j.kind === 'waiting') {
    const until =
      j.look.nextLookDay === null
        ? 'the end of the first cycle'
        : `the scores of ${formatDay(j.look.nextLookDay)}, the last day of the cycle, are in`;
    return `No verdict until ${until}: judging a trial while it runs makes false alarms more likely.`;
  }
  if (e === null) return `There are too few logged days to say how ${score} differed with and without ${food}.`;
  const contrast = `while eating ${food} than while avoiding it`;
  switch (j.kind) {
    case 'looks-like-a-trigger':
      if (e.probabilityMeaningful >= 0.5)
        return `${sure(e.probabilityMeaningful)} that ${score} was at least ${mid} worse ${contrast}.`;
      return (
        `${sure(e.probabilityWorse)} that ${score} was worse ${contrast}; ` +
        `${inHundred(e.probabilityMeaningful)} that it was worse by ${mid} or more, the change you set as meaningful.`
      );
    case 'no-meaningful-difference':
      return `${sure(e.probabilityWithin)} that ${score} differed by less than ${mid} either way between eating ${food} and avoiding it.`;
    default: {
      if (e.ci[1] < 0) return `${sure(1 - e.probabilityWorse)} that ${score} was better, not worse, ${contrast}.`;
      const parts = [
        `${inHundred(e.probabilityMeaningful)} that ${score} was at least ${mid} worse ${contrast}`,
        `${inHundred(e.probabilityWithin)} that it differed by less than ${mid} either way`,
      ];
      if (e.probabilityMeaningfullyBetter >= 0.05)
        parts.push(`${inHundred(e.probabilityMeaningfullyBetter)} that it was at least ${mid} better`);
      const opening = j.look.kind === 'interim' ? 'Not settled after the first cycle' : 'Not settled';
      const list = parts.length === 2 ? parts.join(', and ') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)!}`;
      return `${opening}: ${list}.`;
    }
  }
}
