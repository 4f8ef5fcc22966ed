import type { Disclaimer } from './types';

/** Shown at first run and always reachable from the guide and settings. */
export const DISCLAIMER: Disclaimer = {
  version: 1,
  title: 'Please read: Axis is a journal, not a doctor',
  body: [
    'Axis helps you keep notes and run careful experiments on yourself. It does not give medical advice, and it cannot diagnose or treat any condition. It does not replace a doctor, dermatologist, dietitian or pharmacist who knows you.',
    'Please see a clinician promptly, rather than testing ideas in Axis, if you notice any of these:',
    {
      kind: 'list',
      items: [
        'skin trouble that is severe, comes on suddenly, or spreads quickly;',
        'skin that is very painful, hot, weeping or crusted, or looks infected, especially with a fever;',
        'blood in your stool;',
        'weight loss you cannot explain;',
        'gut pain that keeps coming back or will not settle.',
      ],
    },
    'Before starting any supplement, check with a clinician or pharmacist first if you are pregnant or breastfeeding, take any regular medicines, or have kidney or liver disease.',
    'Please do not stop or change a prescribed treatment because of something you read here or see in your own results. Talk it over with whoever prescribed it.',
    'The guide sets out what one popular article claims and what published studies have found so far. Research moves on, and your situation is your own.',
  ],
};

/** The note that goes with every pre-filled supplement amount. */
export const SUPPLEMENT_AMOUNT_NOTE =
  'Amounts filled in by Axis are examples to help you keep a record, not advice on how much to take. Check the amount with your clinician or pharmacist, then change it to what you actually take.';
