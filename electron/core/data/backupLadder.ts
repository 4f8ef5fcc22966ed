// Which automatic backups to keep: the newest N (the backupsToKeep setting) and, beyond them, a ladder. A
// count alone lets a day of trouble eat every good backup (a journal emptied by a failed sync was backed up
// empty every day until, nine days later, no backup held an entry). The ladder keeps the newest backup of
// each of the latest N days, of each of the latest 8 weeks and of each of the latest 12 months, and always the
// newest backup that holds any day at all. An older quit backup only repeats what the next one holds, so only
// the latest quit backup counts. Backups the person made, and those named by an older Axis (whose owner the
// name cannot prove), are never pruned. Pure, so every rule is tested on names alone.
import { addDays, journalDayOf, weekdayIndex } from '$shared/domain/day';

export const KEEP_WEEKS = 8;
export const KEEP_MONTHS = 12;

export interface LadderBackup {
  name: string;
  kind: string;
  createdAt: string;
  days: number | null;
  legacy: boolean;
}

/** The backups to delete, from a list newest first. */
export function backupsToPrune<B extends LadderBackup>(
  backups: readonly B[],
  keep: number,
  dayEndsAtHour: number,
): B[] {
  const automatic = backups.filter((b) => b.kind !== 'manual' && !b.legacy);
  const latestQuit = automatic.find((b) => b.kind === 'quit');
  const candidates = automatic.filter((b) => b.kind !== 'quit' || b === latestQuit);
  const kept = new Set<B>(candidates.slice(0, keep));
  const rung = (keyOf: (day: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of candidates) {
      const key = keyOf(journalDayOf(new Date(b.createdAt), dayEndsAtHour));
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      kept.add(b); // the list is newest first, so the first of each key is its newest
    }
  };
  rung((day) => day, keep);
  rung((day) => addDays(day, -weekdayIndex(day)), KEEP_WEEKS);
  rung((day) => day.slice(0, 7), KEEP_MONTHS);
  const newestWithEntries = automatic.find((b) => b.days === null || b.days > 0);
  if (newestWithEntries) kept.add(newestWithEntries);
  return automatic.filter((b) => !kept.has(b));
}

/** Far fewer days than the last backup: at most half of them, and at least a week's worth missing. */
export function lostDays(journalDays: number, lastBackupDays: number | null): boolean {
  return lastBackupDays !== null && lastBackupDays - journalDays >= 7 && journalDays * 2 <= lastBackupDays;
}
