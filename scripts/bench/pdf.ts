// A year's progress report as PDF, as "Save as PDF" makes it: the core builds the report and hands one
// self-contained page to the printer, here Chromium's page.pdf() (scripts/browser-host/printer.ts), as the
// app hands it to printToPDF. No app page boots and nothing polls.
import fs from 'node:fs';
import path from 'node:path';
import { fillDemo } from '../../electron/core/data/demoJournal';
import { hasChromium, startHarness } from '../browser-host/harness';
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
  const times: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const start = performance.now();
      const result = await h.session.handle(
        'report.savePdf',
        { from: '2025-12-01', to: '2026-11-30' },
        { url: `${h.baseUrl}/index.html` },
      );
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.error.message);
      if (i > 0) times.push(ms); // the first round warms Chromium
      bytes = fs.statSync((result.value as { path: string }).path).size;
    }
  } finally {
    await h.close();
    await browser?.close();
  }
  return [
    {
      name: 'report PDF of one year (build, lay out, print)',
      value: median(times),
      unit: 'ms',
      target: 2000,
      detail: `${(bytes / 1024).toFixed(0)} KB, median of ${RUNS}`,
    },
  ];
}
