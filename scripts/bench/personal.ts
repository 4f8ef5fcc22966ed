// The journal made personal (issue 14), on the ten-year journal: 20 own items of every kind and 5 treatments
// (two as needed), every item logged every day. Each figure against its baseline in the same run: a check-in
// save with the 20 values and the treatments used against raw INSERTs of the same values; a day load against
// raw SELECTs of the same rows; ten years of one own item in Trends against the raw read of its values;
// "what moves with my skin" with every own item as a factor; and the JSON export's size against the same
// journal's export before the items were added.
import { addDays, dayRange } from '$shared/domain/day';
import { MEASURES } from '$shared/domain/measures';
import type { TrackableGroup, TrackableInput } from '$shared/domain/trackable';
import type { JournalApp } from '../../electron/core/journalApp';
import { exportJsonText } from '../../electron/core/data/exportJson';
import { timePairAsync, type Figure } from './measure';

const SENDER = { url: 'bench:' };

/** 20 items: every kind, in every group but skin for most (skin items are outcomes, not factors). */
function items(): TrackableInput[] {
  const out: TrackableInput[] = [];
  const groups = ['food', 'lifestyle', 'other', 'treatment', 'gut'] as const;
  for (let i = 0; i < 20; i++) {
    const group: TrackableGroup = i < 2 ? 'skin' : groups[i % groups.length]!;
    const base = { name: `Item ${i + 1}`, group, direction: 'worse' as const };
    switch (i % 5) {
      case 0:
        out.push({ ...base, kind: 'rating', lowWord: 'none', highWord: 'severe' });
        break;
      case 1:
        out.push({ ...base, kind: 'count', max: 20 });
        break;
      case 2:
        out.push({ ...base, kind: 'yesno' });
        break;
      case 3:
        out.push({ ...base, kind: 'number', unit: 'km', min: 0, max: 50, decimals: 1 });
        break;
      default:
        out.push({ ...base, kind: 'choice', options: ['none', 'some', 'lots'] });
    }
  }
  return out;
}

/** A deterministic value inside the item's range for day index d. */
const valueFor = (kind: string, i: number, d: number): number => {
  const x = (d * 7 + i * 13) % 11;
  switch (kind) {
    case 'rating':
      return x % 11;
    case 'count':
      return x % 6;
    case 'yesno':
      return x % 2;
    case 'number':
      return Math.round(x * 2.3 * 10) / 10;
    default:
      return x % 3;
  }
};

