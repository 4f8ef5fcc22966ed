// The person's own trackables: add, edit (the wording, never the range), reorder, archive and delete, and
// their values on a day. A value is checked against its item here, in words, and again by the database's
// triggers (migration 006), so no path can store a value outside its range. Items a trial relies on are
// protected: one a trial uses cannot be deleted, one a running or planned trial uses cannot be archived.
import type { Day } from '$shared/domain/day';
import {
  customRef,
  rangeOf,
  slugify,
  valueProblem,
  type ParsedTrackableInput,
  type Trackable,
  type TrackableGroup,
} from '$shared/domain/trackable';
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import { sql } from '../db/statements';
import { nowIso, type ServiceContext } from '../context';
import { today } from './settings';
import { trialsUsing } from '../trials/itemUses';

interface TrackableRow {
  id: number;
  slug: string;
  name: string;
  kind: Trackable['kind'];
  item_group: TrackableGroup;
  direction: Trackable['direction'];
  question: string;
  min: number;
  max: number;
  step: number;
  unit: string;
  low_word: string;
  high_word: string;
  options: string;
  position: number;
  archived_on: string | null;
  days: number;
}

const toTrackable = (r: TrackableRow): Trackable => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  kind: r.kind,
  group: r.item_group,
  direction: r.direction,
  question: r.question,
  min: r.min,
  max: r.max,
  step: r.step,
  unit: r.unit,
  lowWord: r.low_word,
  highWord: r.high_word,
  options: JSON.parse(r.options) as string[],
  position: r.position,
  archivedOn: r.archived_on,
  days: r.days,
});

const SELECT = `SELECT t.*, (SELECT count(*) FROM trackable_values v WHERE v.trackable_id = t.id) AS days FROM trackables t`;

/** Every item, archived ones too, in the person's order. */
export function listTrackables(ctx: ServiceContext): Trackable[] {
  return (sql(ctx.db, `${SELECT} ORDER BY t.position, t.id`).all() as TrackableRow[]).map(toTrackable);
}

export function findTrackable(ctx: ServiceContext, slug: string): Trackable | null {
  const row = sql(ctx.db, `${SELECT} WHERE t.slug = ?`).get(slug) as TrackableRow | undefined;
  return row ? toTrackable(row) : null;
}

export function trackableBySlug(ctx: ServiceContext, slug: string): Trackable {
  const t = findTrackable(ctx, slug);
  if (!t)
    throw new UserFacingError(
      'not-found',
      `You have no item called "${slug}". Add it in Settings → What you track, or check its short name with \`trackables list\`.`,
    );
  return t;
}

function refuseDuplicateName(ctx: ServiceContext, name: string, exceptId = 0): void {
  const same = sql(ctx.db, 'SELECT name, archived_on FROM trackables WHERE lower(name) = lower(?) AND id <> ?').get(
    name,
    exceptId,
  ) as { name: string; archived_on: string | null } | undefined;
  if (!same) return;
  throw new UserFacingError(
    'conflict',
    same.archived_on
      ? `You already have an archived item called "${same.name}". Bring it back from the archive, or choose another name.`
      : `You already track an item called "${same.name}". Choose another name, e.g. "${name} (evening)".`,
  );
}

function freeSlug(ctx: ServiceContext, name: string): string {
  const base = slugify(name);
  const taken = sql(ctx.db, 'SELECT 1 FROM trackables WHERE slug = ?');
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 44)}-${n}`;
    if (!taken.get(slug)) return slug;
  }
}

export function addTrackable(ctx: ServiceContext, input: ParsedTrackableInput): OutputOf<'trackables.add'> {
  refuseDuplicateName(ctx, input.name);
  const count = (sql(ctx.db, 'SELECT count(*) AS n FROM trackables').get() as { n: number }).n;
  if (count >= 200)
    throw new UserFacingError('conflict', 'You have 200 items already. Delete or archive some before adding more.');
  const { min, max, step } = rangeOf(input);
  const at = nowIso(ctx);
  const position = (sql(ctx.db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM trackables').get() as { p: number }).p;
  const { lastInsertRowid } = sql(
    ctx.db,
    `INSERT INTO trackables (slug, name, kind, item_group, direction, question, min, max, step, unit, low_word, high_word,
       options, position, archived_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(
    freeSlug(ctx, input.name),
    input.name,
    input.kind,
    input.group,
    input.direction,
    input.question,
    min,
    max,
    step,
    input.kind === 'number' ? input.unit : '',
    input.kind === 'rating' ? input.lowWord : '',
    input.kind === 'rating' ? input.highWord : '',
    JSON.stringify(input.kind === 'choice' ? input.options : []),
    Math.min(position, 10_000),
    at,
    at,
  );
  const row = sql(ctx.db, `${SELECT} WHERE t.id = ?`).get(Number(lastInsertRowid)) as TrackableRow;
  return { trackable: toTrackable(row) };
}

