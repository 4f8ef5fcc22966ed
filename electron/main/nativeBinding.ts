// Which better-sqlite3 binary the app loads (README, "Native module"). Node (tests, the command line) and Electron
// need different builds of the same native module: Node 20 speaks ABI 115, Electron 45 speaks ABI 150. The
// Node build stays where npm put it (node_modules/better-sqlite3/build/Release); the Electron build is made
// once by scripts/electron-native.mjs into .electron-native/<electron>-<platform>-<arch>/ and shipped in the
// packaged app as resources/native/better_sqlite3.node (electron-builder.yml, extraResources). The naming
// here must match that script; tests/unit/native.test.ts checks that they agree.
import path from 'node:path';

export const BINDING_FILE = 'better_sqlite3.node';
export const NATIVE_CACHE_DIR = '.electron-native';

export interface BindingLocation {
  isPackaged: boolean;
  /** process.resourcesPath: the folder holding app.asar in a packaged app. */
  resourcesPath: string;
  /** app.getAppPath(): the project folder while developing. */
  appPath: string;
  versions: { electron?: string | undefined };
  platform: string;
  arch: string;
}

/** The folder name of one Electron build: "45.5.0-linux-x64". */
export function nativeBuildName(electronVersion: string, platform: string, arch: string): string {
  return `${electronVersion}-${platform}-${arch}`;
}

export function electronBindingPath({
  isPackaged,
  resourcesPath,
  appPath,
  versions,
  platform,
  arch,
}: BindingLocation): string {
  if (isPackaged) return path.join(resourcesPath, 'native', BINDING_FILE);
  if (!versions.electron)
    throw new Error('electronBindingPath is for the Electron main process (process.versions.electron is not set).');
  return path.join(appPath, NATIVE_CACHE_DIR, nativeBuildName(versions.electron, platform, arch), BINDING_FILE);
}

/** What to tell the person when the binary is not there at all. */
export function missingBindingMessage(bindingPath: string, isPackaged: boolean): string {
  return isPackaged
    ? `Part of Axis is missing (${bindingPath}). Reinstall Axis; your journal has not been touched.`
    : `The database engine for Electron has not been built yet (${bindingPath}). On a computer with internet access, run ` +
        '"node scripts/electron-native.mjs" (npm start does this first), then start Axis again.';
}

/**
 * Turns the loader's error into words when the binary is the wrong one (built for Node instead of
 * Electron, for another architecture, or damaged); null when the error is about something else (then it
 * is a problem with the journal file and is reported as such).
 */
export function describeBindingProblem(error: unknown, bindingPath: string, isPackaged: boolean): string | null {
  // The loader's own error, when the journal opener wrapped it (its `cause`): Node marks every failure to
  // load a native module ERR_DLOPEN_FAILED, whatever the operating system's words for it ("file too short"
  // for a truncated copy is in none of the patterns below).
  const loader = causes(error).find((e) => (e as { code?: unknown }).code === 'ERR_DLOPEN_FAILED');
  const message = loader ? loader.message : error instanceof Error ? error.message : String(error);
  const wrongAbi = /NODE_MODULE_VERSION\s+(\d+)/.exec(message);
  const remedy = isPackaged
    ? 'Reinstall Axis; your journal has not been touched.'
    : 'Delete that file and run "node scripts/electron-native.mjs" on a computer with internet access.';
  if (wrongAbi) {
    return `The database engine (${bindingPath}) was built for a different runtime (ABI ${wrongAbi[1]}) than this version of Electron. ${remedy}`;
  }
  if (
    loader ||
    /did not self-register|invalid ELF header|wrong ELF class|not a valid Win32 application|incompatible architecture|mach-o|image not found|cannot open shared object|ERR_DLOPEN_FAILED|Cannot find module/i.test(
      message,
    )
  ) {
    return `The database engine (${bindingPath}) could not be loaded: ${message.split('\n')[0]}. ${remedy}`;
  }
  return null;
}

/** An error and the errors it was caused by, outermost first. */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error && !chain.includes(e) && chain.length < 10; e = e.cause) chain.push(e);
  return chain;
}
