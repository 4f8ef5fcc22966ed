// Names and notes that try to be code. A person's report travels (to a clinician, by e-mail) as a
// self-contained HTML file or a PDF, where no app's security policy protects it, and its text comes from
// the person, from an imported file, or from the command line. So every field the report prints is filled
// with markup that would run script, load a picture, end the stylesheet or turn into a page number if it
// were interpolated unescaped: the name, notes, a custom trial's name and "what counts", slips and the reason
// the trial was ended, a supplement's name, unit and details. Each version of the report is then opened in a
// real Chromium WITH JavaScript on (and, for the file, with its own policy taken out): the standalone HTML,
// the print job's page, its running header and footer, the PDF printed from it, and the preview on the
// Reports screen. Nothing may run or be added to the page, and each hostile text must read back literally.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { reportHtml, reportPrintJob, type Report } from '$shared/report/index';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';
import { SAFETY } from '../helpers/safety';

const NOW = new Date(2026, 10, 30, 20, 0);
const FROM = '2026-08-01';
const TO = '2026-11-30';

/** What a payload does when it runs: leaves its tag in the global P, which the checks read. */
const pwn = (tag: string) => `P='${tag}'`;
// Each within its field's length limit; each tries a different way out of its context.
const NAME = `Sam </style><img src=x onerror="${pwn('name')}"> & <span class="pageNumber"></span>`;
const NOTE = `</p><script>${pwn('note')}</script><svg onload="${pwn('note-svg')}"></svg>"'&amp;`;
const TRIAL = `Cheese<img src=x onerror=${pwn('trial')}>`;
const COUNTS = `milk"><iframe src="javascript:${pwn('counts')}"></iframe>`;
const SLIP = `</li><img src=x onerror=${pwn('slip')}>`;
const AMOUNT = `{}</style>`;
const REASON = `</section><script>${pwn('reason')}</script>`;
const SUPPLEMENT = `Zinc<script>${pwn('supp')}</script>`;
const UNIT = `"><b>mg`;
// Not printed in the report, but stored beside the name and unit: it must not leak into it either.
const DETAILS = `<img src=x onerror=${pwn('details')}>`;

/** What is on a page that should not be: anything that runs or loads, beyond the report's own parts. */
async function intruders(page: Page): Promise<unknown> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { P?: string }).P ?? null,
    elements: [...document.querySelectorAll('img, script, iframe, object, embed, link, b, span.pageNumber')].map((e) =>
      e.outerHTML.slice(0, 80),
    ),
    handlers: [...document.querySelectorAll('*')]
      .filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
      .map((e) => e.outerHTML.slice(0, 80)),
    styles: document.querySelectorAll('style').length,
    strangeSvg: [...document.querySelectorAll('svg')].filter((s) => s.getAttribute('role') !== 'img').length,
  }));
}
const CLEAN = { pwned: null, elements: [], handlers: [], styles: 1, strangeSvg: 0 };

