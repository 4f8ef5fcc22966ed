// Version 6: the journal made personal. The person's own trackables and their values, treatments and
// medications with a dated history (feeding the one-change-at-a-time guard like supplements), treatments used
// on a day, the tracking plan (which built-in measures are tracked, in what order), the quick check-in's
// pins, and the custom food item a trial eliminates. Frozen once released: later changes are new migrations.
import type { Database } from 'better-sqlite3';

const DAY = (c: string) => `${c} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`;

/** A value fits its item: inside the range and on its steps (the service says the same in words first). */
const FITS = `EXISTS (SELECT 1 FROM trackables t WHERE t.id = NEW.trackable_id AND NEW.value BETWEEN t.min AND t.max
  AND abs((NEW.value - t.min) / t.step - round((NEW.value - t.min) / t.step)) < 1e-6)`;

export function migrateTo6(db: Database): void {
  db.exec(`
    CREATE TABLE trackables (
      id INTEGER PRIMARY KEY,
      -- the stable short name used in files and references; never changes, even when the item is renamed
      slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 48 AND slug NOT GLOB '*[^a-z0-9-]*'
        AND slug NOT GLOB '-*' AND slug NOT GLOB '*-' AND slug NOT GLOB '*--*'),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60 AND name = trim(name)),
      kind TEXT NOT NULL CHECK (kind IN ('rating', 'count', 'yesno', 'number', 'choice')),
      item_group TEXT NOT NULL CHECK (item_group IN ('skin', 'gut', 'food', 'treatment', 'lifestyle', 'other')),
      direction TEXT NOT NULL CHECK (direction IN ('worse', 'better', 'neither')),
      question TEXT NOT NULL DEFAULT '' CHECK (length(question) <= 200),
      min REAL NOT NULL CHECK (min BETWEEN -1000000 AND 1000000),
      max REAL NOT NULL CHECK (max BETWEEN -1000000 AND 1000000),
      step REAL NOT NULL CHECK (step IN (1, 0.1, 0.01)),
      unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 20),
      low_word TEXT NOT NULL DEFAULT '' CHECK (length(low_word) <= 40),
      high_word TEXT NOT NULL DEFAULT '' CHECK (length(high_word) <= 40),
      options TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options) AND json_type(options) = 'array'),
      position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 10000),
      archived_on TEXT CHECK (archived_on IS NULL OR ${DAY('archived_on')}),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (min < max),
      CHECK (kind <> 'rating' OR (min = 0 AND max = 10 AND step = 1 AND length(low_word) > 0 AND length(high_word) > 0)),
      CHECK (kind <> 'count' OR (min = 0 AND step = 1 AND max = round(max))),
      CHECK (kind <> 'yesno' OR (min = 0 AND max = 1 AND step = 1)),
      CHECK (kind <> 'choice' OR (min = 0 AND step = 1 AND json_array_length(options) BETWEEN 2 AND 10
        AND max = json_array_length(options) - 1)),
      CHECK (kind = 'choice' OR options = '[]')
    ) STRICT;
    -- Two items of the same name would be two lines in every chart that cannot be told apart.
    CREATE UNIQUE INDEX trackables_by_name ON trackables(lower(name));
    -- What a value means is fixed when the item is made: renaming is allowed, changing the range is not.
    CREATE TRIGGER trackables_range_fixed BEFORE UPDATE OF kind, min, max, step, options ON trackables
      WHEN NEW.kind IS NOT OLD.kind OR NEW.min IS NOT OLD.min OR NEW.max IS NOT OLD.max OR NEW.step IS NOT OLD.step
        OR NEW.options IS NOT OLD.options
      BEGIN SELECT RAISE(ABORT, 'the kind and range of an item cannot change once it holds values'); END;

    CREATE TABLE trackable_values (
      day TEXT NOT NULL REFERENCES check_ins(day) ON DELETE CASCADE,
      trackable_id INTEGER NOT NULL REFERENCES trackables(id) ON DELETE CASCADE,
      value REAL NOT NULL CHECK (value BETWEEN -1000000 AND 1000000),
      PRIMARY KEY (day, trackable_id)
    ) STRICT;
    -- One item's history in day order, value included, without touching the table: Trends and trials.
    CREATE INDEX trackable_values_by_item ON trackable_values(trackable_id, day, value);
    CREATE TRIGGER trackable_values_fit_insert BEFORE INSERT ON trackable_values WHEN NOT ${FITS}
      BEGIN SELECT RAISE(ABORT, 'a value is outside the range of its item'); END;
    CREATE TRIGGER trackable_values_fit_update BEFORE UPDATE ON trackable_values WHEN NOT ${FITS}
      BEGIN SELECT RAISE(ABORT, 'a value is outside the range of its item'); END;

    CREATE TABLE treatments (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      type TEXT NOT NULL CHECK (type IN ('topical-steroid', 'topical-calcineurin', 'topical-retinoid', 'benzoyl-peroxide',
        'topical-antibiotic', 'azelaic-acid', 'topical-other', 'oral-antibiotic', 'isotretinoin', 'antihistamine',
        'hormonal', 'oral-other', 'injected', 'light', 'procedure')),
      strength TEXT NOT NULL DEFAULT '' CHECK (length(strength) <= 40),
      how_often TEXT NOT NULL CHECK (how_often IN ('twice-daily', 'daily', 'every-other-day', 'weekly', 'monthly',
        'as-needed', 'once')),
      details TEXT NOT NULL DEFAULT '' CHECK (length(details) <= 500),
      started_on TEXT CHECK (started_on IS NULL OR ${DAY('started_on')}),
      stopped_on TEXT CHECK (stopped_on IS NULL OR (${DAY('stopped_on')} AND (started_on IS NULL OR stopped_on >= started_on))),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Every start, stop or change of a treatment, by day, as regimen_changes holds them for supplements.
    CREATE TABLE treatment_changes (
      id INTEGER PRIMARY KEY,
      day TEXT NOT NULL CHECK (${DAY('day')}),
      treatment_id INTEGER NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('started', 'stopped', 'changed')),
      detail TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 500),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX treatment_changes_by_day ON treatment_changes(day);
    CREATE INDEX treatment_changes_by_treatment ON treatment_changes(treatment_id, day);

    -- "Used today" for as-needed treatments.
    CREATE TABLE treatment_uses (
      day TEXT NOT NULL REFERENCES check_ins(day) ON DELETE CASCADE,
      treatment_id INTEGER NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
      PRIMARY KEY (day, treatment_id)
    ) STRICT;
    CREATE INDEX treatment_uses_by_treatment ON treatment_uses(treatment_id, day);

    -- Treatment changes the person was warned about while a trial covered the day (the one-change guard).
    CREATE TABLE trial_treatment_changes (
      trial_id INTEGER NOT NULL REFERENCES trials(id) ON DELETE CASCADE,
      treatment_change_id INTEGER NOT NULL REFERENCES treatment_changes(id) ON DELETE CASCADE,
      message TEXT NOT NULL,
      warned_at TEXT NOT NULL,
      PRIMARY KEY (trial_id, treatment_change_id)
    ) STRICT;

    -- The built-in measures the person chose to track, in their order; a measure without a row takes the
    -- default for the conditions tracked.
    CREATE TABLE tracking_plan (
      measure TEXT PRIMARY KEY CHECK (length(measure) BETWEEN 1 AND 40),
      tracked INTEGER NOT NULL CHECK (tracked IN (0, 1)),
      position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 999)
    ) STRICT;

    -- Up to five items on the quick check-in ("skinOverall", "custom:gluten"); none: the defaults.
    CREATE TABLE quick_pins (
      position INTEGER PRIMARY KEY CHECK (position BETWEEN 1 AND 5),
      item TEXT NOT NULL UNIQUE CHECK (length(item) BETWEEN 1 AND 60)
    ) STRICT;

    -- The person's own food or drink a custom trial eliminates: its daily answer is the item's value, and the
    -- item cannot be deleted while the trial exists.
    CREATE TABLE trial_food_items (
      trial_id INTEGER PRIMARY KEY REFERENCES trials(id) ON DELETE CASCADE,
      trackable_id INTEGER NOT NULL REFERENCES trackables(id) ON DELETE RESTRICT
    ) STRICT;
    CREATE INDEX trial_food_items_by_item ON trial_food_items(trackable_id);
  `);
}
