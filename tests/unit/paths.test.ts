// Where Axis keeps things (electron/main/paths.ts): which journal opens, where the demo and backups go, the
// development data folder, the built bundle, and the Linux login item.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JournalPathError,
  bundlePaths,
  demoBeside,
  desktopExecArg,
  flagValue,
  launchedHidden,
  linuxAutostartEntry,
  linuxAutostartFile,
  reminderStatePath,
  resolveJournalPaths,
  userDataDir,
} from '../../electron/main/paths';

const userData = path.resolve('/home/ana/.config/Axis');
const cwd = path.resolve('/home/ana/projects');
const base = { argv: ['/opt/Axis/axis'], env: {}, userData, cwd };

describe('resolveJournalPaths', () => {
  it('defaults to the user data folder', () => {
    expect(resolveJournalPaths(base)).toEqual({
      own: path.join(userData, 'journal.sqlite'),
      demo: path.join(userData, 'demo-journal.sqlite'),
      backups: path.join(userData, 'backups'),
      source: 'default',
    });
  });

  it('takes --journal <path> and --journal=<path>, relative to where Axis was started', () => {
    const spaced = resolveJournalPaths({ ...base, argv: ['/opt/Axis/axis', '--journal', 'test.sqlite'] });
    expect(spaced.own).toBe(path.join(cwd, 'test.sqlite'));
    expect(spaced.source).toBe('argument');
    const joined = resolveJournalPaths({ ...base, argv: ['/opt/Axis/axis', '--journal=/data/j.sqlite'] });
    expect(joined.own).toBe(path.resolve('/data/j.sqlite'));
  });

  it('keeps the demo and backups beside a chosen journal', () => {
    const paths = resolveJournalPaths({ ...base, argv: ['x', '--journal', '/data/mine.sqlite'] });
    expect(paths.demo).toBe(path.resolve('/data/mine.demo.sqlite'));
    expect(paths.backups).toBe(path.resolve('/data/backups'));
    expect(paths.demo).not.toBe(paths.own);
  });

  it('falls back to AXIS_JOURNAL, and the argument wins over it', () => {
    const env = { AXIS_JOURNAL: '/env/j.sqlite' };
    expect(resolveJournalPaths({ ...base, env })).toMatchObject({
      own: path.resolve('/env/j.sqlite'),
      source: 'environment',
    });
    expect(resolveJournalPaths({ ...base, env, argv: ['x', '--journal=/arg/j.sqlite'] })).toMatchObject({
      own: path.resolve('/arg/j.sqlite'),
      source: 'argument',
    });
    expect(resolveJournalPaths({ ...base, env: { AXIS_JOURNAL: '   ' } }).source).toBe('default');
  });

  it('expands a leading ~ that the shell left alone', () => {
    const paths = resolveJournalPaths({ ...base, env: { HOME: '/home/ana' }, argv: ['x', '--journal=~/axis.sqlite'] });
    expect(paths.own).toBe(path.join('/home/ana', 'axis.sqlite'));
  });

  it.each([
    [['x', '--journal']],
    [['x', '--journal', '--hidden']],
    [['x', '--journal=']],
    [['x', '--journal', '/data/']],
    [['x', '--journal', 'a\0b']],
  ])('refuses %j with a sentence', (argv) => {
    expect(() => resolveJournalPaths({ ...base, argv })).toThrow(JournalPathError);
  });

  it('ignores look-alike flags', () => {
    expect(resolveJournalPaths({ ...base, argv: ['x', '--journals', 'y', '--journal-x=z'] }).source).toBe('default');
    expect(flagValue(['--journal=a', '--journal=b'], 'journal')).toBe('a');
  });
});

describe('small helpers', () => {
  it('names the demo beside the journal', () => {
    expect(demoBeside('/d/mine.sqlite')).toBe(path.join('/d', 'mine.demo.sqlite'));
    expect(demoBeside('/d/mine.db')).toBe(path.join('/d', 'mine.demo.sqlite'));
    expect(demoBeside('/d/mine')).toBe(path.join('/d', 'mine.demo.sqlite'));
    expect(demoBeside('/d/mine.journal')).toBe(path.join('/d', 'mine.journal.demo.sqlite'));
  });

  it('recognises a start by the login item', () => {
    expect(launchedHidden(['/opt/Axis/axis', '--hidden'])).toBe(true);
    expect(launchedHidden(['/opt/Axis/axis'])).toBe(false);
    expect(launchedHidden(['/opt/Axis/axis', '--hidden-gem'])).toBe(false);
  });

  it('keeps development data apart from an installed Axis', () => {
    expect(userDataDir({ appData: '/home/ana/.config', isPackaged: true })).toBe(
      path.join('/home/ana/.config', 'Axis'),
    );
    expect(userDataDir({ appData: '/home/ana/.config', isPackaged: false })).toBe(
      path.join('/home/ana/.config', 'Axis (development)'),
    );
  });

  it('finds the built renderer and preload where electron-vite puts them', () => {
    expect(bundlePaths('/app')).toEqual({
      rendererRoot: path.join('/app', 'out', 'renderer'),
      preload: path.join('/app', 'out', 'preload', 'preload.js'),
      importWorker: path.join('/app', 'out', 'main', 'importWorker.js'),
    });
    expect(reminderStatePath('/u')).toBe(path.join('/u', 'reminder-state.json'));
  });
});

describe('Linux login item (XDG autostart)', () => {
  it('goes in the autostart folder of the config home', () => {
    expect(linuxAutostartFile({ env: {}, home: '/home/ana' })).toBe(
      path.join('/home/ana', '.config', 'autostart', 'axis.desktop'),
    );
    expect(linuxAutostartFile({ env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ana' })).toBe(
      path.join('/cfg', 'autostart', 'axis.desktop'),
    );
    expect(linuxAutostartFile({ env: { XDG_CONFIG_HOME: 'relative' }, home: '/home/ana' })).toBe(
      path.join('/home/ana', '.config', 'autostart', 'axis.desktop'),
    );
  });

  it('starts the AppImage file itself, hidden', () => {
    const entry = linuxAutostartEntry({
      execPath: '/tmp/.mount_AxisXYZ/axis',
      appImage: '/home/ana/Apps/Axis-0.1.0.AppImage',
    });
    expect(entry).toContain('Exec=/home/ana/Apps/Axis-0.1.0.AppImage --hidden\n');
    expect(entry.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true);
    expect(linuxAutostartEntry({ execPath: '/opt/Axis/axis' })).toContain('Exec=/opt/Axis/axis --hidden\n');
  });

  it('quotes awkward paths as the Desktop Entry Specification requires', () => {
    expect(desktopExecArg('/opt/My Apps/axis')).toBe('"/opt/My Apps/axis"');
    expect(desktopExecArg('/opt/100%/axis')).toBe('"/opt/100%%/axis"');
    expect(desktopExecArg('/opt/$HOME/"x"`y`\\z')).toBe('"/opt/\\$HOME/\\"x\\"\\`y\\`\\\\z"');
    expect(desktopExecArg('/opt/axis')).toBe('/opt/axis');
  });
});
