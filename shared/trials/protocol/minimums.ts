// How much a trial must gather before its phases can be compared. The plan refuses phases too short to ever
// reach these, and the analysis says "not enough data" below them, so both read them from here (the analysis
// imports the protocol, never the other way round).

/** Logged days a phase needs in its comparison window before it is compared: two weeks, a judgement that
 * leaves room for day-to-day carry-over (single-case design standards ask for at least 5 points a phase:
 * Kratochwill et al., 2010, What Works Clearinghouse). */
export const MIN_USABLE_DAYS = 14;

/** Below this many possible switch days a randomisation test can never reach p < 0.05 (1/20 = 0.05), so no
 * p is reported and the plan says so. */
export const MIN_SWITCH_DAYS = 20;
