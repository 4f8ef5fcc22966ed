// The printed report as a clinician receives it: the six-month demo journal with its dairy trial, saved as
// an A4 PDF through the same operation as "Save as PDF" (Chromium's page.pdf, the app's printToPDF pipeline).
// Read back with pdftotext page by page, and measured as pictures (pdftoppm) for blank space.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { PAGE_MARGINS_MM, type Report } from '$shared/report/index';
import { TRIAL_HEADINGS } from '$shared/report/trialReport';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';
import { pageFills } from '../helpers/pdfPages';

const NOW = new Date(2026, 10, 30, 20, 0);
const FROM = '2026-06-01';
const TO = '2026-11-30';
const OUT = path.join(ARTIFACTS, 'report-layout');

/** A page's text with line breaks and runs of spaces as single spaces, so sentences read across lines. */
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('the six-month report with one trial, on paper', () => {
  let h: Harness;
  let model: Report;
  let a4 = '';
  const sender = () => ({ url: `${h.baseUrl}/index.html` });
  const save = async (paper: 'a4' | 'letter'): Promise<string> => {
    const result = await h.session.handle('report.savePdf', { from: FROM, to: TO, noteDays: [], paper }, sender());
    expect(result.ok).toBe(true);
    const file = path.join(OUT, `report-${paper}.pdf`);
    fs.copyFileSync((result as { value: { path: string } }).value.path, file);
    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(OUT, `${paper}-page`)]);
    return file;
  };

  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    h = await startHarness({
      now: NOW,
      prepare: (session) => {
        fillDemoJournal(session.current().ctx, { days: 365, seed: 4, until: TO });
        fillDemoTrial(session.current().ctx, { seed: 4 });
      },
    });
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  test('A4: at most six pages, none but the last more than a third blank', async () => {
    const file = (a4 = await save('a4'));
    const call = await h.session.handle('report.build', { from: FROM, to: TO, noteDays: [] }, sender());
    model = (call as { value: Report }).value;
    const pages = pageCount(file);
    const fills = pageFills(file, PAGE_MARGINS_MM);
    console.log(`A4 pages ${pages}:`, fills.map((f) => `${f.page}:${Math.round(f.blankShare * 100)}%`).join(' '));
    expect(pages).toBeLessThanOrEqual(6);
    for (const f of fills.slice(0, -1)) expect(f.blankShare, `page ${f.page}`).toBeLessThanOrEqual(1 / 3);
  });

  test('page 1 is the one-minute summary', () => {
    const first = pageText(a4, 1);
    const t = model.trials[0]!;
    const skin = model.skin.find((s) => s.key === 'skinOverall')!;
    expect(first).toContain('Demo person');
    expect(first).toContain('1 June 2026 to 30 November 2026 (183 days)');
    expect(first).toContain('Acne and eczema');
    expect(first).toContain(`${model.logging.text}`);
    expect(first).toContain(flat(model.summary.headline!));
    expect(first).toContain(`Best week for overall skin: ${skin.bestWeek!.text}`);
    expect(first).toContain(flat(`${t.verdict.title}. ${t.verdict.certainty}`));
    expect(first).toContain('Supplements taken now');
    for (const s of model.supplements.filter((s) => s.current)) expect(first).toContain(`${s.name} ${s.doseText}`);
    expect(first).not.toContain('L-glutamine 5'); // stopped in November: not taken now
    expect(first).toContain('Red flags noted in the journal');
    expect(first).toMatch(/Dairy trial: needed a clinician’s agreement, because with eczema/);
    // The chart's numbered changes are keyed on the same page.
    for (const c of model.regimenChanges) expect(first).toContain(flat(c.text));
    // Nothing of the sections after it.
    expect(first).not.toContain('Why this trial');
  });

  test('the trial reads as an N-of-1 trial report, with the statistics in the appendix', () => {
    const pages = pageCount(a4);
    const text = Array.from({ length: pages }, (_, i) => pageText(a4, i + 1)).join(' ');
    const trial = text.slice(text.indexOf('Dairy trial: a single-person (N-of-1) trial'));
    const appendixAt = trial.indexOf('Appendix: statistics of the food trials');
    expect(appendixAt).toBeGreaterThan(0);
    const main = trial.slice(0, appendixAt);
    let at = 0;
    for (const heading of TRIAL_HEADINGS) {
      const found = main.indexOf(heading, at);
      expect(found, heading).toBeGreaterThan(at - 1);
      at = found;
    }
    // Plain words on the trial pages; the model, the correlation and p in the appendix.
    expect(main).not.toMatch(/AR\(1\)|autoregressive|p = |randomisation test|correlation/);
    const appendix = trial.slice(appendixAt);
    expect(appendix).toMatch(/AR\(1\)/);
    expect(appendix).toMatch(/randomisation test, one-sided p = /);
    expect(appendix).toMatch(/correlation from one day to the next was about 0\.\d\d/);
    expect(appendix).toContain('Look: at the planned end, judged on the 95% range.');
    expect(text).not.toMatch(/\bcaus(e|es|ed|ing)\b/i);
  });

  test('US Letter prints the same report, its pages filled the same way', async () => {
    const file = await save('letter');
    const pages = pageCount(file);
    const fills = pageFills(file, PAGE_MARGINS_MM);
    console.log(`Letter pages ${pages}:`, fills.map((f) => `${f.page}:${Math.round(f.blankShare * 100)}%`).join(' '));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
    expect(pageText(file, 1)).toContain(flat(model.summary.headline!));
    expect(pageText(file, 1)).not.toContain('Why this trial');
    for (const f of fills.slice(0, -1)) expect(f.blankShare, `page ${f.page}`).toBeLessThanOrEqual(1 / 3);
  });

  test('the report preview on the Reports screen passes axe', async () => {
    await h.goto('#/reports');
    await h.page.getByLabel('Choose dates').check();
    await h.page.getByLabel('From').fill(FROM);
    await h.page.getByLabel('To', { exact: true }).fill(TO);
    const preview = h.page.getByRole('region', { name: 'Preview of the report' });
    await preview.getByText('Dairy trial: a single-person (N-of-1) trial').waitFor();
    await h.page.waitForFunction(() => !document.querySelector('.preview[aria-busy="true"]'));
    await h.screenshot('reports-summary');
    expect(await h.axe()).toEqual([]);
  });

  test('a treatment started during the trial: in use now on page 1, numbered on its chart, named in the trial', async () => {
    const added = await h.session.handle(
      'treatments.add',
      { name: 'Adapalene', type: 'topical-retinoid', strength: '0.1%', howOften: 'daily', startedOn: '2026-10-05' },
      sender(),
    );
    expect(added.ok).toBe(true);
    const file = path.join(OUT, 'report-a4-treatment.pdf');
    fs.renameSync(await save('a4'), file);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, path.join(OUT, 'treatment-page')]);
    const first = pageText(file, 1);
    expect(first).toContain('Treatments in use now Adapalene 0.1%, retinoid, once a day; from 5 Oct 2026');
    expect(first).toMatch(/\d\. 5 Oct 2026: Started Adapalene/); // the chart's key, on the same page
    const all = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1)).join(' ');
    const changes = all.slice(all.indexOf('Other changes during the trial'), all.indexOf('Outcomes per period'));
    expect(changes).toMatch(/5 Oct 2026 \(elimination\): Started Adapalene/);
    const fills = pageFills(file, PAGE_MARGINS_MM);
    console.log('With a treatment:', fills.map((f) => `${f.page}:${Math.round(f.blankShare * 100)}%`).join(' '));
    for (const f of fills.slice(0, -1)) expect(f.blankShare, `page ${f.page}`).toBeLessThanOrEqual(1 / 3);
  });
});
