// The export covers the whole journal, and comes back identical. A seeded journal (check-ins, supplements,
// a finished trial with phases, answers, a slip and a change during it, guide progress) is exported to JSON
// and imported into an empty journal: every table must match row by row. The CSV export, imported into an
// empty journal, must give back every check-in field it carries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERGE_RULES } from '../../electron/core/data/jsonMerge';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { readExport, journalExportSchema } from '$shared/export/format';
import { NOT_EXPORTED, TABLES } from '$shared/export/tables';
import { LATEST_VERSION } from '../../electron/core/db/open';
import { allSections } from '$shared/guide';
import { openTestJournal, snapshot, snapshotByKey, type TestJournal } from '../helpers/journal';
import { addDays } from '$shared/domain/day';
import { SAFETY } from '../helpers/safety';

const NOW = new Date(2026, 10, 30, 20, 15);
let source: TestJournal;
let json: string;

beforeAll(async () => {
  source = openTestJournal({ now: () => NOW });
  fillDemoJournal(source.app.ctx, { days: 120, seed: 3 });
  fillDemoTrial(source.app.ctx, { seed: 3 });
  const sectionId = allSections()[0]!.id;
  await source.value('guide.markRead', { sectionId, read: true });
  await source.value('guide.setLastOpened', { sectionId });
  await addPersonalData(source);
  json = (await source.value('data.exportJson', {})).text!;
});
afterAll(() => source.close());

/** Own items with values on 30 days, a treatment started during the demo trial and used on a day, a tracking
 * plan with pins, and a custom trial on an own food: every table of format 6 holds rows. */
