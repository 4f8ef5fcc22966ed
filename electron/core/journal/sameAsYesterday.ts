// "Same as yesterday" for the whole check-in. What a person eats, takes and does is often the same from one
// day to the next; how their skin and gut felt is the very thing being measured, so symptoms are never
// copied (a copied score would look like a real observation to every trend and trial), and neither are
// notes. Only what is still empty today is filled: nothing already typed is ever overwritten. The answer says
// what was copied, so the check-in can mark it for the person to look over.
import { addDays, type Day } from '$shared/domain/day';
import { MEASURES, type Measure, type MeasureKey } from '$shared/domain/measures';
import type { CheckInValues } from '$shared/domain/checkIn';
import type { OutputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import { dayInWords } from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { getCheckIn, saveCheckIn } from './checkIns';
import { listTrackables } from './trackables';

/** Built-in groups whose answers describe the day's inputs rather than its symptoms. */
const COPIED_GROUPS: ReadonlySet<Measure['group']> = new Set(['food', 'lifestyle']);
/** The person's own groups that are symptoms. */
const SYMPTOM_GROUPS: ReadonlySet<string> = new Set(['skin', 'gut']);

/** How far back "yesterday" may be: the last day logged in the week before. */
const LOOK_BACK_DAYS = 7;

export function sameAsYesterday(ctx: ServiceContext, { day }: { day: Day }): OutputOf<'checkIns.sameAsYesterday'> {
  const previous = sql(ctx.db, 'SELECT day FROM check_ins WHERE day < ? AND day >= ? ORDER BY day DESC LIMIT 1').get(
    day,
    addDays(day, -LOOK_BACK_DAYS),
  ) as { day: string } | undefined;
  const now = getCheckIn(ctx, { day });
  if (!previous)
    throw new UserFacingError(
      'not-found',
      `Nothing was copied: no day was logged in the week before ${dayInWords(day)}. Fill in today's answers as usual.`,
    );
  const source = getCheckIn(ctx, { day: previous.day })!;
  const empty = (v: unknown) => v === null || v === undefined;
  const values: CheckInValues = {};
  const copied: string[] = [];

  for (const m of MEASURES as readonly Measure[]) {
    const key = m.key as MeasureKey;
    if (!COPIED_GROUPS.has(m.group) || empty(source[key]) || !empty(now?.[key])) continue;
    values[key] = source[key];
    copied.push(key);
  }
  if (source.exerciseKind !== null && empty(now?.exerciseKind)) {
    values.exerciseKind = source.exerciseKind;
    copied.push('exerciseKind');
  }
  if (source.supplements.length > 0 && (now?.supplements.length ?? 0) === 0) {
    // Only supplements still in the regimen on this day.
    const active = new Set(
      (
        sql(ctx.db, 'SELECT id FROM supplements WHERE stopped_on IS NULL OR stopped_on > ?').all(day) as {
          id: number;
        }[]
      ).map((r) => r.id),
    );
    const taken = source.supplements.filter((s) => active.has(s.supplementId));
    if (taken.length > 0) {
      values.supplements = taken;
      copied.push('supplements');
    }
  }
  if (source.treatments.length > 0 && (now?.treatments.length ?? 0) === 0) {
    const active = new Set(
      (
        sql(ctx.db, 'SELECT id FROM treatments WHERE stopped_on IS NULL OR stopped_on > ?').all(day) as {
          id: number;
        }[]
      ).map((r) => r.id),
    );
    const used = source.treatments.filter((id) => active.has(id));
    if (used.length > 0) {
      values.treatments = used;
      copied.push('treatments');
    }
  }
  const custom: Record<string, number> = {};
  for (const t of listTrackables(ctx)) {
    const v = source.custom[t.slug];
    if (v === undefined || t.archivedOn !== null || SYMPTOM_GROUPS.has(t.group) || now?.custom[t.slug] !== undefined)
      continue;
    custom[t.slug] = v;
    copied.push(`custom:${t.slug}`);
  }
  if (Object.keys(custom).length > 0) values.custom = custom;

  const { checkIn } = saveCheckIn(ctx, { day, values });
  return { checkIn, from: previous.day, copied };
}
