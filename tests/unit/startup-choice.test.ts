// The questions the app asks at start (electron/main/startupChoice.ts): what the file is, every way on, and a
// default that never throws entries away (restore, or quit; never "start anew").
import { describe, expect, test } from 'vitest';
import type { StartProblem } from '../../electron/core/journalStart';
import { lostDaysDialog, startupDialog } from '../../electron/main/startupChoice';

const problem = (over: Partial<StartProblem>): StartProblem => ({
  journalPath: '/x/journal.sqlite',
  state: { kind: 'empty-file' },
  words: 'journal.sqlite is empty (0 bytes).',
  newestBackup: {
    name: 'journal.sqlite.0a1b2c3d4e5f.2026-11-29T20-00-00-000Z.daily.240d.sqlite',
    path: '/x/backups/journal.sqlite.0a1b2c3d4e5f.2026-11-29T20-00-00-000Z.daily.240d.sqlite',
    days: 240,
    createdAt: '2026-11-29T20:00:00.000Z',
  },
  choices: ['restore-newest', 'start-new', 'quit'],
  ...over,
});

describe('an emptied journal file', () => {
  test('offers the newest backup with entries as the default, starting anew, and quitting', () => {
    const d = startupDialog(problem({}));
    expect(d.message).toBe('journal.sqlite is empty (0 bytes).');
    expect(d.buttons).toHaveLength(3);
    expect(d.buttons[0]).toMatch(/^Restore the backup of .*2026.* \(240 days\)$/);
    expect(d.buttons.slice(1)).toEqual(['Start a new, empty journal in this file', 'Quit']);
    expect(d.actions[d.defaultId]).toBe('restore-newest');
    expect(d.actions[d.cancelId]).toBe('quit');
    expect(d.detail).toContain('240 days');
  });

  test('without a backup to restore, the default is to quit, never to start anew', () => {
    const d = startupDialog(problem({ newestBackup: null, choices: ['start-new', 'quit'] }));
    expect(d.actions[d.defaultId]).toBe('quit');
    expect(d.detail).toMatch(/no backup of it that holds entries/);
  });
});

test('another program’s file: only quitting, and why Axis leaves it alone', () => {
  const d = startupDialog(
    problem({ state: { kind: 'foreign', tables: ['moz_places'], version: 0 }, newestBackup: null, choices: ['quit'] }),
  );
  expect(d.buttons).toEqual(['Quit']);
  expect(d.defaultId).toBe(0);
  expect(d.detail).toMatch(/will not change it/);
});

test('far fewer days than the last backup: restore it by default, keep the journal, or decide later', () => {
  const d = lostDaysDialog('Your journal holds 3 days, but its last backup holds 240.');
  expect(d.buttons).toEqual(['Restore that backup', 'Keep the journal as it is', 'Decide later']);
  expect(d.actions[d.defaultId]).toBe('restore-last');
  expect(d.actions[d.cancelId]).toBe('later');
  expect(d.detail).toContain('Settings → Your data');
});
