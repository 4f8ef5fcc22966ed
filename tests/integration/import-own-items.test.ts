// Another tracker's columns kept as the person's own items, on real journal files through the command line:
// a Daylio export keeps its mood (a 0-10 rating) and its activities (one yes/no item each), a Flaredown-style
// export keeps its symptoms and treatments; the items are made in the import's one transaction, so an import
// refused partway (a bad row near the end of a file large enough to be written as it is read) leaves none.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays } from '$shared/domain/day';
import { openJournalApp } from '../../electron/core/journalApp';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/imports');
let dir: string;
beforeAll(() => {
  dir = tempDir('axis-own-items-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read(journal: string) {
  const db = new Database(journal, { readonly: true });
  const items = db.prepare('SELECT slug, name, kind, min, max, item_group FROM trackables ORDER BY id').all() as {
    slug: string;
    name: string;
    kind: string;
    min: number;
    max: number;
    item_group: string;
  }[];
  const values = db
    .prepare(
      'SELECT v.day, t.slug, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id ORDER BY v.day, t.id',
    )
    .all() as { day: string; slug: string; value: number }[];
  const days = (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  db.close();
  const on = (day: string) => Object.fromEntries(values.filter((v) => v.day === day).map((v) => [v.slug, v.value]));
  return { items, values, days, on };
}

const DAYLIO_MAP =
  'full_date=day,date=ignore,weekday=ignore,time=ignore,mood=new,activities=activities,note_title=ignore,note=notes';

test('a Daylio export keeps its mood as a rating and each activity as a yes/no item', async () => {
  const journal = path.join(dir, 'daylio.sqlite');
  const result = await cli('import', path.join(FIXTURES, 'daylio.csv'), '--map', DAYLIO_MAP, '--journal', journal);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toContain(
    '7 new items of your own were added (mood, walk, coffee, friends, sleep early, alcohol, work late)',
  );
  const j = read(journal);
  expect(j.days).toBe(5);
  expect(j.items.map((i) => [i.slug, i.kind])).toEqual([
    ['mood', 'rating'],
    ['walk', 'yesno'],
    ['coffee', 'yesno'],
    ['friends', 'yesno'],
    ['sleep-early', 'yesno'],
    ['alcohol', 'yesno'],
    ['work-late', 'yesno'],
  ]);
  // good = 8, awful = 0; an activity listed is yes, one not listed that day is no ("Coffee" twice is once).
  expect(j.on('2026-10-05')).toEqual({
    mood: 8,
    walk: 1,
    coffee: 1,
    friends: 1,
    'sleep-early': 0,
    alcohol: 0,
    'work-late': 0,
  });
  expect(j.on('2026-10-01')).toMatchObject({ mood: 0, coffee: 1, 'work-late': 1, walk: 0 });
  expect(j.on('2026-10-02')).toMatchObject({ mood: 3, coffee: 0, walk: 0 });

  // The same file again: every day is kept as it was, and no item is made twice.
  const again = await cli('import', path.join(FIXTURES, 'daylio.csv'), '--map', DAYLIO_MAP, '--journal', journal);
  expect(again.code).toBe(0);
  expect(read(journal).items).toHaveLength(7);
});

test('a Flaredown-style export keeps its symptoms and treatments, the kinds guessed or named', async () => {
  const journal = path.join(dir, 'flaredown.sqlite');
  const result = await cli(
    'import',
    path.join(FIXTURES, 'flaredown.csv'),
    '--map',
    'Itching=itch,Burning=new,Joint pain=new:rating,Hydrocortisone cream=new,Cetirizine=new',
    '--scale',
    'Itching=0-4',
    '--journal',
    journal,
  );
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  const j = read(journal);
  expect(j.items.map((i) => [i.name, i.kind, i.min, i.max])).toEqual([
    ['Burning', 'number', 0, 4],
    ['Joint pain', 'rating', 0, 10],
    ['Hydrocortisone cream', 'yesno', 0, 1],
    ['Cetirizine', 'yesno', 0, 1],
  ]);
  expect(j.on('2026-09-03')).toEqual({ burning: 3, 'joint-pain': 0, 'hydrocortisone-cream': 1, cetirizine: 1 });
  expect(j.on('2026-09-04')).toEqual({ burning: 0, 'joint-pain': 2, 'hydrocortisone-cream': 0, cetirizine: 0 });

  // A column mapped back to an item the journal now has, by its short name.
  const csv = path.join(dir, 'more.csv');
  fs.writeFileSync(csv, 'Date,Burning\n2026-09-05,4\n2026-09-06,5\n');
  const refused = await cli('import', csv, '--map', 'Burning=custom: burning', '--journal', journal);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain('Row 3, column Burning: Burning must be from 0 to 4, not 5');
  expect(read(journal).days).toBe(4);
  fs.writeFileSync(csv, 'Date,Burning\n2026-09-05,4\n');
  expect((await cli('import', csv, '--map', 'Burning=custom:burning', '--journal', journal)).code).toBe(0);
  expect(read(journal).on('2026-09-05')).toEqual({ burning: 4 });
});

test('a column Axis cannot read as any kind must be told one', async () => {
  const journal = path.join(dir, 'told.sqlite');
  const result = await cli(
    'import',
    path.join(FIXTURES, 'daylio.csv'),
    '--map',
    DAYLIO_MAP.replace('note=notes', 'note=new'),
    '--journal',
    journal,
  );
  expect(result.code).toBe(2);
  expect(result.err).toContain('Axis cannot tell what kind of item note holds; say it: --map "note=new:rating"');
  expect(fs.existsSync(journal)).toBe(false);
});

test('an import refused partway through its writing creates no item and no day', { timeout: 60_000 }, async () => {
  // Written as it is read (the import worker, asked here for any size): the first rows' days and items are
  // already in the transaction when the last row is found wrong, and all of it is rolled back.
  const file = path.join(dir, 'late.csv');
  const rows = ['Date,Burning,Coffee,Activities'];
  for (let d = 0; d < 300; d++)
    rows.push(`${addDays('2025-01-01', d)},${d % 5},${d % 2 ? 'yes' : 'no'},walk | ${d % 3 ? 'coffee' : 'reading'}`);
  rows.push('2025-12-31,2,maybe,walk');
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
  const app = openJournalApp({
    journalPath: path.join(dir, 'late.sqlite'),
    now: () => new Date(2026, 10, 30, 20),
    host: {
      dialogs: { chooseOpenPath: () => Promise.resolve(file), chooseSavePath: () => Promise.resolve(null) },
      importWorker: { minBytes: 0 },
    },
  });
  try {
    const sender = { url: 'test:' };
    const chosen = await app.router.handle('data.chooseImportFile', {}, sender);
    const fileId = (chosen as { ok: true; value: { file: { id: string } } }).value.file.id;
    const preview = (await app.router.handle('data.previewImportFile', { fileId }, sender)) as {
      ok: true;
      value: { csv: { columns: { item: unknown }[] } };
    };
    const items = preview.value.csv.columns.map((c) => c.item);
    const mapping = { fields: ['day', 'new item', 'new item', 'activities'], dateFormat: 'YYYY-MM-DD', items };
    const result = await app.router.handle('data.importFile', { fileId, mapping }, sender);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Row 302, column Coffee: "maybe" is not yes or no') },
    });
    const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('trackables'), count('trackable_values'), count('check_ins')]).toEqual([0, 0, 0]);
  } finally {
    app.close();
  }
});
