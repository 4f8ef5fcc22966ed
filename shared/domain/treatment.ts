// Treatments and medications: what a dermatologist asks about first (which creams, antibiotics, retinoids,
// biologics, since when). Like supplements they have a dated history of starts, stops and changes, which
// feeds the one-change-at-a-time guard of trials; as-needed treatments are ticked "used today" in the
// check-in.
import { z } from 'zod';
import { daySchema } from './day';
import { REGIMEN_CHANGE_KINDS } from './supplement';

/** How a treatment reaches the skin, for grouping in lists and the report. */
export const TREATMENT_ROUTES = ['topical', 'oral', 'injected', 'light', 'procedure'] as const;
export type TreatmentRoute = (typeof TREATMENT_ROUTES)[number];
export const ROUTE_LABELS: Record<TreatmentRoute, string> = {
  topical: 'Topical',
  oral: 'Oral',
  injected: 'Injected or biologic',
  light: 'Light therapy',
  procedure: 'Procedure',
};

export const TREATMENT_TYPES = [
  'topical-steroid',
  'topical-calcineurin',
  'topical-retinoid',
  'benzoyl-peroxide',
  'topical-antibiotic',
  'azelaic-acid',
  'topical-other',
  'oral-antibiotic',
  'isotretinoin',
  'antihistamine',
  'hormonal',
  'oral-other',
  'injected',
  'light',
  'procedure',
] as const;
export type TreatmentType = (typeof TREATMENT_TYPES)[number];

export const TYPE_INFO: Record<TreatmentType, { label: string; route: TreatmentRoute }> = {
  'topical-steroid': { label: 'Steroid cream or ointment', route: 'topical' },
  'topical-calcineurin': { label: 'Calcineurin inhibitor (tacrolimus, pimecrolimus)', route: 'topical' },
  'topical-retinoid': { label: 'Retinoid (adapalene, tretinoin)', route: 'topical' },
  'benzoyl-peroxide': { label: 'Benzoyl peroxide', route: 'topical' },
  'topical-antibiotic': { label: 'Antibiotic cream or gel', route: 'topical' },
  'azelaic-acid': { label: 'Azelaic acid', route: 'topical' },
  'topical-other': { label: 'Other cream, gel or lotion', route: 'topical' },
  'oral-antibiotic': { label: 'Antibiotic tablets', route: 'oral' },
  isotretinoin: { label: 'Isotretinoin', route: 'oral' },
  antihistamine: { label: 'Antihistamine', route: 'oral' },
  hormonal: { label: 'Hormonal (pill, spironolactone)', route: 'oral' },
  'oral-other': { label: 'Other tablets', route: 'oral' },
  injected: { label: 'Injection or biologic', route: 'injected' },
  light: { label: 'Light therapy', route: 'light' },
  procedure: { label: 'Procedure (peel, laser, extraction)', route: 'procedure' },
};

export const HOW_OFTEN = ['twice-daily', 'daily', 'every-other-day', 'weekly', 'monthly', 'as-needed', 'once'] as const;
export type HowOften = (typeof HOW_OFTEN)[number];
export const HOW_OFTEN_LABELS: Record<HowOften, string> = {
  'twice-daily': 'Twice a day',
  daily: 'Once a day',
  'every-other-day': 'Every other day',
  weekly: 'Weekly',
  monthly: 'Monthly or less',
  'as-needed': 'As needed',
  once: 'Once',
};

export const treatmentInputSchema = z.strictObject({
  name: z
    .string({ error: 'needs a name, e.g. "Hydrocortisone 1%"' })
    .trim()
    .min(1, { message: 'needs a name, e.g. "Hydrocortisone 1%"' })
    .max(80, { message: 'a name can be at most 80 characters' }),
  type: z.enum(TREATMENT_TYPES),
  /** Strength or dose in the person's words: "0.1%", "100 mg", "pea-sized amount". */
  strength: z.string().trim().max(40).default(''),
  howOften: z.enum(HOW_OFTEN),
  /** Where it is applied, who prescribed it: free text. */
  details: z.string().trim().max(500).default(''),
});
export type TreatmentInput = z.input<typeof treatmentInputSchema>;

export const treatmentChangeSchema = z.strictObject({
  day: daySchema,
  kind: z.enum(REGIMEN_CHANGE_KINDS),
  detail: z.string(),
});

export const treatmentSchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string(),
  type: z.enum(TREATMENT_TYPES),
  strength: z.string(),
  howOften: z.enum(HOW_OFTEN),
  details: z.string(),
  startedOn: daySchema.nullable(),
  stoppedOn: daySchema.nullable(),
  active: z.boolean(),
  /** Every start, stop and change, oldest first. */
  history: z.array(treatmentChangeSchema),
});
export type Treatment = z.infer<typeof treatmentSchema>;

/** "Hydrocortisone 1% (steroid cream or ointment), once a day". */
export function treatmentLine(t: Pick<Treatment, 'name' | 'type' | 'strength' | 'howOften'>): string {
  const strength = t.strength && !t.name.includes(t.strength) ? ` ${t.strength}` : '';
  return `${t.name}${strength} (${TYPE_INFO[t.type].label.toLowerCase()}), ${HOW_OFTEN_LABELS[t.howOften].toLowerCase()}`;
}
