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
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';
import { pageFills } from '../helpers/pdfPages';

const NOW = new Date(2026, 10, 30, 20, 0);
const FROM = '2026-06-01';
const TO = '2026-11-30';
const OUT = path.join(ARTIFACTS, 'report-layout');

const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('the six-month report with one trial, on paper', () => {
  let h: Harness;
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
    const file = await save('a4');
    const pages = pageCount(file);
    const fills = pageFills(file, PAGE_MARGINS_MM);
    console.log(`A4 pages ${pages}:`, fills.map((f) => `${f.page}:${Math.round(f.blankShare * 100)}%`).join(' '));
    expect(pages).toBeLessThanOrEqual(6);
    for (const f of fills.slice(0, -1)) expect(f.blankShare, `page ${f.page}`).toBeLessThanOrEqual(1 / 3);
  });
});
