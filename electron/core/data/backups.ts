// Backups of the journal: daily (on the first open of a journal day), on quit, before a restore or an import,
// and the copy openJournal takes before a format update. They live in the "backups" folder beside the journal
// (the folder electron/main/paths.ts gives openJournal), named for the journal they belong to, the time, the
// kind and the days they hold (db/backupNames.ts). Automatic ones are pruned along a daily, weekly and monthly
// ladder that never drops the newest backup still holding entries (backupLadder.ts); backups the person makes
// with "Back up now" are never deleted by Axis. When the journal holds far fewer days than its last backup,
// Axis says so and stops taking automatic backups until the person restores or keeps the journal as it is.
//
// Copies are taken with SQLite's online backup (better-sqlite3's db.backup), which reads a consistent
// snapshot while the journal stays open. It is asynchronous, so it never runs inside the router's write
// transaction. The quit backup uses VACUUM INTO instead, because quitting cannot wait for a promise. With a
// passphrase set, the snapshot is taken in memory (db.serialize) and sealed (sealed.ts) before it touches
// the disk. Every file is readable by its owner only.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '$shared/contract/data';
import { journalDayOf } from '$shared/domain/day';
import { UserFacingError } from '$shared/contract/result';
import type { ServiceContext } from '../context';
import { stampOf } from '../files';
import { getSettings } from '../journal/settings';
import { backupFileName, parseBackupName, SEALED_EXTENSION, type BackupKind } from '../db/backupNames';
import { journalIdOf } from '../db/identity';
import { createPrivateFile, createPrivateFolder, PRIVATE_FILE } from '../db/privateFiles';
import { backupsToPrune, lostDays } from './backupLadder';
import { seal } from './sealed';
import { sealKeyOf } from './passphrase';

export type { BackupKind };

const LABELS: Record<BackupKind, string> = {
  daily: 'Daily backup',
  quit: 'When Axis last closed',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-migration': 'Before a format update',
};

export function backupFolder(ctx: Pick<ServiceContext, 'journalPath'>): string {
  return path.join(path.dirname(path.resolve(ctx.journalPath)), 'backups');
}

