// Version 4: the answers to "Before you start", one row per trial, written in the same transaction as the
// trial itself. Trials set up before this version have no row: the app says so rather than guessing.
// Frozen once released: later changes are new migrations.
import type { Database } from 'better-sqlite3';

const FLAG = (c: string) => `${c} INTEGER NOT NULL CHECK (${c} IN (0, 1))`;

export function migrateTo4(db: Database): void {
  db.exec(`
    CREATE TABLE trial_safety (
      trial_id INTEGER PRIMARY KEY REFERENCES trials(id) ON DELETE CASCADE,
      age_band TEXT NOT NULL CHECK (age_band IN ('under-13', '13-17', '18-plus')),
      ${FLAG('pregnant_or_breastfeeding')},
      ${FLAG('eating_disorder')},
      ${FLAG('reactions_to_food')},
      -- asked before a trial that cuts out gluten only
      coeliac_test TEXT CHECK (coeliac_test IS NULL OR coeliac_test IN ('tested-negative', 'not-tested', 'has-coeliac')),
      ${FLAG('clinician_agreed')},
      ${FLAG('treatment_unchanged')},
      -- why the person runs this trial alongside another food's: empty when it overlaps none
      overlap_reason TEXT NOT NULL DEFAULT '' CHECK (length(overlap_reason) <= 500),
      -- ids of the safety points shown before the first day
      points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(points) AND json_type(points) = 'array'),
      answered_at TEXT NOT NULL
    ) STRICT;
  `);
}
