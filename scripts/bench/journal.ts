// Journal operations through the router against the raw SQL that does the same work.
import { MEASURES } from '$shared/domain/measures';
import { addDays } from '$shared/domain/day';
import type { JournalApp } from '../../electron/core/journalApp';
import { timePairAsync, type Figure } from './measure';

const SENDER = { url: 'bench:' };

export async function benchJournal(app: JournalApp, lastDay: string): Promise<Figure[]> {
  const { db, router } = app;
  const columns = MEASURES.map((m) => m.column);
  const values = {
    skinOverall: 4,
    itch: 3,
    redness: 2,
    soreness: 1,
    stoolForm: 4,
    bloating: 2,
    sugar: 1,
    dairy: 0,
    stress: 5,
    sleepHours: 7.5,
    notes: 'bench',
  };
  // Days before the generated ten years: check-ins are never dated more than a day ahead of today, and a
  // refused save would time the refusal, not the save (so the first one is checked below).
  const freeDay = (i: number) => addDays(lastDay, -3651 - (i % 3000));

  const raw = db.prepare(
    `INSERT INTO check_ins (day, ${columns.join(', ')}, body_areas, exercise_kind, notes, created_at, updated_at)
     VALUES (@day, ${columns.map((c) => '@' + c).join(', ')}, '[]', NULL, @notes, @at, @at)
     ON CONFLICT(day) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, notes = excluded.notes, updated_at = excluded.updated_at`,
  );
  const rawRow = Object.fromEntries(columns.map((c) => [c, null])) as Record<string, unknown>;
  Object.assign(rawRow, {
    skin_overall: 4,
    itch: 3,
    redness: 2,
    soreness: 1,
    stool_form: 4,
    bloating: 2,
    sugar: 1,
    dairy: 0,
    stress: 5,
    sleep_hours: 7.5,
  });
  const rawSave = db.transaction((day: string) =>
    raw.run({ ...rawRow, day, notes: 'bench', at: new Date().toISOString() }),
  );

  const first = await router.handle('checkIns.save', { day: freeDay(0), values }, SENDER);
  if (!first.ok) throw new Error(`the router refused the benchmark's save: ${first.error.message}`);
  // Both write the same days in turn (the raw one first), so each save is an update of a day just written.
  const { baseline: saveRaw, operation: saveRouter } = await timePairAsync(
    async (i) => rawSave(freeDay(i)),
    (i) => router.handle('checkIns.save', { day: freeDay(i), values }, SENDER),
    300,
  );

  const day = addDays(lastDay, -400);
  const rawDay = db.prepare('SELECT * FROM check_ins WHERE day = ?');
  const rawIntakes = db.prepare('SELECT supplement_id, dose, unit FROM supplement_intakes WHERE day = ?');
  // Both sides are timed through the same awaited call, so the figure is the router's own cost, not the
  // harness's await.
  const { baseline: loadRaw, operation: loadRouter } = await timePairAsync(
    async () => [rawDay.get(day), rawIntakes.all(day)],
    () => router.handle('checkIns.get', { day }, SENDER),
    2000,
    200,
  );

  const from = addDays(lastDay, -89);
  const rawList = db.prepare('SELECT * FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day DESC');
  const { baseline: listRaw, operation: listRouter } = await timePairAsync(
    async () => rawList.all(from, lastDay),
    () => router.handle('checkIns.list', { from, to: lastDay }, SENDER),
    500,
    50,
  );

  return [
    {
      name: 'check-in save: router vs raw INSERT',
      value: saveRouter / saveRaw,
      unit: '×',
      target: 3,
      detail: `${saveRouter.toFixed(3)} ms vs ${saveRaw.toFixed(3)} ms`,
    },
    {
      name: 'day load: router vs raw SELECT',
      value: loadRouter / loadRaw,
      unit: '×',
      target: 3,
      detail: `${loadRouter.toFixed(3)} ms vs ${loadRaw.toFixed(3)} ms`,
    },
    {
      name: '90-day list: router vs raw SELECT',
      value: listRouter / listRaw,
      unit: '×',
      target: 3,
      detail: `${listRouter.toFixed(3)} ms vs ${listRaw.toFixed(3)} ms`,
    },
  ];
}
