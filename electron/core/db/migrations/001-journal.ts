// Version 1: the daily journal, settings and the supplement regimen. Frozen once released: later changes
// are new migrations, never edits here, because people's journals were made by exactly this text.
import type { Database } from 'better-sqlite3';

const scale = (c: string) => `${c} INTEGER CHECK (${c} BETWEEN 0 AND 10)`;
const count = (c: string, max: number) => `${c} INTEGER CHECK (${c} BETWEEN 0 AND ${max})`;

export function migrateTo1(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE check_ins (
      day TEXT PRIMARY KEY CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
      ${scale('skin_overall')}, ${scale('itch')}, ${scale('redness')}, ${scale('soreness')}, ${scale('dryness')},
      ${count('new_spots', 200)}, ${count('inflamed_spots', 200)},
      stool_form INTEGER CHECK (stool_form BETWEEN 1 AND 7),
      ${count('bowel_movements', 20)}, ${scale('bloating')}, ${scale('discomfort')},
      ${count('sugar', 20)}, ${count('seed_oils', 20)}, ${count('dairy', 20)}, ${count('prebiotic', 20)},
      ${count('fermented', 20)}, ${count('omega3', 20)}, ${count('colourful', 20)},
      ${scale('stress')}, ${count('relaxation_minutes', 600)},
      sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24), ${scale('sleep_quality')},
      ${count('exercise_minutes', 1440)},
      exercise_kind TEXT CHECK (exercise_kind IN ('walking', 'lowImpactAerobic', 'strength', 'other')),
      body_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(body_areas)),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE supplements (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      dose REAL CHECK (dose > 0),
      unit TEXT NOT NULL DEFAULT '',
      details TEXT NOT NULL DEFAULT '',
      started_on TEXT,
      stopped_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE supplement_intakes (
      day TEXT NOT NULL REFERENCES check_ins(day) ON DELETE CASCADE,
      supplement_id INTEGER NOT NULL REFERENCES supplements(id) ON DELETE CASCADE,
      dose REAL CHECK (dose > 0),
      unit TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (day, supplement_id)
    ) STRICT;

    -- Every start, stop or change of a supplement, by day: trials use it to warn that two things changed at
    -- once, and trend charts draw it as markers.
    CREATE TABLE regimen_changes (
      id INTEGER PRIMARY KEY,
      day TEXT NOT NULL,
      supplement_id INTEGER NOT NULL REFERENCES supplements(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('started', 'stopped', 'changed')),
      detail TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX regimen_changes_by_day ON regimen_changes(day);
  `);
}
