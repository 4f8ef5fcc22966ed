// The running header and footer of a printed report, in the form Chromium's PDF printer takes them (the
// `headerTemplate`/`footerTemplate` of Electron's printToPDF and of Playwright's page.pdf, where elements with
// the classes pageNumber and totalPages are filled in). Written once here so the app and the tests print the
// same header and footer. The templates are separate documents: styles must be inline, and the default font
// size there is tiny, so it is set explicitly.
import { escapeXml } from './svg';
import { PAGE_MARGINS_MM } from './styles';

export interface PageTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

interface Heading {
  title: string;
  name: string | null;
  period: { text: string };
  printedOnText: string;
}

const box = (content: string): string =>
  `<div style="width:100%;font-family:system-ui,sans-serif;font-size:8pt;color:#444;padding:0 ${PAGE_MARGINS_MM.left}mm;` +
  `display:flex;justify-content:space-between;gap:8mm;-webkit-print-color-adjust:exact;">${content}</div>`;

export function headerText(report: Heading): string {
  return `${report.title}${report.name ? ` for ${report.name}` : ''}`;
}

/** The title with the period: the document's title, the PDF's, and the printed header of the HTML. */
export function fullTitle(report: Heading): string {
  return `${headerText(report)}, ${report.period.text}`;
}

export function pageTemplates(report: Heading): PageTemplates {
  return {
    headerTemplate: box(`<span>${escapeXml(headerText(report))}</span><span>${escapeXml(report.period.text)}</span>`),
    footerTemplate: box(
      `<span>Printed ${escapeXml(report.printedOnText)} from Axis, a personal journal</span>` +
        '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>',
    ),
  };
}

/** The same lines for browsers printing the command line's HTML (drawn by CSS page margin boxes). */
export function marginBoxTexts(report: Heading): { header: string; footer: string } {
  return { header: fullTitle(report), footer: `Printed ${report.printedOnText} from Axis, a personal journal` };
}
