// The demo dairy trial as the report's N-of-1 section and page 1 state it, through the real router on a
// seeded journal file: each figure is worked out again here from the journal's own rows (check-ins, the
// trial's phases), and the words are the trial results' own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { reportHtml, type Report } from '$shared/report/index';
import { openTestJournal, type TestJournal } from '../helpers/journal';

const FROM = '2026-06-01';
const TO = '2026-11-30';
let j: TestJournal;
let trialId: number;
let report: Report;

beforeAll(async () => {
  j = openTestJournal({ now: () => new Date('2026-11-30T12:00:00') });
  fillDemoJournal(j.app.ctx, { days: 365, seed: 4, until: TO });
  trialId = fillDemoTrial(j.app.ctx, { seed: 4 }).trialId;
  report = await j.value('report.build', { from: FROM, to: TO, noteDays: [] });
});
afterAll(() => j.close());

describe('the trial as an N-of-1 report', () => {
  it('says why, and how the switch day was drawn', async () => {
    const t = report.trials[0]!;
    const detail = await j.value('trials.get', { trialId });
    expect(t.why[0]).toMatch(/^The person’s own question: does their acne and eczema change when dairy is left out/);
    expect(t.why[1]).toBe(`What published studies say: ${detail.evidence}`);
    const r = detail.randomSwitch!;
    expect(t.designText).toContain(`each of the ${r.days} days from`);
    expect(t.designText).toMatch(/kept hidden from the person until it came \(\d+ \w{3} 2026\)\./);
  });

  it('says how often the plan was kept, of the whole trial once it has finished (not "so far")', async () => {
    const t = report.trials[0]!;
    const answered = j.app.db
      .prepare('SELECT count(*) AS n, sum(kept) AS kept FROM trial_adherence WHERE trial_id = ?')
      .get(trialId) as { n: number; kept: number };
    expect(t.adherence.text).toMatch(
      new RegExp(`^Kept to the plan on ${answered.kept} of ${answered.n} days answered .* of the trial\\.$`),
    );
    expect(t.adherence.text).not.toContain('so far');
  });

  it('counts the days compared and logged in each period as the analysis does', async () => {
    const results = await j.value('trials.analyze', { trialId });
    const t = report.trials[0]!;
    expect(t.phases.map((p) => [p.comparedDays, p.loggedDays])).toEqual(
      results.analysis.phases.map((p) => [p.usableDays, p.loggedDays]),
    );
  });

  it('counts flare days from the check-ins: at least the meaningful change worse than the baseline average', async () => {
    const results = await j.value('trials.analyze', { trialId });
    const t = report.trials[0]!;
    const baseline = results.phases.find((p) => p.kind === 'baseline')!;
    const bar = baseline.mean! + results.outcome.mid;
    const counts = results.phases.map(
      (p) =>
        (
          j.app.db
            .prepare('SELECT count(*) AS n FROM check_ins WHERE day BETWEEN ? AND ? AND skin_overall >= ?')
            .get(p.startDay, p.endDay, bar) as { n: number }
        ).n,
    );
    const flares = t.harms.find((h) => h.startsWith('Flare days'))!;
    expect(flares).toContain(`at or above ${bar.toFixed(1)}`);
    results.phases.forEach((p, i) =>
      expect(flares).toContain(`${counts[i]} day${counts[i] === 1 ? '' : 's'} in the ${p.label.toLowerCase()}`),
    );
    const worst = j.app.db
      .prepare('SELECT max(skin_overall) AS v FROM check_ins WHERE day BETWEEN ? AND ?')
      .get(results.phases[0]!.startDay, results.phases.at(-1)!.endDay) as { v: number };
    expect(t.harms.find((h) => h.startsWith('Worst day'))).toMatch(
      new RegExp(`^Worst day logged: ${worst.v} out of 10`),
    );
  });

  it('states its limitations with the results’ own caveats, and keeps the statistics for the appendix', async () => {
    const results = await j.value('trials.analyze', { trialId });
    const t = report.trials[0]!;
    expect(t.limitations[0]).toMatch(/^Not blinded/);
    for (const c of results.analysis.verdict.caveats) expect(t.limitations).toContain(c);
    expect(t.statistics.details).toEqual(results.analysis.verdict.details);
    expect(t.statistics.method.join(' ')).toMatch(/AR\(1\)/);
    expect(t.statistics.method).toContain('Look: at the planned end, judged on the 95% range.');
  });
});

