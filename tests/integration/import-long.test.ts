// Exports that are not one row per day, imported on real journal files through the command line: Bearable's
// and Flaredown's one reading per row pivoted into days (each item a column the mapping step takes over), and
// a Daylio export with two entries on one day combined into one. A refused file writes nothing, whether read
// by the calling thread or by the import worker.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/imports');
let dir: string;
beforeAll(() => {
  dir = tempDir('axis-long-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A new, empty journal file. */
function emptyJournal(name: string): string {
  const journal = path.join(dir, name);
  openJournalApp({ journalPath: journal }).close();
  return journal;
}

function read(journal: string) {
  const db = new Database(journal, { readonly: true });
  const items = db.prepare('SELECT slug, name, kind, min, max FROM trackables ORDER BY id').all() as {
    slug: string;
    name: string;
    kind: string;
    min: number;
    max: number;
  }[];
  const values = db
    .prepare(
      'SELECT v.day, t.slug, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id ORDER BY v.day, t.id',
    )
    .all() as { day: string; slug: string; value: number }[];
  const days = db.prepare('SELECT day, sleep_hours, skin_overall, notes FROM check_ins ORDER BY day').all() as {
    day: string;
    sleep_hours: number | null;
    skin_overall: number | null;
    notes: string;
  }[];
  db.close();
  const on = (day: string) => Object.fromEntries(values.filter((v) => v.day === day).map((v) => [v.slug, v.value]));
  return { items, days, on };
}

test('a Bearable export: one reading per row becomes days, into new items and one the journal has', async () => {
  const journal = emptyJournal('bearable.sqlite');
  const added = await cli(
    'trackables',
    'add',
    '--name',
    'Itch',
    '--kind',
    'number',
    '--min',
    '0',
    '--max',
    '4',
    '--group',
    'skin',
    '--journal',
    journal,
  );
  expect(added.err).toBe('');
  const result = await cli(
    'import',
    path.join(FIXTURES, 'bearable.csv'),
    '--map',
    'Symptoms: Itchy skin=custom:itch,Mood=new,Factors: Coffee=new,Medication: Cetirizine=new,Symptoms: Redness=ignore,Factors: Alcohol=new',
    '--journal',
    journal,
  );
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toContain('Read as a Bearable export, one reading per row: 18 readings became 4 days');
  expect(result.out).toContain('Imported 4 days');
  const j = read(journal);
  expect(j.days).toEqual([
    { day: '2021-12-08', sleep_hours: 7.5, skin_overall: null, notes: 'worse after dinner' },
    { day: '2021-12-09', sleep_hours: 6, skin_overall: null, notes: '' },
    { day: '2021-12-10', sleep_hours: 8, skin_overall: null, notes: 'party, late night' },
    { day: '2021-12-11', sleep_hours: 5.5, skin_overall: null, notes: 'flare on both wrists' },
  ]);
  expect(j.items.map((i) => [i.slug, i.kind])).toEqual([
    ['itch', 'number'],
    ['mood', 'rating'],
    ['factors-coffee', 'yesno'],
    ['medication-cetirizine', 'yesno'],
    ['factors-alcohol', 'yesno'],
  ]);
  // 8th Dec: itch read 2 and 3 (mean 2.5, a whole step: 3), mood 6 and 8 (7); coffee logged, alcohol not.
  expect(j.on('2021-12-08')).toEqual({
    itch: 3,
    mood: 7,
    'factors-coffee': 1,
    'medication-cetirizine': 1,
    'factors-alcohol': 0,
  });
  expect(j.on('2021-12-10')).toEqual({ mood: 7, 'factors-coffee': 1, 'factors-alcohol': 1 });
  expect(j.on('2021-12-11')).toEqual({ itch: 4, mood: 4, 'factors-coffee': 0, 'factors-alcohol': 0 });
});

test("Flaredown's long export: conditions rescaled into Axis's score, symptoms on their own 0-4", async () => {
  const journal = path.join(dir, 'flaredown.sqlite');
  const result = await cli(
    'import',
    path.join(FIXTURES, 'flaredown-long.csv'),
    '--map',
    'Condition: Eczema=skin_overall,Symptom: itching=new,Symptom: dry skin=new,Treatment: doxycycline=new,Tag: stress=new,Food: wheat=new,Weather: temperature_max=ignore',
    '--scale',
    'Condition: Eczema=0-4',
    '--journal',
    journal,
  );
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toContain('Read as a Flaredown export, one reading per row: 17 readings became 3 days');
  const j = read(journal);
  expect(j.days.map((d) => [d.day, d.skin_overall])).toEqual([
    ['2021-11-02', 8], // 3 of 0-4, rescaled to 7.5 and rounded to the score's step
    ['2021-11-03', 5],
    ['2021-11-04', 3],
  ]);
  expect(j.items.map((i) => [i.name, i.kind, i.min, i.max])).toEqual([
    ['Symptom: itching', 'number', 0, 4],
    ['Symptom: dry skin', 'number', 0, 4],
    ['Treatment: doxycycline', 'choice', 0, 1],
    ['Tag: stress', 'yesno', 0, 1],
    ['Food: wheat', 'yesno', 0, 1],
  ]);
  expect(j.on('2021-11-02')).toEqual({
    'symptom-itching': 3, // 4 and 1 that day: the mean, 2.5, to a whole step
    'symptom-dry-skin': 2,
    'treatment-doxycycline': 0,
    'tag-stress': 1,
    'food-wheat': 1,
  });
  expect(j.on('2021-11-03')).toEqual({
    'symptom-itching': 2,
    'treatment-doxycycline': 0,
    'tag-stress': 0,
    'food-wheat': 0,
  });
});

test('a Daylio export with two entries on one day imports one day: mean mood, all activities, notes joined', async () => {
  const journal = path.join(dir, 'daylio.sqlite');
  const result = await cli(
    'import',
    path.join(FIXTURES, 'daylio-same-day.csv'),
    '--map',
    'full_date=day,date=ignore,weekday=ignore,time=ignore,mood=new,activities=activities,note_title=ignore,note=notes',
    '--journal',
    journal,
  );
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(result.out).toContain('Read as a Daylio export: 5 entries became 3 days');
  const j = read(journal);
  expect(j.days.map((d) => [d.day, d.notes])).toEqual([
    ['2026-10-05', 'lunch out'],
    ['2026-10-06', ''],
    ['2026-10-07', 'Itchy on waking / Better, less itch'],
  ]);
  expect(j.items.map((i) => i.slug)).toEqual(['mood', 'coffee', 'walk', 'friends', 'work-late']);
  expect(j.on('2026-10-07')).toEqual({ mood: 6, coffee: 1, walk: 1, friends: 1, 'work-late': 0 });
  expect(j.on('2026-10-05')).toEqual({ mood: 5, coffee: 1, walk: 0, friends: 0, 'work-late': 1 });
  expect(j.on('2026-10-06')).toMatchObject({ mood: 5, coffee: 1 });
});

test('a long file of several people is refused and writes nothing', async () => {
  const journal = emptyJournal('two-people.sqlite');
  expect((await cli('trackables', 'add', '--starter', 'gluten', '--journal', journal)).code).toBe(0);
  const file = path.join(dir, 'two-people.csv');
  const lines = fs.readFileSync(path.join(FIXTURES, 'flaredown-long.csv'), 'utf8').trimEnd().split('\n');
  fs.writeFileSync(file, [...lines, 'u2,44,male,US,2021-11-05,201,Symptom,itching,3'].join('\n') + '\n');
  const result = await cli('import', file, '--map', 'Symptom: itching=new', '--journal', journal);
  expect(result.code).toBe(1);
  expect(result.err).toContain("The file holds the check-ins of 2 people; Axis is one person's journal");
  const j = read(journal);
  expect([j.days.length, j.items.map((i) => i.slug)]).toEqual([0, ['gluten']]);
});

test('a long file with a bad date, read and written by the import worker, writes no day and no item', async () => {
  const file = path.join(dir, 'bad-date.csv');
  const text = fs.readFileSync(path.join(FIXTURES, 'bearable.csv'), 'utf8');
  fs.writeFileSync(file, `${text}31st Feb 2021,Sunday,am,mood,5,,\n`);
  const app = openJournalApp({
    journalPath: path.join(dir, 'bad-date.sqlite'),
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
      value: { csv: { header: string[]; readAs: string; columns: { item: unknown }[] } };
    };
    expect(preview.value.csv.readAs).toContain('19 readings became 5 days');
    const csv = preview.value.csv;
    const fields = csv.header.map((h) =>
      h === 'date' ? 'day' : h === 'Notes' ? 'notes' : h === 'Sleep' ? 'sleep_hours' : 'new item',
    );
    const mapping = {
      fields,
      dateFormat: 'YYYY-MM-DD',
      items: csv.columns.map((c, i) => (fields[i] === 'new item' ? c.item : null)),
    };
    const result = await app.router.handle('data.importFile', { fileId, mapping }, sender);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Row 20, column date: "31st Feb 2021" is not a real date') },
    });
    const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('trackables'), count('trackable_values'), count('check_ins')]).toEqual([0, 0, 0]);
  } finally {
    app.close();
  }
});

test('a long file above the 20 MB it is read whole within is refused in words, and writes nothing', async () => {
  const journal = emptyJournal('large.sqlite');
  const file = path.join(dir, 'large.csv');
  const row = '8th Dec 2021,Wednesday,am,symptoms,2,Itchy skin,a note long enough to make the file large quickly\n';
  const header = 'date,weekday,time of day,category,rating/amount,detail,notes\n';
  fs.writeFileSync(file, header + row.repeat(Math.ceil((21 * 1024 * 1024) / row.length)));
  const result = await cli('import', file, '--journal', journal);
  expect(result.code).toBe(1);
  expect(result.err).toContain('This file looks like a Bearable export with one reading per row');
  expect(result.err).toContain('larger than the 20.0 MB it can take');
  expect(read(journal).days).toEqual([]);
});
