// Which better-sqlite3 binary Electron loads (electron/main/nativeBinding.ts), and the words shown when it is wrong.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BINDING_FILE,
  describeBindingProblem,
  electronBindingPath,
  missingBindingMessage,
  nativeBuildName,
} from '../../electron/main/nativeBinding';

describe('electronBindingPath', () => {
  const where = {
    resourcesPath: '/opt/Axis/resources',
    appPath: '/home/dev/axis',
    versions: { electron: '45.5.0' },
    platform: 'linux',
    arch: 'x64',
  };

  it('while developing: the per-version build beside the project', () => {
    expect(electronBindingPath({ ...where, isPackaged: false })).toBe(
      path.join('/home/dev/axis', '.electron-native', '45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('packaged: resources/native (electron-builder extraResources)', () => {
    expect(electronBindingPath({ ...where, isPackaged: true })).toBe(
      path.join('/opt/Axis/resources', 'native', 'better_sqlite3.node'),
    );
  });

  it('names a build by Electron version, platform and architecture', () => {
    expect(nativeBuildName('45.5.0', 'darwin', 'arm64')).toBe('45.5.0-darwin-arm64');
    expect(electronBindingPath({ ...where, isPackaged: false, platform: 'win32', arch: 'arm64' })).toContain(
      '45.5.0-win32-arm64',
    );
    expect(BINDING_FILE).toBe('better_sqlite3.node');
  });

  it('is only for Electron: under plain Node there is no Electron version', () => {
    expect(() => electronBindingPath({ ...where, isPackaged: false, versions: {} })).toThrow(/Electron main process/);
  });
});

describe('messages', () => {
  const file = '/home/dev/axis/.electron-native/45.5.0-linux-x64/better_sqlite3.node';

  it('says how to make a missing build, or to reinstall', () => {
    expect(missingBindingMessage(file, false)).toMatch(/node scripts\/electron-native\.mjs/);
    expect(missingBindingMessage(file, true)).toMatch(/Reinstall Axis; your journal has not been touched/);
  });

  it('recognises a build for the wrong ABI (README, "Native module"), as wrapped by the journal opener', () => {
    const error = new Error(
      `Axis could not open /j.sqlite: The module '${file}'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 150.`,
    );
    const message = describeBindingProblem(error, file, false);
    expect(message).toMatch(/built for a different runtime \(ABI 115\)/);
    expect(message).toMatch(/electron-native\.mjs/);
  });

  it.each([
    'Module did not self-register: better_sqlite3.node',
    'better_sqlite3.node: invalid ELF header',
    'better_sqlite3.node: wrong ELF class: ELFCLASS32',
    'dlopen(better_sqlite3.node): mach-o file, but is an incompatible architecture',
    '\\\\?\\C:\\Axis\\resources\\native\\better_sqlite3.node is not a valid Win32 application.',
  ])('recognises a damaged or foreign binary: %s', (text) => {
    expect(describeBindingProblem(new Error(text), file, true)).toMatch(/could not be loaded: .*Reinstall Axis/);
  });

  it("recognises any loader failure by its code when the journal opener wrapped it, in the loader's words", () => {
    // A truncated copy (an interrupted build or download): Linux says "file too short", which no pattern knows.
    const loader = Object.assign(new Error(`${file}: file too short`), { code: 'ERR_DLOPEN_FAILED' });
    const wrapped = new Error(`Axis could not open /j.sqlite: ${loader.message}`, { cause: loader });
    expect(describeBindingProblem(wrapped, file, false)).toBe(
      `The database engine (${file}) could not be loaded: ${file}: file too short. ` +
        'Delete that file and run "node scripts/electron-native.mjs" on a computer with internet access.',
    );
    const journalProblem = new Error('Axis could not open /j.sqlite: unable to open database file', {
      cause: Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }),
    });
    expect(describeBindingProblem(journalProblem, file, false)).toBeNull();
  });

  it('leaves journal problems to the journal message', () => {
    expect(
      describeBindingProblem(new Error('This journal was written by a newer version of Axis (format 9)'), file, false),
    ).toBeNull();
    expect(describeBindingProblem('file is not a database', file, false)).toBeNull();
  });
});
