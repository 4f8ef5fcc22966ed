// The statistics and verdict of a personal elimination trial (research notes §3), as pure functions: the same
// input and seed always give the same figures and words. The trial service gathers the input from the journal.

import { compareAll } from './comparisons';
import { explain } from './explain';
import type { TrialAnalysis, TrialAnalysisInput } from './types';
import { judge } from './verdict';

export type {
  Comparison,
  ComparisonKind,
  PhaseData,
  PhaseKind,
  PhaseStats,
  TrialAnalysis,
  TrialAnalysisInput,
  Verdict,
  VerdictKind,
} from './types';
export { DEFAULT_MID, DEFAULT_RESAMPLES } from './comparisons';
export { trialAnalysisSchema, verdictSchema, comparisonSchema, phaseStatsSchema } from './schema';

export function analyzeTrial(input: TrialAnalysisInput): TrialAnalysis {
  const comparisons = compareAll(input);
  const verdict = explain(judge(comparisons, input.mid), input);
  return { comparisons, verdict };
}
