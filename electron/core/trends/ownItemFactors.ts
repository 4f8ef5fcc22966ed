// The person's own items as factors of "what moves with my skin": the input side of the associations only.
// Each own item that is not a skin symptom is read through its index and laid out on the same day axis as
// the built-in factors (NaN where not logged), and then judged by exactly the same statistics; nothing here
// computes any. An item's group decides where it is listed: food with food, gut with gut, everything else
// with the day's lifestyle.
import type { Day } from '$shared/domain/day';
import type { MeasureKind } from '$shared/domain/measures';
import type { ServiceContext } from '../context';
import { rangesBySlug } from '../journal/trackables';
import { ownItemDense } from './items';

export interface OwnItemFactor {
  key: string;
  label: string;
  kind: MeasureKind;
  group: 'food' | 'gut' | 'lifestyle';
  values: Float64Array;
}

export function ownItemFactors(
  ctx: ServiceContext,
  axis: { start: number; length: number },
  from: Day,
  to: Day,
): OwnItemFactor[] {
  return [...rangesBySlug(ctx)]
    .filter(([, t]) => t.archivedOn === null && t.group !== 'skin')
    .map(([slug, t]) => ({
      key: `custom:${slug}`,
      label: t.name,
      kind: t.kind === 'rating' ? 'scale' : 'count',
      group: t.group === 'food' || t.group === 'gut' ? t.group : 'lifestyle',
      values: ownItemDense(ctx, t.id, axis.start, axis.length, from, to),
    }));
}
