// The person's own trackables: items they add to the check-in beside the built-in measures (gluten, "itch
// woke me", joint pain, cycle day). Each has a kind that fixes its range once and for all (a rating is 0-10
// with two end words, a count runs from 0 to its maximum, yes/no is 0 or 1, a number has a unit and a range,
// a choice is one of a short list stored as its position), so a stored value always means what it meant when
// it was entered: renaming changes the label, never a value. Values live in trackable_values, keyed by
// (day, trackable), and the database refuses a value outside its trackable's range as the service does.
import { z } from 'zod';
import { daySchema } from './day';

export const TRACKABLE_KINDS = ['rating', 'count', 'yesno', 'number', 'choice'] as const;
export type TrackableKind = (typeof TRACKABLE_KINDS)[number];
export const KIND_LABELS: Record<TrackableKind, string> = {
  rating: '0-10 rating',
  count: 'Count',
  yesno: 'Yes or no',
  number: 'Number with a unit',
  choice: 'One of a short list',
};

export const TRACKABLE_GROUPS = ['skin', 'gut', 'food', 'treatment', 'lifestyle', 'other'] as const;
export type TrackableGroup = (typeof TRACKABLE_GROUPS)[number];
export const GROUP_LABELS: Record<TrackableGroup, string> = {
  skin: 'Skin symptom',
  gut: 'Gut',
  food: 'Food or drink',
  treatment: 'Treatment',
  lifestyle: 'Lifestyle',
  other: 'Other',
};

/** "Higher is worse / better / neither": colours, wording and whether it can be a trial's outcome. */
export const DIRECTIONS = ['worse', 'better', 'neither'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  worse: 'Higher is worse',
  better: 'Higher is better',
  neither: 'Neither',
};

/** A stable name for the item in files and references ("itch-woke-me"): set once from the first name. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z
  .string()
  .max(48)
  .regex(SLUG_PATTERN, { message: 'must be lower-case letters, digits and single dashes ("itch-woke-me")' });

/** How a custom item is referred to beside built-in measure keys: "custom:<slug>". */
export const CUSTOM_PREFIX = 'custom:';
export type CustomRef = `custom:${string}`;
export const customRefSchema = z
  .string()
  .max(CUSTOM_PREFIX.length + 48)
  .refine((s) => s.startsWith(CUSTOM_PREFIX) && SLUG_PATTERN.test(s.slice(CUSTOM_PREFIX.length)), {
    message: 'must be "custom:" and the item\'s short name, e.g. "custom:gluten"',
  })
  .transform((s) => s as CustomRef);
export const isCustomRef = (s: string): s is CustomRef =>
  s.startsWith(CUSTOM_PREFIX) && SLUG_PATTERN.test(s.slice(CUSTOM_PREFIX.length));
export const customRef = (slug: string): CustomRef => `${CUSTOM_PREFIX}${slug}`;
export const slugOfRef = (ref: CustomRef): string => ref.slice(CUSTOM_PREFIX.length);

/** A name as the person typed it → its slug: lower case, accents dropped, anything else a dash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** Largest values any kind allows: beyond any real count or measurement, small enough to stay exact. */
export const VALUE_LIMIT = 1_000_000;

const words = (what: string) =>
  z
    .string({ error: `a rating needs words for both ends (${what}), e.g. "none" and "worst ever"` })
    .trim()
    .min(1, { message: `a rating needs words for both ends (${what}), e.g. "none" and "worst ever"` })
    .max(40);

const baseShape = {
  name: z
    .string({ error: 'needs a name, e.g. "Gluten" or "Itch woke me"' })
    .trim()
    .min(1, { message: 'needs a name, e.g. "Gluten" or "Itch woke me"' })
    .max(60, { message: 'a name can be at most 60 characters' }),
  group: z.enum(TRACKABLE_GROUPS),
  direction: z.enum(DIRECTIONS),
  /** The question as the check-in asks it; empty: the name alone. */
  question: z.string().trim().max(200).default(''),
};

