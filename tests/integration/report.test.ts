// The report operations through the real router on a seeded journal file: the figures agree with the journal
// itself, the finished demo trial is reported with the same verdict as its own results, notes appear only when
// chosen, and "Save as PDF" and "Print" refuse in words where there is no window to print from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import fs from 'node:fs';
import path from 'node:path';
import type { PrintJob } from '$shared/report/index';
import { addDays } from '$shared/domain/day';
import { longDay, shortDay } from '$shared/report/words';
import { openTestJournal, snapshot, type TestJournal } from '../helpers/journal';
import { SAFETY } from '../helpers/safety';

const FROM = '2026-06-01';
const TO = '2026-11-30';
let j: TestJournal;
let trialId: number;

beforeAll(() => {
  j = openTestJournal({ now: () => new Date('2026-11-30T12:00:00') });
  fillDemoJournal(j.app.ctx, { days: 365, seed: 4, until: TO });
  trialId = fillDemoTrial(j.app.ctx, { seed: 4 }).trialId;
});
afterAll(() => j.close());

const avg = (column: string, from = FROM, to = TO) =>
  j.app.db
    .prepare(`SELECT avg(${column}) AS v, count(${column}) AS n FROM check_ins WHERE day BETWEEN ? AND ?`)
    .get(from, to) as { v: number; n: number };

describe('report.build', () => {
  it('reports the period with figures that match the journal, and changes nothing', async () => {
    const before = snapshot(j.app);
    const r = await j.value('report.build', { from: FROM, to: TO, noteDays: [] });
    expect(snapshot(j.app)).toEqual(before);
    expect(r.period.text).toBe('1 June 2026 to 30 November 2026');
    expect(r.name).toBe('Demo person'); // the name saved in Settings
    expect(r.printedOn).toBe('2026-11-30');
    expect(r.conditionsText).toBe('Acne and eczema');
    const logged = (
      j.app.db.prepare('SELECT count(*) AS n FROM check_ins WHERE day BETWEEN ? AND ?').get(FROM, TO) as { n: number }
    ).n;
    expect(r.logging.loggedDays).toBe(logged);
    for (const [key, column] of [
      ['skinOverall', 'skin_overall'],
      ['itch', 'itch'],
      ['inflamedSpots', 'inflamed_spots'],
    ] as const) {
      const s = r.skin.find((m) => m.key === key)!;
      expect(s.mean).toBeCloseTo(avg(column).v, 10);
      expect(s.loggedDays).toBe(avg(column).n);
    }
    expect(r.gut.find((m) => m.key === 'bloating')!.mean).toBeCloseTo(avg('bloating').v, 10);
    expect(r.lifestyle.measures.find((m) => m.key === 'sleepHours')!.mean).toBeCloseTo(avg('sleep_hours').v, 10);
    expect(r.lifestyle.measures.find((m) => m.key === 'stress')!.mean).toBeCloseTo(avg('stress').v, 10);
    const overall = r.skin.find((m) => m.key === 'skinOverall')!;
    expect(overall.bestWeek!.mean).toBeLessThan(overall.worstWeek!.mean);
    expect(r.charts.map((c) => c.id)).toEqual(['skin-overall', 'skin-details', 'gut', 'sleep', 'stress']);
  });

  it('works out supplement regularity from the days logged', async () => {
    const r = await j.value('report.build', { from: FROM, to: TO });
    const probiotic = r.supplements.find((s) => s.name === 'Probiotic')!;
    const taken = (
      j.app.db
        .prepare(
          "SELECT count(*) AS n FROM supplement_intakes i JOIN supplements s ON s.id = i.supplement_id WHERE s.name = 'Probiotic' AND i.day BETWEEN ? AND ?",
        )
        .get(FROM, TO) as { n: number }
    ).n;
    expect(probiotic.takenDays).toBe(taken);
    expect(probiotic.loggedDays).toBe(r.logging.loggedDays);
    const glutamine = r.supplements.find((s) => s.name === 'L-glutamine')!;
    expect(glutamine.spanText).toMatch(/^stopped /);
    expect(glutamine.share!).toBeGreaterThan(0.7);
    expect(r.regimenChanges.map((c) => c.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Started Vitamin D3/),
        expect.stringMatching(/Stopped L-glutamine/),
      ]),
    );
  });

  it('includes the finished trial with its protocol, adherence, slips, changes and the same verdict as its results', async () => {
    const r = await j.value('report.build', { from: FROM, to: TO });
    const results = await j.value('trials.analyze', { trialId });
    expect(r.trials).toHaveLength(1);
    const t = r.trials[0]!;
    expect(t.name).toBe('Dairy');
    expect(t.statusLabel).toBe('Finished');
    expect(t.verdict.title).toBe(results.analysis.verdict.title);
    expect(t.verdict.summary).toBe(results.analysis.verdict.summary);
    expect(t.verdict.caveats).toEqual(results.analysis.verdict.caveats);
    expect(t.phases.map((p) => p.label)).toEqual(['Baseline', 'Elimination', 'Reintroduction']);
    expect(t.slips).toEqual([
      expect.objectContaining({ what: 'Milk chocolate at a birthday party', phaseLabel: 'Elimination' }),
    ]);
    expect(t.changes.map((c) => c.description)).toContain('Started Vitamin D3 1000 IU');
    expect(t.adherence.keptDays).toBe(t.adherence.answeredDays - 1);
    expect(t.designText).toMatch(/drawn at random/);
    expect(t.chart!.bands.map((b) => b.kind)).toEqual(['baseline', 'elimination', 'reintroduction']);
    expect(JSON.stringify(r)).not.toMatch(/\bcaus(e|es|ed|ing)\b/i);
  });

  it('takes one chosen trial, leaves trials out of periods they do not touch, and refuses an unknown trial', async () => {
    expect((await j.value('report.build', { from: FROM, to: TO, trialId })).trials.map((t) => t.id)).toEqual([trialId]);
    expect((await j.value('report.build', { from: '2026-01-01', to: '2026-03-31' })).trials).toEqual([]);
    const unknown = await j.call('report.build', { from: FROM, to: TO, trialId: 99 });
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no trial number 99 in this journal.' },
    });
  });

  it('prints the name given, or none when it is left blank', async () => {
    expect((await j.value('report.build', { from: FROM, to: TO, name: '  Alex  ' })).name).toBe('Alex');
    expect((await j.value('report.build', { from: FROM, to: TO, name: '' })).name).toBeNull();
  });

  it('refuses impossible periods in words', async () => {
    const backwards = await j.call('report.build', { from: TO, to: FROM });
    expect(backwards).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/starts \(2026-11-30\) after it ends \(2026-06-01\)/),
      },
    });
    const bad = await j.call('report.build', { from: '2026-02-30', to: TO });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/from: must be a real date written YYYY-MM-DD/) },
    });
    const long = await j.call('report.build', { from: '2020-01-01', to: TO });
    expect(long).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at most 1100 days/) } });
  });
});

