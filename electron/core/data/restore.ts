// Restoring the journal from a backup file. The file is never opened where it lies: a copy is checked in a
// temporary folder (an SQLite file? an Axis journal? not from a newer Axis? intact?), brought up to the
// current format there, and read through the same checks as a JSON import. A sealed backup is decrypted
// into that private folder first. A backup holding no entries never replaces a journal that holds some
// (that is how a file emptied by a failed sync would wipe out the good one): the person is pointed at the
// backups that do. Only then is the current journal backed up, and its tables replaced in one transaction,
// so a failure at any step leaves it as it was.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserFacingError } from '$shared/contract/result';
import type { Backup } from '$shared/contract/data';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { readExport, type JournalExport } from '$shared/export/format';
import { issuesSummary } from '$shared/export/issues';
import { JournalOpenError, LATEST_VERSION, openJournal, type Db } from '../db/open';
import { backupPath, createBackup, listBackups } from './backups';
import { FILE_FILTERS } from './exportFiles';
import type { ServiceContext } from '../context';
import { isSameFile } from '../files';
import { createPrivateFile } from '../db/privateFiles';
import { buildExport, serializeExport } from './exportJson';
import { entriesHeld, replaceAll } from './importJson';
import { headOf, pickedFile, rememberFile } from './pickedFiles';
import { isSealed, keyFor, readHeader, unseal } from './sealed';
import { sealKeyOf } from './passphrase';

const SQLITE_HEADER = 'SQLite format 3\0';

function refuse(message: string): never {
  throw new UserFacingError('invalid-input', `${message} Your journal has not been changed.`);
}

/** Reads a journal file into the export form, checked, without touching the file. */
export async function readJournalFile(ctx: ServiceContext, file: string, passphrase?: string): Promise<JournalExport> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) refuse(`There is no file at ${file}.`);
  if (isSameFile(file, ctx.journalPath)) refuse('That file is the journal itself.');
  const head = headOf(file, 64);
  const sealed = isSealed(head);
  if (!sealed && head.subarray(0, 16).toString('latin1') !== SQLITE_HEADER)
    refuse(`${path.basename(file)} is not an Axis journal (it is not an SQLite database).`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-restore-'));
  try {
    const copy = path.join(dir, 'journal.sqlite');
    createPrivateFile(copy);
    if (sealed) {
      const bytes = fs.readFileSync(file);
      const key = await keyFor(readHeader(bytes), sealKeyOf(ctx), passphrase);
      fs.writeFileSync(copy, unseal(bytes, key));
    } else {
      fs.copyFileSync(file, copy);
      if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`); // a journal copied while open
    }
    const nativeBinding = ctx.nativeBinding;
    let version: number;
    try {
      const probe = new Database(copy, { nativeBinding, fileMustExist: true });
      try {
        version = Number(probe.pragma('user_version', { simple: true }));
      } finally {
        probe.close();
      }
    } catch {
      refuse(`${path.basename(file)} is not an Axis journal (it is not a readable SQLite database).`);
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
      if (e instanceof JournalOpenError) refuse(e.message.replaceAll(copy, path.basename(file)));
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
  safetyBackup: Backup | null;
  summary: string;
}

const dayWords = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** Whether the file's tables hold any entry (preferences alone do not count). */
const holdsEntries = (data: JournalExport) =>
  Object.entries(data.tables).some(([t, rows]) => t !== 'settings' && t !== 'guide_state' && rows.length > 0);

export async function restoreFromFile(ctx: ServiceContext, file: string, passphrase?: string): Promise<Restored> {
  const data = await readJournalFile(ctx, file, passphrase);
  const journalHolds = entriesHeld(ctx.db);
  if (!holdsEntries(data) && journalHolds) {
    const best = listBackups(ctx).find(
      (b) => b.days !== null && b.days > 0 && !isSameFile(path.join(path.dirname(file), b.name), file),
    );
    refuse(
      `${path.basename(file)} holds no entries, and restoring it would empty your journal, which holds ${journalHolds}.` +
        (best ? ` Your newest backup that holds entries is ${best.name} (${dayWords(best.days!)}).` : ''),
    );
  }
  const safetyBackup = journalHolds ? await createBackup(ctx, { kind: 'before-restore' }) : null;
  const counts = ctx.db.transaction(() => replaceAll(ctx, data)).immediate();
  const days = counts.find((c) => c.table === 'check_ins')?.added ?? 0;
  return {
    safetyBackup,
    summary:
      `Restored ${dayWords(days)} from ${path.basename(file)}.` +
      (safetyBackup
        ? ` Your journal as it was just before is kept as the backup "${safetyBackup.label}" (${safetyBackup.name}).`
        : ''),
  };
}

export async function restoreBackup(
  ctx: ServiceContext,
  { name, passphrase }: ParsedInputOf<'backups.restore'>,
): Promise<OutputOf<'backups.restore'>> {
  const file = backupPath(ctx, name);
  if (!file) throw new UserFacingError('not-found', `There is no backup called ${name} any more. Nothing was changed.`);
  return { cancelled: false, needsPassphrase: null, ...(await restoreFromFile(ctx, file, passphrase)) };
}

/** "Restore from a file…": the person picks an Axis journal or backup (in the app's open dialog, or on the
 * command line as `restore <file>`). A sealed file the journal's own key does not open comes back asking for
 * its passphrase, with an id to call again with it, so the dialog is not shown twice. */
export async function restoreChosenFile(
  ctx: ServiceContext,
  { fileId, passphrase }: ParsedInputOf<'backups.restoreFile'>,
): Promise<OutputOf<'backups.restoreFile'>> {
  let file: string;
  if (fileId !== undefined) file = pickedFile(fileId).path;
  else {
    const dialogs = ctx.host.dialogs;
    if (!dialogs)
      throw new UserFacingError(
        'conflict',
        'Choosing a file to restore from is only possible in the app; on the command line use `restore <file>`.',
      );
    const chosen = await dialogs.chooseOpenPath(FILE_FILTERS.backup);
    if (!chosen)
      return { cancelled: true, safetyBackup: null, summary: 'Nothing was restored.', needsPassphrase: null };
    file = chosen;
  }
  try {
    return { cancelled: false, needsPassphrase: null, ...(await restoreFromFile(ctx, file, passphrase)) };
  } catch (e) {
    if (!(e instanceof UserFacingError) || e.code !== 'passphrase-needed' || passphrase !== undefined) throw e;
    const picked = fileId !== undefined ? pickedFile(fileId) : rememberFile(file);
    return {
      cancelled: false,
      safetyBackup: null,
      summary: `${picked.name} is encrypted: type the passphrase it was made with.`,
      needsPassphrase: { fileId: picked.id, name: picked.name },
    };
  }
}
