// Where things live on disk, decided by pure functions from the command line, the environment and the
// folders Electron reports, so that every rule (which journal, where the demo goes, where login items are
// written) is unit-tested without Electron.
import path from 'node:path';

export class JournalPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JournalPathError';
  }
}

export interface JournalPaths {
  /** The person's own journal. */
  own: string;
  /** The demo journal: a separate file, so demo data never mixes with real notes. */
  demo: string;
  /** Where the copy taken before a format update goes. */
  backups: string;
  /** How the own journal was chosen, for the logs and the About box. */
  source: 'argument' | 'environment' | 'default';
}

export interface JournalPathInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** app.getPath('userData'). */
  userData: string;
  /** Relative paths on the command line are relative to where Axis was started. */
  cwd: string;
}

/** The value of `--name value` or `--name=value`; undefined when absent; an error when the value is missing. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith(`--${name}=`)) {
      const value = arg.slice(name.length + 3);
      if (value === '') throw new JournalPathError(`--${name}= needs a file path after the "=".`);
      return value;
    }
    if (arg === `--${name}`) {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new JournalPathError(`--${name} needs a file path after it, for example --${name} ~/axis.sqlite.`);
      return value;
    }
  }
  return undefined;
}

/** Beside /x/mine.sqlite the demo is /x/mine.demo.sqlite; beside /x/mine it is /x/mine.demo.sqlite. */
export function demoBeside(own: string): string {
  const ext = path.extname(own);
  const stem = ext === '.sqlite' || ext === '.db' ? path.basename(own, ext) : path.basename(own);
  return path.join(path.dirname(own), `${stem}.demo.sqlite`);
}

/**
 * The own journal comes from `--journal <path>`, `--journal=<path>` or AXIS_JOURNAL, else
 * <userData>/journal.sqlite. A chosen journal keeps its demo and backups beside it, so that pointing Axis
 * at a test file never touches the person's real folder.
 */
export function resolveJournalPaths({ argv, env, userData, cwd }: JournalPathInput): JournalPaths {
  const fromArgument = flagValue(argv, 'journal');
  const fromEnvironment = env.AXIS_JOURNAL?.trim() || undefined;
  const chosen = fromArgument ?? fromEnvironment;
  if (chosen === undefined) {
    return {
      own: path.join(userData, 'journal.sqlite'),
      demo: path.join(userData, 'demo-journal.sqlite'),
      backups: path.join(userData, 'backups'),
      source: 'default',
    };
  }
  if (chosen.includes('\0')) throw new JournalPathError('The journal path contains a NUL character.');
  if (/[\\/]$/.test(chosen)) throw new JournalPathError(`${chosen} is a folder; give the journal file itself.`);
  // "--journal=~/x.sqlite" reaches us unexpanded (the shell only expands a leading ~ of a whole word).
  const home = env.HOME ?? env.USERPROFILE;
  const expanded = home && /^~([\\/]|$)/.test(chosen) ? path.join(home, chosen.slice(1)) : chosen;
  const own = path.resolve(cwd, expanded);
  return {
    own,
    demo: demoBeside(own),
    backups: path.join(path.dirname(own), 'backups'),
    source: fromArgument !== undefined ? 'argument' : 'environment',
  };
}

/** Started by the login item: open quietly, without stealing focus. */
export function launchedHidden(argv: readonly string[]): boolean {
  return argv.includes('--hidden');
}

/**
 * While developing, Axis keeps its data in a separate folder, so `npm start` never opens (or migrates) the
 * journal of an installed copy on the same machine.
 */
export function userDataDir({ appData, isPackaged }: { appData: string; isPackaged: boolean }): string {
  return path.join(appData, isPackaged ? 'Axis' : 'Axis (development)');
}

/** The built app inside the app folder (or app.asar): see electron.vite.config.mts. The import worker is a
 *  second entry of the main process's build, run as a worker thread (Electron reads it from app.asar). */
export function bundlePaths(appPath: string): { rendererRoot: string; preload: string; importWorker: string } {
  return {
    rendererRoot: path.join(appPath, 'out', 'renderer'),
    preload: path.join(appPath, 'out', 'preload', 'preload.js'),
    importWorker: path.join(appPath, 'out', 'main', 'importWorker.js'),
  };
}

/** Remembers on which journal day the reminder was last shown, across restarts. */
export function reminderStatePath(userData: string): string {
  return path.join(userData, 'reminder-state.json');
}

// Linux has no login-item API in Electron: desktops start what ~/.config/autostart lists (XDG autostart).

export function linuxAutostartFile({
  env,
  home,
}: {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}): string {
  const configHome =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, 'autostart', 'axis.desktop');
}

/** Quotes one argument of an Exec= line (Desktop Entry Specification, "The Exec key"). */
export function desktopExecArg(arg: string): string {
  const escaped = arg.replace(/[\\"`$]/g, (c) => `\\${c}`).replace(/%/g, '%%');
  return /[\s"'\\><~|&;$*?#()`%]/.test(arg) ? `"${escaped}"` : escaped;
}

/**
 * The autostart entry. An AppImage runs from a temporary mount that changes every launch, so the entry
 * must start the .AppImage file itself ($APPIMAGE), not the executable inside the mount.
 */
export function linuxAutostartEntry({
  execPath,
  appImage,
}: {
  execPath: string;
  appImage?: string | undefined;
}): string {
  const program = appImage && appImage !== '' ? appImage : execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Axis',
    'Comment=Daily skin and gut check-in',
    `Exec=${desktopExecArg(program)} --hidden`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Who the app is to the operating system; electron-builder.yml's appId says the same (checked by a test). */
export const APP_ID = 'app.axis.journal';