export function editTrackable(
  ctx: ServiceContext,
  input: ParsedInputOf<'trackables.edit'>,
): OutputOf<'trackables.edit'> {
  const t = trackableBySlug(ctx, input.slug);
  if ((input.lowWord !== undefined || input.highWord !== undefined) && t.kind !== 'rating')
    throw new UserFacingError('invalid-input', `${t.name} is not a rating, so it has no end words to change.`);
  if (input.unit !== undefined && t.kind !== 'number')
    throw new UserFacingError('invalid-input', `${t.name} is not a number with a unit, so it has no unit to change.`);
  const name = input.name ?? t.name;
  refuseDuplicateName(ctx, name, t.id);
  if (input.direction !== undefined && input.direction !== t.direction && input.direction === 'neither') {
    const uses = trialsUsing(ctx, customRef(t.slug), { asOutcome: true });
    if (uses.length > 0)
      throw new UserFacingError(
        'conflict',
        `${t.name} is the outcome of your "${uses[0]!.name}" trial, which needs to know whether higher is worse or better. Nothing was changed.`,
      );
  }
  // The slug stays: files, pins and trials refer to it, so a rename changes the label and no stored value.
  sql(
    ctx.db,
    `UPDATE trackables SET name = ?, item_group = ?, direction = ?, question = ?, low_word = ?, high_word = ?, unit = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    name,
    input.group ?? t.group,
    input.direction ?? t.direction,
    input.question ?? t.question,
    input.lowWord ?? t.lowWord,
    input.highWord ?? t.highWord,
    input.unit ?? t.unit,
    nowIso(ctx),
    t.id,
  );
  return { trackable: trackableBySlug(ctx, t.slug) };
}

export function reorderTrackables(
  ctx: ServiceContext,
  { slugs }: ParsedInputOf<'trackables.reorder'>,
): OutputOf<'trackables.list'> {
  const all = listTrackables(ctx);
  const known = new Set(all.map((t) => t.slug));
  const unknown = slugs.find((s) => !known.has(s));
  if (unknown) throw new UserFacingError('not-found', `You have no item called "${unknown}". Nothing was reordered.`);
  if (slugs.length !== all.length)
    throw new UserFacingError(
      'invalid-input',
      `List every one of your ${all.length} items once, in the order you want them. Nothing was reordered.`,
    );
  const move = sql(ctx.db, 'UPDATE trackables SET position = ?, updated_at = ? WHERE slug = ?');
  slugs.forEach((slug, i) => move.run(i, nowIso(ctx), slug));
  return listTrackables(ctx);
}

export function archiveTrackable(
  ctx: ServiceContext,
  { slug, archived }: ParsedInputOf<'trackables.archive'>,
): OutputOf<'trackables.archive'> {
  const t = trackableBySlug(ctx, slug);
  if (archived && t.archivedOn === null) {
    const running = trialsUsing(ctx, customRef(slug), { runningOnly: true });
    if (running.length > 0)
      throw new UserFacingError(
        'conflict',
        `${t.name} is ${running[0]!.role} your "${running[0]!.name}" trial, which is still ${running[0]!.status}. Archive it after the trial ends. Nothing was changed.`,
      );
  }
  sql(ctx.db, 'UPDATE trackables SET archived_on = ?, updated_at = ? WHERE id = ?').run(
    archived ? (t.archivedOn ?? today(ctx)) : null,
    nowIso(ctx),
    t.id,
  );
  if (archived) sql(ctx.db, 'DELETE FROM quick_pins WHERE item = ?').run(customRef(slug));
  return { trackable: trackableBySlug(ctx, slug) };
}

export function deleteTrackable(
  ctx: ServiceContext,
  { slug, confirmDays }: ParsedInputOf<'trackables.delete'>,
): OutputOf<'trackables.delete'> {
  const t = trackableBySlug(ctx, slug);
  const uses = trialsUsing(ctx, customRef(slug), {});
  if (uses.length > 0)
    throw new UserFacingError(
      'conflict',
      `${t.name} is ${uses[0]!.role} your "${uses[0]!.name}" trial, whose results need its values. Archive it instead to hide it from the check-in. Nothing was deleted.`,
    );
  if (confirmDays !== t.days)
    throw new UserFacingError(
      'conflict',
      `${t.name} holds a value on ${t.days === 1 ? '1 day' : `${t.days} days`}, and deleting it removes ${t.days === 1 ? 'it' : 'them all'}. To delete it, confirm ${t.days} days; to keep its history, archive it instead. Nothing was deleted.`,
    );
  sql(ctx.db, 'DELETE FROM quick_pins WHERE item = ?').run(customRef(slug));
  sql(ctx.db, 'DELETE FROM trackables WHERE id = ?').run(t.id);
  return { deleted: t.name, days: t.days };
}

// --- values on a day --------------------------------------------------------------------------------------

/** The day's values by slug (archived items included: their history stays). */
export function customValuesOf(ctx: ServiceContext, day: Day): Record<string, number> {
  const rows = sql(
    ctx.db,
    'SELECT t.slug, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id WHERE v.day = ? ORDER BY t.position, t.id',
  ).all(day) as { slug: string; value: number }[];
  return Object.fromEntries(rows.map((r) => [r.slug, r.value]));
}

/** What checking a value needs, for every item in one read (without the days count, which costs a scan). */
export function rangesBySlug(
  ctx: ServiceContext,
): Map<string, Pick<Trackable, 'id' | 'name' | 'kind' | 'min' | 'max' | 'step' | 'options' | 'archivedOn' | 'group'>> {
  const rows = sql(
    ctx.db,
    'SELECT id, slug, name, kind, item_group, min, max, step, options, archived_on FROM trackables ORDER BY position, id',
  ).all() as Omit<TrackableRow, 'days' | 'direction' | 'question' | 'unit' | 'low_word' | 'high_word' | 'position'>[];
  return new Map(
    rows.map((r) => [
      r.slug,
      {
        id: r.id,
        name: r.name,
        kind: r.kind,
        group: r.item_group,
        min: r.min,
        max: r.max,
        step: r.step,
        options: JSON.parse(r.options) as string[],
        archivedOn: r.archived_on,
      },
    ]),
  );
}

/** Writes the values sent (null clears one); the day's check-in row must exist. Refuses before writing any. */
export function saveCustomValues(ctx: ServiceContext, day: Day, values: Record<string, number | null>): void {
  const checked: { id: number; value: number | null }[] = [];
  const known = rangesBySlug(ctx);
  for (const [slug, value] of Object.entries(values)) {
    const t = known.get(slug);
    if (!t)
      throw new UserFacingError(
        'not-found',
        `Nothing was saved: you have no item called "${slug}". Add it in Settings → What you track first.`,
      );
    if (value !== null) {
      if (t.archivedOn !== null)
        throw new UserFacingError(
          'conflict',
          `Nothing was saved: ${t.name} is archived. Bring it back in Settings → What you track to log it again.`,
        );
      const problem = valueProblem(t, value);
      if (problem) throw new UserFacingError('invalid-input', `Nothing was saved: ${problem}.`);
    }
    checked.push({ id: t.id, value });
  }
  const upsert = sql(
    ctx.db,
    'INSERT INTO trackable_values (day, trackable_id, value) VALUES (?, ?, ?) ON CONFLICT(day, trackable_id) DO UPDATE SET value = excluded.value',
  );
  const remove = sql(ctx.db, 'DELETE FROM trackable_values WHERE day = ? AND trackable_id = ?');
  for (const { id, value } of checked) {
    if (value === null) remove.run(day, id);
    else upsert.run(day, id, value);
  }
}
