// Runs the built app (out/main/main.js, out/preload/preload.js from `npm run build`) under Node against the
// recorded Electron of fakeElectron.ts. The app folder is a temporary one whose out/ is the real build, so the
// paths main computes from app.getAppPath() (the renderer, the preload, the Electron build of the SQLite
// driver) point at real files without anything being written into the project.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { electronBindingPath } from '../../electron/main/nativeBinding';
import { createFakeElectron, type FakeElectron } from './fakeElectron';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUNDLE = path.join(ROOT, 'out', 'main', 'main.js');
const requireHere = createRequire(import.meta.url);
/** What process.versions.electron says inside Electron: the version npm installed. */
const ELECTRON_VERSION = (requireHere('electron/package.json') as { version: string }).version;
/** better-sqlite3 as npm built it for Node (the app's own copy is built for Electron's ABI). */
const NODE_BINDING = path.join(path.dirname(requireHere.resolve('better-sqlite3/package.json')), 'build', 'Release');

export interface BootFolders {
  root: string;
  appPath: string;
  appData: string;
  documents: string;
  /** Where main looks for the Electron build of better-sqlite3 (electron/main/nativeBinding.ts). */
  binding: string;
}

/** A temporary app folder around the real build; `withBinding` puts the Node build where main looks. */
export function bootFolders({ withBinding }: { withBinding: boolean }): BootFolders {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" before the boot tests.`);
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'axis-boot-')));
  const appPath = path.join(root, 'app');
  fs.mkdirSync(appPath);
  fs.symlinkSync(path.join(ROOT, 'out'), path.join(appPath, 'out'), 'junction');
  const binding = electronBindingPath({
    isPackaged: false,
    resourcesPath: '',
    appPath,
    versions: { electron: ELECTRON_VERSION },
    platform: process.platform,
    arch: process.arch,
  });
  if (withBinding) {
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    fs.copyFileSync(path.join(NODE_BINDING, 'better_sqlite3.node'), binding);
  }
  const folders = { root, appPath, appData: path.join(root, 'appData'), documents: path.join(root, 'Documents') };
  for (const dir of [folders.appData, folders.documents]) fs.mkdirSync(dir);
  return { ...folders, binding };
}

type Load = (
  this: unknown,
  request: string,
  parent: { filename?: string } | null | undefined,
  isMain: boolean,
) => unknown;
const loader = Module as unknown as { _load: Load };

/**
 * Runs the main bundle as Electron would, with its `require('electron')` (and only its) answered by the fake.
 * Inside Electron, process.versions.electron is set; it stays set until `restore` (the minute clock and quit
 * run later). A fresh evaluation every time: the module cache entry is dropped before and after.
 */
export function bootMain(fake: FakeElectron): { restore: () => void } {
  const original = loader._load;
  const savedJournal = process.env.AXIS_JOURNAL;
  delete process.env.AXIS_JOURNAL; // the app would open that journal instead of the one in user data
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true });
  loader._load = function (request, parent, isMain) {
    if (request === 'electron' && parent?.filename === BUNDLE) return fake.main;
    return original.call(this, request, parent, isMain);
  };
  try {
    delete requireHere.cache[BUNDLE];
    requireHere(BUNDLE); // the bundle requires all its modules at its top, so the hook can go right after
  } finally {
    loader._load = original;
    delete requireHere.cache[BUNDLE];
  }
  return {
    restore() {
      delete (process.versions as Record<string, string | undefined>).electron;
      if (savedJournal !== undefined) process.env.AXIS_JOURNAL = savedJournal;
    },
  };
}

/**
 * Runs a built preload the way Electron runs a sandboxed one: its source wrapped in a function, in a context
 * of its own, with a `require` that answers 'electron' and nothing else. Returns what it required.
 */
export function runPreload(file: string, electron: object): { required: string[] } {
  const required: string[] = [];
  const sandboxedRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found: ${id} (a sandboxed preload can require only electron)`);
  };
  const module = { exports: {} };
  const context = vm.createContext({});
  const source = fs.readFileSync(file, 'utf8');
  const wrapped = vm.runInContext(`(function (require, module, exports) {${source}\n})`, context, {
    filename: file,
  }) as (...args: unknown[]) => void;
  wrapped(sandboxedRequire, module, module.exports);
  return { required };
}

/** Files this process holds open under `dir` (Linux: /proc/self/fd); null where that cannot be listed. */
export function openFilesUnder(dir: string): string[] | null {
  const fds = '/proc/self/fd';
  if (!fs.existsSync(fds)) return null;
  return fs.readdirSync(fds).flatMap((fd) => {
    try {
      const target = fs.readlinkSync(path.join(fds, fd));
      return target.startsWith(dir + path.sep) ? [target] : [];
    } catch {
      return []; // closed while listing (the listing's own descriptor)
    }
  });
}

/** Waits (real time) until `check` holds, for work the app leaves running (an online backup, a file write). */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export { createFakeElectron };
