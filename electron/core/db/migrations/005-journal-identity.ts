// Version 5: what the journal knows about itself, apart from the person's entries, so it is never exported,
// imported or replaced by a restore. `journal_id` is a stable random name that goes into the name of every
// backup (data/backups.ts), so two journals in one folder never take each other's backups for their own;
// `seal_key` is stored when the person sets a passphrase for their backups and exports (data/sealed.ts).
// Frozen once released: later changes are new migrations.
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';

export function migrateTo5(db: Database): void {
  db.exec(`
    CREATE TABLE journal_meta (
      key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 40),
      value TEXT NOT NULL CHECK (length(value) <= 4000)
    ) STRICT;
  `);
  db.prepare("INSERT INTO journal_meta (key, value) VALUES ('journal_id', ?)").run(
    crypto.randomBytes(6).toString('hex'),
  );
}
