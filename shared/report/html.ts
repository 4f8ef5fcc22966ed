// The report as one self-contained, print-ready HTML file (the command line's `report --out report.html`):
// no script, no external file, charts as inline SVG, the shared print stylesheet with the page size chosen.
// It lays out the same model, in the same order and with the same classes, as the app's report view.
import { appendixHtml } from './appendix';
import { e, figure, list, markerKey, measureTable, table, type Html } from './htmlParts';
import { fullTitle, marginBoxTexts } from './pageTemplates';
import type { ChartSpec, MeasureSummary, PaperSize, Report } from './schema';
import { PAPER_CSS_SIZE, REPORT_CSS, pageCss } from './styles';
import { summaryPageHtml } from './summaryPage';
import { trialReportHtml } from './trialReport';

function measureSection(r: Report, title: string, rows: readonly MeasureSummary[], empty: string): Html {
  if (rows.length === 0) return `<section><h2>${e(title)}</h2><p class="empty">${e(empty)}</p></section>`;
  const oneYear = r.period.from.slice(0, 4) === r.period.to.slice(0, 4);
  return `<section><h2>${e(title)}</h2>${measureTable(rows, true, oneYear)}</section>`;
}

function bodyAreasSection(b: Report['bodyAreas']): Html {
  const rows = b.areas.map((a) => [a.label, String(a.days), `${Math.round(a.share * 100)}%`]);
  return (
    `<section class="keep"><h3>Where the skin was affected</h3><p>${e(b.text)}</p>` +
    (rows.length ? table(['Body area', ['Days', 'num'], ['Of days logged', 'num']], rows, 'narrow') : '') +
    '</section>'
  );
}

/** The charts after page 1 (overall skin leads page 1), each with the key of its numbered changes. */
function trendsSection(r: Report): Html {
  const charts = r.charts.filter((c) => c.id !== 'skin-overall');
  if (charts.length === 0) return '';
  const wide = charts.filter((c) => c.size !== 'half');
  const half = charts.filter((c) => c.size === 'half');
  // Half-width charts two by two, each pair kept on one page with the key of its numbered changes.
  const rows: ChartSpec[][] = [];
  for (let i = 0; i < half.length; i += 2) rows.push(half.slice(i, i + 2));
  const pair = rows
    .map(
      (row) =>
        `<div class="figure-pair">${row.map((c) => figure(c)).join('')}${markerKey(row[0]!, r.regimenChanges)}</div>`,
    )
    .join('');
  return `<section><h2>Trends</h2>${wide.map((c) => figure(c, markerKey(c, r.regimenChanges))).join('')}${pair}</section>`;
}

/** "Treatments in this period": what the clinician asks first, with every start, stop and change. */
function treatmentsSection(r: Report): Html {
  if (r.treatments.length === 0)
    return '<section><h2>Treatments in this period</h2><p class="empty">No treatments recorded in this period.</p></section>';
  return (
    '<section><h2>Treatments in this period</h2>' +
    table(
      ['Treatment', 'Kind', 'Strength', 'How often', 'In use'],
      r.treatments.map((t) => [
        t.name,
        t.typeText,
        t.strengthText,
        t.howOftenText,
        `${t.spanText}${t.usedText ? `; ${t.usedText}` : ''}`,
      ]),
    ) +
    list(r.treatments.flatMap((t) => t.changes.map((c) => c.text))) +
    '</section>'
  );
}

