// Every number a check-in can hold, described once. The check-in form, the database columns, trends, trial
// outcomes, CSV export and reports all read this list, so a new measure is added here and nowhere else.
// Wording is the project's own: no text of a licensed questionnaire (DLQI, POEM, Peak Pruritus NRS and the
// like) and no published stool chart.

export const CONDITIONS = ['acne', 'eczema', 'rosacea', 'psoriasis'] as const;
export type Condition = (typeof CONDITIONS)[number];

export const CONDITION_LABELS: Record<Condition, string> = {
  acne: 'Acne',
  eczema: 'Eczema',
  rosacea: 'Rosacea',
  psoriasis: 'Psoriasis',
};

export type MeasureGroup = 'skin' | 'gut' | 'food' | 'lifestyle';
export type MeasureKind = 'scale' | 'count' | 'hours' | 'minutes' | 'stool';

export interface Measure {
  key: string;
  /** Column name in the check_ins table (snake case). */
  column: string;
  group: MeasureGroup;
  kind: MeasureKind;
  label: string;
  /** The question as the person reads it. */
  question: string;
  min: number;
  max: number;
  step: number;
  /** For 0-10 scales: what the two ends mean. */
  anchors?: [string, string];
  /** Shown only when one of these conditions is tracked; undefined means always shown. */
  conditions?: readonly Condition[];
  /** True when a higher value is worse for the person (used for wording and colours). */
  higherIsWorse: boolean;
}

const scale = <K extends string>(
  key: K,
  column: string,
  group: MeasureGroup,
  label: string,
  question: string,
  anchors: [string, string],
  higherIsWorse: boolean,
  conditions?: readonly Condition[],
): Measure & { key: K } => ({
  key,
  column,
  group,
  kind: 'scale',
  label,
  question,
  min: 0,
  max: 10,
  step: 1,
  anchors,
  higherIsWorse,
  conditions,
});

const servings = <K extends string>(
  key: K,
  column: string,
  label: string,
  question: string,
  higherIsWorse: boolean,
): Measure & { key: K } => ({
  key,
  column,
  group: 'food',
  kind: 'count',
  label,
  question,
  min: 0,
  max: 20,
  step: 1,
  higherIsWorse,
});

export const MEASURES = [
  scale(
    'skinOverall',
    'skin_overall',
    'skin',
    'Overall skin',
    'Over the past 24 hours, how troubled was your skin overall?',
    ['clear and calm', 'as bad as it gets'],
    true,
  ),
  scale('itch', 'itch', 'skin', 'Itch', 'How strong was the itch at its worst?', ['no itch', 'unbearable'], true, [
    'eczema',
    'psoriasis',
  ]),
  scale(
    'redness',
    'redness',
    'skin',
    'Redness or flushing',
    'How red or flushed was your skin?',
    ['none', 'intense'],
    true,
    ['rosacea', 'eczema', 'psoriasis', 'acne'],
  ),
  scale(
    'soreness',
    'soreness',
    'skin',
    'Soreness or pain',
    'How sore or painful was your skin?',
    ['none', 'severe'],
    true,
  ),
  scale(
    'dryness',
    'dryness',
    'skin',
    'Dryness or scaling',
    'How dry, flaky or scaly was your skin?',
    ['none', 'severe'],
    true,
    ['eczema', 'psoriasis'],
  ),
  {
    key: 'newSpots' as const,
    column: 'new_spots',
    group: 'skin',
    kind: 'count',
    label: 'New spots',
    question: 'How many new spots appeared today?',
    min: 0,
    max: 200,
    step: 1,
    higherIsWorse: true,
    conditions: ['acne', 'rosacea'],
  },
  {
    key: 'inflamedSpots' as const,
    column: 'inflamed_spots',
    group: 'skin',
    kind: 'count',
    label: 'Inflamed spots',
    question: 'How many red, swollen spots are there now?',
    min: 0,
    max: 200,
    step: 1,
    higherIsWorse: true,
    conditions: ['acne'],
  },
  {
    key: 'stoolForm' as const,
    column: 'stool_form',
    group: 'gut',
    kind: 'stool',
    label: 'Stool form',
    question: 'Which picture is closest to your stool today?',
    min: 1,
    max: 7,
    step: 1,
    higherIsWorse: false,
  },
  {
    key: 'bowelMovements' as const,
    column: 'bowel_movements',
    group: 'gut',
    kind: 'count',
    label: 'Bowel movements',
    question: 'How many times did you open your bowels?',
    min: 0,
    max: 20,
    step: 1,
    higherIsWorse: false,
  },
  scale('bloating', 'bloating', 'gut', 'Bloating', 'How bloated did you feel?', ['not at all', 'extremely'], true),
  scale(
    'discomfort',
    'discomfort',
    'gut',
    'Tummy discomfort',
    'How much belly pain or discomfort did you have?',
    ['none', 'severe'],
    true,
  ),
  servings(
    'sugar',
    'sugar',
    'Added sugar and refined carbs',
    'Servings of sweets, sugary drinks, white bread, pastries',
    true,
  ),
  servings(
    'seedOils',
    'seed_oils',
    'Seed-oil foods',
    'Servings of fried or processed food, or food cooked in sunflower, corn or soy oil',
    true,
  ),
  servings('dairy', 'dairy', 'Dairy', 'Servings of milk, cheese, cream, ice cream or whey', true),
  servings(
    'prebiotic',
    'prebiotic',
    'Prebiotic foods',
    'Servings of garlic, onion, leek, asparagus, green bananas, oats, beans',
    false,
  ),
  servings(
    'fermented',
    'fermented',
    'Fermented foods',
    'Servings of kefir, sauerkraut, kimchi, live yogurt, miso',
    false,
  ),
  servings('omega3', 'omega3', 'Omega-3 foods', 'Servings of oily fish, walnuts, flax or chia', false),
  servings('colourful', 'colourful', 'Colourful plants', 'Servings of brightly coloured fruit and vegetables', false),
  scale(
    'stress',
    'stress',
    'lifestyle',
    'Stress',
    'How stressed did you feel today?',
    ['completely calm', 'overwhelmed'],
    true,
  ),
  {
    key: 'relaxationMinutes' as const,
    column: 'relaxation_minutes',
    group: 'lifestyle',
    kind: 'minutes',
    label: 'Relaxation practice',
    question: 'Minutes of meditation, slow breathing or mindful movement',
    min: 0,
    max: 600,
    step: 5,
    higherIsWorse: false,
  },
  {
    key: 'sleepHours' as const,
    column: 'sleep_hours',
    group: 'lifestyle',
    kind: 'hours',
    label: 'Sleep',
    question: 'Hours slept last night',
    min: 0,
    max: 24,
    step: 0.25,
    higherIsWorse: false,
  },
  scale(
    'sleepQuality',
    'sleep_quality',
    'lifestyle',
    'Sleep quality',
    'How restful was your sleep?',
    ['very poor', 'excellent'],
    false,
  ),
  {
    key: 'exerciseMinutes' as const,
    column: 'exercise_minutes',
    group: 'lifestyle',
    kind: 'minutes',
    label: 'Exercise',
    question: 'Minutes of exercise',
    min: 0,
    max: 1440,
    step: 5,
    higherIsWorse: false,
  },
] as const satisfies readonly Measure[];

