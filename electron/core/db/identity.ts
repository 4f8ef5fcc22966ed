// The journal's own small facts (journal_meta, migration 005): its stable id, and the key that seals its
// backups and exports when the person set a passphrase. Never exported, never replaced by a restore.
import type Database from 'better-sqlite3';

type Db = Database.Database;

function hasMeta(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'journal_meta'").get() !== undefined;
}

export function metaValue(db: Db, key: string): string | null {
  if (!hasMeta(db)) return null;
  const row = db.prepare('SELECT value FROM journal_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMetaValue(db: Db, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM journal_meta WHERE key = ?').run(key);
  else
    db.prepare(
      'INSERT INTO journal_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

/** The journal's stable id (twelve hex digits), or null for a journal of a format before 4. */
export const journalIdOf = (db: Db): string | null => {
  const id = metaValue(db, 'journal_id');
  return id !== null && /^[0-9a-f]{12}$/.test(id) ? id : null;
};
