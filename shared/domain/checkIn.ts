// A check-in is one day's record. Every field is optional: a half-filled day is still worth keeping, and a
// missing value is stored as missing (never as zero) so that averages and trials are not biased.
import { z } from 'zod';
import { daySchema } from './day';
import { BODY_AREAS, EXERCISE_KINDS, MEASURES, type MeasureKey } from './measures';
import { slugSchema, VALUE_LIMIT } from './trackable';

function measureField(min: number, max: number, step: number) {
  const base = z.number().finite().min(min).max(max);
  const checked =
    step >= 1
      ? base.int()
      : base.refine((v) => Number.isInteger(Math.round((v / step) * 1e6) / 1e6), {
          message: `must be a multiple of ${step}`,
        });
  return checked.nullable().optional();
}

const measureShape = Object.fromEntries(MEASURES.map((m) => [m.key, measureField(m.min, m.max, m.step)])) as {
  [K in MeasureKey]: ReturnType<typeof measureField>;
};

export const supplementTakenSchema = z.strictObject({
  supplementId: z.number().int().positive(),
  dose: z.number().finite().positive().max(100_000).nullable(),
  unit: z.string().trim().max(20),
});
export type SupplementTaken = z.infer<typeof supplementTakenSchema>;

export const checkInValuesSchema = z.strictObject({
  ...measureShape,
  bodyAreas: z
    .array(z.enum(BODY_AREAS))
    .max(BODY_AREAS.length)
    .refine((a) => new Set(a).size === a.length, { message: 'lists an area twice' })
    .optional(),
  exerciseKind: z.enum(EXERCISE_KINDS).nullable().optional(),
  notes: z.string().max(20_000).optional(),
  supplements: z
    .array(supplementTakenSchema)
    .max(50)
    .refine((a) => new Set(a.map((s) => s.supplementId)).size === a.length, { message: 'lists a supplement twice' })
    .optional(),
  /** The person's own items by slug; null clears a value. Each value is checked against its item's range. */
  custom: z
    .record(slugSchema, z.number().finite().min(-VALUE_LIMIT).max(VALUE_LIMIT).nullable())
    .refine((r) => Object.keys(r).length <= 200, { message: 'lists more than 200 items' })
    .optional(),
  /** Treatments used today (their ids): replaces the day's list when sent. */
  treatments: z
    .array(z.number().int().positive())
    .max(50)
    .refine((a) => new Set(a).size === a.length, { message: 'lists a treatment twice' })
    .optional(),
});
export type CheckInValues = z.infer<typeof checkInValuesSchema>;

// A stored day as the journal returns it. Outputs are checked for shape and range, but without the input's
// strictness and step rules: they come from our own database, and this check runs on every day opened.
export const checkInSchema = z.object({
  day: daySchema,
  updatedAt: z.string(),
  ...(Object.fromEntries(MEASURES.map((m) => [m.key, z.number().min(m.min).max(m.max).nullable()])) as {
    [K in MeasureKey]: z.ZodNullable<z.ZodNumber>;
  }),
  bodyAreas: z.array(z.enum(BODY_AREAS)),
  exerciseKind: z.enum(EXERCISE_KINDS).nullable(),
  notes: z.string(),
  supplements: z.array(z.object({ supplementId: z.number().int(), dose: z.number().nullable(), unit: z.string() })),
  /** The person's own items that hold a value this day, by slug. */
  custom: z.record(z.string(), z.number()),
  treatments: z.array(z.number().int()),
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** How complete a day is: the share of the measures shown to this person that hold a value. */
export function completeness(values: CheckInValues, shownKeys: readonly MeasureKey[]): number {
  if (shownKeys.length === 0) return 0;
  const filled = shownKeys.filter((k) => values[k] !== null && values[k] !== undefined).length;
  return filled / shownKeys.length;
}
