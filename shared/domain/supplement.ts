import { z } from 'zod';
import { daySchema } from './day';

/** A supplement in the person's regimen: what they take regularly, with its usual dose. */
export const supplementSchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string(),
  dose: z.number().nullable(),
  unit: z.string(),
  details: z.string(),
  startedOn: daySchema.nullable(),
  stoppedOn: daySchema.nullable(),
  active: z.boolean(),
});
export type Supplement = z.infer<typeof supplementSchema>;

export const supplementInputSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'needs a name' }).max(80),
  dose: z.number().finite().positive().max(100_000).nullable(),
  unit: z.string().trim().max(20),
  /** Strains, brand, timing: free text. */
  details: z.string().trim().max(500).default(''),
});
export type SupplementInput = z.input<typeof supplementInputSchema>;

/** What can happen to a supplement in the regimen, as recorded in its history. */
export const REGIMEN_CHANGE_KINDS = ['started', 'stopped', 'changed'] as const;
export type RegimenChangeKind = (typeof REGIMEN_CHANGE_KINDS)[number];

export const SUPPLEMENT_UNITS = ['g', 'mg', 'µg', 'billion CFU', 'capsules', 'ml', 'scoops'] as const;
