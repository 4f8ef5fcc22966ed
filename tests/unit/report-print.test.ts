// The pieces that put a report on paper: the query, text in the stylesheet, chart geometry and SVG, the running header
// and footer, and the page rules of the shared stylesheet.
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '$shared/report/chartGeometry';
import { xTickDays, yTickValues } from '$shared/report/chartGeometry';
import { reportQuerySchema } from '$shared/report/query';
import { pageTemplates } from '$shared/report/pageTemplates';
import type { ChartSpec } from '$shared/report/schema';
import { PAGE_MARGINS_MM, REPORT_CSS, cssString, pageCss } from '$shared/report/styles';
import { chartSvg } from '$shared/report/svg';
import { dayRangeText, num, signed } from '$shared/report/words';

describe('the report query', () => {
  it('refuses a period longer than a report covers', () => {
    expect(reportQuerySchema.safeParse({ from: '2020-01-01', to: '2026-01-01' }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ from: '2026-01-01', to: '2026-06-30' }).success).toBe(true);
  });
});

describe('text inside the stylesheet', () => {
  it('cannot end the string, the rule or the <style> element, whatever the name holds', () => {
    for (const hostile of [
      '</style><img src=x onerror=alert(1)>',
      'a"; } body { display:none } "',
      'back\\slash\nline',
    ]) {
      const css = cssString(hostile);
      const unescaped = css.slice(1, -1).replace(/\\[0-9a-f]+ /g, '');
      expect(unescaped).not.toMatch(/["\\<>{}\n]/);
      expect(css).not.toContain('</style');
    }
    expect(cssString('Zoë Ørsted, 12 (Mum)')).toBe('"Zoë Ørsted, 12 (Mum)"');
  });
});

describe('words on paper', () => {
  it('prints true minus signs and compact date ranges', () => {
    expect(num(-1.25)).toBe('−1.3');
    expect(num(-0.01)).toBe('0.0');
    expect(num(null)).toBe('–');
    expect(signed(1.7)).toBe('+1.7');
    expect(signed(-0.04)).toBe('0.0');
    expect(dayRangeText('2026-08-03', '2026-08-09')).toBe('3 to 9 Aug 2026');
    expect(dayRangeText('2026-07-28', '2026-08-03')).toBe('28 Jul to 3 Aug 2026');
    expect(dayRangeText('2025-12-29', '2026-01-04')).toBe('29 Dec 2025 to 4 Jan 2026');
  });
});

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  id: 'test',
  title: 'Itch <&> "redness"',
  caption: 'A test chart.',
  from: '2026-06-01',
  to: '2026-06-28',
  yMin: 0,
  yMax: 10,
  yLabel: 'score',
  series: [
    {
      label: 'Itch',
      kind: 'line',
      style: 'solid',
      tone: 1,
      points: [
        { day: '2026-06-01', value: 5 },
        { day: '2026-06-02', value: 5.2 },
        { day: '2026-06-10', value: 3 },
      ],
    },
    {
      label: 'Redness',
      kind: 'line',
      style: 'dashed',
      tone: 2,
      points: [
        { day: '2026-06-01', value: 5 },
        { day: '2026-06-02', value: 5.1 },
      ],
    },
  ],
  bands: [],
  levels: [],
  markers: [{ day: '2026-06-15', label: '1' }],
  ...over,
});

