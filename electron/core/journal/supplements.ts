// The supplement regimen: what the person takes regularly. Every start, stop and change is written to
// regimen_changes so trials can tell whether something else changed during a phase.
import type { Day } from '$shared/domain/day';
import type { Supplement, SupplementInput } from '$shared/domain/supplement';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { warningsForRegimenChange, type RegimenWarning } from '../trials/changeGuard';

interface SupplementRow {
  id: number;
  name: string;
  dose: number | null;
  unit: string;
  details: string;
  started_on: string | null;
  stopped_on: string | null;
}

const toSupplement = (r: SupplementRow): Supplement => ({
  id: r.id,
  name: r.name,
  dose: r.dose,
  unit: r.unit,
  details: r.details,
  startedOn: r.started_on,
  stoppedOn: r.stopped_on,
  active: r.stopped_on === null,
});

export function listSupplements(ctx: ServiceContext): Supplement[] {
  const rows = sql(
    ctx.db,
    'SELECT * FROM supplements ORDER BY stopped_on IS NOT NULL, lower(name)',
  ).all() as SupplementRow[];
  return rows.map(toSupplement);
}

export function getSupplement(ctx: ServiceContext, id: number): Supplement {
  const row = sql(ctx.db, 'SELECT * FROM supplements WHERE id = ?').get(id) as SupplementRow | undefined;
  if (!row) throw new UserFacingError('not-found', 'That supplement is not in your list any more.');
  return toSupplement(row);
}

type Changed = { supplement: Supplement; warnings: RegimenWarning[] };

function recordChange(
  ctx: ServiceContext,
  id: number,
  day: Day,
  kind: 'started' | 'stopped' | 'changed',
  detail: string,
): RegimenWarning[] {
  const { lastInsertRowid } = sql(
    ctx.db,
    'INSERT INTO regimen_changes (day, supplement_id, kind, detail, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(day, id, kind, detail, nowIso(ctx));
  return warningsForRegimenChange(ctx, Number(lastInsertRowid), day, detail);
}

const doseText = (s: { dose: number | null; unit: string }) =>
  s.dose === null ? '' : ` ${s.dose}${s.unit ? ' ' + s.unit : ''}`;

export function addSupplement(ctx: ServiceContext, input: Required<SupplementInput> & { startedOn: Day }): Changed {
  const clash = sql(ctx.db, 'SELECT id FROM supplements WHERE lower(name) = lower(?) AND stopped_on IS NULL').get(
    input.name,
  );
  if (clash)
    throw new UserFacingError(
      'conflict',
      `"${input.name}" is already in your supplements. Change its dose there instead.`,
    );
  const at = nowIso(ctx);
  const { lastInsertRowid } = sql(
    ctx.db,
    'INSERT INTO supplements (name, dose, unit, details, started_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(input.name, input.dose, input.unit, input.details, input.startedOn, at, at);
  const id = Number(lastInsertRowid);
  const warnings = recordChange(ctx, id, input.startedOn, 'started', `Started ${input.name}${doseText(input)}`);
  return { supplement: getSupplement(ctx, id), warnings };
}

export function updateSupplement(
  ctx: ServiceContext,
  input: Required<SupplementInput> & { id: number; changedOn: Day },
): Changed {
  const before = getSupplement(ctx, input.id);
  sql(ctx.db, 'UPDATE supplements SET name = ?, dose = ?, unit = ?, details = ?, updated_at = ? WHERE id = ?').run(
    input.name,
    input.dose,
    input.unit,
    input.details,
    nowIso(ctx),
    input.id,
  );
  // Only a change of dose or unit changes what the body gets; renaming or new notes is not a regimen change.
  const doseChanged = before.dose !== input.dose || before.unit !== input.unit;
  const warnings = doseChanged
    ? recordChange(
        ctx,
        input.id,
        input.changedOn,
        'changed',
        `Changed ${input.name} from${doseText(before) || ' no dose'} to${doseText(input) || ' no dose'}`,
      )
    : [];
  return { supplement: getSupplement(ctx, input.id), warnings };
}

export function stopSupplement(ctx: ServiceContext, { id, stoppedOn }: { id: number; stoppedOn: Day }): Changed {
  const before = getSupplement(ctx, id);
  if (!before.active) throw new UserFacingError('conflict', `${before.name} is already stopped.`);
  if (before.startedOn && stoppedOn < before.startedOn)
    throw new UserFacingError('invalid-input', `${before.name} cannot stop before it started (${before.startedOn}).`);
  sql(ctx.db, 'UPDATE supplements SET stopped_on = ?, updated_at = ? WHERE id = ?').run(stoppedOn, nowIso(ctx), id);
  const warnings = recordChange(ctx, id, stoppedOn, 'stopped', `Stopped ${before.name}`);
  return { supplement: getSupplement(ctx, id), warnings };
}

export function resumeSupplement(ctx: ServiceContext, { id, startedOn }: { id: number; startedOn: Day }): Changed {
  const before = getSupplement(ctx, id);
  if (before.active) throw new UserFacingError('conflict', `${before.name} is already in use.`);
  sql(ctx.db, 'UPDATE supplements SET stopped_on = NULL, started_on = ?, updated_at = ? WHERE id = ?').run(
    startedOn,
    nowIso(ctx),
    id,
  );
  const warnings = recordChange(ctx, id, startedOn, 'started', `Started ${before.name} again${doseText(before)}`);
  return { supplement: getSupplement(ctx, id), warnings };
}
