// The restore drill: a journal with months of entries, a trial and backups; another program empties the file
// to zero bytes; the app starts as it does every morning (electron/main/journalChoice.ts, with the person's
// answer to its question scripted here instead of clicked). It must not take the empty file for a new journal,
// must offer the newest backup that holds the entries as the default, and, chosen, bring every table back
// exactly. The other ways: starting anew leaves the backups untouched, quitting writes nothing at all; and a
// journal that merely lost most of its days is caught by the second question.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { backupDaily, listBackups } from '../../electron/core/data/backups';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import type { SessionOptions } from '../../electron/core/journalSession';
import { openJournalSession } from '../../electron/main/journalChoice';
import type { StartupDialog } from '../../electron/main/startupChoice';
import { snapshotByKey, tempDir } from '../helpers/journal';

const NOW = new Date(2026, 10, 30, 20);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A journal of 200 days with a trial and a daily backup, closed; its tables as they were. */
async function livedIn(): Promise<{ dir: string; own: string; before: Record<string, unknown[]> }> {
  const dir = tempDir('axis-drill-');
  dirs.push(dir);
  const own = path.join(dir, 'journal.sqlite');
  const app = openJournalApp({ journalPath: own, now: () => NOW });
  fillDemoJournal(app.ctx, { days: 200, seed: 12 });
  fillDemoTrial(app.ctx, { seed: 12 });
  await backupDaily(app.ctx);
  const before = snapshotByKey(app);
  app.close();
  return { dir, own, before };
}

const options = (dir: string, own: string): SessionOptions => ({
  ownJournalPath: own,
  demoJournalPath: path.join(dir, 'demo.sqlite'),
  now: () => NOW,
});

/** Answers the app's questions with the button whose label matches, and keeps what was asked. */
function person(...answers: RegExp[]) {
  const asked: StartupDialog[] = [];
  return {
    asked,
    ask: (d: StartupDialog) => {
      asked.push(d);
      const answer = answers.shift();
      const i = answer ? d.buttons.findIndex((b) => answer.test(b)) : d.defaultId;
      if (i < 0) throw new Error(`no button ${String(answer)} in ${d.buttons.join(' | ')}`);
      return i;
    },
  };
}

describe('the journal file emptied to zero bytes', () => {
  test('the app asks, offers the newest backup with entries by default, and restores every table exactly', async () => {
    const { dir, own, before } = await livedIn();
    fs.truncateSync(own, 0);
    const p = person(); // presses Enter: the default button
    const session = await openJournalSession(options(dir, own), p.ask);
    expect(session).not.toBeNull();
    try {
      const [question] = p.asked;
      expect(question!.message).toMatch(/journal\.sqlite is empty \(0 bytes\)/);
      expect(question!.buttons[question!.defaultId]).toMatch(/^Restore the backup of .* \(\d+ days\)$/);
      expect(question!.buttons).toContain('Start a new, empty journal in this file');
      expect(snapshotByKey(session!.current())).toEqual(before);
    } finally {
      session?.close();
    }
  });

  test('starting anew leaves every backup as it was; quitting writes nothing', async () => {
    const { dir, own } = await livedIn();
    fs.truncateSync(own, 0);
    const backups = fs.readdirSync(path.join(dir, 'backups')).sort();
    expect(await openJournalSession(options(dir, own), person(/^Quit$/).ask)).toBeNull();
    expect(fs.statSync(own).size).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'journal.sqlite']);
    const session = await openJournalSession(options(dir, own), person(/^Start a new/).ask);
    try {
      expect(session!.current().db.prepare('SELECT count(*) AS n FROM check_ins').get()).toEqual({ n: 0 });
      expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual(backups);
      // Still listed, to restore later, as an earlier journal's; never pruned, and no warning about them.
      const list = await session!.handle('backups.list', {}, { url: 'test:' });
      expect(list).toMatchObject({
        ok: true,
        value: {
          warning: null,
          backups: [{ legacy: true, label: 'Daily backup, of an earlier journal in this file' }],
        },
      });
    } finally {
      session?.close();
    }
  });
});

test('another program’s database at the journal’s path: only quitting is offered, and nothing is changed', async () => {
  const dir = tempDir('axis-drill-');
  dirs.push(dir);
  const own = path.join(dir, 'journal.sqlite');
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(own);
  db.exec('CREATE TABLE moz_places (url TEXT)');
  db.close();
  const bytes = fs.readFileSync(own);
  const p = person();
  expect(await openJournalSession(options(dir, own), p.ask)).toBeNull();
  expect(p.asked[0]!.buttons).toEqual(['Quit']);
  expect(p.asked[0]!.message).toMatch(/another program \(tables: moz_places\)/);
  expect(fs.readFileSync(own).equals(bytes)).toBe(true);
});

test('a journal holding far fewer days than its last backup: asked, and "restore" brings them back', async () => {
  const { dir, own, before } = await livedIn();
  const app = openJournalApp({ journalPath: own, now: () => NOW });
  app.db.exec("DELETE FROM supplement_intakes; DELETE FROM check_ins WHERE day < '2026-11-20'");
  app.close();
  const p = person(/^Restore that backup$/);
  const session = await openJournalSession(options(dir, own), p.ask);
  try {
    expect(p.asked[0]!.message).toBe('Your journal holds far fewer days than its last backup.');
    expect(snapshotByKey(session!.current())).toEqual(before);
    expect(listBackups(session!.current().ctx).some((b) => b.kind === 'before-restore')).toBe(true);
  } finally {
    session?.close();
  }
});
