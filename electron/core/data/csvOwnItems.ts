// The CSV export's columns for the person's own items and treatments: every item ever made (archived ones
// keep their history), each day's values by slug, and the names of the treatments used each day (made
// distinct as the supplement columns are).
import { uniqueSupplementNames, type CsvItem } from '$shared/export/csvColumns';
import type { ServiceContext } from '../context';
import { listTrackables } from '../journal/trackables';

export function ownItemColumns(ctx: ServiceContext): {
  items: CsvItem[];
  values: Map<string, Record<string, number>>;
  treatmentNames: string[];
  used: Map<string, string[]>;
} {
  const items = listTrackables(ctx).map(({ slug, kind, unit, options }) => ({ slug, kind, unit, options }));
  const values = new Map<string, Record<string, number>>();
  for (const r of ctx.db
    .prepare(
      'SELECT v.day, t.slug, v.value FROM trackable_values v JOIN trackables t ON t.id = v.trackable_id ORDER BY v.day',
    )
    .all() as { day: string; slug: string; value: number }[]) {
    const day = values.get(r.day) ?? {};
    day[r.slug] = r.value;
    values.set(r.day, day);
  }
  const usedTreatments = ctx.db
    .prepare(
      'SELECT DISTINCT t.id, t.name FROM treatments t JOIN treatment_uses u ON u.treatment_id = t.id ORDER BY t.id',
    )
    .all() as { id: number; name: string }[];
  const names = uniqueSupplementNames(usedTreatments);
  const used = new Map<string, string[]>();
  for (const r of ctx.db
    .prepare('SELECT day, treatment_id AS id FROM treatment_uses ORDER BY day, treatment_id')
    .all() as {
    day: string;
    id: number;
  }[])
    used.set(r.day, [...(used.get(r.day) ?? []), names.get(r.id)!]);
  return { items, values, treatmentNames: [...names.values()], used };
}
