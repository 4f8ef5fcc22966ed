// The printable progress report: its model (what a report contains, built purely from plain data) and the
// pieces both renderers share (stylesheet, chart drawing, page header and footer, the page handed to the printer).
export { buildReport, REPORT_TITLE } from './build';
export {
  reportSchema,
  PAPER_SIZES,
  type Report,
  type ReportTrial,
  type MeasureSummary,
  type ChartSpec,
  type PaperSize,
  type SupplementRegularity,
} from './schema';
export type { ReportSource, SourceDay, SourceSupplement, SourceTrial } from './source';
export {
  reportQuerySchema,
  periodProblem,
  paperLabel,
  MAX_REPORT_DAYS,
  MAX_NOTE_DAYS,
  type ReportQuery,
  type ReportQueryInput,
} from './query';
export { chartSvg } from './svg';
export { chartGeometry } from './chartGeometry';
export { REPORT_CSS, pageCss, PAGE_MARGINS_MM } from './styles';
export { pageTemplates, marginBoxTexts, headerText, type PageTemplates } from './pageTemplates';
export { reportHtml, reportBodyHtml } from './html';
export { MIN_WEEK_DAYS } from './measures';
export { reportPrintJob, suggestedFileName, REPORT_FONT_PATH, type PrintJob } from './printJob';
