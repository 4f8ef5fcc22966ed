// "Export as JSON" and "Export as CSV": in the app the person picks where the file goes in a save dialog and
// the core writes it there (atomically); without a dialog (the page in a browser, the tests) the text comes
// back for the page to download.
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import type { ServiceContext } from '../context';
import { writeTextAtomic } from '../files';
import type { FileFilter } from '../ports';
import { exportCsvText } from './csv';
import { exportFileName, exportJsonText } from './exportJson';

export const FILE_FILTERS = {
  json: [{ name: 'Axis journal export', extensions: ['json'] }],
  csv: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
  backup: [{ name: 'Axis journal or backup', extensions: ['sqlite', 'db'] }],
} satisfies Record<string, FileFilter[]>;

async function exportVia(
  ctx: ServiceContext,
  via: 'text' | 'dialog',
  kind: 'json' | 'csv',
): Promise<OutputOf<'data.exportJson'>> {
  const fileName = exportFileName(ctx, kind);
  const make = () => (kind === 'json' ? exportJsonText(ctx) : exportCsvText(ctx));
  const dialogs = ctx.host.dialogs;
  if (via === 'text' || !dialogs) {
    const { text, summary } = make();
    return { fileName, text, savedTo: null, summary };
  }
  const target = await dialogs.chooseSavePath(fileName, FILE_FILTERS[kind]);
  if (!target) return { fileName, text: null, savedTo: null, summary: 'Nothing was exported.' };
  const { text, summary } = make();
  writeTextAtomic(target, text);
  return { fileName, text: null, savedTo: target, summary };
}

export const exportJson = (ctx: ServiceContext, { via }: ParsedInputOf<'data.exportJson'>) =>
  exportVia(ctx, via, 'json');

export const exportCsv = (ctx: ServiceContext, { via }: ParsedInputOf<'data.exportCsv'>) => exportVia(ctx, via, 'csv');
