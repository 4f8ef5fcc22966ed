// Version 3: elimination trials. Frozen once released: later changes are new migrations.
// Dates are stored for every phase (not just lengths) so that "which trial and phase covers this day" is one
// query for the regimen guard; planned/running/finished are not stored because they follow from the calendar.
import type { Database } from 'better-sqlite3';

const DAY = (c: string) => `${c} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`;

export function migrateTo3(db: Database): void {
  db.exec(`
    CREATE TABLE trials (
      id INTEGER PRIMARY KEY,
      preset TEXT NOT NULL CHECK (preset IN ('dairy', 'sugar', 'seed-oils', 'custom')),
      -- "the same food" for the one-trial-per-food rule: the preset id, or the custom name in lower case
      food_key TEXT NOT NULL CHECK (length(food_key) BETWEEN 1 AND 80),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      -- the food inside a sentence: "Any dairy today?"
      food TEXT NOT NULL CHECK (length(food) BETWEEN 1 AND 80),
      what_counts TEXT NOT NULL DEFAULT '' CHECK (length(what_counts) <= 2000),
      outcome TEXT NOT NULL,
      mid REAL NOT NULL CHECK (mid > 0 AND mid <= 50),
      secondary_outcomes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(secondary_outcomes) AND json_type(secondary_outcomes) = 'array'),
      baseline_days INTEGER NOT NULL CHECK (baseline_days BETWEEN 1 AND 366),
      elimination_days INTEGER NOT NULL CHECK (elimination_days BETWEEN 1 AND 366),
      reintroduction_days INTEGER NOT NULL CHECK (reintroduction_days BETWEEN 1 AND 366),
      challenge_days INTEGER NOT NULL CHECK (challenge_days BETWEEN 0 AND 60),
      transition_days INTEGER NOT NULL CHECK (transition_days BETWEEN 0 AND 120),
      repeat INTEGER NOT NULL CHECK (repeat IN (0, 1)),
      start_day TEXT NOT NULL CHECK (${DAY('start_day')}),
      -- a random switch: all three set, or none
      switch_first TEXT CHECK (switch_first IS NULL OR ${DAY('switch_first')}),
      switch_last TEXT CHECK (switch_last IS NULL OR switch_last >= switch_first),
      switch_day TEXT CHECK (switch_day IS NULL OR switch_day BETWEEN switch_first AND switch_last),
      -- the analysis's bootstrap is seeded per trial, so a result reads the same every time it is opened
      seed INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
      closed_as TEXT CHECK (closed_as IN ('ended-early', 'abandoned')),
      closed_on TEXT CHECK (closed_on IS NULL OR ${DAY('closed_on')}),
      close_reason TEXT NOT NULL DEFAULT '' CHECK (length(close_reason) <= 500),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((switch_first IS NULL) = (switch_last IS NULL) AND (switch_first IS NULL) = (switch_day IS NULL)),
      CHECK ((closed_as IS NULL) = (closed_on IS NULL))
    ) STRICT;
    CREATE INDEX trials_by_food ON trials(food_key);

    CREATE TABLE trial_phases (
      id INTEGER PRIMARY KEY,
      trial_id INTEGER NOT NULL REFERENCES trials(id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 10),
      kind TEXT NOT NULL CHECK (kind IN ('baseline', 'elimination', 'reintroduction')),
      cycle INTEGER NOT NULL CHECK (cycle BETWEEN 1 AND 5),
      start_day TEXT NOT NULL CHECK (${DAY('start_day')}),
      end_day TEXT NOT NULL CHECK (${DAY('end_day')} AND end_day >= start_day),
      transition_days INTEGER NOT NULL CHECK (transition_days >= 0),
      challenge_days INTEGER NOT NULL CHECK (challenge_days >= 0),
      -- length when planned, so the timeline can say "extended by 7 days"
      planned_days INTEGER NOT NULL CHECK (planned_days >= 1),
      UNIQUE (trial_id, position)
    ) STRICT;
    CREATE INDEX trial_phases_by_day ON trial_phases(start_day, end_day);

    -- One answer a day to the phase's question: did the person keep to the plan?
    CREATE TABLE trial_adherence (
      trial_id INTEGER NOT NULL REFERENCES trials(id) ON DELETE CASCADE,
      day TEXT NOT NULL CHECK (${DAY('day')}),
      kept INTEGER NOT NULL CHECK (kept IN (0, 1)),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (trial_id, day)
    ) STRICT;

    CREATE TABLE trial_slips (
      id INTEGER PRIMARY KEY,
      trial_id INTEGER NOT NULL REFERENCES trials(id) ON DELETE CASCADE,
      day TEXT NOT NULL CHECK (${DAY('day')}),
      what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 200),
      amount TEXT NOT NULL DEFAULT '' CHECK (length(amount) <= 100),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX trial_slips_by_trial ON trial_slips(trial_id, day);

    -- Regimen changes the person was warned about while a trial covered the day (the one-change guard).
    CREATE TABLE trial_regimen_changes (
      trial_id INTEGER NOT NULL REFERENCES trials(id) ON DELETE CASCADE,
      regimen_change_id INTEGER NOT NULL REFERENCES regimen_changes(id) ON DELETE CASCADE,
      message TEXT NOT NULL,
      warned_at TEXT NOT NULL,
      PRIMARY KEY (trial_id, regimen_change_id)
    ) STRICT;
  `);
}
