// Backups of the journal: daily (on the first open of a journal day), on quit, before a restore or an import,
// and the copy openJournal takes before a format update. They live in the "backups" folder beside the journal
// (the folder electron/main/paths.ts gives openJournal), named <journal>.<UTC time>.<kind>.sqlite so that names
// sort by time. Axis keeps the newest N automatic ones (the backupsToKeep setting); backups the person makes
// with "Back up now" are never deleted by Axis.
//
// Copies are taken with SQLite's online backup (better-sqlite3's db.backup), which reads a consistent
// snapshot while the journal stays open. It is asynchronous, so it never runs inside the router's write
// transaction. The quit backup uses VACUUM INTO instead, because quitting cannot wait for a promise.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type Backup } from '$shared/contract/data';
import { journalDayOf } from '$shared/domain/day';
import { UserFacingError } from '$shared/contract/result';
import type { ServiceContext } from '../context';
import { stampOf } from '../files';
import { getSettings } from '../journal/settings';

export type BackupKind = Backup['kind'];

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

const stemOf = (journalPath: string) => path.basename(journalPath, path.extname(journalPath));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STAMP = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)';
// Every kind but the copy before a format update, which db/open.ts names in its own way.
const KIND = `(${BACKUP_KINDS.filter((k) => k !== 'before-migration')
  .map(escape)
  .join('|')})`;
const isoOf = (stamp: string) => stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

function parseName(journalPath: string, name: string): { kind: BackupKind; createdAt: string } | null {
  const stem = escape(stemOf(journalPath));
  const ours = new RegExp(`^${stem}\\.${STAMP}\\.${KIND}\\.sqlite$`).exec(name);
  if (ours) return { kind: ours[2] as BackupKind, createdAt: isoOf(ours[1]!) };
  const migration = new RegExp(`^${stem}\\.before-v\\d+\\.${STAMP}\\.sqlite$`).exec(name); // named by db/open.ts
  return migration ? { kind: 'before-migration', createdAt: isoOf(migration[1]!) } : null;
}

/** Newest first. */
export function listBackups(ctx: Pick<ServiceContext, 'journalPath'>): Backup[] {
  const folder = backupFolder(ctx);
  if (!fs.existsSync(folder)) return [];
  const out: Backup[] = [];
  for (const name of fs.readdirSync(folder)) {
    const parsed = parseName(ctx.journalPath, name);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
    if (stat?.isFile()) out.push({ name, ...parsed, label: LABELS[parsed.kind], sizeBytes: stat.size });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export function backupPath(ctx: Pick<ServiceContext, 'journalPath'>, name: string): string | null {
  return listBackups(ctx).some((b) => b.name === name) ? path.join(backupFolder(ctx), name) : null;
}

export const keepSetting = (ctx: ServiceContext): number => getSettings(ctx).backupsToKeep;

/** The backups screen: where they are, how many automatic ones are kept, and the list, newest first. */
export function backupsView(ctx: ServiceContext): { folder: string; keep: number; backups: Backup[] } {
  return { folder: backupFolder(ctx), keep: keepSetting(ctx), backups: listBackups(ctx) };
}

/** Removes automatic backups beyond the newest `backupsToKeep`; only the latest quit backup is ever kept. */
export function pruneBackups(ctx: ServiceContext): string[] {
  const keep = keepSetting(ctx);
  const automatic = listBackups(ctx).filter((b) => b.kind !== 'manual');
  const latestQuit = automatic.find((b) => b.kind === 'quit');
  // An older quit backup only repeats what the next daily one holds: it never takes a place among the N.
  const superseded = automatic.filter((b) => b.kind === 'quit' && b !== latestQuit);
  const doomed = [...superseded, ...automatic.filter((b) => !superseded.includes(b)).slice(keep)];
  for (const b of doomed) fs.rmSync(path.join(backupFolder(ctx), b.name), { force: true });
  return doomed.map((b) => b.name);
}

function target(ctx: ServiceContext, kind: BackupKind): { final: string; partial: string; name: string } {
  const folder = backupFolder(ctx);
  fs.mkdirSync(folder, { recursive: true });
  // Two backups in the same millisecond (a fixed clock in tests, a double click) must not overwrite each other.
  let at = ctx.now().getTime();
  const nameAt = (t: number) => `${stemOf(ctx.journalPath)}.${stampOf(new Date(t))}.${kind}.sqlite`;
  while (fs.existsSync(path.join(folder, nameAt(at)))) at++;
  const name = nameAt(at);
  // A half-written copy never carries a backup's name, so the list only ever shows complete backups.
  return { final: path.join(folder, name), partial: path.join(folder, `.${name}.partial`), name };
}

function finish(ctx: ServiceContext, t: { final: string; partial: string; name: string }): Backup {
  fs.renameSync(t.partial, t.final);
  pruneBackups(ctx);
  const made = listBackups(ctx).find((b) => b.name === t.name);
  if (!made) throw new Error(`the backup ${t.name} disappeared`);
  return made;
}

export async function createBackup(
  ctx: ServiceContext,
  { kind }: { kind: Exclude<BackupKind, 'before-migration' | 'quit'> },
): Promise<Backup> {
  const t = target(ctx, kind);
  try {
    await ctx.db.backup(t.partial);
  } catch (e) {
    fs.rmSync(t.partial, { force: true });
    throw e;
  }
  return finish(ctx, t);
}

/** "Save a copy…": the whole journal, with the online backup, to a file the person chooses (in the app's
 * save dialog, or as the command line's `backup --out`). */
export async function saveCopy(ctx: ServiceContext): Promise<{ path: string | null }> {
  const dialogs = ctx.host.dialogs;
  if (!dialogs)
    throw new UserFacingError('conflict', 'Saving a copy of the journal needs a place to put it: use the app.');
  const suggested = `${path.basename(ctx.journalPath, path.extname(ctx.journalPath))}-copy-${stampOf(ctx.now())}.sqlite`;
  const file = await dialogs.chooseSavePath(suggested, [{ name: 'Axis journal', extensions: ['sqlite'] }]);
  if (!file) return { path: null };
  await backupTo(ctx, file);
  return { path: file };
}

/** Copies any open journal to a file with the online backup. */
async function backupTo(ctx: ServiceContext, file: string): Promise<void> {
  const partial = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial`);
  try {
    await ctx.db.backup(partial);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

const running = new Map<string, Promise<Backup | null>>();

/**
 * The daily backup: taken when no daily backup exists yet for the current journal day. Call it on start and
 * once a minute (it only reads the folder when there is nothing to do). Never for the demo journal.
 */
export function backupDaily(ctx: ServiceContext): Promise<Backup | null> {
  if (ctx.isDemo) return Promise.resolve(null);
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
  if (ctx.isDemo || !ctx.db.open) return null;
  try {
    const t = target(ctx, 'quit');
    ctx.db.prepare('VACUUM INTO ?').run(t.partial);
    return finish(ctx, t);
  } catch (e) {
    console.error('[axis] the backup on quit failed:', (e as Error).message);
    return null;
  }
}
