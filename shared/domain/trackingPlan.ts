// The tracking plan: which built-in measures the person tracks and in what order, their own items after
// them, and the few items pinned to the quick check-in. The check-in, the Journal's day editor, the Trends
// pickers and the report all draw from `formItems`, so "what is tracked" is decided here once. Turning a
// measure off hides it; its history stays in the journal and comes back when it is turned on again.
import { z } from 'zod';
import { MEASURES, MEASURE_KEYS, measuresFor, type Condition, type Measure, type MeasureKey } from './measures';
import { customRef, customRefSchema, type CustomRef, type Trackable, type TrackableGroup } from './trackable';

/** A built-in measure's key ("skinOverall") or one of the person's own items ("custom:gluten"). */
export type ItemRef = MeasureKey | CustomRef;
export const measureKeySchema = z.enum(MEASURE_KEYS as [MeasureKey, ...MeasureKey[]]);
export const itemRefSchema = z.union([measureKeySchema, customRefSchema]);

/** Where the quick check-in sits: above the full form, instead of it (the full form one key away), or off. */
export const QUICK_LAYOUTS = ['above', 'instead', 'off'] as const;
export type QuickLayout = (typeof QUICK_LAYOUTS)[number];

export const MAX_PINS = 5;

/** The check-in's sections, in order. */
export const SECTIONS = ['skin', 'gut', 'food', 'supplements', 'treatments', 'lifestyle', 'other'] as const;
export type Section = (typeof SECTIONS)[number];
export const SECTION_LABELS: Record<Section, string> = {
  skin: 'Skin',
  gut: 'Gut',
  food: 'Food',
  supplements: 'Supplements',
  treatments: 'Treatments',
  lifestyle: 'Stress, sleep and movement',
  other: 'Your other items',
};
const SECTION_OF_GROUP: Record<TrackableGroup, Section> = {
  skin: 'skin',
  gut: 'gut',
  food: 'food',
  treatment: 'treatments',
  lifestyle: 'lifestyle',
  other: 'other',
};

/** One stored row of the plan (built-in measures only; the person's items keep their own order). */
export interface PlanRow {
  key: MeasureKey;
  tracked: boolean;
  position: number;
}

export interface PlannedMeasure {
  key: MeasureKey;
  tracked: boolean;
  /** Whether the person's conditions track it by default. */
  defaultTracked: boolean;
}

/** Every built-in measure once, in the person's order; a measure without a stored row takes its default. */
export function planMeasures(rows: readonly PlanRow[], conditions: readonly Condition[]): PlannedMeasure[] {
  const byDefault = new Set(measuresFor(conditions).map((m) => m.key));
  const stored = new Map(rows.map((r) => [r.key, r]));
  return MEASURES.map((m, index) => {
    const row = stored.get(m.key);
    return {
      key: m.key,
      tracked: row ? row.tracked : byDefault.has(m.key),
      defaultTracked: byDefault.has(m.key),
      // A measure added by a later version of Axis goes after the ones the person ordered.
      order: row ? row.position : 10_000 + index,
    };
  })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...m }) => m);
}

/** One or two skin items per condition, after overall skin (the trial's daily question is added by Today). */
const CONDITION_PINS: Record<Condition, MeasureKey[]> = {
  acne: ['newSpots', 'inflamedSpots'],
  eczema: ['itch', 'dryness'],
  rosacea: ['redness', 'soreness'],
  psoriasis: ['itch', 'dryness'],
};

/** The default pins: overall skin, then the conditions' items, four at most so a trial question still fits. */
export function defaultPins(conditions: readonly Condition[]): ItemRef[] {
  const pins: ItemRef[] = ['skinOverall'];
  for (const c of conditions) for (const k of CONDITION_PINS[c]) if (!pins.includes(k)) pins.push(k);
  return pins.slice(0, MAX_PINS - 1);
}

/** An item of the check-in as the form draws it, built-in or the person's own. */
export interface FormItem {
  ref: ItemRef;
  section: Section;
  label: string;
  question: string;
  kind: Measure['kind'] | 'yesno' | 'number' | 'choice';
  min: number;
  max: number;
  step: number;
  anchors?: readonly [string, string];
  unit?: string;
  options?: readonly string[];
  /** Null for items where neither direction is better. */
  higherIsWorse: boolean | null;
  custom: boolean;
}

export function measureItem(m: Measure): FormItem {
  return {
    ref: m.key as MeasureKey,
    section: m.group,
    label: m.label,
    question: m.question,
    kind: m.kind,
    min: m.min,
    max: m.max,
    step: m.step,
    anchors: m.anchors,
    unit: m.kind === 'hours' ? 'hours' : m.kind === 'minutes' ? 'minutes' : undefined,
    higherIsWorse: m.higherIsWorse,
    custom: false,
  };
}

export function trackableItem(t: Trackable): FormItem {
  const kind: FormItem['kind'] = t.kind === 'rating' ? 'scale' : t.kind;
  return {
    ref: customRef(t.slug),
    section: SECTION_OF_GROUP[t.group],
    label: t.name,
    question: t.question,
    kind,
    min: t.min,
    max: t.max,
    step: t.step,
    anchors: t.kind === 'rating' ? [t.lowWord, t.highWord] : undefined,
    unit: t.unit || undefined,
    options: t.kind === 'choice' ? t.options : undefined,
    higherIsWorse: t.direction === 'neither' ? null : t.direction === 'worse',
    custom: true,
  };
}

/**
 * An own item described as a built-in measure is, for code that draws any measure (Trends, the report): a
 * rating is a 0-10 scale with its end words, yes/no runs 0-1 ("no" to "yes"), a choice from its first option
 * to its last, counts and numbers over their range. `column` is empty: its values are not in check_ins.
 */
export function measureLike(t: Trackable): Measure {
  const anchors: [string, string] | undefined =
    t.kind === 'rating'
      ? [t.lowWord, t.highWord]
      : t.kind === 'yesno'
        ? ['no', 'yes']
        : t.kind === 'choice'
          ? [t.options[0] ?? '', t.options[t.options.length - 1] ?? '']
          : undefined;
  return {
    key: customRef(t.slug),
    column: '',
    group: t.group === 'skin' || t.group === 'gut' || t.group === 'food' ? t.group : 'lifestyle',
    kind: t.kind === 'rating' ? 'scale' : 'count',
    label: t.name,
    question: t.question,
    min: t.min,
    max: t.max,
    step: t.step,
    anchors,
    higherIsWorse: t.direction === 'worse',
  };
}

/**
 * Everything the check-in asks, in order: section by section, the tracked built-in measures in the plan's
 * order, then the person's own items (not archived) in theirs.
 */
export function formItems(plan: readonly PlannedMeasure[], trackables: readonly Trackable[]): FormItem[] {
  const byKey = new Map((MEASURES as readonly Measure[]).map((m) => [m.key, m]));
  const builtIn = plan.filter((p) => p.tracked).map((p) => measureItem(byKey.get(p.key)!));
  const own = trackables
    .filter((t) => t.archivedOn === null)
    .sort((a, b) => a.position - b.position)
    .map(trackableItem);
  return SECTIONS.flatMap((s) => [...builtIn.filter((i) => i.section === s), ...own.filter((i) => i.section === s)]);
}

/** The pins that still name an item the person tracks (a deleted or archived item drops out). */
export function livePins(pins: readonly ItemRef[], items: readonly FormItem[]): FormItem[] {
  return pins.flatMap((p) => items.find((i) => i.ref === p) ?? []);
}
