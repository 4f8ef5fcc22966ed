// A year's progress report as PDF: the print page loaded in Chromium, waited on until its charts are drawn,
// and printed with page.pdf() and the report's header and footer, as electron/main/pdfPrinter.ts does with printToPDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillDemo } from '../../electron/core/data/demoJournal';
import { hasChromium, printReportPdf, startHarness } from '../../tests/e2e/harness';
import { median, type Figure } from './measure';

const RUNS = 5;

export async function benchPdf(rendererDir: string): Promise<Figure[]> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html')) || !hasChromium()) {
    console.log('PDF benchmark skipped: needs the built renderer and Chromium');
    return [];
  }
  const h = await startHarness({
    now: new Date(2026, 10, 30, 20),
    prepare: (session) => void fillDemo(session.current().ctx, { days: 400, seed: 5 }),
  });
  const browser = h.context.browser();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'axis-pdf-')), 'report.pdf');
  const times: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await h.context.newPage();
      const start = performance.now();
      await printReportPdf(page, h.baseUrl, { from: '2025-12-01', to: '2026-11-30' }, out, 30_000);
      const ms = performance.now() - start;
      await page.close();
      if (i > 0) times.push(ms); // the first round warms Chromium
      bytes = fs.statSync(out).size;
    }
  } finally {
    await h.close();
    await browser?.close();
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
  return [
    {
      name: 'report PDF of one year (load, draw, print)',
      value: median(times),
      unit: 'ms',
      target: 2000,
      detail: `${(bytes / 1024).toFixed(0)} KB, median of ${RUNS}`,
    },
  ];
}
