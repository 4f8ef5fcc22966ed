// Treatments and medications, kept like the supplement regimen: every start, stop and change of strength or
// frequency is written to treatment_changes and goes through the same one-change-at-a-time guard, whose
// warnings are linked to the trial in trial_treatment_changes (the trial's "other changes" and the report
// read both). "Used today" for as-needed treatments lives in treatment_uses.
import type { Day } from '$shared/domain/day';
import { HOW_OFTEN_LABELS, type Treatment, type TreatmentType, type HowOften } from '$shared/domain/treatment';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { guardWarnings, type RegimenWarning } from '../trials/changeGuard';

interface TreatmentRow {
  id: number;
  name: string;
  type: TreatmentType;
  strength: string;
  how_often: HowOften;
  details: string;
  started_on: string | null;
  stopped_on: string | null;
}

function historyOf(ctx: ServiceContext, id: number): Treatment['history'] {
  return sql(ctx.db, 'SELECT day, kind, detail FROM treatment_changes WHERE treatment_id = ? ORDER BY day, id').all(
    id,
  ) as Treatment['history'];
}

const toTreatment = (ctx: ServiceContext, r: TreatmentRow): Treatment => ({
  id: r.id,
  name: r.name,
  type: r.type,
  strength: r.strength,
  howOften: r.how_often,
  details: r.details,
  startedOn: r.started_on,
  stoppedOn: r.stopped_on,
  active: r.stopped_on === null,
  history: historyOf(ctx, r.id),
});

export function listTreatments(ctx: ServiceContext): Treatment[] {
  const rows = sql(
    ctx.db,
    'SELECT * FROM treatments ORDER BY stopped_on IS NOT NULL, lower(name), id',
  ).all() as TreatmentRow[];
  return rows.map((r) => toTreatment(ctx, r));
}

function getTreatment(ctx: ServiceContext, id: number): Treatment {
  const row = sql(ctx.db, 'SELECT * FROM treatments WHERE id = ?').get(id) as TreatmentRow | undefined;
  if (!row) throw new UserFacingError('not-found', 'That treatment is not in your list any more. Nothing was changed.');
  return toTreatment(ctx, row);
}

type Changed = OutputOf<'treatments.add'>;