export const daysIn = (ctx: Pick<ServiceContext, 'db'>): number =>
  (ctx.db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;

/** Newest first. */
export function listBackups(ctx: Pick<ServiceContext, 'journalPath' | 'db'>): Backup[] {
  const folder = backupFolder(ctx);
  if (!fs.existsSync(folder)) return [];
  const id = journalIdOf(ctx.db);
  const out: Backup[] = [];
  for (const name of fs.readdirSync(folder)) {
    const parsed = parseBackupName(ctx.journalPath, id, name);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
    const label =
      parsed.legacy && parsed.days !== null
        ? `${LABELS[parsed.kind]}, of an earlier journal in this file`
        : LABELS[parsed.kind];
    if (stat?.isFile()) out.push({ name, ...parsed, label, sizeBytes: stat.size });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * The newest backup that holds entries of any journal that had this file name, found without opening the
 * journal (which may be empty, or not a journal at all any more): what to restore after a file was emptied.
 */
export function newestBackupWithEntries(
  journalPath: string,
): { name: string; path: string; days: number; createdAt: string } | null {
  const folder = backupFolder({ journalPath });
  if (!fs.existsSync(folder)) return null;
  let best: { name: string; path: string; days: number; createdAt: string } | null = null;
  for (const name of fs.readdirSync(folder)) {
    const parsed = parseBackupName(journalPath, 'any', name);
    if (!parsed || parsed.days === null || parsed.days === 0) continue;
    if (!best || parsed.createdAt > best.createdAt)
      best = { name, path: path.join(folder, name), days: parsed.days, createdAt: parsed.createdAt };
  }
  return best;
}

export function backupPath(ctx: Pick<ServiceContext, 'journalPath' | 'db'>, name: string): string | null {
  return listBackups(ctx).some((b) => b.name === name) ? path.join(backupFolder(ctx), name) : null;
}

export const keepSetting = (ctx: ServiceContext): number => getSettings(ctx).backupsToKeep;

const dayWords = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** This journal's newest backup (one whose name proves it is this journal's); the warning compares with it. */
const lastCounted = (backups: readonly Backup[]) => backups.find((b) => b.days !== null && !b.legacy) ?? null;

/**
 * When the journal holds far fewer days than its last backup (a sync or another program emptied it, or many
 * days were deleted): what to do, in words. Null when all is well.
 */
export function backupWarning(ctx: ServiceContext, backups = listBackups(ctx)): string | null {
  const last = lastCounted(backups);
  const held = daysIn(ctx);
  if (!last || !lostDays(held, last.days)) return null;
  const when = new Date(last.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    `Your journal holds ${dayWords(held)}, but its last backup (${last.label.toLowerCase()}, ${when}) holds ${dayWords(last.days!)}. ` +
    'If days went missing (a sync or another program can empty a file), restore that backup. If you removed them yourself, ' +
    'back up now to keep the journal as it is. Until then Axis takes no automatic backups, so that backup stays the newest.'
  );
}

/** The backups screen: where they are, how many days of daily backups are kept, the list, newest first,
 *  whether they are sealed with a passphrase, and the warning above. */
export function backupsView(ctx: ServiceContext): {
  folder: string;
  keep: number;
  backups: Backup[];
  warning: string | null;
  encrypted: boolean;
} {
  const backups = listBackups(ctx);
  return {
    folder: backupFolder(ctx),
    keep: keepSetting(ctx),
    backups,
    warning: backupWarning(ctx, backups),
    encrypted: sealKeyOf(ctx) !== null,
  };
}

/** Removes automatic backups the ladder does not keep (backupLadder.ts); returns their names. The backup
 *  just made is never among them, even when another was taken in the same millisecond. */
export function pruneBackups(ctx: ServiceContext, justMade?: string): string[] {
  const { backupsToKeep, dayEndsAtHour } = getSettings(ctx);
  const doomed = backupsToPrune(listBackups(ctx), backupsToKeep, dayEndsAtHour).filter((b) => b.name !== justMade);
  for (const b of doomed) fs.rmSync(path.join(backupFolder(ctx), b.name), { force: true });
  return doomed.map((b) => b.name);
}

interface Target {
  final: string;
  partial: string;
  name: string;
}

function target(ctx: ServiceContext, kind: BackupKind, sealed: boolean): Target {
  const folder = backupFolder(ctx);
  createPrivateFolder(folder);
  // Two backups in the same millisecond (a fixed clock in tests, a double click) must not overwrite each other.
  let at = ctx.now().getTime();
  const days = daysIn(ctx);
  const id = journalIdOf(ctx.db);
  const nameAt = (t: number) => backupFileName(ctx.journalPath, id, kind, new Date(t), days, sealed);
  while (fs.existsSync(path.join(folder, nameAt(at)))) at++;
  const name = nameAt(at);
  // A half-written copy never carries a backup's name, so the list only ever shows complete backups.
  const partial = path.join(folder, `.${name}.partial`);
  createPrivateFile(partial);
  return { final: path.join(folder, name), partial, name };
}

/**
 * A copy keeps its journal's WAL mode, so opening it, even to read, would leave -wal and -shm files beside it:
 * a backup is one self-contained file, in SQLite's plain rollback-journal mode.
 */
export function selfContained(ctx: Pick<ServiceContext, 'nativeBinding'>, file: string): void {
  const copy = new Database(file, { nativeBinding: ctx.nativeBinding, fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function finish(ctx: ServiceContext, t: Target, sealed: boolean): Backup {
  if (!sealed) selfContained(ctx, t.partial);
  fs.renameSync(t.partial, t.final);
  pruneBackups(ctx, t.name);
  const made = listBackups(ctx).find((b) => b.name === t.name);
  if (!made) throw new Error(`the backup ${t.name} disappeared`);
  return made;
}

/** The journal as one sealed file, never written unencrypted. */
function writeSealed(ctx: ServiceContext, file: string): void {
  const key = sealKeyOf(ctx)!;
  fs.writeFileSync(file, seal(ctx.db.serialize(), key), { mode: PRIVATE_FILE });
}

export async function createBackup(
  ctx: ServiceContext,
  { kind }: { kind: Exclude<BackupKind, 'before-migration' | 'quit'> },
): Promise<Backup> {
  const sealed = sealKeyOf(ctx) !== null;
  const t = target(ctx, kind, sealed);
  try {
    if (sealed) writeSealed(ctx, t.partial);
    else await ctx.db.backup(t.partial);
  } catch (e) {
    fs.rmSync(t.partial, { force: true });
    throw e;
  }
  return finish(ctx, t, sealed);
}

/** "Save a copy…": the whole journal, with the online backup (sealed when a passphrase is set), to a file the
 * person chooses (in the app's save dialog, or as the command line's `backup --out`). */
export async function saveCopy(
  ctx: ServiceContext,
  input: { plain?: boolean } = {},
): Promise<{ path: string | null; encrypted: boolean }> {
  const dialogs = ctx.host.dialogs;
  if (!dialogs)
    throw new UserFacingError('conflict', 'Saving a copy of the journal needs a place to put it: use the app.');
  const sealed = !input.plain && sealKeyOf(ctx) !== null;
  const suggested = `${path.basename(ctx.journalPath, path.extname(ctx.journalPath))}-copy-${stampOf(ctx.now())}.sqlite${sealed ? SEALED_EXTENSION : ''}`;
  const file = await dialogs.chooseSavePath(suggested, [
    sealed
      ? { name: 'Encrypted Axis journal', extensions: [SEALED_EXTENSION.slice(1)] }
      : { name: 'Axis journal', extensions: ['sqlite'] },
  ]);
  if (!file) return { path: null, encrypted: sealed };
  const partial = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial`);
  try {
    createPrivateFile(partial);
    if (sealed) writeSealed(ctx, partial);
    else {
      await ctx.db.backup(partial);
      selfContained(ctx, partial);
    }
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  return { path: file, encrypted: sealed };
}

const running = new Map<string, Promise<Backup | null>>();

/** Automatic backups wait while the journal holds far fewer days than its last backup (see backupWarning). */
const automaticBackupsOn = (ctx: ServiceContext) => !ctx.isDemo && !ctx.readOnly && backupWarning(ctx) === null;

/**
 * The daily backup: taken when no daily backup exists yet for the current journal day. Call it on start and
 * once a minute (it only reads the folder when there is nothing to do). Never for the demo journal.
 */
export function backupDaily(ctx: ServiceContext): Promise<Backup | null> {
  if (!automaticBackupsOn(ctx)) return Promise.resolve(null);
  const inFlight = running.get(ctx.journalPath);
  if (inFlight) return inFlight;
  const { dayEndsAtHour } = getSettings(ctx);
  const today = journalDayOf(ctx.now(), dayEndsAtHour);
  if (listBackups(ctx).some((b) => b.kind === 'daily' && journalDayOf(new Date(b.createdAt), dayEndsAtHour) === today))
    return Promise.resolve(null);
  const job = createBackup(ctx, { kind: 'daily' }).finally(() => running.delete(ctx.journalPath));
  running.set(ctx.journalPath, job);
  return job;
}

/**
 * The quit backup, for Electron's will-quit (which cannot wait): synchronous, and it never throws, because
 * a failed backup must not stop Axis from closing.
 */
export function backupOnQuit(ctx: ServiceContext): Backup | null {
  if (!ctx.db.open) return null;
  try {
    if (!automaticBackupsOn(ctx)) return null;
    const sealed = sealKeyOf(ctx) !== null;
    const t = target(ctx, 'quit', sealed);
    if (sealed) writeSealed(ctx, t.partial);
    else ctx.db.prepare('VACUUM INTO ?').run(t.partial); // fills the empty private file, keeping its mode
    return finish(ctx, t, sealed);
  } catch (e) {
    console.error('[axis] the backup on quit failed:', (e as Error).message);
    return null;
  }
}
