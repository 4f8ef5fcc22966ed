// Binds the export, import and backup operations to their services. File dialogs come from the host through
// DataPlatform (Electron's dialog module in the app); the command line and the tests have none, and pass
// paths to the services directly, or (like the page without dialogs) exchange the file's text.
import type { dataOperations } from '$shared/contract/data';
import { UserFacingError } from '$shared/contract/result';
import type { Handlers } from '../core/router';
import type { ServiceContext } from '../core/context';
import * as backups from '../core/data/backups';
import * as csv from '../core/data/csv';
import { writeTextAtomic } from '../core/files';
import { exportFileName, exportJsonText } from '../core/data/exportJson';
import * as importJson from '../core/data/importJson';
import { restoreBackup, restoreFromFile } from '../core/data/restore';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What the host offers for choosing files; every path is chosen by the person in a system dialog. */
export interface DataPlatform {
  /** Null when the person cancels. */
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  chooseOpenPath(filters: FileFilter[]): Promise<string | null>;
}

const FILTERS = {
  json: [{ name: 'Axis journal export', extensions: ['json'] }],
  csv: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
  backup: [{ name: 'Axis journal or backup', extensions: ['sqlite', 'db'] }],
};

async function exportVia(ctx: ServiceContext, via: 'text' | 'dialog', kind: 'json' | 'csv') {
  const fileName = exportFileName(ctx, kind);
  const make = () => (kind === 'json' ? exportJsonText(ctx) : csv.exportCsvText(ctx));
  if (via === 'text' || !ctx.platform) return { fileName, text: make(), savedTo: null };
  const target = await ctx.platform.chooseSavePath(fileName, FILTERS[kind]);
  if (!target) return { fileName, text: null, savedTo: null };
  writeTextAtomic(target, make());
  return { fileName, text: null, savedTo: target };
}

export function dataHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof dataOperations> {
  return {
    'data.exportJson': ({ via }) => exportVia(ctx, via, 'json'),
    'data.exportCsv': ({ via }) => exportVia(ctx, via, 'csv'),
    'data.previewJsonImport': ({ text, mode }) => importJson.previewJsonImport(ctx, text, mode),
    'data.importJson': ({ text, mode }) => importJson.importJson(ctx, text, mode),
    'data.previewCsvImport': ({ text, mapping }) => csv.previewCsvImport(ctx, text, mapping),
    'data.importCsv': ({ text, mapping }) => csv.importCsv(ctx, text, mapping),
    'backups.list': () => ({
      folder: backups.backupFolder(ctx),
      keep: backups.keepSetting(ctx),
      backups: backups.listBackups(ctx),
    }),
    'backups.create': ({ kind }) => backups.createBackup(ctx, kind),
    'backups.restore': async ({ name }) => ({ cancelled: false, ...(await restoreBackup(ctx, name)) }),
    'backups.restoreFile': async () => {
      if (!ctx.platform)
        throw new UserFacingError(
          'conflict',
          'Choosing a file to restore from is only possible in the app; on the command line use `restore <file>`.',
        );
      const file = await ctx.platform.chooseOpenPath(FILTERS.backup);
      if (!file) return { cancelled: true, safetyBackup: null, summary: 'Nothing was restored.' };
      return { cancelled: false, ...(await restoreFromFile(ctx, file)) };
    },
  };
}
