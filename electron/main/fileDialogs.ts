// The app's file dialogs (the core's FileDialogs port): Electron's own save and open dialogs, attached to the
// window. Exports are written and backups read by the main process at the path the person chose there; the
// page never sees a path it could invent. Suggested files go to the Documents folder, where people look for
// files they saved.
import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { FileDialogs } from '../core/ports';

export function electronFileDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath(suggestedName, filters) {
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(filters) {
      const options = { filters, properties: ['openFile' as const] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
