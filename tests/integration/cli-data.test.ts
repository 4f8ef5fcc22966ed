// `export`, `import`, `backup` and `restore` on the command line, run as a person would: exit status 0 when
// done, 1 when the file or journal has a problem (said in words), 2 when the command is misused; and on any
// failure, nothing written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { cli, cliProcess } from '../helpers/cli';
import { snapshotByKey, tempDir } from '../helpers/journal';

let dir: string;
let journal: string;
const at = (name: string) => path.join(dir, name);

/** The file's bytes plus its WAL: anything a failed command might have written shows here. */
const hash = (file: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(file))
    .update(fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : '')
    .digest('hex');

function tables(file: string): Record<string, unknown[]> {
  const app = openJournalApp({ journalPath: file });
  try {
    return snapshotByKey(app);
  } finally {
    app.close();
  }
}

beforeAll(() => {
  dir = tempDir('axis-cli-data-');
  journal = at('journal.sqlite');
  const app = openJournalApp({ journalPath: journal });
  fillDemoJournal(app.ctx, { days: 90, seed: 11 });
  fillDemoTrial(app.ctx, { seed: 11 });
  app.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('export', () => {
  it('writes CSV and JSON files, and refuses to overwrite a file without --force', async () => {
    expect(await cli('export', '--format', 'csv', '--out', at('days.csv'), '--journal', journal)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Wrote \d+ days to .*days\.csv\.$/),
    });
    expect(fs.readFileSync(at('days.csv'), 'utf8')).toMatch(/^\uFEFFday,skin_overall,/);
    expect(await cli('export', '--format', 'json', '--out', at('all.json'), '--journal', journal)).toMatchObject({
      code: 0,
    });
    expect(JSON.parse(fs.readFileSync(at('all.json'), 'utf8'))).toMatchObject({
      format: 'axis-journal-export',
      version: 1,
    });

    const before = fs.readFileSync(at('days.csv'));
    expect(await cli('export', '--format', 'json', '--out', at('days.csv'), '--journal', journal)).toMatchObject({
      code: 1,
      err: expect.stringContaining('already exists'),
    });
    expect(fs.readFileSync(at('days.csv')).equals(before)).toBe(true);
    expect(
      await cli('export', '--format', 'csv', '--out', at('days.csv'), '--force', '--journal', journal),
    ).toMatchObject({ code: 0 });
  });

  it('is misuse (2) without a format or a file, with an unknown format, or aimed at the journal itself', async () => {
    expect((await cli('export', '--out', at('x.csv'), '--journal', journal)).code).toBe(2);
    expect((await cli('export', '--format', 'csv', '--journal', journal)).code).toBe(2);
    expect(await cli('export', '--format', 'xml', '--out', at('x.xml'), '--journal', journal)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be csv or json.'),
    });
    expect((await cli('export', '--format', 'json', '--out', journal, '--force', '--journal', journal)).code).toBe(2);
    expect(fs.existsSync(at('x.csv')) || fs.existsSync(at('x.xml'))).toBe(false);
  });
});

