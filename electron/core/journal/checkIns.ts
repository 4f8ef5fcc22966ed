// The daily check-in: read, save (merging with what the day already holds), delete, list.
import { MEASURES, type MeasureKey } from '$shared/domain/measures';
import { completeness, type CheckIn, type CheckInValues, type SupplementTaken } from '$shared/domain/checkIn';
import { addDays, journalDayOf, type Day } from '$shared/domain/day';
import type { DaySummary } from '$shared/contract/journal';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { futureDayProblem } from '$shared/domain/futureDays';
import { getSettings } from './settings';
import { saveCustomValues } from './trackables';
import { replaceUses } from './treatments';
import { trackedKeys } from './trackingPlan';

/** A row of check_ins as SELECT * returns it. */
export type CheckInRow = Record<string, unknown> & {
  day: string;
  body_areas: string;
  exercise_kind: string | null;
  notes: string;
  updated_at: string;
};

const MEASURE_COLUMNS = MEASURES.map((m) => m.column);
const KEY_COLUMN: [MeasureKey, string][] = MEASURES.map((m) => [m.key, m.column]);

// One query per day: the day's supplements, own items and treatments used come along as JSON, which keeps
// the most frequent read (opening a day) to one statement instead of four.
const DAY_QUERY = `SELECT c.*, (SELECT json_group_array(json_object('supplementId', i.supplement_id, 'dose', i.dose, 'unit', i.unit))
    FROM (SELECT * FROM supplement_intakes WHERE day = c.day ORDER BY supplement_id) i) AS supplements_json,
  (SELECT json_group_object(t.slug, v.value) FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id
    WHERE v.day = c.day) AS custom_json,
  (SELECT json_group_array(u.treatment_id) FROM (SELECT treatment_id FROM treatment_uses WHERE day = c.day ORDER BY treatment_id) u) AS treatments_json
  FROM check_ins c WHERE c.day = ?`;

/** A check_ins row's measures by key; a measure not entered is null (never zero). */
export function measuresOf(row: Record<string, unknown>): Record<MeasureKey, number | null> {
  const values = {} as Record<MeasureKey, number | null>;
  for (const [key, column] of KEY_COLUMN) values[key] = (row[column] as number | null | undefined) ?? null;
  return values;
}

/** Everything a check_ins row holds for its day; the supplements are in their own table. */
export function checkInValuesOf(
  row: CheckInRow,
): Omit<CheckIn, 'day' | 'updatedAt' | 'supplements' | 'custom' | 'treatments'> {
  return {
    ...measuresOf(row),
    bodyAreas: row.body_areas === '[]' ? [] : (JSON.parse(row.body_areas) as CheckIn['bodyAreas']),
    exerciseKind: row.exercise_kind as CheckIn['exerciseKind'],
    notes: row.notes,
  };
}

function toCheckIn(row: CheckInRow): CheckIn {
  return {
    day: row.day,
    ...checkInValuesOf(row),
    supplements: JSON.parse(row.supplements_json as string) as SupplementTaken[],
    custom: JSON.parse(row.custom_json as string) as Record<string, number>,
    treatments: JSON.parse(row.treatments_json as string) as number[],
    updatedAt: row.updated_at,
  };
}

export function getCheckIn(ctx: ServiceContext, { day }: { day: Day }): CheckIn | null {
  const row = sql(ctx.db, DAY_QUERY).get(day) as CheckInRow | undefined;
  return row ? toCheckIn(row) : null;
}

function intakes(ctx: ServiceContext, day: Day): SupplementTaken[] {
  return sql(
    ctx.db,
    'SELECT supplement_id AS supplementId, dose, unit FROM supplement_intakes WHERE day = ? ORDER BY supplement_id',
  ).all(day) as SupplementTaken[];
}