export type MeasureKey = (typeof MEASURES)[number]['key'];
export const MEASURE_KEYS: MeasureKey[] = MEASURES.map((m) => m.key);

export function measureByKey(key: MeasureKey): Measure {
  const m = MEASURES.find((x) => x.key === key);
  if (!m) throw new Error(`unknown measure ${key}`);
  return m;
}

/** The measures a person sees, given the conditions they track (none tracked: show every skin item). */
export function measuresFor(conditions: readonly Condition[]): Measure[] {
  return (MEASURES as readonly Measure[]).filter(
    (m) => !m.conditions || conditions.length === 0 || m.conditions.some((c) => conditions.includes(c)),
  );
}

export const BODY_AREAS = ['face', 'scalp', 'neck', 'chest', 'back', 'arms', 'hands', 'legs', 'other'] as const;
export type BodyArea = (typeof BODY_AREAS)[number];
export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  face: 'Face',
  scalp: 'Scalp',
  neck: 'Neck',
  chest: 'Chest',
  back: 'Back',
  arms: 'Arms',
  hands: 'Hands',
  legs: 'Legs',
  other: 'Elsewhere',
};

export const EXERCISE_KINDS = ['walking', 'lowImpactAerobic', 'strength', 'other'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export const EXERCISE_LABELS: Record<ExerciseKind, string> = {
  walking: 'Walking',
  lowImpactAerobic: 'Low-impact aerobic',
  strength: 'Strength',
  other: 'Other',
};

/**
 * Stool form in seven steps from hard to liquid (the idea of a verbal seven-step scale: Heaton 1990). The
 * hints are the project's own words, deliberately unlike any published chart's descriptions.
 */
export const STOOL_FORMS: { value: number; label: string; hint: string }[] = [
  { value: 1, label: 'Hard pellets', hint: 'small hard nuggets, a strain to get out' },
  { value: 2, label: 'Lumpy log', hint: 'one firm piece, bumpy all over' },
  { value: 3, label: 'Cracked log', hint: 'one firm piece, split or creased along its length' },
  { value: 4, label: 'Smooth log', hint: 'one even, soft piece that comes out easily' },
  { value: 5, label: 'Soft pieces', hint: 'a few soft pieces, each with a neat outline' },
  { value: 6, label: 'Mushy', hint: 'loose and shapeless, with frayed bits' },
  { value: 7, label: 'Liquid', hint: 'all liquid, nothing holds together' },
];
