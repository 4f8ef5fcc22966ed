// The tracking plan as stored: the built-in measures' on/off and order (tracking_plan), the quick check-in's
// pins (quick_pins) and where the quick check-in sits (the quickCheckIn setting). A measure a running or
// planned trial judges or asks about stays on, and the refusal says which trial.
import { MEASURES, measureByKey, type Measure, type MeasureKey } from '$shared/domain/measures';
import {
  defaultPins,
  formItems,
  livePins,
  planMeasures,
  type ItemRef,
  type PlanRow,
} from '$shared/domain/trackingPlan';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { getSettings, updateSettings } from './settings';
import { listTrackables } from './trackables';
import { trialUses } from '../trials/itemUses';

/** The built-in measures the check-in asks now (the Journal's completeness is the share of these filled). */
export function trackedKeys(ctx: ServiceContext): MeasureKey[] {
  return planMeasures(storedRows(ctx), getSettings(ctx).conditions)
    .filter((m) => m.tracked)
    .map((m) => m.key);
}

function storedRows(ctx: ServiceContext): PlanRow[] {
  return (
    sql(ctx.db, 'SELECT measure, tracked, position FROM tracking_plan').all() as {
      measure: string;
      tracked: number;
      position: number;
    }[]
  )
    .filter((r) => (MEASURES as readonly Measure[]).some((m) => m.key === r.measure))
    .map((r) => ({ key: r.measure as MeasureKey, tracked: r.tracked === 1, position: r.position }));
}

function storedPins(ctx: ServiceContext): string[] {
  return (sql(ctx.db, 'SELECT item FROM quick_pins ORDER BY position').all() as { item: string }[]).map((r) => r.item);
}

export function getPlan(ctx: ServiceContext): OutputOf<'plan.get'> {
  const settings = getSettings(ctx);
  const measures = planMeasures(storedRows(ctx), settings.conditions);
  const trackables = listTrackables(ctx);
  const items = formItems(measures, trackables);
  const stored = storedPins(ctx);
  const pinsAreDefault = stored.length === 0;
  const pins = livePins((pinsAreDefault ? defaultPins(settings.conditions) : stored) as ItemRef[], items).map(
    (i) => i.ref,
  );
  const running = trialUses(ctx, { runningOnly: true });
  return {
    measures: measures.map((m) => {
      const uses = running.get(m.key) ?? [];
      const def = measureByKey(m.key);
      return {
        key: m.key,
        label: def.label,
        group: def.group,
        tracked: m.tracked,
        defaultTracked: m.defaultTracked,
        lockedBy: uses.length
          ? `${def.label} is ${uses[0]!.role} your "${uses[0]!.name}" trial, so it stays on until the trial ends.`
          : null,
      };
    }),
    trackables,
    pins,
    pinsAreDefault,
    quickCheckIn: settings.quickCheckIn,
  };
}

export function updatePlan(ctx: ServiceContext, input: ParsedInputOf<'plan.update'>): OutputOf<'plan.update'> {
  const before = getPlan(ctx);
  if (input.measures) {
    const keys = input.measures.map((m) => m.key);
    const missing = MEASURES.filter((m) => !keys.includes(m.key));
    if (missing.length > 0 || new Set(keys).size !== keys.length)
      throw new UserFacingError(
        'invalid-input',
        `List every built-in measure once, in the order you want them${missing.length ? ` (missing: ${missing.map((m) => m.label).join(', ')})` : ''}. Nothing was changed.`,
      );
    for (const m of input.measures) {
      const was = before.measures.find((b) => b.key === m.key)!;
      if (was.tracked && !m.tracked && was.lockedBy)
        throw new UserFacingError('conflict', `${was.lockedBy} Nothing was changed.`);
    }
    sql(ctx.db, 'DELETE FROM tracking_plan').run();
    const insert = sql(ctx.db, 'INSERT INTO tracking_plan (measure, tracked, position) VALUES (?, ?, ?)');
    input.measures.forEach((m, i) => insert.run(m.key, m.tracked ? 1 : 0, i));
  }
  if (input.quickCheckIn) updateSettings(ctx, { quickCheckIn: input.quickCheckIn });
  if (input.pins) {
    const after = getPlan(ctx);
    const items = formItems(
      after.measures.map((m) => ({ key: m.key, tracked: m.tracked, defaultTracked: m.defaultTracked })),
      after.trackables,
    );
    const untracked = input.pins.find((p) => !items.some((i) => i.ref === p));
    if (untracked)
      throw new UserFacingError(
        'invalid-input',
        `"${untracked}" is not an item you track, so it cannot be pinned. Turn it on first. Nothing was changed.`,
      );
    sql(ctx.db, 'DELETE FROM quick_pins').run();
    const insert = sql(ctx.db, 'INSERT INTO quick_pins (position, item) VALUES (?, ?)');
    input.pins.forEach((p, i) => insert.run(i + 1, p));
  }
  return getPlan(ctx);
}