function recordChange(
  ctx: ServiceContext,
  id: number,
  day: Day,
  kind: 'started' | 'stopped' | 'changed',
  detail: string,
): RegimenWarning[] {
  const { lastInsertRowid } = sql(
    ctx.db,
    'INSERT INTO treatment_changes (day, treatment_id, kind, detail, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(day, id, kind, detail, nowIso(ctx));
  const warnings = guardWarnings(ctx, day, detail);
  const link = sql(
    ctx.db,
    'INSERT OR IGNORE INTO trial_treatment_changes (trial_id, treatment_change_id, message, warned_at) VALUES (?, ?, ?, ?)',
  );
  for (const w of warnings) link.run(w.trialId, Number(lastInsertRowid), w.message, nowIso(ctx));
  return warnings;
}

const strengthText = (t: { strength: string }) => (t.strength ? ` ${t.strength}` : '');
const oftenText = (t: { howOften: HowOften }) => HOW_OFTEN_LABELS[t.howOften].toLowerCase();

export function addTreatment(ctx: ServiceContext, input: ParsedInputOf<'treatments.add'>): Changed {
  const clash = sql(ctx.db, 'SELECT id FROM treatments WHERE lower(name) = lower(?) AND stopped_on IS NULL').get(
    input.name,
  );
  if (clash)
    throw new UserFacingError(
      'conflict',
      `"${input.name}" is already in your treatments. Change its strength or how often there instead.`,
    );
  const at = nowIso(ctx);
  const { lastInsertRowid } = sql(
    ctx.db,
    `INSERT INTO treatments (name, type, strength, how_often, details, started_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.name, input.type, input.strength, input.howOften, input.details, input.startedOn, at, at);
  const id = Number(lastInsertRowid);
  const warnings = recordChange(
    ctx,
    id,
    input.startedOn,
    'started',
    `Started ${input.name}${strengthText(input)}, ${oftenText(input)}`,
  );
  return { treatment: getTreatment(ctx, id), warnings };
}

export function updateTreatment(ctx: ServiceContext, input: ParsedInputOf<'treatments.update'>): Changed {
  const before = getTreatment(ctx, input.id);
  if (!before.active)
    throw new UserFacingError('conflict', `${before.name} is stopped. Start it again before changing it.`);
  if (before.startedOn && input.changedOn < before.startedOn)
    throw new UserFacingError(
      'invalid-input',
      `${before.name} cannot change before it started (${before.startedOn}). Nothing was changed.`,
    );
  sql(
    ctx.db,
    'UPDATE treatments SET name = ?, type = ?, strength = ?, how_often = ?, details = ?, updated_at = ? WHERE id = ?',
  ).run(input.name, input.type, input.strength, input.howOften, input.details, nowIso(ctx), input.id);
  // A new strength or frequency changes what the skin gets; a new name or note does not.
  const changed = before.strength !== input.strength || before.howOften !== input.howOften;
  const warnings = changed
    ? recordChange(
        ctx,
        input.id,
        input.changedOn,
        'changed',
        `Changed ${input.name} from${strengthText(before)} ${oftenText(before)} to${strengthText(input)} ${oftenText(input)}`,
      )
    : [];
  return { treatment: getTreatment(ctx, input.id), warnings };
}

export function stopTreatment(ctx: ServiceContext, { id, stoppedOn }: ParsedInputOf<'treatments.stop'>): Changed {
  const before = getTreatment(ctx, id);
  if (!before.active) throw new UserFacingError('conflict', `${before.name} is already stopped.`);
  if (before.startedOn && stoppedOn < before.startedOn)
    throw new UserFacingError(
      'invalid-input',
      `${before.name} cannot stop before it started (${before.startedOn}). Nothing was changed.`,
    );
  sql(ctx.db, 'UPDATE treatments SET stopped_on = ?, updated_at = ? WHERE id = ?').run(stoppedOn, nowIso(ctx), id);
  const warnings = recordChange(ctx, id, stoppedOn, 'stopped', `Stopped ${before.name}`);
  return { treatment: getTreatment(ctx, id), warnings };
}

export function resumeTreatment(ctx: ServiceContext, { id, startedOn }: ParsedInputOf<'treatments.resume'>): Changed {
  const before = getTreatment(ctx, id);
  if (before.active) throw new UserFacingError('conflict', `${before.name} is already in use.`);
  if (before.stoppedOn && startedOn < before.stoppedOn)
    throw new UserFacingError(
      'invalid-input',
      `${before.name} was stopped on ${before.stoppedOn}; it can start again on that day or later. Nothing was changed.`,
    );
  sql(ctx.db, 'UPDATE treatments SET stopped_on = NULL, started_on = ?, updated_at = ? WHERE id = ?').run(
    startedOn,
    nowIso(ctx),
    id,
  );
  const warnings = recordChange(
    ctx,
    id,
    startedOn,
    'started',
    `Started ${before.name} again${strengthText(before)}, ${oftenText(before)}`,
  );
  return { treatment: getTreatment(ctx, id), warnings };
}

// --- used on a day ----------------------------------------------------------------------------------------

export function usesOf(ctx: ServiceContext, day: Day): number[] {
  return (
    sql(ctx.db, 'SELECT treatment_id AS id FROM treatment_uses WHERE day = ? ORDER BY treatment_id').all(day) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** Replaces the day's list; every id must be a treatment in the list. */
export function replaceUses(ctx: ServiceContext, day: Day, ids: readonly number[]): void {
  const known = new Set((sql(ctx.db, 'SELECT id FROM treatments').all() as { id: number }[]).map((r) => r.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined)
    throw new UserFacingError(
      'not-found',
      `Treatment number ${unknown} is not in your list, so the day was not saved. Add it in Settings → Treatments first.`,
    );
  sql(ctx.db, 'DELETE FROM treatment_uses WHERE day = ?').run(day);
  const insert = sql(ctx.db, 'INSERT INTO treatment_uses (day, treatment_id) VALUES (?, ?)');
  for (const id of ids) insert.run(day, id);
}
