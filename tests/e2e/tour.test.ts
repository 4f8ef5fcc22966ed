// A walk through every screen in the navigation, with a year of generated data and a finished trial, in
// both themes: each screen renders without errors, passes axe, is reachable by Ctrl+<position>, and
// nothing the page asks for leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillDemo } from '../../electron/core/data/demoJournal';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

describe.each(['light', 'dark'] as const)('every screen, %s theme', (scheme) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      now: new Date(2026, 10, 30, 20),
      colorScheme: scheme,
      prepare: (session) => void fillDemo(session.current().ctx, { days: 365, seed: 4 }),
    });
    await h.goto('#/today');
  });
  afterAll(async () => {
    await h?.close();
  });

  test('each navigation entry opens its screen, by click and by Ctrl+number', async () => {
    const { page } = h;
    const links = await page
      .locator('nav[aria-label="Screens"] a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, label: a.textContent.trim() })));
    expect(links.map((l) => l.label)).toEqual(
      expect.arrayContaining(['Today', 'Journal', 'Trials', 'Trends', 'Guide', 'Settings']),
    );
    for (const [i, link] of links.entries()) {
      await page.keyboard.press(`Control+${i + 1}`);
      await page.waitForFunction((href) => location.hash === href, link.href);
      await page.locator('main h1').first().waitFor();
      // Every answer in, every section shown and every chart drawn (Chart.js marks a canvas once it has
      // rendered it): then the screen is what a person sees.
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(
        () =>
          !document.querySelector('main [aria-busy="true"]') &&
          [...document.querySelectorAll('main canvas')].every((c) => c.hasAttribute('data-drawn')),
      );
      await h.screenshot(`tour-${link.label.toLowerCase()}-${scheme}`);
      expect(await h.axe(), `${link.label} (${scheme})`).toEqual([]);
      expect(await page.locator('[role="alert"]').allTextContents(), `${link.label} shows no error`).toEqual([]);
    }
    expect(h.errors).toEqual([]);
  });

  test('nothing the page asked for left 127.0.0.1', () => {
    // The hook saw the page load: its document, script, stylesheet, a font and the lazily loaded charts.
    for (const asked of [/\/index\.html$/, /\/assets\/index-.*\.js$/, /\.css$/, /\.woff2$/, /\/assets\/chart-.*\.js$/])
      expect(
        h.requests.some((u) => asked.test(u)),
        String(asked),
      ).toBe(true);
    expect(h.requests.filter((u) => !u.startsWith(h.baseUrl))).toEqual([]);
  });
});
