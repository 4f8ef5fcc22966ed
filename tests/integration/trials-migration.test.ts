// Migration 3 from a journal of format 2: the person's days survive, a copy is taken first, and the new
// tables refuse nonsense by themselves (CHECK constraints and foreign keys), not only through the services.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../electron/core/db/open';
import { migrateTo1 } from '../../electron/core/db/migrations/001-journal';
import { migrateTo2 } from '../../electron/core/db/migrations/002-guide-progress';
import { LATEST_VERSION } from '../../electron/core/db/migrations/index';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-m3-'));
  file = path.join(dir, 'journal.sqlite');
  const v2 = openJournal(file, { migrations: [migrateTo1, migrateTo2] });
  const at = '2025-01-01T10:00:00.000Z';
  v2.prepare("INSERT INTO check_ins (day, skin_overall, created_at, updated_at) VALUES ('2025-01-01', 5, ?, ?)").run(
    at,
    at,
  );
  v2.prepare(
    "INSERT INTO supplements (id, name, started_on, created_at, updated_at) VALUES (1, 'Probiotic', '2025-01-01', ?, ?)",
  ).run(at, at);
  v2.prepare(
    "INSERT INTO regimen_changes (day, supplement_id, kind, detail, created_at) VALUES ('2025-01-01', 1, 'started', 'Started Probiotic', ?)",
  ).run(at);
  v2.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 3: trials', () => {
  it('is the third migration and keeps everything a format-2 journal held', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(3);
    const upgraded = openJournal(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(upgraded.prepare('SELECT day, skin_overall FROM check_ins').all()).toEqual([
      { day: '2025-01-01', skin_overall: 5 },
    ]);
    expect(upgraded.prepare('SELECT count(*) AS n FROM regimen_changes').get()).toEqual({ n: 1 });
    expect(fs.readdirSync(dir).some((f) => /before-v3/.test(f))).toBe(true);
    expect(
      upgraded
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'trial%' ORDER BY name")
        .all(),
    ).toEqual(
      // Format 6 adds trial_food_items and trial_treatment_changes beside the earlier ones.
      [
        'trial_adherence',
        'trial_food_items',
        'trial_phases',
        'trial_regimen_changes',
        'trial_safety',
        'trial_slips',
        'trial_treatment_changes',
        'trials',
      ].map((name) => ({ name })),
    );
    upgraded.close();
  });

  it('refuses rows that make no sense', () => {
    const db = openJournal(file);
    const at = '2025-01-01T10:00:00.000Z';
    const trial = (over: Record<string, unknown> = {}) => {
      const row = {
        preset: 'dairy',
        food_key: 'dairy',
        name: 'Dairy',
        food: 'dairy',
        outcome: 'skinOverall',
        mid: 2,
        baseline_days: 14,
        elimination_days: 28,
        reintroduction_days: 16,
        challenge_days: 3,
        transition_days: 2,
        repeat: 0,
        start_day: '2025-01-06',
        seed: 1,
        created_at: at,
        updated_at: at,
        ...over,
      };
      const cols = Object.keys(row);
      return db
        .prepare(`INSERT INTO trials (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`)
        .run(row);
    };
    const id = Number(trial().lastInsertRowid);
    expect(() => trial({ preset: 'gluten' })).toThrow(/CHECK/);
    expect(() => trial({ mid: 0 })).toThrow(/CHECK/);
    expect(() => trial({ start_day: '6 Jan' })).toThrow(/CHECK/);
    expect(() => trial({ switch_first: '2025-01-20', switch_last: '2025-02-08' })).toThrow(/CHECK/); // a window without a drawn day
    expect(() => trial({ switch_first: '2025-01-20', switch_last: '2025-02-08', switch_day: '2025-03-01' })).toThrow(
      /CHECK/,
    );
    expect(() => trial({ closed_as: 'abandoned' })).toThrow(/CHECK/);
    const phase = db.prepare(
      "INSERT INTO trial_phases (trial_id, position, kind, cycle, start_day, end_day, transition_days, challenge_days, planned_days) VALUES (?, 0, 'baseline', 1, ?, ?, 0, 0, 14)",
    );
    expect(() => phase.run(id, '2025-01-19', '2025-01-06')).toThrow(/CHECK/);
    expect(() => phase.run(999, '2025-01-06', '2025-01-19')).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare("INSERT INTO trial_adherence (trial_id, day, kept, recorded_at) VALUES (?, '2025-01-07', 2, ?)")
        .run(id, at),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO trial_slips (trial_id, day, what, created_at) VALUES (?, '2025-01-07', '', ?)")
        .run(id, at),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO trial_regimen_changes (trial_id, regimen_change_id, message, warned_at) VALUES (?, 999, ?, ?)',
        )
        .run(id, 'x', at),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
