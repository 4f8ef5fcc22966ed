// The person's own items, loaded once per screen that needs them, and any measure by reference: a built-in
// measure's key ("skinOverall") or an own item's ("custom:gluten"). Screens that draw any measure (Trends,
// the pickers) ask `measureOf`, so an own item is drawn exactly as a built-in measure of its kind.
import { MEASURES, measureByKey, type Measure, type MeasureKey } from '$shared/domain/measures';
import { isCustomRef, slugOfRef, type Trackable } from '$shared/domain/trackable';
import { measureLike } from '$shared/domain/trackingPlan';
import type { TrackingPlanView } from '$shared/contract/personal';
import { api } from './api';

class ItemsStore {
  trackables = $state.raw<Trackable[]>([]);
  plan = $state.raw<TrackingPlanView | null>(null);

  async load(): Promise<void> {
    this.plan = await api.plan.get({});
    this.trackables = this.plan.trackables;
  }

  /** A built-in measure or an own item as a measure; an own item no longer there reads as its short name. */
  measureOf(ref: string): Measure {
    if (!isCustomRef(ref)) return measureByKey(ref as MeasureKey);
    const t = this.trackables.find((x) => x.slug === slugOfRef(ref));
    return t
      ? measureLike(t)
      : { ...measureByKey('skinOverall'), key: ref, column: '', label: slugOfRef(ref), anchors: undefined };
  }

  /** What a picker offers: the tracked built-in measures (and any already chosen), then own items not archived. */
  choices(keep: readonly string[] = []): Measure[] {
    const tracked = new Set(
      this.plan?.measures.filter((m) => m.tracked).map((m) => m.key) ?? MEASURES.map((m) => m.key),
    );
    const builtIn = (MEASURES as readonly Measure[]).filter(
      (m) => tracked.has(m.key as MeasureKey) || keep.includes(m.key),
    );
    const own = this.trackables
      .filter((t) => t.archivedOn === null || keep.includes(`custom:${t.slug}`))
      .map(measureLike);
    return [...builtIn, ...own];
  }
}

export const items = new ItemsStore();
