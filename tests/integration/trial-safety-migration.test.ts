// Migration 4 from a journal of format 3: the trials survive without answers (nothing is made up for them),
// and the new table refuses nonsense by itself (CHECK constraints and the foreign key), not only through the
// services.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/v3.sqlite');
const AT = '2026-06-01T20:00:00.000Z';
let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-m4-'));
  file = path.join(dir, 'journal.sqlite');
  fs.copyFileSync(FIXTURE, file);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 4: "before you start" answers', () => {
  it('adds an empty trial_safety table to a format-3 journal and keeps its trial', () => {
    const db = openJournal(file, { migrations: MIGRATIONS.slice(0, 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT name FROM trials').all()).toEqual([{ name: 'Dairy' }]);
    expect(db.prepare('SELECT count(*) AS n FROM trial_safety').get()).toEqual({ n: 0 });
    expect(fs.readdirSync(dir).some((f) => /before-v4/.test(f))).toBe(true);
    db.close();
  });

  it('refuses rows that make no sense, and goes with its trial', () => {
    const db = openJournal(file, { migrations: MIGRATIONS.slice(0, 4) });
    const insert = (over: Record<string, unknown> = {}) => {
      const row = {
        trial_id: 1,
        age_band: '18-plus',
        pregnant_or_breastfeeding: 0,
        eating_disorder: 0,
        reactions_to_food: 0,
        coeliac_test: null,
        clinician_agreed: 1,
        treatment_unchanged: 1,
        overlap_reason: '',
        points: '[]',
        answered_at: AT,
        ...over,
      };
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO trial_safety (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
        ...Object.values(row),
      );
    };
    for (const bad of [
      { age_band: 'adult' },
      { eating_disorder: 2 },
      { coeliac_test: 'maybe' },
      { overlap_reason: 'x'.repeat(501) },
      { points: '{"a":1}' },
      { points: 'not json' },
      { trial_id: 99 },
    ]) {
      expect(() => insert(bad), JSON.stringify(bad)).toThrow();
    }
    insert();
    expect(() => insert(), 'one row per trial').toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare('DELETE FROM trials WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM trial_safety').get()).toEqual({ n: 0 });
    db.close();
  });
});
