// The core's ReportPrinter port in Chromium, for the end-to-end tests and the benchmark: the same job the app
// hands to Electron (electron/main/reportPrinter.ts) is loaded as a page beside the built renderer (so the
// report's font loads, as from app://axis in the app) with scripts off, and printed with page.pdf(): the same
// print pipeline, the same header and footer templates and margins as printToPDF.
import type { BrowserContext, Page } from 'playwright-core';
import type { ReportPrinter } from '../../electron/core/ports';
import { PAGE_MARGINS_MM, type PrintJob } from '$shared/report/index';

const mm = (n: number) => `${n}mm`;

/** Opens a print job's page beside the built renderer, where its font is served, as the app does beside
 * app://axis. */
export async function openPrintJob(context: BrowserContext, baseUrl: string, job: PrintJob): Promise<Page> {
  const page = await context.newPage();
  const url = `${baseUrl}/__print-job.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: job.html }));
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

export function chromiumPrinter(
  browser: () => Promise<BrowserContext>,
  baseUrl: string,
): ReportPrinter & { jobs: PrintJob[] } {
  const jobs: PrintJob[] = [];
  async function withPage<T>(job: PrintJob, use: (page: Page) => Promise<T>): Promise<T> {
    jobs.push(job);
    const page = await openPrintJob(await browser(), baseUrl, job);
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  }
  return {
    jobs,
    toPdf: (job) =>
      withPage(job, async (page) => {
        const pdf = await page.pdf({
          format: job.paper === 'letter' ? 'Letter' : 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerTemplate,
          footerTemplate: job.footerTemplate,
          margin: {
            top: mm(PAGE_MARGINS_MM.top),
            bottom: mm(PAGE_MARGINS_MM.bottom),
            left: mm(PAGE_MARGINS_MM.left),
            right: mm(PAGE_MARGINS_MM.right),
          },
          tagged: true,
        });
        return new Uint8Array(pdf);
      }),
    // Nobody can press "Print" in a headless browser: the page is laid out as for the dialog, then nothing.
    print: (job) => withPage(job, () => Promise.resolve(false)),
  };
}