describe('report.notes', () => {
  it('lists the days with notes to choose from, and only chosen days are printed', async () => {
    const notes = await j.value('report.notes', { from: FROM, to: TO });
    const expected = j.app.db
      .prepare("SELECT day, notes AS text FROM check_ins WHERE day BETWEEN ? AND ? AND notes <> '' ORDER BY day")
      .all(FROM, TO);
    expect(notes).toEqual(expected);
    expect(notes.length).toBeGreaterThan(5);
    const chosen = [notes[3]!.day, notes[0]!.day, '2026-06-02'];
    const r = await j.value('report.build', { from: FROM, to: TO, noteDays: chosen });
    expect(r.notes.map((n) => n.day)).toEqual([notes[0]!.day, notes[3]!.day]);
    expect(r.notes[0]!.text).toBe(notes[0]!.text);
    expect(await j.call('report.notes', { from: TO, to: FROM })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('report.savePdf and report.print', () => {
  it('refuse in words where there is no window to print from (the command line)', async () => {
    const pdf = await j.call('report.savePdf', { from: FROM, to: TO });
    expect(pdf).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/^Saving a PDF works in the Axis app only\. .*report --out report\.html/),
      },
    });
    const print = await j.call('report.print', { from: FROM, to: TO });
    expect(print).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Printing works in the Axis app only/) },
    });
  });

  it('ask where to save first, print the built report there, and report a cancelled dialog as such', async () => {
    const asked: string[] = [];
    const jobs: PrintJob[] = [];
    let answer: string | null = path.join(j.dir, 'for the clinic');
    j.app.ctx.host.dialogs = {
      chooseSavePath: async (name) => (asked.push(name), answer),
      chooseOpenPath: async () => null,
    };
    j.app.ctx.host.printer = {
      toPdf: async (job) => (jobs.push(job), new TextEncoder().encode('%PDF-1.7 pretend')),
      print: async (job) => (jobs.push(job), false),
    };
    try {
      const saved = await j.value('report.savePdf', { from: FROM, to: TO, trialId, noteDays: ['2026-06-10'] });
      // ".pdf" is added when the person leaves it out, and the file holds what the printer made.
      expect(saved).toEqual({ path: path.join(j.dir, 'for the clinic.pdf') });
      expect(fs.readFileSync(saved.path!, 'utf8')).toBe('%PDF-1.7 pretend');
      expect(asked).toEqual([`Axis report ${FROM} to ${TO}.pdf`]);
      // The page printed is the report itself, with Chromium's header and footer for the PDF and no CSS
      // margin boxes (which would print the header twice).
      expect(jobs[0]!.html).toContain('<title>Skin and gut progress report');
      expect(jobs[0]!.html).not.toContain('@top-center');
      expect(jobs[0]!.footerTemplate).toContain('class="totalPages"');
      expect(jobs[0]!.paper).toBe('a4');

      answer = null;
      expect(await j.value('report.savePdf', { from: FROM, to: TO })).toEqual({ path: null });
      expect(jobs).toHaveLength(1); // a cancelled dialog prints nothing

      expect(await j.value('report.print', { from: FROM, to: TO, paper: 'letter' })).toEqual({ printed: false });
      expect(jobs[1]!.paper).toBe('letter');
      expect(jobs[1]!.html).toContain('@top-center'); // the print dialog takes no templates: the page draws its own
      // An unknown trial is refused before any dialog opens.
      expect(await j.call('report.savePdf', { from: FROM, to: TO, trialId: 99 })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(asked).toHaveLength(2);
    } finally {
      j.app.ctx.host = {};
    }
  });
});

