// What to do when the app starts and its journal file is not a journal it can simply open: emptied to zero
// bytes (a failed sync, another program), an SQLite file with no tables, another program's database, or not
// SQLite at all. The file is looked at without changing it (db/inspect.ts) and the person decides: restore
// the newest backup that holds entries, start a new journal in the file, or quit. Nothing is adopted
// silently. The Electron shell shows the choices in a dialog (electron/main/startupChoice.ts); the restore
// drill in tests/integration/restore-drill.test.ts goes through these same functions.
import fs from 'node:fs';
import { inspectJournalFile, type JournalFileState } from './db/inspect';
import { refusalOf, refusalWords } from './db/open';
import { newestBackupWithEntries } from './data/backups';
import { restoreFromFile } from './data/restore';
import { createSession, type Session, type SessionOptions } from './journalSession';

export type StartChoice = 'restore-newest' | 'start-new' | 'quit';

export interface StartProblem {
  journalPath: string;
  state: JournalFileState;
  /** What the file is, in words. */
  words: string;
  /** The newest backup of a journal with this file name that holds entries (its id is unknown once emptied). */
  newestBackup: { name: string; path: string; days: number; createdAt: string } | null;
  /** What the person may choose, in order; quitting is always there. */
  choices: StartChoice[];
}

/** Null when the journal can be opened (or made, when nothing is there yet); else what is wrong and the ways on. */
export function startProblem(journalPath: string, nativeBinding?: string): StartProblem | null {
  let state: JournalFileState;
  try {
    state = inspectJournalFile(journalPath, nativeBinding);
  } catch {
    return null; // damaged: opening says so in words, with the way back
  }
  const reason = refusalOf(journalPath, state);
  if (!reason || reason === 'newer') return null; // a newer Axis's journal: opening refuses it in words
  const empty = state.kind === 'empty-file' || state.kind === 'empty-database';
  const newestBackup = empty ? newestBackupWithEntries(journalPath) : null;
  const choices: StartChoice[] = [
    ...(newestBackup ? ['restore-newest' as const] : []),
    ...(empty ? ['start-new' as const] : []),
    'quit',
  ];
  return { journalPath, state, words: refusalWords(journalPath, state), newestBackup, choices };
}

/**
 * Opens the session after the person chose. "restore-newest" starts a journal in the emptied file and brings
 * the newest backup with entries back into it, through the same restore as Settings → Your data.
 */
export async function openAfterChoice(
  options: SessionOptions,
  problem: StartProblem,
  choice: Exclude<StartChoice, 'quit'>,
): Promise<{ session: Session; summary: string }> {
  if (!problem.choices.includes(choice)) throw new Error(`"${choice}" is not one of the choices for this file`);
  if (!fs.existsSync(problem.journalPath)) throw new Error(`${problem.journalPath} is gone`);
  const session = createSession({ ...options, startNewIfEmpty: true });
  if (choice === 'start-new') return { session, summary: 'Started a new, empty journal.' };
  try {
    const restored = await restoreFromFile(session.current().ctx, problem.newestBackup!.path);
    return { session, summary: restored.summary };
  } catch (e) {
    session.close();
    throw e;
  }
}
