// The built app on a computer where the Electron build of the SQLite driver is missing or unusable (npm start
// without internet, a damaged install): it says so in words and quits without touching the journal. The
// journal here is an old-format one, which any open would migrate and back up, so "untouched" is visible.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingBindingMessage } from '../../electron/main/nativeBinding';
import { bootFolders, bootMain, createFakeElectron, ROOT, type BootFolders } from './harness';

const OLD_JOURNAL = path.join(ROOT, 'tests/fixtures/journals/v1.sqlite');

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

/** Starts the built app with a journal already in user data; returns the fake and how the folder looked. */
async function start(folders: BootFolders) {
  const userData = path.join(folders.appData, 'Axis (development)');
  fs.mkdirSync(userData);
  const journal = path.join(userData, 'journal.sqlite');
  fs.copyFileSync(OLD_JOURNAL, journal);
  const before = { files: fs.readdirSync(userData), hash: sha256(journal), mtime: fs.statSync(journal).mtimeMs };
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const fake = createFakeElectron(folders);
  const { restore } = bootMain(fake);
  cleanup = () => {
    restore();
    errors.mockRestore();
    fs.rmSync(folders.root, { recursive: true, force: true });
  };
  await fake.ready();
  const untouched = () => {
    expect(fs.readdirSync(userData)).toEqual(before.files); // no -wal, no backups, no reminder file
    expect(sha256(journal)).toBe(before.hash);
    expect(fs.statSync(journal).mtimeMs).toBe(before.mtime);
  };
  return { fake, untouched };
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the built app without a usable Electron build of the SQLite driver', () => {
  it('says the driver has not been built, where it looked, and quits without opening the journal', async () => {
    const folders = bootFolders({ withBinding: false });
    const { fake, untouched } = await start(folders);
    expect(fake.errorBoxes).toEqual([
      { title: 'Axis could not start', content: missingBindingMessage(folders.binding, false) },
    ]);
    expect(fake.errorBoxes[0]!.content).toContain('node scripts/electron-native.mjs');
    expect(fake.main.app.exitCode).toBe(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.main.ipcMain.handlers.size).toBe(0);
    untouched();
  });

  it('says a damaged driver could not be loaded, and quits without opening the journal', async () => {
    const folders = bootFolders({ withBinding: true });
    fs.writeFileSync(folders.binding, 'not a shared library');
    const { fake, untouched } = await start(folders);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]!.title).toBe('Axis could not start');
    expect(fake.errorBoxes[0]!.content).toMatch(
      new RegExp(`^The database engine \\(${escape(folders.binding)}\\) could not be loaded: .+\\. Delete that file`),
    );
    expect(fake.main.app.exitCode).toBe(1);
    expect(fake.windows).toHaveLength(0);
    untouched();
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