describe('page 1', () => {
  it('gives the verdict in the results screen’s words, and the cautions the set-up answers raised', async () => {
    const results = await j.value('trials.analyze', { trialId });
    expect(report.summary.verdicts).toEqual([
      {
        trial: expect.stringMatching(/^Dairy trial \(finished, \d+ \w{3} to \d+ \w{3} 2026\)$/),
        title: results.analysis.verdict.title,
        certainty: results.analysis.verdict.certainty,
      },
    ]);
    // The demo person tracks eczema, and dairy is a common allergen: the set-up asked for a clinician.
    expect(report.summary.flags).toEqual([
      'Dairy trial: needed a clinician’s agreement, because with eczema, bringing dairy back can set off a new allergic reaction. The person confirmed a clinician agreed.',
    ]);
  });

  it('lists only the supplements still in the regimen at the end of the period', () => {
    const stopped = j.app.db
      .prepare('SELECT name FROM supplements WHERE stopped_on IS NOT NULL AND stopped_on <= ?')
      .all(TO) as { name: string }[];
    expect(stopped.length).toBeGreaterThan(0);
    const now = report.summary.current.map((c) => c.text).join(' | ');
    for (const s of stopped) expect(now).not.toContain(s.name);
    expect(report.summary.current.length).toBe(report.supplements.length - stopped.length);
  });
});

describe('treatments on page 1 and in the trial', () => {
  let k: TestJournal;
  let r: Report;
  beforeAll(async () => {
    k = openTestJournal({ now: () => new Date('2026-11-30T12:00:00') });
    fillDemoJournal(k.app.ctx, { days: 365, seed: 4, until: TO });
    const trial = fillDemoTrial(k.app.ctx, { seed: 4 });
    const started = await k.value('treatments.add', {
      name: 'Adapalene',
      type: 'topical-retinoid',
      strength: '0.1%',
      howOften: 'daily',
      startedOn: '2026-10-05',
    });
    const cream = await k.value('treatments.add', {
      name: 'Hydrocortisone 1%',
      type: 'topical-steroid',
      howOften: 'as-needed',
      startedOn: '2026-06-10',
    });
    await k.value('treatments.stop', { id: cream.treatment.id, stoppedOn: '2026-11-30' });
    expect(started.treatment.name).toBe('Adapalene');
    expect(trial.startDay < '2026-10-05' && '2026-10-05' < trial.endDay).toBe(true);
    r = await k.value('report.build', { from: FROM, to: TO, noteDays: [] });
  });
  afterAll(() => k.close());

  it('lists the treatments in use at the end of the period, not one stopped on its last day', () => {
    expect(r.summary.current.filter((c) => c.kind === 'treatment')).toEqual([
      { kind: 'treatment', text: 'Adapalene 0.1%, retinoid, once a day; from 5 Oct 2026' },
    ]);
  });

  it('numbers the treatment changes on the overall skin chart, keyed on page 1, and names them in the trial', () => {
    const change = r.regimenChanges.find((c) => /Adapalene/.test(c.text))!;
    const overview = r.charts.find((c) => c.id === 'skin-overall')!;
    expect(overview.markers).toContainEqual({ day: '2026-10-05', label: String(change.number) });
    const html = reportHtml(r, 'a4');
    const page1 = html.slice(0, html.indexOf('<h2>Skin</h2>'));
    expect(page1).toContain(`<li value="${change.number}">${change.text}</li>`);
    expect(page1).toMatch(/<h3>Treatments in use now<\/h3><ul><li>Adapalene 0\.1%/);
    expect(r.trials[0]!.changes.map((c) => c.description)).toContainEqual(expect.stringMatching(/Adapalene/));
  });
});
