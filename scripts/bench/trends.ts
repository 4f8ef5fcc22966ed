// The Trends screen's reads through the router against the raw SQL that fetches or aggregates the same rows,
// for one year and ten years. The screen asks four operations at once (series with an overlay, monthly
// averages, the calendar, the associations), so the headline figure is all four together.
import { addDays } from '$shared/domain/day';
import { MEASURES } from '$shared/domain/measures';
import type { JournalApp } from '../../electron/core/journalApp';
import { FACTOR_MEASURES } from '../../electron/core/trends/associations';
import { timePairAsync, type Figure } from './measure';

const SENDER = { url: 'bench:' };

interface Step {
  name: string;
  router: (from: string, to: string) => Promise<unknown>;
  raw: (from: string, to: string) => unknown;
}

export async function benchTrends(app: JournalApp, lastDay: string): Promise<Figure[]> {
  const { db, router } = app;
  const call = async (name: string, input: unknown) => {
    const result = await router.handle(name, input, SENDER);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  const column = (key: string) => MEASURES.find((m) => m.key === key)!.column;
  const factorColumns = FACTOR_MEASURES.map(column).join(', ');
  const rawSeries = db.prepare(
    'SELECT day, skin_overall, sleep_hours FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day',
  );
  const rawMonths = db.prepare(
    'SELECT substr(day, 1, 7) AS month, AVG(skin_overall) AS mean, COUNT(skin_overall) AS n FROM check_ins WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1',
  );
  const rawCalendar = db.prepare('SELECT day, skin_overall FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day');
  const rawFactors = db.prepare(
    `SELECT c.day, c.skin_overall, ${factorColumns}, (SELECT COUNT(*) FROM supplement_intakes i WHERE i.day = c.day) AS supplements
     FROM check_ins c WHERE c.day BETWEEN ? AND ? ORDER BY c.day`,
  );

  const steps: Step[] = [
    {
      name: 'series + overlay',
      router: (from, to) => call('trends.series', { measures: ['skinOverall', 'sleepHours'], from, to }),
      raw: (from, to) => rawSeries.all(from, to),
    },
    {
      name: 'monthly averages',
      router: (from, to) => call('trends.periods', { measure: 'skinOverall', period: 'month', from, to }),
      raw: (from, to) => rawMonths.all(from, to),
    },
    {
      name: 'calendar',
      router: (from, to) => call('trends.heatmap', { from, to }),
      raw: (from, to) => rawCalendar.all(from, to),
    },
    {
      name: 'associations',
      router: (from, to) => call('trends.associations', { skinMeasure: 'skinOverall', from, to }),
      raw: (from, to) => rawFactors.all(from, to),
    },
  ];
  // The screen's four requests as the renderer sends them: together.
  const screenRouter = (from: string, to: string) => Promise.all(steps.map((s) => s.router(from, to)));
  const screenRaw = (from: string, to: string) => steps.map((s) => s.raw(from, to));

  const figures: Figure[] = [];
  for (const [label, days, runs] of [
    ['1 year', 365, 40],
    ['10 years', 3650, 15],
  ] as const) {
    const from = addDays(lastDay, -(days - 1));
    const { baseline: raw, operation: routed } = await timePairAsync(
      async () => screenRaw(from, lastDay),
      () => screenRouter(from, lastDay),
      runs,
      3,
    );
    const parts: string[] = [];
    const reads: Figure[] = [];
    for (const s of steps) {
      const { baseline: r, operation: t } = await timePairAsync(
        async () => s.raw(from, lastDay),
        () => s.router(from, lastDay),
        runs,
        2,
      );
      parts.push(`${s.name} ${(t / r).toFixed(1)}×`);
      // Issue 7: every trends read for ten years within 20 ms, each timed alone through the router.
      if (days === 3650)
        reads.push({
          name: `trends, 10 years: ${s.name}`,
          value: t,
          unit: 'ms',
          target: 20,
          detail: `raw SQL ${r.toFixed(1)} ms, ${(t / r).toFixed(1)}×`,
        });
    }
    figures.push({
      name: `trends screen, ${label}: router vs raw SQL`,
      value: routed / raw,
      unit: '×',
      // Issue 7: every router ratio ≤ 3.
      target: 3,
      detail: `${routed.toFixed(1)} ms vs ${raw.toFixed(1)} ms; ${parts.join(', ')}`,
    });
    if (days === 3650)
      figures.push(
        {
          name: 'trends screen, 10 years (all four reads)',
          value: routed,
          unit: 'ms',
          detail: 'one main-process turn for series, averages, calendar and associations',
        },
        ...reads,
      );
  }
  return figures;
}
