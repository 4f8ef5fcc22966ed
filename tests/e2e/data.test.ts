// Settings → Your data, as a person uses it: export the spreadsheet and the full JSON (the save dialog
// answers with the harness's folder, as the app's would with the one the person picks; the files are read back), import another tracker's CSV through the column-mapping step, see a bad file refused row by
// row, and back up and restore. The page and the SQLite file must agree at every step.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LATEST_VERSION } from '../../electron/core/db/migrations/index';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20, 15);

describe('Settings → Your data', () => {
  let h: Harness;
  let exported: string;
  beforeAll(async () => {
    h = await startHarness({ now: NOW, prepare: (s) => void fillDemoJournal(s.current().ctx, { days: 60, seed: 5 }) });
    await h.goto('#/settings');
    await h.page.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  const journal = () => new Database(h.journalPath, { readonly: true });
  const days = () => {
    const db = journal();
    const n = (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
    db.close();
    return n;
  };

  /** Chooses a file to import: the open dialog answers with it, as the app's would with the one picked. */
  async function pick(name: string, content: string | Buffer): Promise<void> {
    const file = path.join(h.dir, name);
    fs.writeFileSync(file, content);
    h.answerOpen(file);
    await h.page.getByRole('button', { name: 'Choose a file to import…' }).click();
  }

  /** Presses an export button; the save dialog answers with h.saveDir and the suggested name. */
  async function download(button: string, name: string): Promise<{ name: string; text: string }> {
    const file = path.join(h.saveDir, name);
    fs.rmSync(file, { force: true });
    await h.page.getByRole('button', { name: button }).click();
    await h.page.getByRole('status').getByText(`Saved to ${file}.`).waitFor();
    return { name: path.basename(file), text: fs.readFileSync(file, 'utf8') };
  }

  test('exports the spreadsheet and the full JSON where the save dialog says', async () => {
    const csv = await download('Export a spreadsheet (CSV)', 'axis-journal-2026-11-30.csv');
    expect(csv.name).toBe('axis-journal-2026-11-30.csv');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFday,skin_overall,itch,.*,notes,supplement: Probiotic,supplement: L-glutamine/);
    expect(lines.length - 2).toBe(days()); // one row per day, then the final line end

    const json = await download('Export everything (JSON)', 'axis-journal-2026-11-30.json');
    expect(json.name).toBe('axis-journal-2026-11-30.json');
    const data = JSON.parse(json.text);
    expect(data).toMatchObject({ format: 'axis-journal-export', version: 1, appSchemaVersion: LATEST_VERSION });
    expect(data.tables.check_ins).toHaveLength(days());
    exported = json.text;
    await h.screenshot('settings-data-light');
    expect(await h.axe()).toEqual([]);
  });

  test('imports another tracker’s CSV through the column-mapping step, with a preview first', async () => {
    const { page } = h;
    const before = days();
    const csv =
      'Date;Sleep (h);Mood;Stress level;Comments\r\n01/03/2025;7,5;good;4;"late; tired"\r\n02/03/2025;8;ok;2;\r\n';
    await pick('daylio-export.csv', csv);
    await page.getByText('daylio-export.csv').waitFor();

    const mood = page.getByLabel('Axis field for the column “Mood”');
    expect(await mood.inputValue()).toBe('');
    expect(await page.getByLabel('Axis field for the column “Sleep (h)”').inputValue()).toBe('sleep_hours');
    await page
      .getByText('Row 1, column Mood: is not mapped: choose the Axis field it holds, or ignore it', { exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);

    await mood.selectOption('ignore');
    await page.getByText('This import adds 2 days.').waitFor();
    expect(await page.getByLabel('Dates in the file are written').inputValue()).toBe('DD/MM/YYYY');
    await h.screenshot('settings-data-mapping-light');
    expect(await h.axe()).toEqual([]);
    expect(days()).toBe(before); // the preview wrote nothing

    await page.getByRole('button', { name: 'Import 2 days' }).click();
    await page.getByText(/^Imported 2 days\. A backup of your journal as it was just before/).waitFor();
    const db = journal();
    expect(
      db
        .prepare("SELECT day, sleep_hours, stress, notes FROM check_ins WHERE day LIKE '2025-03-0%' ORDER BY day")
        .all(),
    ).toEqual([
      { day: '2025-03-01', sleep_hours: 7.5, stress: 4, notes: 'late; tired' },
      { day: '2025-03-02', sleep_hours: 8, stress: 2, notes: '' },
    ]);
    db.close();
    await page
      .getByRole('list', { name: 'Backups, newest first' })
      .getByText(/Before an import/)
      .waitFor();
  });

  test('refuses a bad file with every problem listed by row and column, and writes nothing', async () => {
    const { page } = h;
    const data = JSON.parse(exported);
    data.tables.check_ins[2].sleep_hours = 25;
    data.tables.check_ins[4].day = '2026-02-30';
    const before = days();
    await pick('edited.json', JSON.stringify(data));
    await page.getByText('check_ins, row 3, column sleep_hours: 25 is more than 24 hours', { exact: true }).waitFor();
    await page
      .getByText('check_ins, row 5, column day: must be a real date written YYYY-MM-DD', { exact: true })
      .waitFor();
    // The two edits, and the supplements taken on the day that no longer exists, which now point nowhere.
    await page.getByRole('heading', { name: /^Problems to fix \(\d+\)$/ }).waitFor();
    await page
      .getByText(
        /^supplement_intakes, row \d+, column day: refers to \d{4}-\d\d-\d\d, which is not in the file’s check_ins$/,
      )
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await h.screenshot('settings-data-errors-light');
    expect(await h.axe()).toEqual([]);
    expect(days()).toBe(before);

    // A good export merged: everything is already here, so nothing is added.
    await pick('good.json', exported);
    await page.getByText(/^This import adds nothing new; keeps what your journal already had for \d+ days/).waitFor();
    expect(await page.getByRole('radio', { name: /^Merge/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  test('backs up, and restores a backup after a confirmation', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backed up: journal\.sqlite\..*\.manual\.\d+d\.sqlite\.$/).waitFor();
    const withImport = days();

    const db = new Database(h.journalPath);
    db.prepare("DELETE FROM check_ins WHERE day LIKE '2025-%'").run(); // a mistake the person wants to undo
    db.close();
    expect(days()).toBe(withImport - 2);

    await page.getByRole('button', { name: /^Restore the backup of .*\(Made by you\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    await h.screenshot('settings-data-restore-light');
    expect(await h.axe()).toEqual([]);
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await page.getByText(/^Restored \d+ days from journal\.sqlite\..*\.manual\.\d+d\.sqlite\./).waitFor();
    expect(days()).toBe(withImport);
    await page
      .getByRole('list', { name: 'Backups, newest first' })
      .getByText(/Before a restore/)
      .waitFor();
  });
});
