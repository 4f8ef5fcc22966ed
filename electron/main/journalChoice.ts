// Opening the person's journal at start, asking first when it needs their decision (journalStart.ts): an
// emptied or foreign file, or a journal holding far fewer days than its last backup. The question is asked
// through `ask` (Electron's dialog.showMessageBoxSync in the app), so this runs under Node in the tests.
import { backupWarning, createBackup, listBackups } from '../core/data/backups';
import { restoreBackup } from '../core/data/restore';
import { openAfterChoice, startProblem } from '../core/journalStart';
import { createSession, type Session, type SessionOptions } from '../core/journalSession';
import { lostDaysDialog, startupDialog, type StartupDialog } from './startupChoice';

/** The session, or null when the person chose to quit. */
export async function openJournalSession(
  options: SessionOptions,
  ask: (dialog: StartupDialog) => number,
): Promise<Session | null> {
  const problem = startProblem(options.ownJournalPath, options.nativeBinding);
  let session: Session;
  if (problem) {
    const dialog = startupDialog(problem);
    const choice = dialog.actions[ask(dialog)] ?? 'quit';
    if (choice === 'quit') return null;
    session = (await openAfterChoice(options, problem, choice)).session;
  } else {
    session = createSession(options);
  }
  const ctx = session.current().ctx;
  const warning = ctx.readOnly ? null : backupWarning(ctx);
  if (warning) {
    const dialog = lostDaysDialog(warning);
    const choice = dialog.actions[ask(dialog)] ?? 'later';
    if (choice === 'restore-last')
      await restoreBackup(ctx, { name: listBackups(ctx).find((b) => b.days !== null && !b.legacy)!.name });
    else if (choice === 'keep') await createBackup(ctx, { kind: 'manual' });
  }
  return session;
}