describe('report charts', () => {
  it('uses round steps and sensible dates on the axes', () => {
    expect(yTickValues(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(yTickValues(0, 12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(yTickValues(0, 200)).toEqual([0, 50, 100, 150, 200]);
    expect(xTickDays('2026-06-01', '2026-06-28').map((t) => t.label)).toEqual(['1 Jun', '8 Jun', '15 Jun', '22 Jun']);
    expect(xTickDays('2026-06-01', '2026-11-30').map((t) => t.label)).toEqual([
      'Jun 2026',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
    expect(xTickDays('2025-06-01', '2026-11-30').map((t) => t.label)).toEqual([
      'Jul 2025',
      'Oct',
      'Jan 2026',
      'Apr',
      'Jul',
      'Oct',
    ]);
  });

  it('keeps line labels apart and inside the plot, and draws a lonely value as a dot', () => {
    const g = chartGeometry(spec());
    const [a, b] = g.lines.map((l) => l.labelY!);
    expect(Math.abs(a! - b!)).toBeGreaterThanOrEqual(12);
    for (const y of [a!, b!]) expect(y).toBeGreaterThanOrEqual(g.plot.y);
    // 10 June has no neighbours: it would vanish from a line, so it becomes a dot.
    expect(g.dots).toHaveLength(1);
    expect(g.dots[0]!.points).toHaveLength(1);
    expect(g.lines[0]!.d.match(/M/g)).toHaveLength(1);
    expect(g.markers).toHaveLength(1);
  });

  it('draws a half-width chart narrower, with room at the right for the longest line name', () => {
    const full = chartGeometry(spec());
    const half = chartGeometry(spec({ size: 'half' }));
    expect(half.width).toBeLessThan(full.width / 1.8);
    expect(half.height).toBeLessThanOrEqual(full.height);
    // "Redness or flushing", the longest built-in name, at 11 units a letter-width of about 6, after the swatch.
    expect(half.width - (half.plot.x + half.plot.w)).toBeGreaterThanOrEqual(24 + 'Redness or flushing'.length * 5.5);
    expect(chartSvg(spec({ size: 'half' }))).toMatch(/^<svg [^>]*viewBox="0 0 380 214"/);
  });

  it('draws patterned, labelled phases and escapes every text', () => {
    const svg = chartSvg(
      spec({
        bands: [
          { from: '2026-06-01', to: '2026-06-14', label: 'Baseline', kind: 'baseline' },
          { from: '2026-06-15', to: '2026-06-28', label: 'Elimination', kind: 'elimination' },
        ],
        levels: [{ from: '2026-06-01', to: '2026-06-14', value: 5.1, label: '5.1' }],
      }),
    );
    expect(svg).toContain('<title id="test-title">Itch &lt;&amp;&gt; &quot;redness&quot;</title>');
    expect(svg).toContain('fill="url(#test-elimination)"');
    expect(svg).toContain('>Elimination</text>');
    expect(svg).toContain('stroke-dasharray="8 4"'); // the dashed line: told apart without colour
    expect(svg).toMatch(/role="img" aria-labelledby="test-title test-desc"/);
    expect(svg).not.toMatch(/<script|animate/);
  });
});

describe('pages', () => {
  it('has a running header with the period and a footer with page numbers and the date printed', () => {
    const t = pageTemplates({
      title: 'Skin and gut progress report',
      name: 'A <b>',
      period: { text: '1 June 2026 to 30 November 2026' },
      printedOnText: '3 December 2026',
    });
    expect(t.headerTemplate).toContain('Skin and gut progress report for A &lt;b&gt;');
    expect(t.headerTemplate).toContain('1 June 2026 to 30 November 2026');
    expect(t.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(t.footerTemplate).toContain('Printed 3 December 2026');
    expect(t.footerTemplate).toMatch(/font-size:8pt/); // the template's own default size is unreadably small
    expect(
      pageTemplates({ title: 'T', name: null, period: { text: 'P' }, printedOnText: 'D' }).headerTemplate,
    ).not.toContain(' for ');
  });

  it('prints on A4 or Letter, and never cuts a chart or a table row', () => {
    const m = PAGE_MARGINS_MM;
    expect(pageCss('a4')).toBe(
      `@page { size: A4 portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;  }`,
    );
    expect(pageCss('letter')).toMatch(/size: letter portrait/);
    expect(pageCss('a4', { header: 'H "q"', footer: 'F' })).toMatch(/@top-center \{ content: "H \\22 q\\22 "/);
    expect(REPORT_CSS).toMatch(/\.report figure \{[^}]*break-inside: avoid/);
    expect(REPORT_CSS).toMatch(/\.report tr \{[^}]*break-inside: avoid/);
    expect(REPORT_CSS).toMatch(/\.report thead \{ display: table-header-group; \}/);
    expect(REPORT_CSS).toMatch(/\.report h2 \{[^}]*break-after: avoid/);
  });
});