async function addPersonalData(j: TestJournal): Promise<void> {
  await j.value('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
  await j.value('trackables.add', {
    name: 'Burning',
    kind: 'rating',
    lowWord: 'none',
    highWord: 'severe',
    group: 'skin',
    direction: 'worse',
  });
  await j.value('trackables.add', {
    name: 'Flow',
    kind: 'choice',
    options: ['light', 'heavy'],
    group: 'other',
    direction: 'neither',
  });
  const days = (await j.value('checkIns.list', { from: '2026-08-01', to: '2026-11-30' })).map((d) => d.day);
  for (const [i, day] of days.slice(0, 30).entries())
    await j.value('checkIns.save', {
      day,
      values: { custom: { gluten: i % 2, burning: i % 11, ...(i % 7 ? {} : { flow: 1 }) } },
    });
  const trial = (await j.value('trials.list', {}))[0]!;
  const { treatment, warnings } = await j.value('treatments.add', {
    name: 'Tacrolimus',
    type: 'topical-calcineurin',
    strength: '0.1%',
    howOften: 'as-needed',
    startedOn: addDays(trial.startDay, 3),
  });
  expect(warnings).toHaveLength(1);
  await j.value('checkIns.save', { day: days[0]!, values: { treatments: [treatment.id] } });
  const plan = await j.value('plan.get', {});
  await j.value('plan.update', {
    measures: plan.measures.map((m) => ({ key: m.key, tracked: m.key === 'stress' ? false : m.tracked })),
    pins: ['skinOverall', 'custom:burning'],
  });
  await j.value('trials.create', {
    safety: { ...SAFETY, coeliacTest: 'tested-negative' },
    preset: 'custom',
    foodItem: 'gluten',
    startDay: '2026-12-07',
  });
}

describe('the export knows every table and column of the journal', () => {
  it('lists exactly the tables the database has (a new table without export support fails here)', () => {
    const tables = (
      source.app.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect([...TABLES.map((t) => t.name), ...NOT_EXPORTED].sort()).toEqual(tables);
  });

  it('has every column of every table, and a merge rule for every table', () => {
    for (const t of TABLES) {
      const columns = (source.app.db.prepare(`PRAGMA table_info("${t.name}")`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(Object.keys(t.columns).sort(), t.name).toEqual(columns.sort());
      expect(MERGE_RULES[t.name], t.name).toBeTypeOf('function');
    }
  });

  it('writes a file that passes the documented schema, from a journal of the current format', () => {
    const parsed = JSON.parse(json);
    expect(journalExportSchema.safeParse(parsed).success).toBe(true);
    expect(parsed).toMatchObject({
      format: 'axis-journal-export',
      version: 1,
      appSchemaVersion: LATEST_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(readExport(json, LATEST_VERSION).ok).toBe(true);
  });
});

describe('own items’ values, packed one row per day', () => {
  it('writes each day’s values as one object, item number → value', () => {
    const rows = JSON.parse(json).tables.trackable_values as { day: string; values: Record<string, number> }[];
    expect(rows).toHaveLength(30);
    expect(Object.keys(rows[0]!).sort()).toEqual(['day', 'values']);
    const stored = source.app.db
      .prepare('SELECT trackable_id, value FROM trackable_values WHERE day = ? ORDER BY trackable_id')
      .all(rows[0]!.day) as { trackable_id: number; value: number }[];
    expect(rows[0]!.values).toEqual(Object.fromEntries(stored.map((r) => [String(r.trackable_id), r.value])));
  });

  it('refuses a packed row that is not as documented, or a value out of its range, naming the row', () => {
    const data = JSON.parse(json);
    data.tables.trackable_values[0] = { day: data.tables.trackable_values[0].day, value: 3 };
    data.tables.trackable_values[1].values = { gluten: 1 };
    const read = readExport(JSON.stringify(data), LATEST_VERSION);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          table: 'trackable_values',
          row: 1,
          message: expect.stringMatching(/should be \{"day"/),
        }),
        expect.objectContaining({ table: 'trackable_values', row: 2, message: '"gluten" is not an item number' }),
      ]),
    );
  });
});

describe('JSON round trip', () => {
  it('imported into an empty journal, every table is identical, row by row', async () => {
    const target = openTestJournal({ now: () => NOW });
    try {
      const preview = await target.value('data.previewJsonImport', { text: json, mode: 'replace-empty' });
      expect(preview.ok).toBe(true);
      expect(preview.counts.find((c) => c.table === 'check_ins')).toMatchObject({ added: 113, kept: 0 });
      expect(target.app.db.prepare('SELECT count(*) AS n FROM check_ins').get()).toEqual({ n: 0 }); // the preview wrote nothing

      const done = await target.value('data.importJson', { text: json, mode: 'replace-empty' });
      expect(done.summary).toMatch(/^Imported 113 days, 4 supplements/);
      // In key order: the rowid of a table keyed by text is the database's own business.
      const [before, after] = [snapshotByKey(source.app), snapshotByKey(target.app)];
      for (const t of TABLES) {
        expect(before[t.name]!.length, `${t.name} has rows to compare`).toBeGreaterThan(0);
        expect(after[t.name], t.name).toEqual(before[t.name]);
      }
      expect(Object.keys(snapshot(target.app)).sort()).toEqual([...TABLES.map((t) => t.name), ...NOT_EXPORTED].sort());
      // And the imported journal exports to the same file, but for the time it was made.
      expect((await target.value('data.exportJson', {})).text).toBe(json);
    } finally {
      target.close();
    }
  });
});

describe('CSV round trip', () => {
  it('gives back every check-in field it carries', async () => {
    const csv = (await source.value('data.exportCsv', {})).text!;
    expect(csv.split('\r\n')[0]).toContain('day,skin_overall,itch,');
    expect(csv.split('\r\n')[0]).toContain(
      ',notes,supplement: Probiotic,supplement: L-glutamine,supplement: Zinc carnosine',
    );
    expect(csv.split('\r\n')).toHaveLength(113 + 2); // header, one row per day, and the final line end

    const target = openTestJournal({ now: () => NOW });
    try {
      const preview = await target.value('data.previewCsvImport', { text: csv });
      expect(preview.errors).toEqual([]);
      // Axis's own columns map to themselves; an own item's column becomes a new item of that short name in a
      // journal without it; treatments used are set aside in plain view (the JSON export carries them back).
      expect(preview.mapping.fields).toEqual(
        preview.header.map((h) => (/^custom: /.test(h) ? 'new item' : /^treatment: /.test(h) ? 'ignore' : h)),
      );
      expect(preview.header.slice(-4)).toEqual([
        'custom: gluten',
        'custom: burning',
        'custom: flow',
        'treatment: Tacrolimus',
      ]);
      expect(csv).toMatch(/,(yes|no),\d+,(heavy|),(used|)\r\n/);
      expect(preview).toMatchObject({
        ok: true,
        added: 113,
        kept: 0,
        newSupplements: ['Probiotic', 'L-glutamine', 'Zinc carnosine'],
        newItems: ['gluten', 'burning', 'flow'],
      });
      await target.value('data.importCsv', { text: csv, mapping: preview.mapping });
      // Each own item's values come back as the same answers (a list option by its words).
      const answers = (app: TestJournal) =>
        (
          app.app.db
            .prepare(
              `SELECT v.day, t.slug, t.kind, t.options, v.value FROM trackable_values v
               JOIN trackables t ON t.id = v.trackable_id ORDER BY v.day, t.slug`,
            )
            .all() as { day: string; slug: string; kind: string; options: string; value: number }[]
        ).map((r) => [r.day, r.slug, r.kind === 'choice' ? JSON.parse(r.options)[r.value] : r.value]);
      expect(answers(target)).toEqual(answers(source));
      expect(answers(target).length).toBeGreaterThan(10);

      const columns = (source.app.db.prepare('PRAGMA table_info(check_ins)').all() as { name: string }[])
        .map((c) => c.name)
        .filter((c) => !['created_at', 'updated_at'].includes(c));
      const days = (app: TestJournal) =>
        app.app.db.prepare(`SELECT ${columns.join(', ')} FROM check_ins ORDER BY day`).all();
      expect(days(target)).toEqual(days(source));
      const taken = (app: TestJournal) =>
        app.app.db
          .prepare(
            'SELECT i.day, s.name, i.dose, i.unit FROM supplement_intakes i JOIN supplements s ON s.id = i.supplement_id ORDER BY i.day, s.name',
          )
          .all();
      expect(taken(target)).toEqual(taken(source));

      // Importing the same file again adds nothing: every day is already there and is kept.
      const again = await target.value('data.previewCsvImport', { text: csv });
      expect(again).toMatchObject({ ok: true, added: 0, kept: 113, newSupplements: [] });
    } finally {
      target.close();
    }
  });
});