/** Saves the fields sent; fields left out keep what the day already held. One transaction (the router's). */
export function saveCheckIn(
  ctx: ServiceContext,
  { day, values }: { day: Day; values: CheckInValues },
): { checkIn: CheckIn } {
  const { dayEndsAtHour } = getSettings(ctx);
  const future = futureDayProblem(day, journalDayOf(ctx.now(), dayEndsAtHour), dayEndsAtHour);
  if (future) throw new UserFacingError('invalid-input', `Nothing was saved: ${future}.`);
  const existing = getCheckIn(ctx, { day });
  const at = nowIso(ctx);
  const merged: Record<string, unknown> = {};
  for (const m of MEASURES) {
    const sent = values[m.key];
    merged[m.column] = sent !== undefined ? sent : (existing?.[m.key] ?? null);
  }
  merged.body_areas = JSON.stringify(values.bodyAreas ?? existing?.bodyAreas ?? []);
  merged.exercise_kind = values.exerciseKind !== undefined ? values.exerciseKind : (existing?.exerciseKind ?? null);
  merged.notes = values.notes ?? existing?.notes ?? '';

  const columns = [...MEASURE_COLUMNS, 'body_areas', 'exercise_kind', 'notes'];
  sql(
    ctx.db,
    `INSERT INTO check_ins (day, ${columns.join(', ')}, created_at, updated_at)
       VALUES (@day, ${columns.map((c) => '@' + c).join(', ')}, @at, @at)
       ON CONFLICT(day) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`,
  ).run({ ...merged, day, at });

  if (values.supplements) replaceIntakes(ctx, day, values.supplements);
  if (values.custom) saveCustomValues(ctx, day, values.custom);
  if (values.treatments) replaceUses(ctx, day, values.treatments);
  return { checkIn: getCheckIn(ctx, { day })! };
}

function replaceIntakes(ctx: ServiceContext, day: Day, taken: SupplementTaken[]): void {
  const known = new Set((sql(ctx.db, 'SELECT id FROM supplements').all() as { id: number }[]).map((r) => r.id));
  const unknown = taken.find((s) => !known.has(s.supplementId));
  if (unknown)
    throw new UserFacingError(
      'not-found',
      `Supplement number ${unknown.supplementId} is not in your list, so the day was not saved.`,
    );
  sql(ctx.db, 'DELETE FROM supplement_intakes WHERE day = ?').run(day);
  const insert = sql(ctx.db, 'INSERT INTO supplement_intakes (day, supplement_id, dose, unit) VALUES (?, ?, ?, ?)');
  for (const s of taken) insert.run(day, s.supplementId, s.dose, s.unit);
}

export function deleteCheckIn(ctx: ServiceContext, { day }: { day: Day }): { ok: true } {
  const { changes } = sql(ctx.db, 'DELETE FROM check_ins WHERE day = ?').run(day);
  if (changes === 0) throw new UserFacingError('not-found', `There is no entry for ${day} to delete.`);
  return { ok: true };
}

export function listCheckIns(ctx: ServiceContext, { from, to }: { from: Day; to: Day }): DaySummary[] {
  const shown = trackedKeys(ctx);
  const rows = sql(ctx.db, 'SELECT * FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day DESC').all(
    from,
    to,
  ) as CheckInRow[];
  return rows.map((row) => ({
    day: row.day,
    completeness: completeness(measuresOf(row), shown),
    skinOverall: (row.skin_overall as number | null) ?? null,
    hasNotes: row.notes.trim().length > 0,
  }));
}

/**
 * "Same as yesterday": copies the supplements of the most recent earlier day that has any (within a week);
 * with none, takes the current regimen with its usual doses. Overwrites today's supplement list only.
 */
export function copyYesterdaySupplements(ctx: ServiceContext, { day }: { day: Day }): { checkIn: CheckIn } {
  const previous = sql(
    ctx.db,
    'SELECT day FROM supplement_intakes WHERE day < ? AND day >= ? ORDER BY day DESC LIMIT 1',
  ).get(day, addDays(day, -7)) as { day: string } | undefined;
  const taken: SupplementTaken[] = previous
    ? intakes(ctx, previous.day).filter((s) => isActiveOn(ctx, s.supplementId, day))
    : (sql(
        ctx.db,
        'SELECT id AS supplementId, dose, unit FROM supplements WHERE stopped_on IS NULL AND (started_on IS NULL OR started_on <= ?) ORDER BY id',
      ).all(day) as SupplementTaken[]);
  return saveCheckIn(ctx, { day, values: { supplements: taken } });
}

function isActiveOn(ctx: ServiceContext, id: number, day: Day): boolean {
  const row = sql(ctx.db, 'SELECT stopped_on FROM supplements WHERE id = ?').get(id) as
    { stopped_on: string | null } | undefined;
  return !!row && (row.stopped_on === null || row.stopped_on > day);
}

export function countCheckIns(ctx: ServiceContext): number {
  return (sql(ctx.db, 'SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
}
