// The trial_safety table in the JSON export (journal format 4): the "Before you start" answers kept with
// each trial. Apart from tables.ts only to keep that file short; TABLES lists it after the trials.
import { z } from 'zod';
import { AGE_BANDS, COELIAC_TEST_ANSWERS, storedSafetySchema } from '../safety/answers';
import { flag, jsonText, plain, ref, text, timestamp } from './columns';
import type { TableSpec } from './tableSpec';

export const TRIAL_SAFETY_TABLE: TableSpec = {
  name: 'trial_safety',
  label: '"before you start" answers',
  one: '"before you start" answer',
  since: 4,
  columns: {
    trial_id: ref('trial'),
    age_band: plain(z.enum(AGE_BANDS), 'under-13, 13-17 or 18-plus'),
    pregnant_or_breastfeeding: flag('true when the person was pregnant or breastfeeding'),
    eating_disorder: flag('true for a current or past eating disorder or a difficult relationship with food'),
    reactions_to_food: flag('true when the person had reacted to the food before (hives, swelling, wheeze, vomiting)'),
    coeliac_test: plain(
      z.enum(COELIAC_TEST_ANSWERS).nullable(),
      'tested-negative, not-tested or has-coeliac; null unless the trial cuts out gluten',
    ),
    clinician_agreed: flag('true when a clinician knew about the trial, agreed and gave a plan for the reintroduction'),
    treatment_unchanged: flag('true when the person promised to keep prescribed treatment as it was'),
    overlap_reason: text(500, 'why the trial ran alongside another food’s trial; empty when it overlapped none'),
    points: jsonText(storedSafetySchema.shape.points, 'ids of the safety points shown before the first day'),
    answered_at: timestamp('when the answers were given'),
  },
  key: ['trial_id'],
  references: [{ column: 'trial_id', table: 'trials', to: 'id' }],
};
