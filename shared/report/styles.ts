// The report's look on paper, written once: the app's report view and the command line's HTML both use this
// stylesheet, so a report printed from either has the same layout. Every rule is scoped under .report so the
// live preview on the Reports screen cannot restyle the rest of the app.
import type { PaperSize } from './schema';

/** Page margins in millimetres; the header and footer are drawn inside the top and bottom margins. */
export const PAGE_MARGINS_MM = { top: 17, bottom: 16, left: 15, right: 15 } as const;

export const PAPER_CSS_SIZE: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/** The @page rule. Margin boxes (header and footer drawn by CSS) are for browsers printing the HTML file. */
export function pageCss(paper: PaperSize, marginBoxes?: { header: string; footer: string }): string {
  const m = PAGE_MARGINS_MM;
  const boxes = marginBoxes
    ? `@top-center { content: ${cssString(marginBoxes.header)}; font: 8pt system-ui, sans-serif; color: #444; }` +
      `@bottom-left { content: ${cssString(marginBoxes.footer)}; font: 8pt system-ui, sans-serif; color: #444; }` +
      '@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }'
    : '';
  return `@page { size: ${PAPER_CSS_SIZE[paper]} portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; ${boxes} }`;
}

/** A CSS string that nothing can break out of: every character but letters, digits and plain punctuation is
 * written as a CSS escape, so a name holding a quote, a backslash or "</style>" stays text. */
export function cssString(text: string): string {
  const safe = text
    .replace(/\s+/g, ' ')
    .replace(/[^\p{L}\p{N} .,;:!?()'+\-–—/@&#%*]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${safe}"`;
}

export const REPORT_CSS = `
.report { font-family: 'Inter Variable', system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 9.5pt; line-height: 1.35;
  color: #111; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.report h1 { font-size: 19pt; margin: 0 0 4pt; line-height: 1.2; }
.report h2 { font-size: 13.5pt; margin: 12pt 0 5pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #111; break-after: avoid; }
.report h3 { font-size: 11.5pt; margin: 10pt 0 4pt; break-after: avoid; }
.report h4 { font-size: 10pt; margin: 7pt 0 2pt; break-after: avoid; }
.report p { margin: 0 0 4pt; orphans: 3; widows: 3; }
.report ul { margin: 0 0 4pt; padding-left: 16pt; }
.report li { margin: 0 0 2pt; break-inside: avoid; }
.report .meta { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0 4pt; }
.report .meta dt { font-weight: 600; }
.report .meta dd { margin: 0; }
.report .muted { color: #444; }
.report .small { font-size: 8.5pt; }
/* Short tables stay whole (a heading and one lonely row read badly); a table longer than a page still breaks
   between rows, with its header repeated. */
.report table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 8.5pt; break-inside: avoid; }
.report thead { display: table-header-group; }
.report tr { break-inside: avoid; page-break-inside: avoid; }
.report th, .report td { text-align: left; vertical-align: top; padding: 2pt 4pt; border-bottom: 0.6pt solid #999; }
.report th { font-weight: 650; border-bottom: 1.2pt solid #111; }
.report td.num, .report th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report figure { margin: 6pt 0 8pt; break-inside: avoid; page-break-inside: avoid; }
.report figure svg { display: block; width: 100%; height: auto; }
.report figcaption { font-size: 8.5pt; color: #333; margin-top: 3pt; }
.report .figure-title { font-weight: 650; font-size: 10pt; margin-bottom: 2pt; }
.report .keep { break-inside: avoid; page-break-inside: avoid; }
.report .summary { break-after: page; }
.report .summary .meta { grid-template-columns: max-content 1fr max-content max-content; }
.report .summary h3 { margin-top: 8pt; }
.report .headline { font-weight: 650; }
.report .verdict-line { margin: 0 0 4pt; }
.report .verdict-line .certainty { font-weight: 400; }
.report .overview { margin-top: 4pt; }
.report .current { display: grid; grid-template-columns: 1fr 1fr; gap: 0 14pt; }
.report .trial-dates { margin-bottom: 2pt; }
.report .trial + .trial { margin-top: 18pt; }
.report .figure-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 14pt; break-inside: avoid; margin: 8pt 0 10pt; }
.report .figure-pair figure { margin: 0; }
.report .figure-pair > ol { grid-column: 1 / -1; }
.report .two-columns { columns: 2; column-gap: 14pt; }
.report .two-columns h3 { break-after: avoid; margin-top: 0; }
.report ol.marker-key { margin: 2pt 0 0; padding-left: 16pt; display: grid; grid-template-columns: 1fr 1fr; gap: 0 30pt; }
.report table.statistics td:first-child { width: 30%; }
.report table.narrow, .report table.compact { width: auto; min-width: 55%; }
.report .verdict { border: 1.2pt solid #111; border-left-width: 5pt; padding: 6pt 9pt; margin: 6pt 0 8pt; break-inside: avoid; }
.report .verdict-title { font-weight: 700; font-size: 11pt; margin-bottom: 3pt; }
.report .verdict .certainty { font-weight: 600; }
.report .note { break-inside: avoid; margin: 0 0 6pt; }
.report .note-day { font-weight: 600; }
.report .note-text { white-space: pre-wrap; margin: 0; }
.report .closing { border-top: 1pt solid #111; margin-top: 14pt; padding-top: 6pt; font-size: 8.5pt; }
.report .closing h2 { font-size: 10pt; border: none; margin: 6pt 0 3pt; }
.report .closing h3 { font-size: 9pt; margin: 5pt 0 2pt; }
.report .overlap { border-left: 3pt solid #111; padding-left: 6pt; break-inside: avoid; }
.report .empty { font-style: italic; color: #444; }
@media screen {
  .report.sheet { max-width: 190mm; margin: 0 auto; padding: 16mm 15mm; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
}
`;
