// Files Axis writes hold a person's health notes, so they are readable by their owner only (mode 0600, the
// backups folder 0700), whatever the account's umask: the journal, its WAL and shared-memory files, the
// backups, exports, copies and reports. A journal left readable by others by an older Axis is tightened
// when opened.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { backupDaily, backupFolder, backupOnQuit } from '../../electron/core/data/backups';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);
let dir: string;
let umask: number;
beforeAll(() => {
  dir = tempDir('axis-private-');
  umask = process.umask(0o022); // the usual default, which makes new files readable by everyone
});
afterAll(() => {
  process.umask(umask);
  fs.rmSync(dir, { recursive: true, force: true });
});
const at = (name: string) => path.join(dir, name);

test('the journal, its WAL and shared-memory files, and its backups are readable by the owner only', async () => {
  const file = at('journal.sqlite');
  const app = openJournalApp({ journalPath: file, now: () => new Date(2026, 10, 30, 20) });
  fillDemoJournal(app.ctx, { days: 10, seed: 1 });
  expect(mode(file)).toBe('600');
  expect(mode(`${file}-wal`)).toBe('600');
  expect(mode(`${file}-shm`)).toBe('600');
  const daily = (await backupDaily(app.ctx))!;
  const manual = await app.router.handle('backups.create', {}, { url: 'test:' });
  if (!manual.ok) throw new Error(manual.error.message);
  const quit = backupOnQuit(app.ctx)!;
  expect(mode(backupFolder(app.ctx))).toBe('700');
  for (const name of [daily.name, quit.name, (manual.value as { name: string }).name])
    expect(mode(path.join(backupFolder(app.ctx), name))).toBe('600');
  app.close();
});

test('exports, copies and reports from the command line are readable by the owner only', async () => {
  const journal = at('cli.sqlite');
  expect((await cli('demo', '--days', '30', '--journal', journal)).code).toBe(0);
  expect(mode(journal)).toBe('600');
  const outputs = {
    csv: ['export', '--format', 'csv', '--out', at('days.csv')],
    json: ['export', '--format', 'json', '--out', at('all.json')],
    copy: ['backup', '--out', at('copy.sqlite')],
    report: ['report', '--from', '2026-11-01', '--to', '2026-11-30', '--out', at('report.html')],
  };
  for (const args of Object.values(outputs)) expect((await cli(...args, '--journal', journal)).code).toBe(0);
  for (const file of ['days.csv', 'all.json', 'copy.sqlite', 'report.html']) expect(mode(at(file))).toBe('600');
});

test('a journal an older Axis left readable by others is tightened when opened', () => {
  const file = at('old.sqlite');
  openJournalApp({ journalPath: file }).close();
  fs.chmodSync(file, 0o644);
  openJournalApp({ journalPath: file }).close();
  expect(mode(file)).toBe('600');
});
