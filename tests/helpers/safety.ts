// "Before you start" answers for tests that set up trials: an adult whose clinician knows about the trial
// (so a dairy trial with eczema tracked may start) and who keeps their treatment as it is.
export const SAFETY = {
  ageBand: '18-plus',
  pregnantOrBreastfeeding: false,
  eatingDisorder: false,
  reactionsToFood: false,
  coeliacTest: null,
  clinicianAgreed: true,
  treatmentUnchanged: true,
  overlapReason: '',
} as const;

/** The same, for a trial that runs alongside another food's trial. */
export const SAFETY_OVERLAPPING = { ...SAFETY, overlapReason: 'My dietitian asked me to test both before spring' };
