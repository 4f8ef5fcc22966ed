// The choices on the Trends screen, kept for the session so that going to Today and back finds the same
// chart. Answers are not kept here: they are fetched afresh, because a check-in may have changed them.
import { MEASURE_KEYS, measureByKey, type MeasureKey } from '$shared/domain/measures';
import { isCustomRef } from '$shared/domain/trackable';
import type { ItemRef } from '$shared/domain/trackingPlan';
import { RANGE_PRESETS, type DayRange, type RangePreset } from '$shared/trends/ranges';

export type Period = 'week' | 'month';

class TrendsChoices {
  preset = $state<RangePreset>('3m');
  custom = $state<DayRange | null>(null);
  primary = $state<ItemRef>('skinOverall');
  overlay = $state<ItemRef | ''>('');
  /** Null: weeks for ranges up to about half a year, months beyond. */
  period = $state<Period | null>(null);

  /**
   * `#/trends/1y` opens the screen on that range (the renderer benchmark uses it); `#/trends/stress` on that
   * measure, beside the overall skin score unless it is a skin measure itself (the guide's links).
   */
  applyParam(param: string | null): void {
    if (param && param !== 'custom' && (RANGE_PRESETS as readonly string[]).includes(param))
      this.preset = param as RangePreset;
    else if (param && ((MEASURE_KEYS as readonly string[]).includes(param) || isCustomRef(param))) {
      this.primary = param as ItemRef;
      this.overlay = !isCustomRef(param) && measureByKey(param as MeasureKey).group === 'skin' ? '' : 'skinOverall';
    }
  }
}

export const choices = new TrendsChoices();

/** Runs the latest request of each kind only: an answer that arrives after a newer request is dropped. */
export class Latest {
  private counts = new Map<string, number>();
  async run<T>(kind: string, request: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const mine = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, mine);
    const value = await request();
    if (this.counts.get(kind) === mine) apply(value);
  }
}
