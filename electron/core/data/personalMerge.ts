// Merging format 6's tables into a journal that already has entries, by the rules of jsonMerge.ts: what
// the journal holds is kept. Own items are matched by their slug (the same item in both), treatments by name
// and start day, their changes by day, kind and detail; values, days used and trial links come in only with
// the day or trial they belong to. The journal's own tracking plan and pins stay as they are. The generic
// steps come from jsonMerge.ts as arguments, so this file does not import it back.
import { UserFacingError } from '$shared/contract/result';
import type { FileRow } from '$shared/export/format';
import type { ServiceContext } from '../context';

interface Counts {
  added: number;
  kept: number;
}
interface PersonalMaps {
  trials: Map<number, number>;
  trackables: Map<number, number>;
  treatments: Map<number, number>;
  treatment_changes: Map<number, number>;
  addedDays: Set<string>;
  addedTrials: Set<number>;
}
type Rule = (ctx: ServiceContext, rows: FileRow[], maps: PersonalMaps) => Counts;

export interface MergeKit {
  addMissing(ctx: ServiceContext, table: string, rows: FileRow[], key: string[]): Counts;
  matchOrAdd(
    ctx: ServiceContext,
    table: string,
    rows: FileRow[],
    ids: Map<number, number>,
    match: (row: FileRow) => { id: number } | undefined,
    remap?: (row: FileRow) => Record<string, unknown>,
  ): Counts;
  addChildren(
    ctx: ServiceContext,
    table: string,
    rows: FileRow[],
    parentAdded: (row: FileRow) => boolean,
    remap: (row: FileRow) => Record<string, unknown>,
  ): Counts;
}

const kept = (rows: FileRow[]): Counts => ({ added: 0, kept: rows.length });

export function personalMergeRules(kit: MergeKit): Record<string, Rule> {
  return {
    trackables: (ctx, rows, maps) => {
      const find = ctx.db.prepare('SELECT id, kind, min, max, step, options FROM trackables WHERE slug = ?');
      const byName = ctx.db.prepare('SELECT slug FROM trackables WHERE lower(name) = lower(?) AND slug <> ?');
      return kit.matchOrAdd(ctx, 'trackables', rows, maps.trackables, (row) => {
        const same = find.get(row.slug) as
          { id: number; kind: string; min: number; max: number; step: number; options: string } | undefined;
        if (same) {
          const fits =
            same.kind === row.kind &&
            same.min === row.min &&
            same.max === row.max &&
            same.step === row.step &&
            same.options === JSON.stringify(row.options);
          if (!fits)
            throw new UserFacingError(
              'conflict',
              `The file's item "${String(row.name)}" (${String(row.slug)}) has another kind or range than yours, so its values would mean something else. Nothing was imported; rename one of them first.`,
            );
          return { id: same.id };
        }
        const clash = byName.get(row.name, row.slug) as { slug: string } | undefined;
        if (clash)
          throw new UserFacingError(
            'conflict',
            `The file's item "${String(row.name)}" has the name of your item "${clash.slug}" but is another item. Nothing was imported; rename one of them first.`,
          );
        return undefined;
      });
    },
    trackable_values: (ctx, rows, maps) =>
      kit.addChildren(
        ctx,
        'trackable_values',
        rows,
        (row) => maps.addedDays.has(row.day as string),
        (row) => ({ trackable_id: maps.trackables.get(row.trackable_id as number) }),
      ),
    treatments: (ctx, rows, maps) => {
      const find = ctx.db.prepare(
        'SELECT id FROM treatments WHERE lower(name) = lower(?) AND started_on IS ? ORDER BY id LIMIT 1',
      );
      return kit.matchOrAdd(
        ctx,
        'treatments',
        rows,
        maps.treatments,
        (row) => find.get(row.name, row.started_on) as { id: number } | undefined,
      );
    },
    treatment_changes: (ctx, rows, maps) => {
      const find = ctx.db.prepare(
        'SELECT id FROM treatment_changes WHERE day = ? AND treatment_id = ? AND kind = ? AND detail = ? LIMIT 1',
      );
      return kit.matchOrAdd(
        ctx,
        'treatment_changes',
        rows,
        maps.treatment_changes,
        (row) =>
          find.get(row.day, maps.treatments.get(row.treatment_id as number), row.kind, row.detail) as
            { id: number } | undefined,
        (row) => ({ treatment_id: maps.treatments.get(row.treatment_id as number) }),
      );
    },
    treatment_uses: (ctx, rows, maps) =>
      kit.addChildren(
        ctx,
        'treatment_uses',
        rows,
        (row) => maps.addedDays.has(row.day as string),
        (row) => ({ treatment_id: maps.treatments.get(row.treatment_id as number) }),
      ),
    trial_treatment_changes: (ctx, rows, maps) =>
      kit.addChildren(
        ctx,
        'trial_treatment_changes',
        rows,
        (row) => maps.addedTrials.has(row.trial_id as number),
        (row) => ({
          trial_id: maps.trials.get(row.trial_id as number),
          treatment_change_id: maps.treatment_changes.get(row.treatment_change_id as number),
        }),
      ),
    tracking_plan: (_ctx, rows) => kept(rows), // the journal's own plan stays, like its settings
    quick_pins: (_ctx, rows) => kept(rows),
    trial_food_items: (ctx, rows, maps) =>
      kit.addChildren(
        ctx,
        'trial_food_items',
        rows,
        (row) => maps.addedTrials.has(row.trial_id as number),
        (row) => ({
          trial_id: maps.trials.get(row.trial_id as number),
          trackable_id: maps.trackables.get(row.trackable_id as number),
        }),
      ),
  };
}