/** Everything inside <body>: the report itself. */
export function reportBodyHtml(r: Report, className = 'report'): Html {
  const parts: Html[] = [summaryPageHtml(r)];
  parts.push(measureSection(r, 'Skin', r.skin, 'No skin scores were logged in this period.'));
  parts.push(bodyAreasSection(r.bodyAreas));
  parts.push(measureSection(r, 'Gut', r.gut, 'No gut scores were logged in this period.'));
  parts.push(trendsSection(r));
  if (r.trials.length)
    parts.push(`<section class="trials"><h2>Food trials</h2>${r.trials.map(trialReportHtml).join('')}</section>`);
  parts.push(
    '<section><h2>Supplements</h2>' +
      (r.supplements.length
        ? table(
            ['Supplement', 'Dose', 'In the regimen', ['Taken', 'num'], ['Regularity', 'num']],
            r.supplements.map((s) => [
              s.name,
              s.doseText,
              s.spanText,
              `${s.takenDays} of ${s.loggedDays} days`,
              s.share === null ? '–' : `${Math.round(s.share * 100)}%`,
            ]),
          ) +
          '<p class="small muted">Regularity: the share of days logged while the supplement was in the regimen on which it was ticked as taken.</p>'
        : '<p class="empty">No supplements in this period.</p>') +
      '</section>',
  );
  parts.push(
    '<section><h2>Sleep, stress and exercise</h2>' +
      (r.lifestyle.measures.length
        ? measureTable(r.lifestyle.measures, false)
        : '<p class="empty">Not logged in this period.</p>') +
      `<p>${e(r.lifestyle.exerciseText)}</p></section>`,
  );
  parts.push(treatmentsSection(r));
  if (r.ownItems.length)
    parts.push(
      '<section><h2>Your own items</h2>' +
        measureTable(r.ownItems, false) +
        list(r.ownItems.map((s) => `${s.label}: ${s.changeText}`)) +
        '</section>',
    );
  if (r.notes.length) {
    parts.push(
      `<section><h2>Notes chosen for this report</h2>${r.notes.map((n) => `<div class="note"><div class="note-day">${e(n.dayText)}</div><p class="note-text">${e(n.text)}</p></div>`).join('')}</section>`,
    );
  }
  parts.push(
    `<div class="closing"><section class="red-flags"><h2>${e(r.redFlags.title)}</h2><p>${e(r.redFlags.intro)}</p>` +
      `<div class="two-columns">${r.redFlags.groups.map((g) => `<h3>${e(g.heading)}</h3>${list(g.items)}`).join('')}</div>` +
      '</section>' +
      `<div class="two-columns"><h2>How to read this report</h2>${r.howToRead.map((p) => `<p>${e(p)}</p>`).join('')}` +
      `<h2>${e(r.disclaimer.title)}</h2>${r.disclaimer.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}</div></div>`,
  );
  parts.push(appendixHtml(r));
  return `<article class="${className}">${parts.filter((p) => p !== '').join('\n')}</article>`;
}

/** Nothing in the file may run or fetch: styles inline, charts inline, at most the report's own font. The
 * file travels (to a clinician, by e-mail) where no app's policy protects it, so it carries its own. */
const FILE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self'; base-uri 'none'; form-action 'none'";

export interface ReportHtmlOptions {
  /** Header and footer drawn by CSS page margin boxes, for a browser's print dialog (default: true). */
  marginBoxes?: boolean;
  /** A relative URL of the report's font beside the page, where the host serves one (reportPrintJob). */
  fontUrl?: string;
}

const fontFace = (url: string): string =>
  `@font-face { font-family: 'Inter Variable'; font-style: normal; font-weight: 100 900; src: url(${JSON.stringify(url)}) format('woff2-variations'); }\n`;

/** A complete HTML document: open it in any browser and print, on the paper size chosen. */
export function reportHtml(r: Report, paper: PaperSize, options: ReportHtmlOptions = {}): Html {
  const boxes = (options.marginBoxes ?? true) ? marginBoxTexts(r) : undefined;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${FILE_CSP}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(fullTitle(r))}</title>` +
    `<meta name="generator" content="Axis"><meta name="paper" content="${PAPER_CSS_SIZE[paper]}">` +
    `<style>${options.fontUrl ? fontFace(options.fontUrl) : ''}${pageCss(paper, boxes)}\nbody { margin: 0; background: #fff; }\n@media screen { body { background: #e9e7e3; padding: 10mm 0; } }${REPORT_CSS}</style></head>` +
    `<body>${reportBodyHtml(r, 'report sheet')}</body></html>\n`
  );
}
