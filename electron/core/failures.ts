// Failures of the disk, the file system and SQLite, in words that name the cause and the fix. The router,
// opening a journal, the import worker and the command line all ask here, so "database is locked", "EACCES"
// or a damaged file's raw bytes never reach the person, and one cause always reads the same way. The codes
// are SQLite's result codes (https://www.sqlite.org/rescode.html, as better-sqlite3 reports them) and Node's
// system error codes.
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '$shared/contract/result';
import { otherAxisUsing } from './db/presence';

export interface FailureWords {
  code: ErrorCode;
  message: string;
}

export interface FailureContext {
  /** The journal the failing action worked on. */
  journalPath: string;
  /** Another file the action was writing or reading (an export, a backup), when it was not the journal. */
  file?: string;
  /** What did not happen, as a sentence: "Nothing was saved." (default), "Nothing was imported." */
  outcome?: string;
}

/** How long a writer waits for another to finish before giving up (the busy timeout of db/open.ts). */
export const BUSY_WAIT_MS = 5_000;

export function errorCodeOf(e: unknown): string | undefined {
  if (e === null || typeof e !== 'object' || !('code' in e)) return undefined;
  const code: unknown = e.code;
  return typeof code === 'string' ? code : undefined;
}

/** Text from SQLite or the file system, safe to show: no control characters, no escape codes, short. */
export function printable(text: string, max = 120): string {
  const clean = text
    .replace(/\p{Cc}/gu, '?')
    .replace(/\?{2,}/g, '?')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Whether this process may write the file or folder (read-only mounts, permissions). */
export function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Which of the file and its folder cannot be written, in words. */
export function readOnlyWhat(file: string): string {
  const dir = path.dirname(path.resolve(file));
  // The folder first: SQLite writes its journal files beside the file, so a read-only folder stops every save.
  if (!writable(dir)) return `the folder ${dir} is read-only (or belongs to another account)`;
  if (fs.existsSync(file) && !writable(file)) return `the file ${file} is read-only`;
  return `${file} or its folder is read-only (or belongs to another account)`;
}

export function readOnlyWords(journalPath: string, outcome = 'Nothing was saved.', what?: string): string {
  const which = what ?? readOnlyWhat(journalPath);
  return (
    `Axis cannot save to this journal: ${which}. ${outcome} ` +
    (which.startsWith('the file')
      ? 'Make the file writable (in its properties or with chmod u+w), then try again.'
      : 'Make the folder writable, or copy the journal to a folder you can write to and open that copy.')
  );
}

export function busyWords(journalPath: string, outcome = 'Nothing was saved.'): string {
  const seconds = `${BUSY_WAIT_MS / 1000} seconds`;
  const other = otherAxisUsing(journalPath);
  if (other) {
    const since = new Date(other.since).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    return (
      `Another Axis (process ${other.pid}) is using this journal (open in ${other.what} since ${since}): Axis waited ${seconds} for it to finish. ` +
      `${outcome} Close the other Axis window or let its command finish, then try again.`
    );
  }
  return (
    `Another program is holding ${journalPath} locked (a database browser, or a sync or backup tool?): ` +
    `Axis waited ${seconds} for it. ${outcome} Close that program, then try again.`
  );
}

export function damagedWords(journalPath: string, detail: string, outcome = 'Nothing was saved.'): string {
  return (
    `The journal ${journalPath} is damaged (SQLite reports: ${printable(detail)}). ${outcome} ` +
    'Restore it from a backup: in the app, Settings → Your data → Backups; on the command line, ' +
    `npm run axis -- restore <backup file> --journal ${journalPath}.`
  );
}

/**
 * The failure in words, or null when it is not a condition of the disk or the files (a bug, which the
 * caller reports as one).
 */
export function failureInWords(e: unknown, where: FailureContext): FailureWords | null {
  const code = errorCodeOf(e);
  if (!code) return null;
  const outcome = where.outcome ?? 'Nothing was saved.';
  const file = where.file ?? where.journalPath;
  const detail = e instanceof Error ? e.message : String(e);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return { code: 'busy', message: busyWords(where.journalPath, outcome) };
  if (code === 'EBUSY') {
    return {
      code: 'busy',
      message: `Another program is holding ${file} open (an antivirus or a sync tool?). ${outcome} Close it, then try again.`,
    };
  }
  if (code === 'SQLITE_READONLY_DIRECTORY')
    return {
      code: 'read-only',
      message: readOnlyWords(file, outcome, `the folder ${path.dirname(path.resolve(file))} is read-only`),
    };
  if (/^SQLITE_READONLY/.test(code) || ['EACCES', 'EPERM', 'EROFS'].includes(code))
    return { code: 'read-only', message: readOnlyWords(file, outcome) };
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      code: 'disk-full',
      message: `The disk holding ${file} is full (or your share of it is used up). ${outcome} Free some space (empty the bin, move large files elsewhere) and try again; your journal is as it was before.`,
    };
  }
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code))
    return { code: 'damaged', message: damagedWords(where.journalPath, detail, outcome) };
  if (/^SQLITE_IOERR/.test(code) || code === 'EIO') {
    return {
      code: 'file-access',
      message: `The disk reported an error while Axis read or wrote ${file} (${printable(detail, 60)}). ${outcome} If it is a USB stick or a network folder, check it is still connected, then try again.`,
    };
  }
  if (code === 'ENOENT' || code === 'SQLITE_CANTOPEN') {
    return {
      code: 'file-access',
      message: `Axis cannot reach ${file}: it, or its folder, is not there any more (moved, renamed, or on a drive that was removed). ${outcome}`,
    };
  }
  if (code === 'EMFILE' || code === 'ENFILE') {
    return {
      code: 'file-access',
      message: `Too many files are open on this computer right now. ${outcome} Close some programs and try again.`,
    };
  }
  return null;
}
