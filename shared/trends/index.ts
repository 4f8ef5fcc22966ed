// Everything the Trends screen, the trends service and reports compute from series, in one import. All of
// it is pure: the same journal gives the same numbers in the main process, the renderer and the CLI.

export type { DayValue, Series, Completeness, SeriesSummary } from './series';
/** Fills missing days with null (never zero) so charts and windows see gaps as gaps. */
export { densify } from './series';
/** Share of days logged, so the screen can say how much a trend rests on. */
export { completeness } from './series';
/** Mean, range and first-week → last-week change, the figures reports state for each measure. */
export { summary } from './series';
/** One definition of "logged" (finite number) so null, NaN and Infinity never count as values. */
export { isLogged } from './series';
/** Day numbers for a series without re-parsing densified days, for the hot loops. */
export { seriesOrdinals } from './series';

/** A 7-day trailing mean that breaks where data is thin, so a gap never looks like a trend. */
export { rollingMean } from './rolling';
/** The same mean over a dense run of days (NaN = not logged), without an object per day. */
export { rollingMeanDense } from './rolling';

export type { PeriodKind, PeriodAverage } from './aggregate';
/** ISO-week and calendar-month means with empty periods kept, for the bar view and reports. */
export { periodAverages } from './aggregate';

export type { RangePreset, DayRange, RangeResult } from './ranges';
/** Turns the range picker's choice into days, refusing impossible custom ranges with a sentence. */
export { rangePreset } from './ranges';
/** Calendar-month arithmetic clamped to month ends, so 3m/1y presets survive 31st and leap days. */
export { monthsBefore } from './ranges';
/** The presets, their labels and schemas, written once for the picker and the contract. */
export { RANGE_PRESETS, RANGE_PRESET_LABELS, rangePresetSchema, dayRangeSchema } from './ranges';

/** Spearman's rho for two lists that returns null instead of NaN when it cannot be computed. */
export { spearman } from './correlation';

export type { CodedSeries, RankCorrelation, RankScratch } from './ranks';
/** Codes a series once so that many correlations over it need no sorting. */
export { codeSeries } from './ranks';
/** Spearman over shifted coded series without allocation: the inner step of the lag analysis. */
export { rankCorrelation } from './ranks';
/** Reusable scratch space for rankCorrelation, allocated once per pair of series. */
export { rankScratch } from './ranks';

export type { PairedDays } from './effectiveDays';
/** Rank autocorrelation with gaps kept as gaps, by FFT: how alike neighbouring days are. */
export { rankAutocorrelations } from './effectiveDays';
/** Pairs of paired days at each distance, and the days spanned, for the correction below. */
export { pairedDays } from './effectiveDays';
/** Bartlett / Pyper & Peterman effective number of days for a correlation between two series. */
export { effectiveDays } from './effectiveDays';
/** Two-sided p for a correlation on its effective days (Student's t, fractional df). */
export { correlationP } from './effectiveDays';
/** Benjamini-Hochberg adjusted p-values, and the false-discovery rate the page allows. */
export { benjaminiHochberg, FALSE_DISCOVERY_RATE } from './discovery';

export type { Factor, FactorGroup, DenseFactor, LagResult, Association } from './lagged';
/** Factor-vs-skin rank correlations at lags 0-3 days, judged together: findings first, thin data last. */
export { laggedAssociations } from './lagged';
/** The same over series already laid out on one day axis (NaN = not logged), as the trends service reads them. */
export { laggedAssociationsDense } from './lagged';
/** The lags and minimum paired days used unless the caller asks otherwise; the kinds of factor. */
export { DEFAULT_LAGS, DEFAULT_MIN_DAYS, FACTOR_GROUPS } from './lagged';

/** "Dairy" → "dairy" inside a sentence, leaving acronyms alone; strength of a link in words. */
export { lowerFirst, strengthWords, whenClause, lagWords } from './factorWords';
/** The sentence under each factor: a finding, "no clear pattern", or too little data, never a cause. */
export { describeAssociation, figuresLine, skinDirection } from './describe';
/** rho to two decimals with a true minus sign, the same on screen and in print. */
export { formatRho } from './describe';
export type { TrialOffer, TrialVerdictBeside } from './trialLink';
/** A finished trial's verdict beside the pattern, and "Test it with a trial" for a strong candidate. */
export { trialFactorKey, trialToShow, trialOffer, trialLinkSentence } from './trialLink';

export type { Heatmap, HeatmapCell, HeatmapBin } from './heatmap';
/** The calendar heat-map grid with its five stated level bins; unlogged days have no level. */
export { heatmap } from './heatmap';
/** Number of shading levels, for the legend. */
export { HEATMAP_LEVELS } from './heatmap';
/** The heat-map's levels and bins for a dense run of days (NaN = not logged), without a cell object per day. */
export { heatmapLevels } from './heatmap';

/** Day ↔ integer without Date, for loops over years of days; tests keep it in step with domain/day.ts. */
export { dayOrdinal, ordinalDay, daysFrom, daysFromCivil, civilFromDays } from './calendar';
/** A day read in place from many packed into one string, NaN when it is not a real calendar day. */
export { realDayOrdinalAt } from './calendar';
/** Weekday, ISO week label and month length from day numbers, for grids and period keys. */
export { ordinalWeekday, isoWeekKey, daysInMonth } from './calendar';

export type { LinePoint, ThinLine } from './thin';
/** LTTB within each run of logged days with a break between runs: long lines thinned, gaps never bridged. */
export { thinLine } from './thin';
