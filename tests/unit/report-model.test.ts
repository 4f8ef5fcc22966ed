// The report model from hand-written data: every figure a dermatologist reads is checked against values
// worked out by hand here, without a database.
import { describe, expect, it } from 'vitest';
import { addDays, dayRange } from '$shared/domain/day';
import {
  buildReport,
  REPORT_CSS,
  reportHtml,
  reportSchema,
  type ReportSource,
  type SourceDay,
} from '$shared/report/index';

const FROM = '2026-03-02'; // a Monday
const TO = '2026-03-29'; // four whole ISO weeks

/** Week 1 all 6, week 2 all 4, week 3 all 2, week 4 only three days of 5 (too few to count as a week). */
function skinOf(i: number): number | null {
  if (i < 7) return 6;
  if (i < 14) return 4;
  if (i < 21) return 2;
  return i < 24 ? 5 : null;
}

function day(i: number, extra: Partial<SourceDay> = {}): SourceDay {
  return {
    day: addDays(FROM, i),
    values: {
      skinOverall: skinOf(i),
      bloating: 3,
      sleepHours: i % 2 === 0 ? 7 : 8,
      stress: 4,
      exerciseMinutes: i % 4 === 0 ? 30 : 0,
    },
    exerciseKind: i % 4 === 0 ? 'walking' : null,
    // Face on every other day, the back on every fourth, nothing ticked on the rest.
    bodyAreas: i % 4 === 0 ? ['face', 'back'] : i % 2 === 0 ? ['face'] : [],
    notes: '',
    supplementIds: [],
    ...extra,
  };
}

function source(overrides: Partial<ReportSource> = {}): ReportSource {
  const days = dayRange(FROM, TO)
    .map((_, i) => i)
    .filter((i) => skinOf(i) !== null)
    .map((i) =>
      day(i, {
        supplementIds: i % 4 === 3 ? [] : [1],
        notes: i === 2 ? 'New moisturiser today.' : i === 9 ? 'Slept badly.' : '',
      }),
    );
  return {
    from: FROM,
    to: TO,
    today: '2026-03-30',
    name: 'Sam Example',
    conditions: ['acne'],
    days,
    supplements: [
      { id: 1, name: 'Probiotic', dose: 10, unit: 'billion CFU', startedOn: '2026-01-01', stoppedOn: null },
      { id: 2, name: 'Zinc', dose: 25, unit: 'mg', startedOn: '2026-03-16', stoppedOn: null },
      { id: 3, name: 'Old fish oil', dose: 1, unit: 'g', startedOn: '2025-01-01', stoppedOn: '2025-06-01' },
    ],
    regimenChanges: [
      { day: '2026-03-16', description: 'Started Zinc 25 mg' },
      { day: '2026-02-01', description: 'Outside the period' },
    ],
    trials: [],
    noteDays: [],
    ...overrides,
  };
}

