// The small pieces every part of the report's HTML is made of: lists, tables, figures with their keys. Every
// value goes through escapeXml here or at its call, so a name or a note can never become markup.
import type { ChartSpec, MeasureSummary, Report } from './schema';
import { chartSvg, escapeXml as e } from './svg';
import { num } from './words';

export type Html = string;
export { e };

export const list = (items: readonly string[], className?: string): Html =>
  items.length
    ? `<ul${className ? ` class="${e(className)}"` : ''}>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`
    : '';

export function table(
  head: readonly (string | [string, 'num'])[],
  rows: readonly (readonly string[])[],
  className?: string,
): Html {
  const cls = (h: string | [string, 'num']) => (Array.isArray(h) ? ' class="num"' : '');
  const th = head.map((h) => `<th scope="col"${cls(h)}>${e(Array.isArray(h) ? h[0] : h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(head[i]!)}>${e(c)}</td>`).join('')}</tr>`).join('');
  return `<table${className ? ` class="${e(className)}"` : ''}><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A week as a table cell: without its year when the whole report is within one year ("26 Oct to 1 Nov"). */
function week(w: MeasureSummary['bestWeek'], oneYear: boolean): string {
  if (!w) return '–';
  const text = oneYear ? w.text.replace(/ \d{4}$/, '') : w.text;
  return `${text} (${num(w.mean)})`;
}

export function measureTable(rows: readonly MeasureSummary[], withWeeks: boolean, oneYear = false): Html {
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
      ...(withWeeks ? [week(s.bestWeek, oneYear), week(s.worstWeek, oneYear)] : []),
    ]),
  );
}

/** The numbered changes drawn on a chart, printed under it so the key never lands on another page. */
export function markerKey(chart: ChartSpec, changes: Report['regimenChanges']): Html {
  const shown = new Set(chart.markers.map((m) => m.label));
  const items = changes.filter((c) => shown.has(String(c.number)));
  if (items.length === 0) return '';
  return `<ol class="marker-key">${items.map((c) => `<li value="${c.number}">${e(c.text)}</li>`).join('')}</ol>`;
}

/** A chart with its title, caption and key as one block that is never split across pages. */
export function figure(chart: ChartSpec, key: Html = '', className = ''): Html {
  return (
    `<figure${className ? ` class="${e(className)}"` : ''}><div class="figure-title">${e(chart.title)}</div>${chartSvg(chart)}` +
    `<figcaption>${e(chart.caption)}${key}</figcaption></figure>`
  );
}
