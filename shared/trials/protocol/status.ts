// The life of a trial: planned → running → finished, or closed by the person as ended early or abandoned.
// Planned, running and finished follow from the calendar (no job has to flip them at midnight); only the
// person's own decisions are stored. Nothing is ever deleted: abandoned trials stay in the history.
import type { Day } from '../../domain/day';

/** How the person can close a trial before or instead of its finish. */
export const CLOSED_AS = ['ended-early', 'abandoned'] as const;
export type ClosedAs = (typeof CLOSED_AS)[number];

export const TRIAL_STATUSES = ['planned', 'running', 'finished', ...CLOSED_AS] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export interface TrialDates {
  startDay: Day;
  /** The last planned day (the latest possible one while a random switch is still hidden). */
  endDay: Day;
  closedAs: ClosedAs | null;
}

export function trialStatus(trial: TrialDates, today: Day): TrialStatus {
  if (trial.closedAs) return trial.closedAs;
  if (today < trial.startDay) return 'planned';
  if (today > trial.endDay) return 'finished';
  return 'running';
}

export type TrialAction = 'extend' | 'endEarly' | 'abandon';

const ALLOWED: Record<TrialStatus, readonly TrialAction[]> = {
  planned: ['extend', 'abandon'],
  running: ['extend', 'endEarly', 'abandon'],
  finished: [],
  'ended-early': [],
  abandoned: [],
};

const ACTION_WORDS: Record<TrialAction, string> = { extend: 'extended', endEarly: 'ended early', abandon: 'abandoned' };

const STATUS_WORDS: Record<TrialStatus, string> = {
  planned: 'has not started yet',
  running: 'is running',
  finished: 'has finished',
  'ended-early': 'was already ended early',
  abandoned: 'was abandoned',
};

/** Null when the action is allowed, else the sentence that explains why not. */
export function refusal(status: TrialStatus, action: TrialAction): string | null {
  if (ALLOWED[status].includes(action)) return null;
  if (action === 'endEarly' && status === 'planned')
    return 'This trial has not started yet, so it cannot be ended early; abandon it instead if you no longer want to run it.';
  return `This trial ${STATUS_WORDS[status]}, so it cannot be ${ACTION_WORDS[action]}.`;
}

export function statusLabel(status: TrialStatus): string {
  return {
    planned: 'Planned',
    running: 'Running',
    finished: 'Finished',
    'ended-early': 'Ended early',
    abandoned: 'Abandoned',
  }[status];
}
