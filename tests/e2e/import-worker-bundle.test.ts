// The import worker as the app ships it: the built out/main/importWorker.js (a second entry of the main
// process's build, electron.vite.config.mts), started as a worker thread the way the app starts it, with its
// own connection to the journal. Under Node here; in the app Electron reads the same file from app.asar.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { bundlePaths } from '../../electron/main/paths';
import { tempDir } from '../helpers/journal';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = tempDir('axis-bundle-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the built worker previews and imports a file, in one transaction on its own connection', async () => {
  const worker = bundlePaths(ROOT).importWorker;
  expect(fs.existsSync(worker), 'run `npm run build` first').toBe(true);
  const csv = path.join(dir, 'days.csv');
  fs.writeFileSync(csv, 'Date,Sleep (h),Notes\n2026-11-01,7.5,"late, tired"\n2026-11-02,8,\n');
  const app = openJournalApp({
    journalPath: path.join(dir, 'journal.sqlite'),
    now: () => new Date(2026, 10, 30, 20),
    host: {
      dialogs: { chooseOpenPath: () => Promise.resolve(csv), chooseSavePath: () => Promise.resolve(null) },
      importWorker: { file: worker, minBytes: 0 },
    },
  });
  try {
    const sender = { url: 'test:' };
    const chosen = await app.router.handle('data.chooseImportFile', {}, sender);
    const fileId = (chosen as { value: { file: { id: string } } }).value.file.id;
    const preview = await app.router.handle('data.previewImportFile', { fileId }, sender);
    expect(preview).toMatchObject({ ok: true, value: { kind: 'csv', csv: { ok: true, added: 2 } } });
    expect(await app.router.handle('data.importFile', { fileId }, sender)).toMatchObject({
      ok: true,
      value: { summary: 'Imported 2 days.' },
    });
    expect(app.db.prepare('SELECT day, sleep_hours, notes FROM check_ins ORDER BY day').all()).toEqual([
      { day: '2026-11-01', sleep_hours: 7.5, notes: 'late, tired' },
      { day: '2026-11-02', sleep_hours: 8, notes: '' },
    ]);
  } finally {
    app.close();
  }
});