describe('a running trial with a hidden switch day', () => {
  it('is reported without giving the switch day away', async () => {
    const k = openTestJournal({ now: () => new Date('2026-11-30T12:00:00') });
    try {
      fillDemoJournal(k.app.ctx, { days: 60, seed: 9, until: '2026-11-30' });
      await k.value('trials.create', {
        safety: SAFETY,
        preset: 'sugar',
        startDay: addDays('2026-11-30', -10),
        randomSwitch: { windowDays: 21 },
      });
      const {
        d: switchDay,
        first,
        last,
      } = k.app.db.prepare('SELECT switch_day AS d, switch_first AS first, switch_last AS last FROM trials').get() as {
        d: string;
        first: string;
        last: string;
      };
      expect(switchDay > '2026-11-30').toBe(true);
      const r = await k.value('report.build', { from: '2026-11-01', to: '2026-11-30' });
      const t = r.trials[0]!;
      expect(t.statusLabel).toBe('Running');
      expect(t.endDay).toBeNull();
      expect(t.datesText).toMatch(/end not yet known/);
      // No verdict yet, and no date for it either: the cycle's end would give the drawn day away.
      expect(t.verdict.title).toBe('Verdict at the end of the first cycle');
      // The window's own ends are printed (that is no secret), and the drawn day may fall on one of them.
      const forms = (day: string) => [day, shortDay(day), longDay(day)];
      let text = JSON.stringify(r);
      expect(text).toContain(shortDay(first));
      for (const end of [...forms(first), ...forms(last)]) text = text.split(end).join('');
      for (const form of [
        switchDay,
        shortDay(switchDay),
        longDay(switchDay),
        shortDay(addDays(switchDay, -1)),
        longDay(addDays(switchDay, -1)),
        // Nor any later day that follows from it (such as the end of the first cycle).
        ...Array.from({ length: 200 }, (_, i) => forms(addDays(switchDay, i + 1))).flat(),
      ])
        expect(text).not.toContain(form);
    } finally {
      k.close();
    }
  });
});
