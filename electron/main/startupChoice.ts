// The questions the app asks at start when its journal needs the person's decision, as plain data for
// Electron's dialog.showMessageBoxSync, so the wording, the buttons and which one is the default are
// unit-tested without Electron (tests/unit/startup-choice.test.ts). The default is always the safe way:
// restoring a backup, or quitting; starting a new, empty journal in place of an emptied one is never it.
import type { StartChoice, StartProblem } from '../core/journalStart';

export interface StartupDialog {
  type: 'warning' | 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

const dayWords = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The question about a journal file that is not a journal Axis can open, and what each button does. */
export function startupDialog(problem: StartProblem): StartupDialog & { actions: StartChoice[] } {
  const b = problem.newestBackup;
  const label: Record<StartChoice, string> = {
    'restore-newest': b ? `Restore the backup of ${when(b.createdAt)} (${dayWords(b.days)})` : '',
    'start-new': 'Start a new, empty journal in this file',
    quit: 'Quit',
  };
  const empty = problem.state.kind === 'empty-file' || problem.state.kind === 'empty-database';
  const detail = empty
    ? b
      ? `Your newest backup that still holds entries is ${b.name}, with ${dayWords(b.days)}. Restoring it brings them back into this file. Starting a new journal leaves every backup where it is.`
      : 'Axis found no backup of it that holds entries. If you keep copies elsewhere (another computer, a sync service’s history), look there before starting anew.'
    : `Axis will not change it. To open your own journal, start Axis without --journal, or with the path of your journal.`;
  const actions = problem.choices;
  return {
    type: 'warning',
    title: 'Axis: your journal file',
    message: problem.words,
    detail,
    buttons: actions.map((a) => label[a]),
    defaultId: actions.indexOf(actions.includes('restore-newest') ? 'restore-newest' : 'quit'),
    cancelId: actions.indexOf('quit'),
    noLink: true,
    actions,
  };
}

export type WarningChoice = 'restore-last' | 'keep' | 'later';

/** The journal opened, but holds far fewer days than its last backup: say so before anything else. */
export function lostDaysDialog(warning: string): StartupDialog & { actions: WarningChoice[] } {
  const actions: WarningChoice[] = ['restore-last', 'keep', 'later'];
  return {
    type: 'question',
    title: 'Axis: days may be missing',
    message: 'Your journal holds far fewer days than its last backup.',
    detail: `${warning} You can also decide later, in Settings → Your data.`,
    buttons: ['Restore that backup', 'Keep the journal as it is', 'Decide later'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    actions,
  };
}