describe('the report model', () => {
  const report = buildReport(source());
  const skin = report.skin.find((s) => s.key === 'skinOverall')!;

  it('states the period, the person and how much was logged', () => {
    expect(report.period).toEqual({ from: FROM, to: TO, days: 28, text: '2 March 2026 to 29 March 2026' });
    expect(report.name).toBe('Sam Example');
    expect(report.logging).toMatchObject({ loggedDays: 24, totalDays: 28 });
    expect(report.logging.text).toBe('Check-ins were logged on 24 of the 28 days in the period (86%).');
    expect(report.conditionsText).toBe('Acne');
    expect(report.printedOnText).toBe('30 March 2026');
  });

  it('averages only the days logged, never counting missing days as zero', () => {
    expect(skin.loggedDays).toBe(24);
    expect(skin.mean).toBeCloseTo((7 * 6 + 7 * 4 + 7 * 2 + 3 * 5) / 24, 12);
    expect(skin.min).toBe(2);
    expect(skin.max).toBe(6);
    expect(skin.rangeText).toBe('2 to 6');
  });

  it('names the best and worst weeks among weeks with at least four days logged', () => {
    expect(skin.bestWeek).toMatchObject({
      start: '2026-03-16',
      end: '2026-03-22',
      mean: 2,
      loggedDays: 7,
      text: '16 to 22 Mar 2026',
    });
    expect(skin.worstWeek).toMatchObject({ start: '2026-03-02', end: '2026-03-08', mean: 6, loggedDays: 7 });
    // Week four (three days at 5) has too few days to count, even though it is not the best or worst anyway.
    const sleep = report.lifestyle.measures.find((s) => s.key === 'sleepHours')!;
    expect(sleep.direction).toBe('higher-is-better');
  });

  it('compares the last week logged with the first, in words that say which way is better', () => {
    // First 7 days from the first logged day: all 6. Last 7 days ending on the last logged day (day 23):
    // days 17..20 at 2 and 21..23 at 5, so (4*2 + 3*5) / 7.
    const last = (4 * 2 + 3 * 5) / 7;
    expect(skin.firstWeekMean).toBe(6);
    expect(skin.lastWeekMean).toBeCloseTo(last, 12);
    expect(skin.change).toBeCloseTo(last - 6, 12);
    expect(skin.changeText).toBe(
      '2.7 points lower at the end than at the start, which is better (6.0 in the first week, 3.3 in the last).',
    );
    expect(skin.startEndText).toBe('6.0 → 3.3');
    const bloating = report.gut.find((s) => s.key === 'bloating')!;
    expect(bloating.changeText).toMatch(/^About the same/);
  });

  it('leaves out best and worst weeks and the change when there are too few days', () => {
    const short = buildReport(source({ to: '2026-03-10' }));
    const s = short.skin.find((m) => m.key === 'skinOverall')!;
    expect(s.change).toBeNull();
    expect(s.changeText).toBe('Too few days logged to compare the first and last weeks.');
    expect(s.bestWeek).toBeNull();
    expect(s.worstWeek).toBeNull();
  });

  it('works out how regularly each supplement was taken, over the days logged while it was in the regimen', () => {
    const [probiotic, zinc, ...rest] = report.supplements;
    // Probiotic ticked on every logged day except i % 4 === 3 (days 3, 7, 11, 15, 19, 23): 18 of 24.
    expect(probiotic).toMatchObject({ name: 'Probiotic', takenDays: 18, loggedDays: 24, spanText: 'whole period' });
    expect(probiotic!.share).toBeCloseTo(0.75, 12);
    expect(probiotic!.text).toBe('Taken on 18 of 24 days logged while in the regimen (75%).');
    // Zinc only counts from its start (16 March, day 14): days 14 to 23 are logged, so 10, never ticked.
    expect(zinc).toMatchObject({
      name: 'Zinc',
      takenDays: 0,
      loggedDays: 10,
      share: 0,
      spanText: 'from 16 Mar 2026',
      doseText: '25 mg',
    });
    // A supplement stopped long before the period and never taken in it is not listed.
    expect(rest).toEqual([]);
  });

  it('prints only the notes of the days the person chose, in date order', () => {
    expect(report.notes).toEqual([]);
    const chosen = buildReport(source({ noteDays: ['2026-03-11', '2026-03-04', '2026-03-05', '2026-04-10'] }));
    expect(chosen.notes).toEqual([
      { day: '2026-03-04', dayText: '4 March 2026', text: 'New moisturiser today.' },
      { day: '2026-03-11', dayText: '11 March 2026', text: 'Slept badly.' },
    ]);
  });

  it('prints no name line when the name is blank', () => {
    const blank = buildReport(source({ name: '   ' }));
    expect(blank.name).toBeNull();
    const html = reportHtml(blank, 'a4');
    expect(html).not.toMatch(/<dt>For<\/dt>/);
    expect(html).not.toMatch(/report for/);
    expect(reportHtml(report, 'a4')).toMatch(/<dt>For<\/dt><dd>Sam Example<\/dd>/);
  });

  it('numbers the supplement changes inside the period and marks them on every trend chart', () => {
    expect(report.regimenChanges).toEqual([{ number: 1, day: '2026-03-16', text: '16 Mar 2026: Started Zinc 25 mg' }]);
    expect(report.charts.map((c) => c.id)).toEqual(['skin-overall', 'gut', 'sleep', 'stress']);
    for (const c of report.charts) expect(c.markers).toEqual([{ day: '2026-03-16', label: '1' }]);
  });

  it('counts the days each body area was affected, most affected first, and prints them under Skin', () => {
    // 24 days logged (days 0-23); face on the 12 even days, back on the 6 days divisible by four.
    expect(report.bodyAreas).toEqual({
      loggedDays: 24,
      daysWithAreas: 12,
      areas: [
        { label: 'Face', days: 12, share: 0.5 },
        { label: 'Back', days: 6, share: 0.25 },
      ],
      text: 'Body areas were ticked on 12 days of the 24 days logged.',
    });
    const html = reportHtml(report, 'a4');
    expect(html).toMatch(
      /<h3>Where the skin was affected<\/h3>.*<td>Face<\/td><td class="num">12<\/td><td class="num">50%<\/td>/s,
    );
    expect(html.indexOf('Where the skin was affected')).toBeLessThan(html.indexOf('<h2>Gut</h2>'));
  });

  it('summarises exercise in words', () => {
    expect(report.lifestyle.exerciseText).toBe(
      'Exercised on 6 of the 24 days logged (25%), 30 minutes on average on those days: walking (6 days).',
    );
  });

  it('always ends with how to read it and the evidence disclaimer', () => {
    expect(report.disclaimer.title).toMatch(/journal, not a doctor/);
    // The warning signs are printed once, in full and per condition, just before the disclaimer.
    const flags = report.redFlags.groups.flatMap((g) => g.items).join(' ');
    expect(flags).toMatch(/blood in your stool/);
    expect(report.disclaimer.paragraphs.join(' ')).not.toMatch(/blood in your stool/);
    expect(report.howToRead.join(' ')).toMatch(/never guessed/);
  });

  it('is a valid report and never says that something causes something', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    const words = JSON.stringify(report) + reportHtml(report, 'letter');
    expect(words).not.toMatch(/\bcaus(e|es|ed|ing)\b/i);
  });

  it('has nothing to say about an empty period, and says so', () => {
    const empty = buildReport(source({ days: [], supplements: [], regimenChanges: [] }));
    expect(empty.skin).toEqual([]);
    expect(empty.charts).toEqual([]);
    expect(empty.logging.text).toBe('Check-ins were logged on 0 of the 28 days in the period (0%).');
    expect(empty.lifestyle.exerciseText).toBe('Exercise was not logged in this period.');
    expect(empty.bodyAreas.text).toBe('No body area was ticked as affected in this period.');
    expect(reportSchema.safeParse(empty).success).toBe(true);
    expect(reportHtml(empty, 'a4')).toMatch(/No skin scores were logged in this period/);
  });
});

