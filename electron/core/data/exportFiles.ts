// "Export as JSON" and "Export as CSV": in the app the person picks where the file goes in a save dialog and
// the core writes it there (atomically, readable by its owner only); without a dialog (the page in a browser,
// the tests) the text comes back for the page to download. With a passphrase set, an export is sealed with it
// (sealed.ts) unless the person asks for a plain one, and a sealed file only goes through the save dialog.
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import type { ServiceContext } from '../context';
import { writeTextAtomic } from '../files';
import type { FileFilter } from '../ports';
import { SEALED_EXTENSION } from '../db/backupNames';
import { exportCsvText } from './csvExport';
import { exportFileName, exportJsonText } from './exportJson';
import { sealKeyOf } from './passphrase';
import { seal } from './sealed';

const SEALED = SEALED_EXTENSION.slice(1);

export const FILE_FILTERS = {
  json: [{ name: 'Axis journal export', extensions: ['json'] }],
  csv: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
  sealed: [{ name: 'Encrypted Axis file', extensions: [SEALED] }],
  backup: [{ name: 'Axis journal or backup', extensions: ['sqlite', 'db', SEALED] }],
  import: [{ name: 'A spreadsheet (CSV) or an Axis export', extensions: ['csv', 'tsv', 'txt', 'json', SEALED] }],
} satisfies Record<string, FileFilter[]>;

async function exportVia(
  ctx: ServiceContext,
  { via, encrypt }: ParsedInputOf<'data.exportJson'>,
  kind: 'json' | 'csv',
): Promise<OutputOf<'data.exportJson'>> {
  const key = sealKeyOf(ctx);
  const sealed = (encrypt ?? key !== null) === true;
  if (sealed && !key)
    throw new UserFacingError('conflict', 'Set a passphrase first (Settings → Your data) to encrypt exports.');
  const fileName = `${exportFileName(ctx, kind)}${sealed ? SEALED_EXTENSION : ''}`;
  const make = () => (kind === 'json' ? exportJsonText(ctx) : exportCsvText(ctx));
  const dialogs = ctx.host.dialogs;
  if (via === 'text' || !dialogs) {
    if (sealed)
      throw new UserFacingError('conflict', 'An encrypted export is saved through the save dialog, in the app.');
    const { text, summary } = make();
    return { fileName, text, savedTo: null, summary, encrypted: false };
  }
  const target = await dialogs.chooseSavePath(fileName, sealed ? FILE_FILTERS.sealed : FILE_FILTERS[kind]);
  if (!target) return { fileName, text: null, savedTo: null, summary: 'Nothing was exported.', encrypted: sealed };
  const { text, summary } = make();
  writeTextAtomic(target, sealed ? seal(Buffer.from(text, 'utf8'), key!) : text);
  return {
    fileName,
    text: null,
    savedTo: target,
    summary: sealed ? `${summary}, encrypted` : summary,
    encrypted: sealed,
  };
}

export const exportJson = (ctx: ServiceContext, input: ParsedInputOf<'data.exportJson'>) =>
  exportVia(ctx, input, 'json');

export const exportCsv = (ctx: ServiceContext, input: ParsedInputOf<'data.exportCsv'>) => exportVia(ctx, input, 'csv');
