// Upgrades: a journal written by every earlier format opens in this Axis with every value still there.
// The fixtures are made by scripts/make-journal-fixtures.ts from SQL frozen at each version.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { LATEST_VERSION, openJournal } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { TEST_SENDER, tempDir } from '../helpers/journal';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/journals');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copyOf(version: number): string {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'journal.sqlite');
  fs.copyFileSync(path.join(FIXTURES, `v${version}.sqlite`), file);
  return file;
}

function tables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const names = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  const out = Object.fromEntries(names.map((n) => [n, db.prepare(`SELECT * FROM "${n}" ORDER BY rowid`).all()]));
  db.close();
  return out;
}

test('there is a fixture for every format this Axis can read', () => {
  for (let v = 1; v <= LATEST_VERSION; v++)
    expect(fs.existsSync(path.join(FIXTURES, `v${v}.sqlite`)), `tests/fixtures/journals/v${v}.sqlite`).toBe(true);
});

describe.each(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1))('a format %i journal', (version) => {
  test('migrates to the latest format with every row and value as it was', () => {
    const file = copyOf(version);
    const before = tables(file);
    const db = openJournal(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const after = tables(file);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    const copies = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.before-'));
    expect(copies).toHaveLength(version === LATEST_VERSION ? 0 : 1);
  });

  test('reads back through the router as the person entered it', async () => {
    const app = openJournalApp({ journalPath: copyOf(version) });
    const call = async (name: string, input: unknown) => {
      const result = await app.router.handle(name, input, TEST_SENDER);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Record<string, unknown>;
    };
    expect(await call('settings.get', {})).toMatchObject({
      setupDone: true,
      conditions: ['eczema', 'rosacea'],
      dayEndsAtHour: 2,
      reminderTime: '21:30',
      reportName: 'Sam',
    });
    expect(await call('checkIns.get', { day: '2026-05-18' })).toMatchObject({
      skinOverall: 6,
      itch: 7,
      redness: 4,
      dryness: 5,
      stoolForm: 4,
      bloating: 3,
      dairy: 2,
      sugar: 1,
      stress: 6,
      sleepHours: 6.5,
      sleepQuality: 5,
      exerciseMinutes: 20,
      exerciseKind: 'walking',
      bodyAreas: ['face', 'hands'],
      notes: 'Itchy evening.',
      supplements: [
        { supplementId: 1, dose: 10, unit: 'billion CFU' },
        { supplementId: 2, dose: 5, unit: 'g' },
      ],
    });
    expect(await call('checkIns.get', { day: '2026-05-21' })).toMatchObject({
      skinOverall: 4,
      itch: null,
      notes: 'New cream — "fragrance free".',
    });
    const supplements = (await call('supplements.list', {})) as unknown as { name: string; active: boolean }[];
    expect(supplements.map((s) => [s.name, s.active])).toEqual([
      ['Probiotic', true],
      ['L-glutamine', false],
    ]);
    if (version >= 2) expect(await call('guide.progress', {})).toMatchObject({ lastOpened: 'reduce-dairy' });
    if (version >= 3) {
      const trials = (await call('trials.list', {})) as unknown as { name: string }[];
      expect(trials.map((t) => t.name)).toEqual(['Dairy']);
      const dairy = (await call('trials.get', { trialId: 1 })) as { safety: { lines: string[] } | null };
      // Trials set up before format 4 have no "Before you start" answers, and say so rather than guess.
      if (version === 3) expect(dairy.safety).toBeNull();
      else expect(dairy.safety?.lines).toContain('Age: 18 or over.');
    }
    const plan = (await call('plan.get', {})) as unknown as {
      trackables: { slug: string; archivedOn: string | null; days: number }[];
      pins: string[];
      measures: { key: string; tracked: boolean }[];
    };
    const treatments = (await call('treatments.list', {})) as unknown as { name: string; history: unknown[] }[];
    if (version >= 6) {
      expect(plan.trackables.map((t) => [t.slug, t.archivedOn, t.days])).toEqual([
        ['gluten', null, 2],
        ['burning', null, 1],
        ['flow', '2026-05-20', 1],
      ]);
      expect(await call('checkIns.get', { day: '2026-05-18' })).toMatchObject({
        custom: { gluten: 1, burning: 6 },
        treatments: [1],
      });
      expect(plan.pins).toEqual(['skinOverall', 'custom:burning']);
      expect(plan.measures.slice(0, 3)).toEqual([
        expect.objectContaining({ key: 'skinOverall', tracked: true }),
        expect.objectContaining({ key: 'itch', tracked: true }),
        expect.objectContaining({ key: 'dryness', tracked: false }),
      ]);
      expect(treatments.map((t) => [t.name, t.history.length])).toEqual([['Hydrocortisone', 1]]);
      const trial = (await call('trials.get', { trialId: 1 })) as unknown as { changes: { description: string }[] };
      expect(trial.changes.map((c) => c.description)).toContain('Started Hydrocortisone 1%, as needed');
    } else {
      // An older journal starts with nothing of its own and the plan its conditions give.
      expect(plan.trackables).toEqual([]);
      expect(treatments).toEqual([]);
      expect(plan.pins).toEqual(['skinOverall', 'itch', 'dryness', 'redness']);
      expect(await call('checkIns.get', { day: '2026-05-18' })).toMatchObject({ custom: {}, treatments: [] });
    }
    app.close();
  });
});

describe('each migration on its own', () => {
  test.each(Array.from({ length: LATEST_VERSION - 1 }, (_, i) => i + 2))(
    'migrateTo%i applies to a journal of the format before it',
    (target) => {
      const file = copyOf(target - 1);
      const db = openJournal(file, { migrations: MIGRATIONS.slice(0, target) });
      expect(db.pragma('user_version', { simple: true })).toBe(target);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    },
  );
});
