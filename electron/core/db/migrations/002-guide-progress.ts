// Version 2: reading progress through the guide, kept in the journal so it travels with exports and backups.
import type { Database } from 'better-sqlite3';

export function migrateTo2(db: Database): void {
  db.exec(`
    CREATE TABLE guide_progress (section_id TEXT PRIMARY KEY, read_at TEXT NOT NULL) STRICT;
    CREATE TABLE guide_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  `);
}
