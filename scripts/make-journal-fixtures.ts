// Writes tests/fixtures/journals/v<N>.sqlite: a small journal as Axis format N wrote it, for the upgrade
// tests. Each version's rows are plain SQL frozen here, like the migrations: a later change to the services
// must not change what an old journal looks like. Run once per new schema version and commit the files:
//   npx tsx scripts/make-journal-fixtures.ts
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../electron/core/db/migrations/index';

const OUT = path.resolve(import.meta.dirname, '../tests/fixtures/journals');
const AT = '2026-06-01T20:00:00.000Z';

/** The rows each format adds, applied cumulatively (v3 holds v1's and v2's rows too). */
const ROWS: Record<number, string> = {
  1: `
    INSERT INTO settings (key, value) VALUES ('setupDone', 'true'), ('conditions', '["eczema","rosacea"]'), ('dayEndsAtHour', '2'), ('reminderTime', '"21:30"'), ('reportName', '"Sam"');
    INSERT INTO supplements (id, name, dose, unit, details, started_on, stopped_on, created_at, updated_at) VALUES
      (1, 'Probiotic', 10, 'billion CFU', 'L. rhamnosus GG', '2026-05-01', NULL, '${AT}', '${AT}'),
      (2, 'L-glutamine', 5, 'g', '', '2026-05-01', '2026-05-20', '${AT}', '${AT}');
    INSERT INTO check_ins (day, skin_overall, itch, redness, dryness, stool_form, bloating, dairy, sugar, stress, sleep_hours, sleep_quality, exercise_minutes, exercise_kind, body_areas, notes, created_at, updated_at) VALUES
      ('2026-05-18', 6, 7, 4, 5, 4, 3, 2, 1, 6, 6.5, 5, 20, 'walking', '["face","hands"]', 'Itchy evening.', '${AT}', '${AT}'),
      ('2026-05-19', 5, 5, 3, 4, 3, 2, 0, 2, 4, 8.25, 7, NULL, NULL, '["hands"]', '', '${AT}', '${AT}'),
      ('2026-05-21', 4, NULL, 2, NULL, NULL, NULL, 1, NULL, NULL, 7, NULL, 45, 'strength', '[]', 'New cream — "fragrance free".', '${AT}', '${AT}');
    INSERT INTO supplement_intakes (day, supplement_id, dose, unit) VALUES ('2026-05-18', 1, 10, 'billion CFU'), ('2026-05-18', 2, 5, 'g'), ('2026-05-19', 1, 20, 'billion CFU');
    INSERT INTO regimen_changes (id, day, supplement_id, kind, detail, created_at) VALUES
      (1, '2026-05-01', 1, 'started', 'Started Probiotic 10 billion CFU', '${AT}'),
      (2, '2026-05-01', 2, 'started', 'Started L-glutamine 5 g', '${AT}'),
      (3, '2026-05-20', 2, 'stopped', 'Stopped L-glutamine', '${AT}');`,
  2: `
    INSERT INTO guide_progress (section_id, read_at) VALUES ('axis-the-idea', '${AT}'), ('reduce-dairy', '${AT}');
    INSERT INTO guide_state (key, value) VALUES ('lastOpened', 'reduce-dairy');`,
  3: `
    INSERT INTO trials (id, preset, food_key, name, food, what_counts, outcome, mid, secondary_outcomes, baseline_days, elimination_days, reintroduction_days, challenge_days, transition_days, repeat, start_day, switch_first, switch_last, switch_day, seed, closed_as, closed_on, close_reason, created_at, updated_at)
      VALUES (1, 'dairy', 'dairy', 'Dairy', 'dairy', 'milk, cheese, yogurt, whey', 'skinOverall', 2, '["itch"]', 14, 28, 10, 3, 2, 0, '2026-04-01', '2026-04-15', '2026-05-04', '2026-04-20', 12345, NULL, NULL, '', '${AT}', '${AT}');
    INSERT INTO trial_phases (id, trial_id, position, kind, cycle, start_day, end_day, transition_days, challenge_days, planned_days) VALUES
      (1, 1, 0, 'baseline', 1, '2026-04-01', '2026-04-19', 0, 0, 19),
      (2, 1, 1, 'elimination', 1, '2026-04-20', '2026-05-17', 2, 0, 28),
      (3, 1, 2, 'reintroduction', 1, '2026-05-18', '2026-05-27', 2, 3, 10);
    INSERT INTO trial_adherence (trial_id, day, kept, recorded_at) VALUES (1, '2026-05-18', 1, '${AT}'), (1, '2026-05-19', 0, '${AT}');
    INSERT INTO trial_slips (id, trial_id, day, what, amount, created_at) VALUES (1, 1, '2026-05-02', 'Latte', 'one cup', '${AT}');
    INSERT INTO trial_regimen_changes (trial_id, regimen_change_id, message, warned_at) VALUES (1, 3, 'You stopped L-glutamine during the reintroduction of your dairy trial.', '${AT}');`,
  4: `
    INSERT INTO trial_safety (trial_id, age_band, pregnant_or_breastfeeding, eating_disorder, reactions_to_food, coeliac_test, clinician_agreed, treatment_unchanged, overlap_reason, points, answered_at)
      VALUES (1, '18-plus', 0, 0, 0, NULL, 1, 1, '', '["reintroduce-with-plan","dairy-nutrients","one-at-a-time","keep-treatment","reaction-signs","when-to-stop"]', '${AT}');`,
  // The id is random when a journal is made; a fixed one keeps the fixture the same every time it is written.
  5: `
    UPDATE journal_meta SET value = '0a1b2c3d4e5f' WHERE key = 'journal_id';`,
  6: `
    INSERT INTO trackables (id, slug, name, kind, item_group, direction, question, min, max, step, unit, low_word, high_word, options, position, archived_on, created_at, updated_at) VALUES
      (1, 'gluten', 'Gluten', 'yesno', 'food', 'neither', 'Any gluten today?', 0, 1, 1, '', '', '', '[]', 0, NULL, '${AT}', '${AT}'),
      (2, 'burning', 'Burning or stinging', 'rating', 'skin', 'worse', '', 0, 10, 1, '', 'none', 'severe', '[]', 1, NULL, '${AT}', '${AT}'),
      (3, 'flow', 'Flow', 'choice', 'other', 'neither', '', 0, 2, 1, '', '', '', '["light","medium","heavy"]', 2, '2026-05-20', '${AT}', '${AT}');
    INSERT INTO trackable_values (day, trackable_id, value) VALUES ('2026-05-18', 1, 1), ('2026-05-18', 2, 6), ('2026-05-19', 1, 0), ('2026-05-19', 3, 2);
    INSERT INTO treatments (id, name, type, strength, how_often, details, started_on, stopped_on, created_at, updated_at) VALUES
      (1, 'Hydrocortisone', 'topical-steroid', '1%', 'as-needed', 'hands', '2026-05-10', NULL, '${AT}', '${AT}');
    INSERT INTO treatment_changes (id, day, treatment_id, kind, detail, created_at) VALUES (1, '2026-05-10', 1, 'started', 'Started Hydrocortisone 1%, as needed', '${AT}');
    INSERT INTO treatment_uses (day, treatment_id) VALUES ('2026-05-18', 1);
    INSERT INTO trial_treatment_changes (trial_id, treatment_change_id, message, warned_at) VALUES (1, 1, 'You started Hydrocortisone during the elimination of your dairy trial.', '${AT}');
    INSERT INTO tracking_plan (measure, tracked, position) VALUES ('skinOverall', 1, 0), ('itch', 1, 1), ('dryness', 0, 2);
    INSERT INTO quick_pins (position, item) VALUES (1, 'skinOverall'), (2, 'custom:burning');`,
};

fs.mkdirSync(OUT, { recursive: true });
for (let version = 1; version <= MIGRATIONS.length; version++) {
  if (!ROWS[version]) throw new Error(`No fixture rows for format ${version}: add them to ROWS.`);
  const file = path.join(OUT, `v${version}.sqlite`);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (let v = 0; v < version; v++) {
      MIGRATIONS[v]!(db);
      db.exec(ROWS[v + 1]!);
    }
    db.pragma(`user_version = ${version}`);
  })();
  db.pragma('journal_mode = DELETE'); // one self-contained file to commit
  db.exec('VACUUM');
  db.close();
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