describe('a report whose every printed field holds markup', () => {
  let h: Harness;
  let model: Report;
  const sender = () => ({ url: `${h.baseUrl}/index.html` });
  const call = async (name: string, input: unknown) => {
    const r = await h.session.handle(name, input, sender());
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };

  beforeAll(async () => {
    h = await startHarness({
      now: NOW,
      prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 200, seed: 9, until: TO }),
    });
    await call('settings.update', { reportName: NAME });
    await call('supplements.add', { name: SUPPLEMENT, dose: 5, unit: UNIT, details: DETAILS, startedOn: '2026-10-25' });
    const trial = await call('trials.create', {
      preset: 'custom',
      name: TRIAL,
      whatCounts: COUNTS,
      startDay: '2026-10-10',
      lengths: { baselineDays: 14, eliminationDays: 28, reintroductionDays: 21, challengeDays: 3, transitionDays: 2 },
      safety: SAFETY,
    });
    const trialId = trial.id as number;
    await call('trials.recordSlip', { trialId, day: '2026-10-20', what: SLIP, amount: AMOUNT });
    await call('trials.endEarly', { trialId, reason: REASON });
    for (const day of ['2026-11-20', '2026-11-21']) await call('checkIns.save', { day, values: { notes: NOTE } });
    model = (await call('report.build', {
      from: FROM,
      to: TO,
      noteDays: ['2026-11-20', '2026-11-21'],
    })) as unknown as Report;
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  test('the model carries every hostile text, so the checks below see each one printed', () => {
    const all = JSON.stringify(model);
    for (const text of [NAME, NOTE, TRIAL, COUNTS, SLIP, AMOUNT, REASON, SUPPLEMENT, UNIT])
      expect(all).toContain(JSON.stringify(text).slice(1, -1));
  });

  async function opened(html: string, withoutPolicy = true): Promise<Page> {
    const page = await h.context.newPage();
    // The policy meta would block inline script on its own; taken out, only the escaping stands in the way.
    const body = withoutPolicy ? html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '') : html;
    await page.route(`${h.baseUrl}/__hostile.html`, (r) => r.fulfill({ contentType: 'text/html', body }));
    await page.goto(`${h.baseUrl}/__hostile.html`);
    await page.waitForTimeout(200); // an onerror of a broken picture fires after load
    return page;
  }

  test('the standalone HTML file: nothing runs or appears, every text reads back as written', async () => {
    const html = reportHtml(model, 'a4');
    for (const withoutPolicy of [true, false]) {
      const page = await opened(html, withoutPolicy);
      try {
        expect(await intruders(page)).toEqual(CLEAN);
        const text = await page.evaluate(() => document.body.textContent ?? '');
        for (const t of [NAME, NOTE, TRIAL, COUNTS, SLIP, AMOUNT, REASON, SUPPLEMENT, UNIT]) expect(text).toContain(t);
        // The name inside the stylesheet (the printed header of a browser's print) stays a string.
        const pageRule = await page.evaluate(() =>
          [...document.styleSheets[0]!.cssRules].map((r) => r.cssText).find((c) => c.startsWith('@page')),
        );
        expect(pageRule).toContain('Sam ');
      } finally {
        await page.close();
      }
    }
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"'); // and the file carries its own policy
    fs.mkdirSync(path.join(ARTIFACTS, 'report'), { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'report', 'hostile.html'), html);
  });

  test('the print job: its page, its running header and footer, and the PDF printed from them', async () => {
    for (const use of ['pdf', 'print-dialog'] as const) {
      const job = reportPrintJob(model, 'a4', use);
      const page = await opened(job.html);
      try {
        expect(await intruders(page)).toEqual(CLEAN);
      } finally {
        await page.close();
      }
      for (const [template, pageNumbers] of [
        [job.headerTemplate, 0],
        [job.footerTemplate, 1],
      ] as const) {
        const t = await opened(`<!doctype html><html><body>${template}</body></html>`);
        try {
          const found = (await intruders(t)) as { pwned: string | null; elements: string[]; handlers: string[] };
          expect(found.pwned).toBeNull();
          expect(found.handlers).toEqual([]);
          // Only the footer's own page-number slot: a name cannot add one Chromium would fill in.
          expect(found.elements).toHaveLength(pageNumbers);
        } finally {
          await t.close();
        }
      }
      expect(job.title).toContain(NAME);
    }
    fs.mkdirSync(path.join(ARTIFACTS, 'report'), { recursive: true });
    const result = await h.session.handle('report.savePdf', { from: FROM, to: TO, noteDays: ['2026-11-20'] }, sender());
    expect(result.ok).toBe(true);
    const pdf = (result as { value: { path: string } }).value.path;
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`onerror="${pwn('name')}"`); // the name, printed as text in the header and body
    expect(text).toContain(`<script>${pwn('note')}</script>`);
    fs.copyFileSync(pdf, path.join(ARTIFACTS, 'report', 'hostile.pdf'));
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      pdf,
      path.join(ARTIFACTS, 'report', 'hostile-page'),
    ]);
  });

  test('the preview on the Reports screen shows the same texts, and nothing of them runs', async () => {
    await h.goto('#/reports');
    await h.page.getByLabel('Choose dates').check();
    await h.page.getByLabel('From').fill(FROM);
    await h.page.getByLabel('To', { exact: true }).fill(TO);
    const preview = h.page.getByRole('region', { name: 'Preview of the report' });
    await preview.getByText(NAME, { exact: false }).first().waitFor();
    await h.page.waitForTimeout(200);
    const found = await h.page.evaluate(() => ({
      pwned: (window as unknown as { P?: string }).P ?? null,
      inReport: [
        ...document.querySelectorAll('.report img, .report script, .report iframe, .report b, .report span.pageNumber'),
      ].length,
      handlers: [...document.querySelectorAll('.report *')].filter((e) =>
        [...e.attributes].some((a) => /^on/i.test(a.name)),
      ).length,
    }));
    expect(found).toEqual({ pwned: null, inReport: 0, handlers: 0 });
    expect(await preview.innerText()).toContain(TRIAL);
    await h.screenshot('reports-hostile-light');
  });
});
