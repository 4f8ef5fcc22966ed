import type { EvidenceGrade } from './types';

/** What each evidence label says to the reader, in one line. Shown beside every graded section. */
export const GRADE_LABELS: Record<EvidenceGrade, { label: string; meaning: string }> = {
  'well-supported': {
    label: 'Well supported',
    meaning: 'Several good trials in people point the same way.',
  },
  'some-trials': {
    label: 'Some trials',
    meaning: 'A few small trials in people suggest a benefit; far from settled.',
  },
  'early-or-mixed': {
    label: 'Early or mixed',
    meaning: 'Mostly links seen in surveys, very small studies, or results that disagree.',
  },
  'mechanism-only': {
    label: 'Theory only',
    meaning: 'Plausible from lab, animal or body-chemistry work, but not tested on skin in people.',
  },
  contested: {
    label: 'Contested',
    meaning: 'Good studies point against what the article claims.',
  },
};
