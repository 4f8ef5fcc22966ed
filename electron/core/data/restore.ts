// Restoring the journal from a backup file. The file is never opened where it lies: a copy is checked in a
// temporary folder (an SQLite file? an Axis journal? not from a newer Axis? intact?), brought up to the
// current format there, and read through the same checks as a JSON import. Only then is the current journal
// backed up, and its tables replaced in one transaction, so a failure at any step leaves it as it was.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserFacingError } from '$shared/contract/result';
import type { Backup } from '$shared/contract/data';
import type { OutputOf } from '$shared/contract/index';
import { readExport, type JournalExport } from '$shared/export/format';
import { issuesSummary } from '$shared/export/issues';
import { JournalOpenError, LATEST_VERSION, openJournal, type Db } from '../db/open';
import { backupPath, createBackup } from './backups';
import { FILE_FILTERS } from './exportFiles';
import type { ServiceContext } from '../context';
import { isSameFile } from '../files';
import { buildExport, serializeExport } from './exportJson';
import { replaceAll } from './importJson';

const SQLITE_HEADER = 'SQLite format 3\0';

function refuse(message: string): never {
  throw new UserFacingError('invalid-input', `${message} Your journal has not been changed.`);
}

/** Reads a journal file into the export form, checked, without touching the file. */
export function readJournalFile(ctx: ServiceContext, file: string): JournalExport {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) refuse(`There is no file at ${file}.`);
  if (isSameFile(file, ctx.journalPath)) refuse('That file is the journal itself.');
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER)
    refuse(`${path.basename(file)} is not an Axis journal (it is not an SQLite database).`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-restore-'));
  try {
    const copy = path.join(dir, 'journal.sqlite');
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`); // a journal copied while open
    const nativeBinding = ctx.nativeBinding;
    const probe = new Database(copy, { nativeBinding, fileMustExist: true });
    let version: number;
    try {
      version = Number(probe.pragma('user_version', { simple: true }));
    } catch {
      refuse(`${path.basename(file)} is not an Axis journal (it is not a readable SQLite database).`);
    } finally {
      probe.close();
    }
    if (version < 1) refuse(`${path.basename(file)} is not an Axis journal (it holds no journal format).`);
    if (version > LATEST_VERSION) {
      refuse(
        `${path.basename(file)} was written by a newer version of Axis (format ${version}); this version reads formats up to ${LATEST_VERSION}. Update Axis to restore it.`,
      );
    }
    let db: Db;
    try {
      db = openJournal(copy, { nativeBinding, backupDir: dir }); // checks integrity, brings an older format up to date
    } catch (e) {
      if (e instanceof JournalOpenError) refuse(e.message.replace(copy, path.basename(file)));
      throw e;
    }
    try {
      const read = readExport(serializeExport(buildExport(db, ctx.now())), LATEST_VERSION);
      if (!read.ok) refuse(`${path.basename(file)} holds entries Axis cannot accept: ${issuesSummary(read.issues)}.`);
      return read.data;
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface Restored {
  safetyBackup: Backup;
  summary: string;
}

export async function restoreFromFile(ctx: ServiceContext, file: string): Promise<Restored> {
  const data = readJournalFile(ctx, file);
  const safetyBackup = await createBackup(ctx, { kind: 'before-restore' });
  const counts = ctx.db.transaction(() => replaceAll(ctx, data))();
  const days = counts.find((c) => c.table === 'check_ins')?.added ?? 0;
  return {
    safetyBackup,
    summary: `Restored ${days} ${days === 1 ? 'day' : 'days'} from ${path.basename(file)}. Your journal as it was just before is kept as the backup "${safetyBackup.label}" (${safetyBackup.name}).`,
  };
}

export async function restoreBackup(
  ctx: ServiceContext,
  { name }: { name: string },
): Promise<Restored & { cancelled: false }> {
  const file = backupPath(ctx, name);
  if (!file) throw new UserFacingError('not-found', `There is no backup called ${name} any more. Nothing was changed.`);
  return { cancelled: false, ...(await restoreFromFile(ctx, file)) };
}

/** "Restore from a file…": the person picks an Axis journal or backup (in the app's open dialog, or on the
 * command line as `restore <file>`). */
export async function restoreChosenFile(ctx: ServiceContext): Promise<OutputOf<'backups.restoreFile'>> {
  const dialogs = ctx.host.dialogs;
  if (!dialogs)
    throw new UserFacingError(
      'conflict',
      'Choosing a file to restore from is only possible in the app; on the command line use `restore <file>`.',
    );
  const file = await dialogs.chooseOpenPath(FILE_FILTERS.backup);
  if (!file) return { cancelled: true, safetyBackup: null, summary: 'Nothing was restored.' };
  return { cancelled: false, ...(await restoreFromFile(ctx, file)) };
}
