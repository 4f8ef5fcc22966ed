// What Axis asks and tells the person on each day of a trial, in their words. The daily question is phrased
// so that one key answers it; `keptAnswer` says which answer means "I followed the plan today".
import type { PhaseDay, PhaseChange } from './calendar';
import { phaseLabel, type PhaseKind } from './plan';

export interface PhaseQuestion {
  question: string;
  /** The answer that means the plan was kept (in elimination "no", otherwise "yes"). */
  keptAnswer: 'yes' | 'no';
  /** One or two sentences on what to do in this phase, today. */
  instruction: string;
}

const PORTIONS = ['a small portion', 'a medium portion', 'a usual portion'];

function portionFor(challengeDay: number, challengeDays: number): string {
  // Portions rise over the challenge days; with more than three days the last ones stay at a usual portion.
  const step = challengeDays <= 1 ? 2 : Math.min(2, Math.floor(((challengeDay - 1) * 3) / challengeDays));
  return PORTIONS[step]!;
}

export function phaseQuestion(food: string, at: PhaseDay): PhaseQuestion {
  const { phase } = at;
  if (phase.kind === 'baseline') {
    return {
      question: `Did you eat ${food} as usual today?`,
      keptAnswer: 'yes',
      instruction: `Baseline: eat as you normally do, ${food} included, and log every day. These days are the yardstick.`,
    };
  }
  if (phase.kind === 'elimination') {
    return {
      question: `Any ${food} today?`,
      keptAnswer: 'no',
      instruction: `${phaseLabel(phase.kind, phase.cycle)}: leave out ${food} completely, hidden sources too. If some slips in, log it and carry on.`,
    };
  }
  if (at.challengeDay !== null) {
    const portion = portionFor(at.challengeDay, phase.challengeDays);
    return {
      question: `Did you have ${portion} of ${food} today?`,
      keptAnswer: 'yes',
      instruction: `Challenge day ${at.challengeDay} of ${phase.challengeDays}: eat ${portion} of ${food} and note how your skin and gut respond.`,
    };
  }
  return {
    question: `Did you eat ${food} today, as planned?`,
    keptAnswer: 'yes',
    instruction: `${phaseLabel(phase.kind, phase.cycle)}: eat ${food} as you normally would and keep logging, so a slow reaction has time to show.`,
  };
}

/** The notice shown (and sent as a desktop notification) on the day a phase changes. */
export function changeNotice(trialName: string, food: string, change: PhaseChange): string {
  if (change.kind === 'trial-starts')
    return `Your ${trialName} trial starts today with the baseline: eat as usual and log every day.`;
  if (change.kind === 'trial-finished')
    return `Your ${trialName} trial finished yesterday. Its results are ready to read.`;
  const { phase } = change;
  const label = phaseLabel(phase.kind, phase.cycle);
  if (phase.kind === 'elimination')
    return `${trialName}: the ${label.toLowerCase()} starts today. From today, no ${food} at all.`;
  return `${trialName}: the ${label.toLowerCase()} starts today. Bring ${food} back, starting with a small portion.`;
}

/** What a whole phase asks of the person, for the timeline and the set-up preview. */
export function phaseInstruction(food: string, kind: PhaseKind, challengeDays: number): string {
  if (kind === 'baseline') return `Eat as you normally do, ${food} included, and log every day.`;
  if (kind === 'elimination') return `No ${food} at all, hidden sources included. Log any slip.`;
  const challenge = challengeDays > 0 ? `${challengeDays} challenge days of rising portions, then ` : '';
  return `Bring ${food} back: ${challenge}eat it as you normally would while you keep logging.`;
}
