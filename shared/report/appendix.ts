// The appendix: the statistics behind each trial's estimate, for a reader who wants the method and every
// figure (the model, the day-to-day correlation, the look, each switch with its range, the randomisation
// test). The trial pages themselves say the same in plain words.
import { e, list, table, type Html } from './htmlParts';
import type { Report, ReportTrial } from './schema';

function trialStatistics(t: ReportTrial): Html {
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
        'statistics',
      )
    : '';
  return (
    `<section class="appendix-trial"><h3>${e(t.name)} trial</h3>` +
    list(t.statistics.method) +
    comparisons +
    (t.statistics.details.length ? `<h4>The figures in words</h4>${list(t.statistics.details)}` : '') +
    '</section>'
  );
}

export function appendixHtml(r: Report): Html {
  if (r.trials.length === 0) return '';
  return (
    '<section class="appendix"><h2>Appendix: statistics of the food trials</h2>' +
    r.trials.map(trialStatistics).join('') +
    '</section>'
  );
}
