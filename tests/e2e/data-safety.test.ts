// Keeping a person's data safe, as they meet it on screen: a large import read in the background with a
// progress bar they can cancel (and, cancelled, nothing written); a column on another scale rescaled only on
// their say, with the new values shown first; the warning when the journal holds far fewer days than its last
// backup; a passphrase that encrypts backups, which still restore; and the banner of a journal Axis cannot
// write. The page and the SQLite file must agree at every step.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '$shared/domain/day';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { backupDaily } from '../../electron/core/data/backups';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20, 15);

function count(file: string, sql = 'SELECT count(*) AS n FROM check_ins'): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('Settings → Your data, keeping the journal safe', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      now: NOW,
      prepare: async (s) => {
        fillDemoJournal(s.current().ctx, { days: 60, seed: 5, missingShare: 0 });
        await backupDaily(s.current().ctx);
      },
    });
    await h.goto('#/settings');
    await h.page.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  async function pick(name: string, content: string | Buffer): Promise<string> {
    const file = path.join(h.dir, name);
    fs.writeFileSync(file, content);
    h.answerOpen(file);
    await h.page.getByRole('button', { name: 'Choose a file to import…' }).click();
    return file;
  }

  test('a large CSV is read in the background with a progress bar; cancelled, nothing is written', async () => {
    const { page } = h;
    const rows = ['day,stress,notes'];
    const first = '1900-01-01'; // 40,000 days on, still before today
    for (let i = 0; i < 40_000; i++)
      rows.push(`${addDays(first, i)},${i % 11},${'a long note about the day '.repeat(40)}`);
    const before = count(h.journalPath);
    await pick('big.csv', `${rows.join('\n')}\n`);
    const progress = page.getByRole('group', { name: 'Checking every row…' });
    // Cancel as soon as it is offered: on a fast machine the whole file is read in about a second.
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    expect(await page.getByText(/This import adds/).count()).toBe(0);
    expect(count(h.journalPath)).toBe(before);

    // Chosen again and let run: the preview, then the import, both in the background, the bar moving.
    await page.getByRole('button', { name: 'Choose a file to import…' }).click();
    await progress.waitFor();
    await h.screenshot('settings-data-import-progress-light');
    await page.getByText('This import adds 40000 days.').waitFor({ timeout: 60_000 });
    expect(await h.axe()).toEqual([]);
    await page.getByRole('button', { name: 'Import 40000 days' }).click();
    await page.getByText(/^Imported 40000 days\. A backup of your journal/).waitFor({ timeout: 60_000 });
    expect(count(h.journalPath)).toBe(before + 40_000);
  });

  test('a column on another scale is asked about, shown rescaled, and imported as the person said', async () => {
    const { page } = h;
    const csv = ['Date,Severity,Notes', ...[0, 1, 2, 3, 4, 2].map((v, i) => `2025-10-0${i + 1},${v},`)].join('\n');
    await pick('flaredown.csv', csv);
    await page.getByLabel('Axis field for the column “Severity”').selectOption('skin_overall');
    const question = page.getByRole('group', { name: 'On which scale are these columns?' });
    await question.getByText('its values run from 0 to 4; the Axis score runs from 0 to 10').waitFor();
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    await question.getByRole('combobox').selectOption('0-4');
    await question.getByText('Becomes: 0 → 0, 1 → 3, 2 → 5, 3 → 8, 4 → 10').waitFor();
    await page.getByLabel('Axis field for the column “Notes”').selectOption('notes');
    await page.getByText('This import adds 6 days.').waitFor();
    await h.screenshot('settings-data-scale-light');
    expect(await h.axe()).toEqual([]);
    await page.getByRole('button', { name: 'Import 6 days' }).click();
    await page.getByText(/^Imported 6 days\./).waitFor();
    const db = new Database(h.journalPath, { readonly: true });
    const scores = db
      .prepare("SELECT skin_overall FROM check_ins WHERE day BETWEEN '2025-10-01' AND '2025-10-06' ORDER BY day")
      .all();
    db.close();
    expect(scores.map((r) => (r as { skin_overall: number }).skin_overall)).toEqual([0, 3, 5, 8, 10, 5]);
  });

  test('far fewer days than the last backup: said plainly, with restoring it and keeping the journal as ways on', async () => {
    const { page } = h;
    await h.session.handle('backups.create', {}, { url: `${h.baseUrl}/index.html` });
    const db = new Database(h.journalPath);
    db.exec("DELETE FROM supplement_intakes; DELETE FROM check_ins WHERE day < '2026-11-25'"); // a sync gone wrong
    db.close();
    await h.page.reload();
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    const warning = page.getByRole('alert').filter({ hasText: 'Your journal holds 6 days, but its last backup' });
    await warning.waitFor();
    await h.screenshot('settings-data-backup-warning-light');
    expect(await h.axe()).toEqual([]);
    await warning.getByRole('button', { name: 'Restore that backup…' }).click();
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
    await page.getByText(/^Restored \d+ days from journal\.sqlite\./).waitFor();
    expect(count(h.journalPath)).toBeGreaterThan(40_000);
    expect(await page.getByText(/^Your journal holds \d+ days?, but its last backup/).count()).toBe(0);
  });

  test('a passphrase encrypts the backups, which still restore; the journal stays private', async () => {
    const { page } = h;
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByLabel('Again').fill('correct horse battery');
    await page.getByRole('button', { name: 'Encrypt backups and exports' }).click();
    await page.getByText(/^From now on, backups and exports are encrypted/).waitFor();
    await page.getByRole('button', { name: 'Back up now', exact: true }).click();
    await page.getByText(/^Backed up: journal\.sqlite\..*\.manual\.\d+d\.sqlite\.axisenc\.$/).waitFor();
    const folder = path.join(h.dir, 'backups');
    const sealed = fs.readdirSync(folder).find((n) => n.endsWith('.axisenc'))!;
    expect(fs.readFileSync(path.join(folder, sealed)).subarray(0, 8).toString('latin1')).toBe('AXISSEAL');
    expect(fs.statSync(path.join(folder, sealed)).mode & 0o777).toBe(0o600);
    await page
      .getByRole('list', { name: 'Backups, newest first' })
      .getByText(/encrypted/)
      .first()
      .waitFor();
    await h.screenshot('settings-data-passphrase-light');
    expect(await h.axe()).toEqual([]);
    const before = count(h.journalPath);
    const db = new Database(h.journalPath);
    db.exec("DELETE FROM check_ins WHERE day >= '2026-11-01'");
    db.close();
    await page
      .getByRole('list', { name: 'Backups, newest first' })
      .getByRole('button', { name: /\(Made by you\)$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Restore' }).click({ timeout: 20_000 });
    await page.getByText(/^Restored \d+ days from journal\.sqlite\..*\.axisenc\./).waitFor();
    expect(count(h.journalPath)).toBe(before);
  });
});

describe('a journal Axis cannot write', () => {
  test('says so at the top of every screen, and a save is refused in the same words', async () => {
    const h = await startHarness({
      now: NOW,
      readOnly: true,
      prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 20, seed: 2 }),
    });
    try {
      await h.goto('#/today');
      const banner = h.page.getByRole('alert').filter({ hasText: 'This journal is read-only' });
      await banner.waitFor();
      await h.screenshot('today-read-only-light');
      expect(await h.axe()).toEqual([]);
      const refused = await h.session.handle(
        'checkIns.save',
        { day: '2026-11-30', values: { stress: 3 } },
        { url: `${h.baseUrl}/index.html` },
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
      await h.goto('#/settings');
      await banner.waitFor();
    } finally {
      await h.close({ requireNoErrors: true });
    }
  });
});
