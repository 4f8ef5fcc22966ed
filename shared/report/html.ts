// The report as one self-contained, print-ready HTML file (the command line's `report --out report.html`):
// no script, no external file, charts as inline SVG, the shared print stylesheet with the page size chosen.
// It lays out the same model, in the same order and with the same classes, as the app's report view.
import { fullTitle, marginBoxTexts } from './pageTemplates';
import type { MeasureSummary, PaperSize, Report, ReportTrial } from './schema';
import { PAPER_CSS_SIZE, REPORT_CSS, pageCss } from './styles';
import { chartSvg, escapeXml as e } from './svg';
import { num, shortDay } from './words';

type Html = string;

const list = (items: readonly string[]): Html =>
  items.length ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '';

function table(head: readonly (string | [string, 'num'])[], rows: readonly (readonly string[])[]): Html {
  const cls = (h: string | [string, 'num']) => (Array.isArray(h) ? ' class="num"' : '');
  const th = head.map((h) => `<th scope="col"${cls(h)}>${e(Array.isArray(h) ? h[0] : h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(head[i]!)}>${e(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const week = (w: MeasureSummary['bestWeek']) => (w ? `${w.text} (${num(w.mean)})` : '–');

export function measureTable(rows: readonly MeasureSummary[], withWeeks: boolean): Html {
  const head: (string | [string, 'num'])[] = [
    'Measure',
    ['Days', 'num'],
    ['Average', 'num'],
    ['Range', 'num'],
    ['First → last week', 'num'],
  ];
  if (withWeeks) head.push('Best week', 'Worst week');
  return table(
    head,
    rows.map((s) => [
      `${s.label} (${s.unit})`,
      String(s.loggedDays),
      s.meanText,
      s.rangeText,
      s.startEndText,
      ...(withWeeks ? [week(s.bestWeek), week(s.worstWeek)] : []),
    ]),
  );
}

function measureSection(title: string, rows: readonly MeasureSummary[], empty: string): Html {
  if (rows.length === 0) return `<section><h2>${e(title)}</h2><p class="empty">${e(empty)}</p></section>`;
  return `<section><h2>${e(title)}</h2>${measureTable(rows, true)}${list(rows.map((s) => `${s.label}: ${s.changeText}`))}</section>`;
}

function bodyAreasSection(b: Report['bodyAreas']): Html {
  const rows = b.areas.map((a) => [a.label, String(a.days), `${Math.round(a.share * 100)}%`]);
  return (
    `<section class="keep"><h3>Where the skin was affected</h3><p>${e(b.text)}</p>` +
    (rows.length ? table(['Body area', ['Days', 'num'], ['Of days logged', 'num']], rows) : '') +
    '</section>'
  );
}

function figure(chart: NonNullable<ReportTrial['chart']>): Html {
  return `<figure><div class="figure-title">${e(chart.title)}</div>${chartSvg(chart)}<figcaption>${e(chart.caption)}</figcaption></figure>`;
}

function trialSection(t: ReportTrial): Html {
  const phases = table(
    ['Phase', 'Dates', ['Average', 'num'], ['Kept to plan', 'num'], ['Slips', 'num']],
    t.phases.map((p) => [
      p.label,
      p.datesText,
      num(p.mean),
      p.answeredDays ? `${p.keptDays} of ${p.answeredDays}` : '–',
      String(p.slips),
    ]),
  );
  const comparisons = t.comparisons.length
    ? table(
        [
          'Comparison',
          ['Level before', 'num'],
          ['Level after', 'num'],
          ['Change', 'num'],
          ['95% range', 'num'],
          ['Days logged', 'num'],
        ],
        t.comparisons.map((c) => [c.label, c.beforeLevel, c.afterLevel, c.change, c.range, c.logged]),
      )
    : '';
  return (
    `<section class="trial"><h3>${e(t.name)} trial</h3>` +
    `<dl class="meta"><dt>Dates</dt><dd>${e(t.datesText)} (${e(t.statusLabel.toLowerCase())})</dd>` +
    `<dt>Outcome</dt><dd>${e(t.outcomeText)}</dd></dl>` +
    (t.closedText ? `<p>${e(t.closedText)}</p>` : '') +
    `<h4>Protocol</h4><p>${e(t.designText)}</p>` +
    (t.whatCounts.length ? `<p><strong>What counts as ${e(t.food)}:</strong> ${e(t.whatCounts.join('; '))}.</p>` : '') +
    phases +
    (t.safety
      ? `<h4>Before you start</h4>${list(t.safety.lines)}<p class="small muted">Read before the first day: ${e(t.safety.points.join('; '))}.</p>`
      : '<h4>Before you start</h4><p class="small muted">Set up before Axis asked these questions.</p>') +
    `<h4>Keeping to the plan</h4><p>${e(t.adherence.text)}</p>` +
    (t.slips.length
      ? `<p><strong>Slips:</strong></p>${list(t.slips.map((s) => `${shortDay(s.day)}${s.phaseLabel ? ` (${s.phaseLabel.toLowerCase()})` : ''}: ${s.what}${s.amount ? `, ${s.amount}` : ''}`))}`
      : '<p>No slips were logged.</p>') +
    (t.changes.length
      ? `<p><strong>Other changes during the trial:</strong></p>${list(t.changes.map((c) => `${shortDay(c.day)}${c.phaseLabel ? ` (${c.phaseLabel.toLowerCase()})` : ''}: ${c.description}`))}`
      : '<p>No supplement was started, stopped or changed during the trial.</p>') +
    (t.chart ? figure(t.chart) : '') +
    (t.overlapText ? `<p class="overlap"><strong>Overlap:</strong> ${e(t.overlapText)}</p>` : '') +
    `<div class="verdict"><div class="verdict-title">What was seen: ${e(t.verdict.title)}</div>` +
    `<p class="certainty">${e(t.verdict.certainty)}</p><p>${e(t.verdict.summary)}</p>` +
    `<p class="small muted">${e(t.asOfText)}</p></div>` +
    comparisons +
    (t.verdict.details.length ? `<h4>The figures in words</h4>${list(t.verdict.details)}` : '') +
    (t.verdict.caveats.length ? `<h4>How sure this is</h4>${list(t.verdict.caveats)}` : '') +
    '</section>'
  );
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
  const parts: Html[] = [];
  parts.push(
    `<header><h1>${e(r.title)}</h1><dl class="meta">` +
      (r.name ? `<dt>For</dt><dd>${e(r.name)}</dd>` : '') +
      `<dt>Period</dt><dd>${e(r.period.text)} (${r.period.days} days)</dd>` +
      `<dt>Conditions</dt><dd>${e(r.conditionsText)}</dd>` +
      `<dt>Printed</dt><dd>${e(r.printedOnText)}</dd></dl></header>`,
  );
  parts.push(`<section><h2>At a glance</h2>${list(r.highlights)}</section>`);
  parts.push(measureSection('Skin', r.skin, 'No skin scores were logged in this period.'));
  parts.push(bodyAreasSection(r.bodyAreas));
  parts.push(measureSection('Gut', r.gut, 'No gut scores were logged in this period.'));
  if (r.charts.length) {
    const changes = r.regimenChanges.length
      ? `<div class="keep"><h4>Numbered on the charts: supplement and treatment changes</h4>${`<ol class="changes">${r.regimenChanges.map((c) => `<li value="${c.number}">${e(c.text)}</li>`).join('')}</ol>`}</div>`
      : '';
    parts.push(`<section><h2>Trends</h2>${r.charts.map(figure).join('')}${changes}</section>`);
  }
  if (r.trials.length)
    parts.push(`<section class="trials"><h2>Food trials</h2>${r.trials.map(trialSection).join('')}</section>`);
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
        ? measureTable(r.lifestyle.measures, false) +
          list(r.lifestyle.measures.map((s) => `${s.label}: ${s.changeText}`))
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
      r.redFlags.groups.map((g) => `<h3>${e(g.heading)}</h3>${list(g.items)}`).join('') +
      '</section>' +
      `<h2>How to read this report</h2>${r.howToRead.map((p) => `<p>${e(p)}</p>`).join('')}` +
      `<h2>${e(r.disclaimer.title)}</h2>${r.disclaimer.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}</div>`,
  );
  return `<article class="${className}">${parts.join('\n')}</article>`;
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
