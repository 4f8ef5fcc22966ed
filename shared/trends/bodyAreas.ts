// Where the skin was affected: for each body area, on how many of the days logged in a period it was ticked.
// A day with no area ticked still counts as logged (the person may have had clear skin, or skipped the
// question), so shares are of days logged, and the days on which any area was ticked are said apart.
import { BODY_AREAS, BODY_AREA_LABELS, type BodyArea } from '../domain/measures';

export interface BodyAreaCount {
  area: BodyArea;
  label: string;
  /** Days on which this area was ticked. */
  days: number;
  /** Of the days logged; null when no day was logged. */
  share: number | null;
}

export interface BodyAreaSummary {
  loggedDays: number;
  /** Days on which at least one area was ticked. */
  daysWithAreas: number;
  /** Every area, in the check-in's order; areas never ticked have 0 days. */
  areas: BodyAreaCount[];
}

export function summarizeBodyAreas(
  loggedDays: number,
  daysWithAreas: number,
  counts: Partial<Record<BodyArea, number>>,
): BodyAreaSummary {
  return {
    loggedDays,
    daysWithAreas,
    areas: BODY_AREAS.map((area) => {
      const days = counts[area] ?? 0;
      return { area, label: BODY_AREA_LABELS[area], days, share: loggedDays > 0 ? days / loggedDays : null };
    }),
  };
}

/** The same summary from the days themselves (the report has them in hand already). */
export function bodyAreasOfDays(days: readonly { bodyAreas: readonly BodyArea[] }[]): BodyAreaSummary {
  const counts: Partial<Record<BodyArea, number>> = {};
  let withAreas = 0;
  for (const d of days) {
    if (d.bodyAreas.length > 0) withAreas++;
    for (const a of new Set(d.bodyAreas)) counts[a] = (counts[a] ?? 0) + 1;
  }
  return summarizeBodyAreas(days.length, withAreas, counts);
}
