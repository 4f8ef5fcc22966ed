// Operations that make the journal the person's own: the tracking plan, their own trackables, treatments and
// medications, and "same as yesterday" for the whole check-in.
import { z } from 'zod';
import { checkInSchema } from '../domain/checkIn';
import { daySchema } from '../domain/day';
import { MEASURES, type MeasureGroup } from '../domain/measures';
import { slugSchema, trackableEditSchema, trackableInputSchema, trackableSchema } from '../domain/trackable';
import { itemRefSchema, MAX_PINS, measureKeySchema, QUICK_LAYOUTS } from '../domain/trackingPlan';
import { treatmentInputSchema, treatmentSchema } from '../domain/treatment';
import { command, noInput, query } from './define';
import { regimenWarningSchema } from './journal';

const id = z.number().int().positive();
const GROUPS = ['skin', 'gut', 'food', 'lifestyle'] as const satisfies readonly MeasureGroup[];

export const planSchema = z.strictObject({
  /** Every built-in measure once, in the person's order. */
  measures: z.array(
    z.strictObject({
      key: measureKeySchema,
      label: z.string(),
      group: z.enum(GROUPS),
      tracked: z.boolean(),
      defaultTracked: z.boolean(),
      /** Why it cannot be turned off now (a running or planned trial uses it); null when it can. */
      lockedBy: z.string().nullable(),
    }),
  ),
  /** The person's own items, archived ones too, in their order. */
  trackables: z.array(trackableSchema),
  /** The quick check-in's items, in order (only items still tracked). */
  pins: z.array(itemRefSchema).max(MAX_PINS),
  /** True while no pins were chosen: the defaults for the conditions. */
  pinsAreDefault: z.boolean(),
  quickCheckIn: z.enum(QUICK_LAYOUTS),
});
export type TrackingPlanView = z.infer<typeof planSchema>;

const changedTreatment = z.strictObject({ treatment: treatmentSchema, warnings: z.array(regimenWarningSchema) });

export const personalOperations = {
  'plan.get': query(
    'The tracking plan: built-in measures on or off and in order, your own items, the quick check-in',
    noInput,
    planSchema,
  ),
  'plan.update': command(
    'Change the tracking plan: measures on or off and their order, the pinned items, where the quick check-in sits',
    z.strictObject({
      measures: z
        .array(z.strictObject({ key: measureKeySchema, tracked: z.boolean() }))
        .max(MEASURES.length)
        .optional(),
      pins: z
        .array(itemRefSchema)
        .max(MAX_PINS, { message: `pin at most ${MAX_PINS} items to the quick check-in` })
        .refine((p) => new Set(p).size === p.length, { message: 'pins the same item twice' })
        .optional(),
      quickCheckIn: z.enum(QUICK_LAYOUTS).optional(),
    }),
    planSchema,
  ),
  'trackables.list': query('Your own items, archived ones too, in your order', noInput, z.array(trackableSchema)),
  'trackables.add': command(
    'Add an item of your own to track (a rating, count, yes/no, number or one of a list)',
    trackableInputSchema,
    z.strictObject({ trackable: trackableSchema }),
  ),
  'trackables.edit': command(
    'Rename an item or change its question, group, direction, end words or unit (never its kind or range: stored values keep their meaning)',
    trackableEditSchema,
    z.strictObject({ trackable: trackableSchema }),
  ),
  'trackables.reorder': command(
    'Put your items in a new order (every item once)',
    z.strictObject({
      slugs: z
        .array(slugSchema)
        .max(200)
        .refine((s) => new Set(s).size === s.length, { message: 'lists an item twice' }),
    }),
    z.array(trackableSchema),
  ),
  'trackables.archive': command(
    'Archive an item (hidden from the check-in, history kept) or bring it back',
    z.strictObject({ slug: slugSchema, archived: z.boolean() }),
    z.strictObject({ trackable: trackableSchema }),
  ),
  'trackables.delete': command(
    'Delete an item and every value it holds; confirmDays must be the number of days holding a value',
    z.strictObject({ slug: slugSchema, confirmDays: z.number().int().min(0).max(100_000) }),
    z.strictObject({ deleted: z.string(), days: z.number().int().min(0) }),
  ),
  'treatments.list': query(
    'Treatments and medications, current and stopped, with their history',
    noInput,
    z.array(treatmentSchema),
  ),
  'treatments.add': command(
    'Start a treatment or medication',
    treatmentInputSchema.extend({ startedOn: daySchema }),
    changedTreatment,
  ),
  'treatments.update': command(
    "Change a treatment's name, type, strength, how often or details (a new strength or frequency is dated)",
    treatmentInputSchema.extend({ id, changedOn: daySchema }),
    changedTreatment,
  ),
  'treatments.stop': command('Stop a treatment', z.strictObject({ id, stoppedOn: daySchema }), changedTreatment),
  'treatments.resume': command(
    'Start a stopped treatment again',
    z.strictObject({ id, startedOn: daySchema }),
    changedTreatment,
  ),
  'checkIns.sameAsYesterday': command(
    'Fill what is still empty today from the last day logged (within a week): food, lifestyle, supplements, treatments used and your own items, never symptoms or notes; says what was copied',
    z.strictObject({ day: daySchema }),
    z.strictObject({
      checkIn: checkInSchema,
      /** The day copied from: the last day logged in the week before. */
      from: daySchema,
      /** What was copied: measure keys, "custom:<slug>", "exerciseKind", "supplements", "treatments". */
      copied: z.array(z.string()),
    }),
  ),
};
