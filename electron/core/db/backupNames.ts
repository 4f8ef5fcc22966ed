// The names of backup files say whose backup it is, when it was taken, why, and how many days it holds:
//
//   <journal file name>.<journal id>.<UTC time>.<kind>.<days>d.sqlite[.axisenc]
//   journal.sqlite.3f9a2c1b7e4d.2026-11-30T19-15-00-000Z.daily.240d.sqlite
//
// The full file name and the journal's stable id (journal_meta, migration 005) keep two journals in one folder
// (mine.sqlite and mine.db, or a copy beside the original) from ever listing, restoring or pruning each
// other's backups; names sort by time; the day count lets pruning keep the newest backup that still holds
// entries, and lets Axis warn when the journal holds far fewer days than its last backup, without opening a
// single file. ".axisenc" marks a backup sealed with the person's passphrase (data/sealed.ts).
// Older Axis versions named backups <journal name without extension>.<time>.<kind>.sqlite: those are still
// listed, as "legacy", and never pruned, because the name alone cannot tell whose they are.
import type Database from 'better-sqlite3';
import path from 'node:path';
import { BACKUP_KINDS, type Backup } from '$shared/contract/data';
import { stampOf } from '../files';
import { journalIdOf } from './identity';

export type BackupKind = Backup['kind'];
export const SEALED_EXTENSION = '.axisenc';

export interface ParsedBackupName {
  kind: BackupKind;
  createdAt: string;
  /** Days logged in the backup; null for a legacy name, which does not say. */
  days: number | null;
  encrypted: boolean;
  /** Named by an older Axis, without the journal's full name and id. */
  legacy: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STAMP = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)';
const KINDS = BACKUP_KINDS.filter((k) => k !== 'before-migration');
const KIND = `(${KINDS.map(escape).join('|')}|before-v\\d+)`;
const isoOf = (stamp: string) => stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
const kindOf = (token: string): BackupKind =>
  token.startsWith('before-v') ? 'before-migration' : (token as BackupKind);

export function backupFileName(
  journalPath: string,
  journalId: string | null,
  kind: string,
  at: Date,
  days: number,
  encrypted = false,
): string {
  const owner = journalId ? `${path.basename(journalPath)}.${journalId}` : path.basename(journalPath);
  return `${owner}.${stampOf(at)}.${kind}.${days}d.sqlite${encrypted ? SEALED_EXTENSION : ''}`;
}

/** The copy taken before the journal is brought to `targetVersion` (db/open.ts). */
export function beforeMigrationName(
  db: Database.Database,
  journalPath: string,
  targetVersion: number,
  at: Date,
  days: number,
): string {
  return backupFileName(journalPath, journalIdOf(db), `before-v${targetVersion}`, at, days);
}

/**
 * What a file name in the backups folder says, when it is a backup of this journal; null otherwise. A backup
 * of an earlier journal that had this file name (before the file was emptied and a new journal started in it,
 * or replaced by another device's) is listed too, as "legacy": it can be restored, and is never pruned. With
 * `journalId` "any", every journal that had this file name counts (one emptied to zero bytes has no id left).
 */
export function parseBackupName(journalPath: string, journalId: string | null, name: string): ParsedBackupName | null {
  const file = escape(path.basename(journalPath));
  const id = journalId === 'any' ? '[0-9a-f]{12}' : journalId ? escape(journalId) : null;
  // This journal's own names; without the id only the copy taken before migration 4 gave it one.
  const ours = new RegExp(
    `^${file}\\.(?:(${id ?? '(?!)'})\\.)?${STAMP}\\.${KIND}\\.(\\d+)d\\.sqlite(${escape(SEALED_EXTENSION)})?$`,
  ).exec(name);
  if (ours) {
    const [, withId, stamp, token, days, sealed] = ours;
    if (!withId && !token!.startsWith('before-v')) return null;
    return { kind: kindOf(token!), createdAt: isoOf(stamp!), days: Number(days), encrypted: !!sealed, legacy: false };
  }
  const earlier =
    journalId !== null && journalId !== 'any'
      ? new RegExp(
          `^${file}\\.[0-9a-f]{12}\\.${STAMP}\\.${KIND}\\.(\\d+)d\\.sqlite(${escape(SEALED_EXTENSION)})?$`,
        ).exec(name)
      : null;
  if (earlier) {
    const [, stamp, token, days, sealed] = earlier;
    return { kind: kindOf(token!), createdAt: isoOf(stamp!), days: Number(days), encrypted: !!sealed, legacy: true };
  }
  const stem = escape(path.basename(journalPath, path.extname(journalPath)));
  const legacy =
    new RegExp(`^${stem}\\.${STAMP}\\.(${KINDS.map(escape).join('|')})\\.sqlite$`).exec(name) ??
    new RegExp(`^${stem}\\.(before-v\\d+)\\.${STAMP}\\.sqlite$`).exec(name);
  if (!legacy) return null;
  const [stamp, token] = legacy[1]!.startsWith('before-v') ? [legacy[2]!, legacy[1]!] : [legacy[1]!, legacy[2]!];
  return { kind: kindOf(token), createdAt: isoOf(stamp), days: null, encrypted: false, legacy: true };
}
