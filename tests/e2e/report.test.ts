// A person makes a progress report for their dermatologist: chooses the period, ticks two notes, looks at the
// preview and presses "Save as PDF". The core builds the report and hands one self-contained page to the
// printer: in the app Electron's printToPDF, here Chromium's page.pdf() (scripts/browser-host/printer.ts),
// the same print pipeline with the same header and footer templates. The save dialog answers with the
// harness's folder. The PDF is read back with pdftotext and turned into pictures with pdftoppm
// (tests/.artifacts/report/) to be looked at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { REPORT_FONT_PATH, type Report } from '$shared/report/index';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';
import { openPrintJob } from '../../scripts/browser-host/printer';

const NOW = new Date(2026, 10, 30, 20, 0); // 30 Nov 2026, evening
const FROM = '2026-06-01';
const TO = '2026-11-30';
const OUT = path.join(ARTIFACTS, 'report');

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pdfSize = (file: string) =>
  /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1];

describe('a printable progress report, end to end', () => {
  let h: Harness;
  let model: Report;
  const sender = () => ({ url: `${h.baseUrl}/index.html` });

  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    h = await startHarness({
      now: NOW,
      viewport: { width: 1280, height: 1000 },
      prepare: (session) => {
        fillDemoJournal(session.current().ctx, { days: 365, seed: 4, until: TO });
        fillDemoTrial(session.current().ctx, { seed: 4 });
      },
    });
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
    expect(h.requests.every((u) => new URL(u).hostname === '127.0.0.1')).toBe(true);
  });

  test('choose the period and the notes, and see the report as it will print', async () => {
    const { page } = h;
    await h.goto('#/reports');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Screens' });
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: /printing/ }).count()).toBe(0);

    await page.getByLabel('Choose dates').check();
    await page.getByLabel('From').fill(FROM);
    await page.getByLabel('To', { exact: true }).fill(TO);
    const preview = page.getByRole('region', { name: 'Preview of the report' });
    await preview.getByText('1 June 2026 to 30 November 2026 (183 days)').waitFor();
    await preview.getByText('Demo person').waitFor();

    // Notes: none is printed until ticked.
    await page.getByText(/^Notes to include/).click();
    const boxes = page.locator('.notes input[type="checkbox"]');
    await boxes.first().waitFor();
    expect(await preview.getByRole('heading', { name: 'Notes chosen for this report' }).count()).toBe(0);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await preview.getByRole('heading', { name: 'Notes chosen for this report' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.report .note').length === 2);

    await page.getByRole('radio', { name: 'A4' }).check();
    await page.waitForFunction(() => !document.querySelector('.preview[aria-busy="true"]'));
    await h.screenshot('reports-light');
    await page.screenshot({ path: path.join(ARTIFACTS, 'screens', 'reports-light-top.png') }); // the controls, at screen size
    expect(await h.axe()).toEqual([]);
  });

  test('Save as PDF prints the report with its header, footer and page numbers', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    const saved = path.join(h.saveDir, `Axis report ${FROM} to ${TO}.pdf`);
    await page.getByRole('status').getByText(`Saved the report to ${saved}`).waitFor({ timeout: 30_000 });
    expect(h.printed).toHaveLength(1);
    // The printed page loaded the report's own typeface from beside the app, as the preview uses it.
    expect(h.requests.some((u) => u.endsWith(REPORT_FONT_PATH))).toBe(true);
    const file = path.join(OUT, 'report-a4.pdf');
    fs.copyFileSync(saved, file);

    const call = await h.session.handle('report.build', { from: FROM, to: TO, noteDays: [] }, sender());
    model = (call as { value: Report }).value;
    const text = pdfText(file);
    const pages = pdfPages(file);
    expect(pdfSize(file)).toMatch(/^59[45]\.\d+ x 84[12]\.\d+$/); // A4 in points
    expect(pages).toBeGreaterThanOrEqual(5);
    // The period, in the header of every page and in the body.
    expect(text.match(/1 June 2026 to 30 November 2026/g)!.length).toBeGreaterThanOrEqual(pages);
    // Averages as the model states them.
    const skin = model.skin.find((s) => s.key === 'skinOverall')!;
    expect(text).toContain(`Overall skin averaged ${skin.meanText} out of 10`);
    expect(text).toMatch(
      new RegExp(`Overall skin \\(out of 10\\)\\s+${skin.loggedDays}\\s+${skin.meanText.replace('.', '\\.')}\\s`),
    ); // the table row
    // The trial's verdict, and how sure it is.
    expect(text).toContain(`What was seen: ${model.trials[0]!.verdict.title}`);
    expect(text).toContain('Estimate and how sure');
    // Page numbers and the date printed, in the footer.
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.match(/Printed 30 November 2026/g)!.length).toBe(pages);
    // The chosen notes, the supplements and the disclaimer.
    expect(text).toContain('Notes chosen for this report');
    expect(text).toMatch(/Probiotic\s+10 billion CFU/);
    expect(text).toContain('Axis is a journal, not a doctor');
    expect(text).not.toMatch(/\bcaus(e|es|ed|ing)\b/i);

    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(OUT, 'a4-page')]);
    expect(fs.readdirSync(OUT).filter((f) => f.startsWith('a4-page')).length).toBe(pages);
  });

  test('US Letter, without a name, through the same operation', async () => {
    const result = await h.session.handle(
      'report.savePdf',
      { from: FROM, to: TO, name: '', noteDays: [], paper: 'letter' },
      sender(),
    );
    expect(result.ok).toBe(true);
    const file = path.join(OUT, 'report-letter.pdf');
    fs.copyFileSync((result as { value: { path: string } }).value.path, file);
    expect(pdfSize(file)).toBe('612 x 792');
    const text = pdfText(file);
    expect(text).not.toContain('Demo person');
    expect(text).toContain(`Page 1 of ${pdfPages(file)}`);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', file, path.join(OUT, 'letter-page')]);
  });

  test('the preview on screen and the page sent to the printer say the same, word for word', async () => {
    const textOf = (page: import('playwright-core').Page) =>
      page
        .locator('article.report')
        .innerText()
        .then((t) => t.replace(/\s+/g, ' ').trim());
    const printedPage = await openPrintJob(h.context, h.baseUrl, h.printed[0]!);
    try {
      const [onScreen, onPaper] = [await textOf(h.page), await textOf(printedPage)];
      expect(onScreen.length).toBeGreaterThan(5000);
      expect(onScreen).toBe(onPaper);
      expect(await h.page.locator('article.report svg').count()).toBe(
        await printedPage.locator('article.report svg').count(),
      );
    } finally {
      await printedPage.close();
    }
  });

  test('for the system print dialog (no templates), the page draws its own header and footer', async () => {
    const result = await h.session.handle('report.print', { from: FROM, to: TO, paper: 'a4' }, sender());
    expect(result).toMatchObject({ ok: true, value: { printed: false } }); // nobody presses Print here
    const page = await openPrintJob(h.context, h.baseUrl, h.printed.at(-1)!);
    const file = path.join(OUT, 'report-print-dialog.pdf');
    try {
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const text = pdfText(file);
      const pages = pdfPages(file);
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text.match(/Skin and gut progress report for Demo person, 1 June 2026 to 30 November 2026/g)!.length).toBe(
        pages,
      );
      expect(text.match(/Printed 30 November 2026/g)!.length).toBe(pages);
    } finally {
      await page.close();
    }
  });
});

