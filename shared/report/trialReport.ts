// A food trial on paper, laid out as a single-person (N-of-1) trial report under the headings of the CENT
// 2015 checklist, in plain words (Vohra et al., 2015, BMJ, "CONSORT extension for reporting N-of-1 trials
// (CENT) 2015"). The statistics behind the estimate go to the appendix (appendix.ts).
import { e, figure, list, table, type Html } from './htmlParts';
import type { ReportTrial } from './schema';
import { listWords, num, plural, shortDay } from './words';

/** The headings, in the order printed: tests check each one is there. */
export const TRIAL_HEADINGS = [
  'Why this trial',
  'Design',
  'What counted as the food',
  'Adherence',
  'Other changes during the trial',
  'Outcomes per period',
  'Estimate and how sure',
  'Safety answers given at set-up',
  'Harms or flares noted',
  'Limitations',
] as const;
type Heading = (typeof TRIAL_HEADINGS)[number];

const h = (heading: Heading, extra = ''): Html => `<h4>${e(heading)}${extra ? ` ${e(extra)}` : ''}</h4>`;
const para = (text: string): Html => `<p>${e(text)}</p>`;
const phaseWord = (label: string | null) => (label ? ` (${label.toLowerCase()})` : '');
/** A short part kept whole, so its heading and its last line never land on different pages. */
const keep = (html: Html): Html => `<div class="keep">${html}</div>`;

function design(t: ReportTrial): Html {
  const rows = t.phases.map((p) => [
    p.label,
    p.datesText,
    p.transitionDays > 0 ? plural(p.transitionDays, 'day') : '–',
    p.extendedBy > 0 ? `extended by ${plural(p.extendedBy, 'day')}` : '',
  ]);
  const extended = t.phases.some((p) => p.extendedBy > 0);
  return (
    h('Design') +
    para(t.designText) +
    table(
      extended
        ? ['Period', 'Dates', ['Left out while settling', 'num'], 'Changed']
        : ['Period', 'Dates', ['Left out while settling', 'num']],
      rows.map((r) => (extended ? r : r.slice(0, 3))),
      'compact',
    )
  );
}

function adherence(t: ReportTrial): Html {
  const perPhase = t.phases
    .filter((p) => p.answeredDays > 0)
    .map(
      (p) =>
        `${p.label.toLowerCase()} ${p.keptDays} of ${p.answeredDays} days${p.slips ? ` (${plural(p.slips, 'slip')})` : ''}`,
    );
  const slips = t.slips.map(
    (s) => `Slip on ${shortDay(s.day)}${phaseWord(s.phaseLabel)}: ${s.what}${s.amount ? `, ${s.amount}` : ''}.`,
  );
  return (
    h('Adherence') +
    para(t.adherence.text) +
    (perPhase.length ? para(`Kept to the plan per period: ${listWords(perPhase)}.`) : '') +
    (slips.length ? list(slips) : para('No slips were logged.'))
  );
}

function otherChanges(t: ReportTrial): Html {
  const changes = t.changes.map((c) => `${shortDay(c.day)}${phaseWord(c.phaseLabel)}: ${c.description}`);
  return keep(
    h('Other changes during the trial') +
      (changes.length
        ? `<p>Supplements or treatments started, stopped or changed:</p>${list(changes)}`
        : para('No supplement or treatment was started, stopped or changed during the trial.')) +
      (t.overlapText
        ? `<p class="overlap"><strong>Overlap:</strong> ${e(t.overlapText)}</p>`
        : para('No other food’s trial ran at the same time.')),
  );
}

function outcomes(t: ReportTrial): Html {
  const perPhase = t.phases
    .filter((p) => p.comparedDays > 0)
    .map(
      (p) => `${p.label.toLowerCase()} ${num(p.mean, 1)} (${p.loggedDays} of ${plural(p.comparedDays, 'day')} logged)`,
    );
  return (
    h('Outcomes per period') +
    (t.chart ? figure(t.chart) : '') +
    (perPhase.length ? para(`Average over the days compared: ${listWords(perPhase)}.`) : '')
  );
}

function estimate(t: ReportTrial): Html {
  return (
    `<div class="keep">${h('Estimate and how sure')}` +
    `<div class="verdict"><div class="verdict-title">What was seen: ${e(t.verdict.title)}</div>` +
    `<p class="certainty">${e(t.verdict.certainty)}</p><p>${e(t.verdict.summary)}</p>` +
    `<p class="small muted">${e(t.asOfText)} The statistics behind these figures are in the appendix.</p></div></div>`
  );
}

function safety(t: ReportTrial): Html {
  if (!t.safety) return h('Safety answers given at set-up') + para('Set up before Axis asked these questions.');
  return (
    h('Safety answers given at set-up') +
    list(t.safety.lines) +
    `<p class="small muted">Read before the first day: ${e(t.safety.points.join('; '))}.</p>`
  );
}

export function trialReportHtml(t: ReportTrial): Html {
  return (
    `<section class="trial"><h3>${e(t.name)} trial: a single-person (N-of-1) trial</h3>` +
    `<p class="trial-dates">${e(t.datesText)} (${e(t.statusLabel.toLowerCase())}).</p>` +
    (t.closedText ? para(t.closedText) : '') +
    keep(h('Why this trial') + list(t.why)) +
    design(t) +
    h('What counted as the food', `(${t.food})`) +
    (t.whatCounts.length ? para(`${t.whatCounts.join('; ')}.`) : para('Not listed.')) +
    adherence(t) +
    otherChanges(t) +
    outcomes(t) +
    estimate(t) +
    safety(t) +
    keep(h('Harms or flares noted') + list(t.harms)) +
    h('Limitations') +
    list(t.limitations) +
    '</section>'
  );
}
