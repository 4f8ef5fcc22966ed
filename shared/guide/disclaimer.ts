import { RED_FLAGS, redFlagLine } from '../safety/redFlags';
import type { Block, Disclaimer } from './types';

/** The lead-in and list of the warning signs that hold whatever the condition (shared/safety/redFlags.ts). */
const general = RED_FLAGS.filter((f) => f.condition === null);
export const GENERAL_RED_FLAGS_BLOCKS: readonly Block[] = [
  'Please see a clinician promptly, rather than testing ideas in Axis, if you notice any of these:',
  { kind: 'list', items: general.filter((f) => f.urgency !== 'soon').map(redFlagLine) },
  { kind: 'list', items: general.filter((f) => f.urgency === 'soon').map(redFlagLine) },
  'Acne, eczema, rosacea and psoriasis each have warning signs of their own: the guide lists them under "When to see a clinician", and your reports print the ones for your conditions.',
];

/** Shown at first run and always reachable from the guide and settings. */
export const DISCLAIMER: Disclaimer = {
  // 2: the warning signs come from the one list in shared/safety, with how soon to act on each.
  version: 2,
  title: 'Please read: Axis is a journal, not a doctor',
  body: [
    'Axis helps you keep notes and run careful experiments on yourself. It does not give medical advice, and it cannot diagnose or treat any condition. It does not replace a doctor, dermatologist, dietitian or pharmacist who knows you.',
    ...GENERAL_RED_FLAGS_BLOCKS,
    'Before starting any supplement, check with a clinician or pharmacist first if you are pregnant or breastfeeding, take any regular medicines, or have kidney or liver disease.',
    'Please do not stop or change a prescribed treatment because of something you read here or see in your own results. Talk it over with whoever prescribed it.',
    'The guide sets out what one popular article claims and what published studies have found so far. Research moves on, and your situation is your own.',
  ],
};

/** The note that goes with every pre-filled supplement amount. */
export const SUPPLEMENT_AMOUNT_NOTE =
  'Amounts filled in by Axis are examples to help you keep a record, not advice on how much to take. Check the amount with your clinician or pharmacist, then change it to what you actually take.';
