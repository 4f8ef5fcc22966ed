import type { EvidenceGrade } from './types';

/**
 * What each evidence label says to the reader, in one line. Shown beside every graded section. Every grade
 * answers the same question, "does this change the skin?": a finding at the level of the gut alone (more
 * gut bacteria, a less leaky gut) is stated on its own line (Evidence.gutEvidence) and never lifts the grade.
 */
export const GRADE_LABELS: Record<EvidenceGrade, { label: string; meaning: string }> = {
  'well-supported': {
    label: 'Well supported',
    meaning: 'Several good trials in people show an effect on the skin, pointing the same way.',
  },
  'some-trials': {
    label: 'Some trials',
    meaning: 'More than one small trial in people suggests a benefit for the skin; far from settled.',
  },
  'early-or-mixed': {
    label: 'Early or mixed',
    meaning: 'For the skin: mostly links seen in surveys, a single small trial, or results that disagree.',
  },
  'mechanism-only': {
    label: 'Theory only',
    meaning: 'Plausible from lab, animal or gut studies, but no effect on the skin has been tested in people.',
  },
  contested: {
    label: 'Contested',
    meaning: 'Good studies point against what the article claims.',
  },
};