describe('page 1, the one-minute summary', () => {
  const report = buildReport(source());
  const html = reportHtml(report, 'a4');
  const page1 = html.slice(html.indexOf('<section class="summary"'), html.indexOf('<h2>Skin</h2>'));

  it('states how much was logged, where, overall skin and its best and worst weeks', () => {
    expect(report.summary.keyFigures).toEqual([
      'Check-ins were logged on 24 of the 28 days in the period (86%).',
      'Skin affected: face on 50% of days logged and back on 25%.',
      'Overall skin averaged 4.1 out of 10 over 24 days logged.', // (7·6 + 7·4 + 7·2 + 3·5) / 24
      'Best week for overall skin: 16 to 22 Mar 2026 (average 2.0); worst: 2 to 8 Mar 2026 (average 6.0).',
    ]);
    expect(report.summary.headline).toBe(
      'Overall skin from start to end: 2.7 points lower at the end than at the start, which is better (6.0 in the first week, 3.3 in the last).',
    );
  });

  it('lists what is taken at the end of the period, with how regularly', () => {
    // Old fish oil stopped before the period; zinc started in it and was never ticked.
    expect(report.summary.current).toEqual([
      { kind: 'supplement', text: 'Probiotic 10 billion CFU (whole period; taken on 75% of days logged)' },
      { kind: 'supplement', text: 'Zinc 25 mg (from 16 Mar 2026; taken on 0% of days logged)' },
    ]);
    const stopped = buildReport(
      source({
        supplements: [
          { id: 1, name: 'Probiotic', dose: 10, unit: 'billion CFU', startedOn: null, stoppedOn: '2026-03-20' },
        ],
      }),
    );
    expect(stopped.summary.current).toEqual([]);
    expect(reportHtml(stopped, 'a4')).toContain('None in the regimen at the end of the period.');
  });

  it('ends the page after the summary, with the chart of overall skin and the key of its numbered changes', () => {
    expect(REPORT_CSS).toMatch(/\.report \.summary \{ break-after: page; \}/);
    const overview = page1.slice(page1.indexOf('<figure class="overview">'), page1.indexOf('</figure>'));
    expect(overview).toContain('<title id="skin-overall-title">Overall skin, 0 to 10</title>');
    expect(overview).toMatch(
      /<figcaption>.*<ol class="marker-key"><li value="1">16 Mar 2026: Started Zinc 25 mg<\/li><\/ol><\/figcaption>/s,
    );
    // Overall skin is drawn once, on page 1; the trend charts after it are the others.
    expect(html.match(/<title id="skin-overall-title">/g)).toHaveLength(1);
    expect(page1).toMatch(/<h3>Red flags noted in the journal<\/h3><p class="empty">None in the journal/);
  });

  it('keeps every name inert on page 1', () => {
    const hostile = '<img src=x onerror=alert(1)> & "Zinc"';
    const r = buildReport(
      source({
        supplements: [{ id: 1, name: hostile, dose: 1, unit: '</li><script>', startedOn: null, stoppedOn: null }],
      }),
    );
    const first = reportHtml(r, 'a4');
    expect(first).not.toContain('<img src=x');
    expect(first).not.toContain('<script>');
    expect(first).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Zinc&quot; 1 &lt;/li&gt;&lt;script&gt;');
  });
});