describe('import', () => {
  it('brings a JSON export into a new journal, identical table by table', async () => {
    const r = await cli('import', at('all.json'), '--journal', at('copy.sqlite'));
    expect(r).toMatchObject({ code: 0, out: expect.stringMatching(/^Imported \d+ days, 4 supplements/) });
    expect(tables(at('copy.sqlite'))).toEqual(tables(journal));
  });

  it('refuses a broken file with the row and reason, exit status 1, and writes nothing', async () => {
    const data = JSON.parse(fs.readFileSync(at('all.json'), 'utf8'));
    data.tables.check_ins[2].sleep_hours = 25;
    fs.writeFileSync(at('bad.json'), JSON.stringify(data));
    const before = hash(journal);
    const r = await cli('import', at('bad.json'), '--mode', 'merge', '--journal', journal);
    expect(r.code).toBe(1);
    expect(r.err).toContain('check_ins, row 3, column sleep_hours: 25 is more than 24 hours');
    expect(hash(journal)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false); // refused before the safety backup
  });

  it('imports a CSV from another tracker once every column is mapped or ignored', async () => {
    fs.writeFileSync(at('other.csv'), 'Date;Sleep (h);Mood\n01/03/2026;7,5;good\n02/03/2026;8;fine\n');
    const target = at('csv.sqlite');
    const unmapped = await cli('import', at('other.csv'), '--journal', target);
    expect(unmapped.code).toBe(1);
    expect(unmapped.err).toContain('Row 1, column Mood: is not mapped');
    expect(unmapped.err).toContain('--map "Column=field,Other column=ignore"');
    expect(tables(target).check_ins).toEqual([]);

    expect(await cli('import', at('other.csv'), '--map', 'Mood=ignore', '--journal', target)).toMatchObject({
      code: 0,
      out: 'Imported 2 days.',
    });
    expect(tables(target).check_ins).toMatchObject([
      { day: '2026-03-01', sleep_hours: 7.5 },
      { day: '2026-03-02', sleep_hours: 8 },
    ]);
  });

  it('is misuse (2) with no file, a --map for a column the file lacks, or JSON options on a CSV; a missing file is 1', async () => {
    expect((await cli('import', '--journal', journal)).code).toBe(2);
    expect(await cli('import', at('other.csv'), '--map', 'Weather=ignore', '--journal', journal)).toMatchObject({
      code: 2,
      err: expect.stringContaining('The file has no column "Weather"'),
    });
    expect(await cli('import', at('other.csv'), '--map', 'Mood=happiness', '--journal', journal)).toMatchObject({
      code: 2,
      err: expect.stringContaining('"happiness" is not an Axis field'),
    });
    expect((await cli('import', at('other.csv'), '--mode', 'merge', '--journal', journal)).code).toBe(2);
    expect((await cli('import', at('all.json'), '--map', 'a=b', '--journal', journal)).code).toBe(2);
    expect(await cli('import', at('nothing-here.csv'), '--journal', journal)).toMatchObject({
      code: 1,
      err: expect.stringContaining('There is no file at'),
    });
  });
});

describe('backup and restore', () => {
  it('backs up with the online backup, and restores after taking a backup of the current state', async () => {
    const copy = at('backup.sqlite');
    expect(await cli('backup', '--out', copy, '--journal', journal)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Backed up the journal to .* KB\)\.$/),
    });
    const saved = tables(journal);
    expect(tables(copy)).toEqual(saved);

    const imported = await cli('import', at('other.csv'), '--map', 'Mood=ignore', '--journal', journal);
    expect(imported, imported.err).toMatchObject({ code: 0 });
    expect(tables(journal)).not.toEqual(saved);
    const r = await cli('restore', copy, '--journal', journal);
    expect(r).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Restored \d+ days from backup\.sqlite\. Your journal as it was just before is kept/),
    });
    expect(tables(journal)).toEqual(saved);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => /\.before-restore\.\d+d\.sqlite$/.test(f))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => /\.before-import\.\d+d\.sqlite$/.test(f))).toBe(true);
  });

  it('refuses to restore from a file that is not a journal, writing nothing', async () => {
    const before = hash(journal);
    const r = await cli('restore', at('days.csv'), '--journal', journal);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'days.csv is not an Axis journal (it is not an SQLite database). Your journal has not been changed.',
    });
    expect(hash(journal)).toBe(before);
    expect((await cli('restore', '--journal', journal)).code).toBe(2);
    expect((await cli('backup', '--journal', journal)).code).toBe(2);
  });
});

describe('as a separate process', () => {
  const run = (...args: string[]) => cliProcess(...args).then((r) => r.code);
  it('exits 0, 1 and 2', async () => {
    const [ok, problem, misuse] = await Promise.all([
      run('export', '--format', 'json', '--out', at('spawned.json'), '--journal', journal),
      run('import', at('bad.json'), '--journal', journal),
      run('export', '--journal', journal),
    ]);
    expect([ok, problem, misuse]).toEqual([0, 1, 2]);
  }, 60_000);
});
