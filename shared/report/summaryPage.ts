// Page 1 on paper: who, when, how much was logged, overall skin over the period with the trials' phases and
// the numbered regimen changes, the headline change, each trial's verdict in one sentence with how sure it is,
// what is taken and used now, and the cautions the journal holds. It ends the page; the sections after it can be
// skipped by a reader in a hurry.
import { e, figure, list, markerKey, type Html } from './htmlParts';
import type { Report } from './schema';

const NO_FLAGS =
  'None in the journal: no trial needed a clinician’s agreement at set-up, ran alongside another, or was stopped early.';

function verdicts(r: Report): Html {
  if (r.summary.verdicts.length === 0) return '';
  return (
    '<h3>Food trials</h3>' +
    r.summary.verdicts
      .map(
        (v) =>
          `<p class="verdict-line"><strong>${e(v.trial)}: ${e(v.title)}.</strong> <span class="certainty">${e(v.certainty)}</span></p>`,
      )
      .join('')
  );
}

function current(r: Report): Html {
  const supplements = r.summary.current.filter((c) => c.kind === 'supplement').map((c) => c.text);
  const treatments = r.summary.current.filter((c) => c.kind === 'treatment').map((c) => c.text);
  const part = (title: string, items: string[], none: string) =>
    `<div><h3>${e(title)}</h3>${items.length ? list(items) : `<p class="empty">${e(none)}</p>`}</div>`;
  return (
    `<div class="current">${part('Supplements taken now', supplements, 'None in the regimen at the end of the period.')}` +
    part('Treatments in use now', treatments, 'None recorded in use at the end of the period.') +
    '</div>'
  );
}

export function summaryPageHtml(r: Report): Html {
  const overall = r.charts.find((c) => c.id === 'skin-overall');
  return (
    '<section class="summary" aria-label="Summary">' +
    `<header><h1>${e(r.title)}</h1><dl class="meta">` +
    (r.name ? `<dt>For</dt><dd>${e(r.name)}</dd>` : '') +
    `<dt>Period</dt><dd>${e(r.period.text)} (${r.period.days} days)</dd>` +
    `<dt>Conditions</dt><dd>${e(r.conditionsText)}</dd>` +
    `<dt>Printed on</dt><dd>${e(r.printedOnText)}</dd></dl></header>` +
    `<h2>In one minute</h2>${list(r.summary.keyFigures, 'key-figures')}` +
    (r.summary.headline ? `<p class="headline">${e(r.summary.headline)}</p>` : '') +
    (overall ? figure(overall, markerKey(overall, r.regimenChanges), 'overview') : '') +
    verdicts(r) +
    current(r) +
    `<h3>Red flags noted in the journal</h3>${r.summary.flags.length ? list(r.summary.flags) : `<p class="empty">${e(NO_FLAGS)}</p>`}` +
    '<p class="small muted">The pages after this one give every figure in full; warning signs to act on, and how to read the report, are at the end.</p>' +
    '</section>'
  );
}