describe('the Reports screen in the dark', () => {
  test('reads well and passes axe', async () => {
    const h = await startHarness({
      now: NOW,
      colorScheme: 'dark',
      prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 120, seed: 4, until: TO }),
    });
    try {
      await h.goto('#/reports');
      await h.page
        .getByRole('region', { name: 'Preview of the report' })
        .getByText('Skin and gut progress report')
        .waitFor();
      await h.screenshot('reports-dark');
      await h.page.screenshot({ path: path.join(ARTIFACTS, 'screens', 'reports-dark-top.png') });
      expect(await h.axe()).toEqual([]);
      expect(h.errors).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('the paper a report starts on', () => {
  test('follows the computer’s region, then the person’s own choice', async () => {
    const h = await startHarness({
      now: NOW,
      locale: 'en-CA',
      prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 30, seed: 4, until: TO }),
    });
    try {
      await h.goto('#/reports');
      expect(await h.page.getByRole('radio', { name: 'US Letter' }).isChecked()).toBe(true);
      await h.page.getByRole('radio', { name: 'A4' }).check();
      await h.goto('#/settings');
      expect(await h.page.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true); // remembered
      await h.goto('#/reports');
      expect(await h.page.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
    } finally {
      await h.close({ requireNoErrors: true });
    }
  });
});