/** What defines the values (fixed at creation). */
const kindShapes = {
  rating: { kind: z.literal('rating'), lowWord: words('0'), highWord: words('10') },
  count: {
    kind: z.literal('count'),
    max: z
      .number({ error: 'a count needs a maximum, a whole number from 1 to 10,000' })
      .int({ message: 'a count needs a whole-number maximum' })
      .min(1, { message: 'a count needs a maximum of at least 1' })
      .max(10_000, { message: 'a count can go up to 10,000 at most' }),
  },
  yesno: { kind: z.literal('yesno') },
  number: {
    kind: z.literal('number'),
    unit: z.string().trim().max(20).default(''),
    min: z.number({ error: 'a number needs its smallest value' }).finite().min(-VALUE_LIMIT).max(VALUE_LIMIT),
    max: z.number({ error: 'a number needs its largest value' }).finite().min(-VALUE_LIMIT).max(VALUE_LIMIT),
    /** Decimal places kept: 0 whole numbers, 1 tenths, 2 hundredths. */
    decimals: z.number().int().min(0).max(2).default(0),
  },
  choice: {
    kind: z.literal('choice'),
    options: z
      .array(z.string().trim().min(1, { message: 'an option cannot be empty' }).max(40), {
        error: 'a choice needs its options, e.g. ["light", "medium", "heavy"]',
      })
      .min(2, { message: 'a choice needs at least 2 options' })
      .max(10, { message: 'a choice can have at most 10 options' })
      .refine((o) => new Set(o.map((x) => x.toLowerCase())).size === o.length, {
        message: 'lists the same option twice',
      }),
  },
} as const;

export const trackableInputSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ ...baseShape, ...kindShapes.rating }),
      z.strictObject({ ...baseShape, ...kindShapes.count }),
      z.strictObject({ ...baseShape, ...kindShapes.yesno }),
      z.strictObject({ ...baseShape, ...kindShapes.number }),
      z.strictObject({ ...baseShape, ...kindShapes.choice }),
    ],
    { error: `kind must be one of ${TRACKABLE_KINDS.join(', ')}` },
  )
  .superRefine((v, ctx) => {
    if (v.kind === 'number' && v.min >= v.max)
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `the largest value must be above the smallest (${v.min}): e.g. 0 to 100`,
      });
  });
export type TrackableInput = z.input<typeof trackableInputSchema>;
export type ParsedTrackableInput = z.output<typeof trackableInputSchema>;

/** What can be changed later: wording, group, direction, end words, unit. Never the kind or the range. */
export const trackableEditSchema = z.strictObject({
  slug: slugSchema,
  name: baseShape.name.optional(),
  group: baseShape.group.optional(),
  direction: baseShape.direction.optional(),
  question: z.string().trim().max(200).optional(),
  lowWord: words('0').optional(),
  highWord: words('10').optional(),
  unit: z.string().trim().max(20).optional(),
});

export const trackableSchema = z.strictObject({
  id: z.number().int().positive(),
  slug: slugSchema,
  name: z.string(),
  kind: z.enum(TRACKABLE_KINDS),
  group: z.enum(TRACKABLE_GROUPS),
  direction: z.enum(DIRECTIONS),
  question: z.string(),
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
  unit: z.string(),
  lowWord: z.string(),
  highWord: z.string(),
  options: z.array(z.string()),
  position: z.number().int().min(0),
  archivedOn: daySchema.nullable(),
  /** Days holding a value (for the delete confirmation and the plan). */
  days: z.number().int().min(0),
});
export type Trackable = z.infer<typeof trackableSchema>;

/** The range a kind gives an input, as stored. */
export function rangeOf(input: ParsedTrackableInput): { min: number; max: number; step: number } {
  switch (input.kind) {
    case 'rating':
      return { min: 0, max: 10, step: 1 };
    case 'count':
      return { min: 0, max: input.max, step: 1 };
    case 'yesno':
      return { min: 0, max: 1, step: 1 };
    case 'number':
      return { min: input.min, max: input.max, step: 10 ** -input.decimals };
    case 'choice':
      return { min: 0, max: input.options.length - 1, step: 1 };
  }
}

type Ranged = Pick<Trackable, 'name' | 'kind' | 'min' | 'max' | 'step' | 'options'>;

