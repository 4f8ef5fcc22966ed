// How much a trial plan must allow for. The plan refuses phases too short to be worth running; the analysis
// itself judges by the precision of its estimates, not by counting days (docs/statistics.md).

/** Usable days (after transition days) the plan asks of each phase: two weeks, a judgement that leaves room
 * for day-to-day carry-over (single-case design standards ask for at least 5 points a phase:
 * Kratochwill et al., 2010, What Works Clearinghouse). */
export const MIN_USABLE_DAYS = 14;

/** Possible switch days a randomisation test needs to reach p below 0.05: its smallest p is 1/|S|, and
 * 1/21 ≈ 0.048 is the first below 0.05. The plan's window for a random switch is at least this long. */
export const MIN_SWITCH_DAYS = 21;
export const SWITCH_DAYS_FOR_P = MIN_SWITCH_DAYS;