export async function benchPersonal(app: JournalApp, lastDay: string): Promise<Figure[]> {
  const { db, router } = app;
  const call = async (name: string, input: unknown) => {
    const result = await router.handle(name, input, SENDER);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as never;
  };
  const before = Buffer.byteLength(exportJsonText(app.ctx).text);

  const created: { id: number; slug: string; kind: string }[] = [];
  for (const input of items()) {
    const { trackable } = (await call('trackables.add', input)) as {
      trackable: { id: number; slug: string; kind: string };
    };
    created.push(trackable);
  }
  const treatmentIds: number[] = [];
  for (const [i, name] of ['Emollient', 'Hydrocortisone', 'Adapalene', 'Cetirizine', 'Doxycycline'].entries()) {
    const { treatment } = (await call('treatments.add', {
      name,
      type: (['topical-other', 'topical-steroid', 'topical-retinoid', 'antihistamine', 'oral-antibiotic'] as const)[i],
      howOften: i === 1 || i === 3 ? 'as-needed' : 'daily',
      startedOn: addDays(lastDay, -3649),
    })) as { treatment: { id: number } };
    treatmentIds.push(treatment.id);
  }
  // Every item on every day, and the as-needed treatments on one day in three: straight into the tables.
  const days = dayRange(addDays(lastDay, -3649), lastDay);
  const insertValue = db.prepare(
    'INSERT INTO trackable_values (day, trackable_id, value) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM check_ins WHERE day = ?)',
  );
  const insertUse = db.prepare(
    'INSERT INTO treatment_uses (day, treatment_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM check_ins WHERE day = ?)',
  );
  db.transaction(() => {
    days.forEach((day, d) => {
      created.forEach((t, i) => insertValue.run(day, t.id, valueFor(t.kind, i, d), day));
      if (d % 3 === 0) for (const id of [treatmentIds[1]!, treatmentIds[3]!]) insertUse.run(day, id, day);
    });
  })();
  const after = Buffer.byteLength(exportJsonText(app.ctx).text);

  // Check-in save: the 20 values and the treatments used, through the router against raw statements.
  const futureDay = (i: number) => addDays(lastDay, 1 + (i % 3000));
  const custom = Object.fromEntries(created.map((t, i) => [t.slug, valueFor(t.kind, i, 5)]));
  const values = {
    skinOverall: 4,
    itch: 3,
    stress: 5,
    sleepHours: 7.5,
    notes: 'bench',
    custom,
    treatments: [treatmentIds[1]!],
  };
  const columns = MEASURES.map((m) => m.column);
  const rawCheckIn = db.prepare(
    `INSERT INTO check_ins (day, ${columns.join(', ')}, body_areas, exercise_kind, notes, created_at, updated_at)
     VALUES (@day, ${columns.map((c) => '@' + c).join(', ')}, '[]', NULL, @notes, @at, @at)
     ON CONFLICT(day) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, notes = excluded.notes, updated_at = excluded.updated_at`,
  );
  const rawRow = Object.fromEntries(columns.map((c) => [c, null])) as Record<string, unknown>;
  Object.assign(rawRow, { skin_overall: 4, itch: 3, stress: 5, sleep_hours: 7.5 });
  const rawValue = db.prepare(
    'INSERT INTO trackable_values (day, trackable_id, value) VALUES (?, ?, ?) ON CONFLICT(day, trackable_id) DO UPDATE SET value = excluded.value',
  );
  const rawClearUses = db.prepare('DELETE FROM treatment_uses WHERE day = ?');
  const rawUse = db.prepare('INSERT INTO treatment_uses (day, treatment_id) VALUES (?, ?)');
  const rawSave = db.transaction((day: string) => {
    rawCheckIn.run({ ...rawRow, day, notes: 'bench', at: new Date().toISOString() });
    created.forEach((t, i) => rawValue.run(day, t.id, valueFor(t.kind, i, 5)));
    rawClearUses.run(day);
    rawUse.run(day, treatmentIds[1]!);
  });
  const save = await timePairAsync(
    async (i) => rawSave(futureDay(i)),
    (i) => router.handle('checkIns.save', { day: futureDay(i), values }, SENDER),
    200,
  );

  // Day load: the day with its supplements, own items and treatments used.
  const day = addDays(lastDay, -400);
  const rawDay = db.prepare('SELECT * FROM check_ins WHERE day = ?');
  const rawIntakes = db.prepare('SELECT supplement_id, dose, unit FROM supplement_intakes WHERE day = ?');
  const rawValues = db.prepare('SELECT trackable_id, value FROM trackable_values WHERE day = ?');
  const rawUses = db.prepare('SELECT treatment_id FROM treatment_uses WHERE day = ?');
  const load = await timePairAsync(
    async () => [rawDay.get(day), rawIntakes.all(day), rawValues.all(day), rawUses.all(day)],
    () => router.handle('checkIns.get', { day }, SENDER),
    2000,
    200,
  );

  // Ten years of one own item in Trends, against the raw read of its values.
  const from = addDays(lastDay, -3649);
  const item = created[5]!; // a count, in the food group
  const rawItem = db.prepare(
    'SELECT day, value FROM trackable_values WHERE trackable_id = ? AND day BETWEEN ? AND ? ORDER BY day',
  );
  const series = await timePairAsync(
    async () => rawItem.all(item.id, from, lastDay),
    () => call('trends.series', { measures: [`custom:${item.slug}`], from, to: lastDay }),
    30,
    3,
  );

  // "What moves with my skin" with every own item as a factor, one year and ten.
  const figures: Figure[] = [];
  for (const [label, n] of [
    ['1 year', 365],
    ['10 years', 3650],
  ] as const) {
    const start = addDays(lastDay, -(n - 1));
    const answer = (await call('trends.associations', { skinMeasure: 'skinOverall', from: start, to: lastDay })) as {
      factors: { key: string }[];
    };
    const own = answer.factors.filter((f) => f.key.startsWith('custom:')).length;
    const assoc = await timePairAsync(
      async () => undefined,
      () => call('trends.associations', { skinMeasure: 'skinOverall', from: start, to: lastDay }),
      15,
      2,
    );
    figures.push({
      name: `associations with 20 own items, ${label}`,
      value: assoc.operation,
      unit: 'ms',
      target: 40,
      detail: `${answer.factors.length} factors, ${own} of them own items (the 2 skin items are outcomes, not factors)`,
    });
  }

  return [
    {
      name: 'own items: check-in save vs raw INSERTs',
      value: save.operation / save.baseline,
      unit: '×',
      target: 3,
      detail: `${save.operation.toFixed(3)} ms vs ${save.baseline.toFixed(3)} ms (20 values, 1 treatment used)`,
    },
    {
      name: 'own items: day load vs raw SELECTs',
      value: load.operation / load.baseline,
      unit: '×',
      target: 3,
      detail: `${load.operation.toFixed(3)} ms vs ${load.baseline.toFixed(3)} ms`,
    },
    {
      name: 'own item, 10 years in Trends: router vs raw read',
      value: series.operation / series.baseline,
      unit: '×',
      target: 3,
      detail: `${series.operation.toFixed(2)} ms vs ${series.baseline.toFixed(2)} ms`,
    },
    { name: 'own item, 10 years in Trends', value: series.operation, unit: 'ms', target: 20 },
    ...figures,
    {
      name: 'JSON export with 20 items and 5 treatments vs without',
      value: after / before,
      unit: '×',
      target: 2,
      detail: `${(after / 1024 / 1024).toFixed(2)} MB vs ${(before / 1024 / 1024).toFixed(2)} MB for the same ${days.length} days`,
    },
  ];
}