/** What is wrong with a value for this item, in words that say what to enter; null when it fits. */
export function valueProblem(t: Ranged, value: number): string | null {
  if (!Number.isFinite(value)) return `${t.name} needs a number`;
  if (value < t.min || value > t.max) {
    if (t.kind === 'yesno') return `${t.name} is yes (1) or no (0), not ${value}`;
    if (t.kind === 'choice')
      return `${t.name} is one of ${t.options.map((o, i) => `${i} (${o})`).join(', ')}, not ${value}`;
    return `${t.name} must be from ${t.min} to ${t.max}, not ${value}`;
  }
  const steps = (value - t.min) / t.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-6)
    return t.step === 1 ? `${t.name} takes whole numbers, not ${value}` : `${t.name} takes steps of ${t.step}`;
  return null;
}

/** A stored value in words ("yes", "heavy", "3 km", "7/10"). */
export function valueText(t: Pick<Trackable, 'kind' | 'unit' | 'options'>, value: number): string {
  switch (t.kind) {
    case 'yesno':
      return value >= 1 ? 'yes' : 'no';
    case 'choice':
      return t.options[Math.round(value)] ?? String(value);
    case 'rating':
      return `${value}/10`;
    case 'number':
      return t.unit ? `${value} ${t.unit}` : String(value);
    case 'count':
      return String(value);
  }
}

/** Whether a higher value is worse, as the trial analysis and trend colours need it (null: neither). */
export const higherIsWorseOf = (d: Direction): boolean | null => (d === 'neither' ? null : d === 'worse');

/** Suggested starters: one click adds one (nothing is pre-made). Wording is the project's own. */
export const STARTERS: readonly (ParsedTrackableInput & { id: string })[] = [
  { id: 'gluten', name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither', question: 'Any gluten today?' },
  { id: 'eggs', name: 'Eggs', kind: 'yesno', group: 'food', direction: 'neither', question: 'Any eggs today?' },
  {
    id: 'alcohol',
    name: 'Alcohol',
    kind: 'count',
    max: 30,
    group: 'food',
    direction: 'neither',
    question: 'Drinks of alcohol today',
  },
  {
    id: 'caffeine',
    name: 'Caffeine',
    kind: 'count',
    max: 20,
    group: 'food',
    direction: 'neither',
    question: 'Cups of coffee, tea or energy drinks today',
  },
  {
    id: 'new-skincare',
    name: 'New skincare product',
    kind: 'yesno',
    group: 'treatment',
    direction: 'neither',
    question: 'Did you use a skincare product that is new to you?',
  },
  {
    id: 'cycle-day',
    name: 'Menstrual cycle day',
    kind: 'number',
    unit: 'day',
    min: 1,
    max: 60,
    decimals: 0,
    group: 'other',
    direction: 'neither',
    question: 'Which day of your cycle is it?',
  },
  { id: 'period', name: 'Period', kind: 'yesno', group: 'other', direction: 'neither', question: 'On your period?' },
  {
    id: 'burning',
    name: 'Burning or stinging',
    kind: 'rating',
    lowWord: 'none',
    highWord: 'severe',
    group: 'skin',
    direction: 'worse',
    question: 'How much did your skin burn or sting?',
  },
  {
    id: 'flushing',
    name: 'Flushing episodes',
    kind: 'count',
    max: 50,
    group: 'skin',
    direction: 'worse',
    question: 'How many times did you flush today?',
  },
  {
    id: 'itch-woke',
    name: 'Itch woke me',
    kind: 'yesno',
    group: 'skin',
    direction: 'worse',
    question: 'Did itch wake you last night?',
  },
  {
    id: 'weeping',
    name: 'Weeping or cracked skin',
    kind: 'rating',
    lowWord: 'none',
    highWord: 'severe',
    group: 'skin',
    direction: 'worse',
    question: 'How much did your skin weep, ooze or crack?',
  },
  {
    id: 'joint-pain',
    name: 'Joint pain',
    kind: 'rating',
    lowWord: 'none',
    highWord: 'severe',
    group: 'other',
    direction: 'worse',
    question: 'How much did your joints hurt?',
  },
  {
    id: 'palms',
    name: 'Affected area in palms',
    kind: 'number',
    unit: 'palms',
    min: 0,
    max: 100,
    decimals: 1,
    group: 'skin',
    direction: 'worse',
    question: 'How many of your palms would cover the affected skin?',
  },
];
