// Errors name the cause and the fix, never "Something went wrong inside Axis" for a condition of the file or
// the disk: a read-only file or folder, a full disk, a damaged file (with "restore from a backup", and never
// the file's raw bytes), a CSV in UTF-16 (read correctly), a file that is not a CSV at all. JSON row numbers
// stay right after a bad row; a refused command writes nothing, not even an empty journal; --map can name a
// column whose header holds a comma.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { cli } from '../helpers/cli';
import { openTestJournal, tempDir } from '../helpers/journal';

let dir: string;
beforeAll(() => {
  dir = tempDir('axis-errors-');
  fs.chmodSync(dir, 0o755); // the read-only tests run the command line as another account when run as root
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

function journalWith(name: string, days: number): string {
  const file = at(name);
  const app = openJournalApp({ journalPath: file, now: () => new Date(2026, 10, 30, 20) });
  if (days > 0) fillDemoJournal(app.ctx, { days, seed: 3, missingShare: 0 });
  app.close();
  return file;
}

function daysIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM check_ins').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The command line as a real process. Run as root, it runs as "nobody", for whom permissions apply (root
 * may write anywhere); run as anyone else, it runs as that person. */
function cliAsPerson(...argv: string[]): { code: number; out: string; err: string } {
  const asRoot = process.getuid?.() === 0;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/cli.ts', ...argv], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, TMPDIR: '/tmp' },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

describe('read-only', () => {
  test('a journal in a read-only folder is read, and a write is refused naming the folder', () => {
    const folder = at('locked-folder');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'journal.sqlite');
    fs.copyFileSync(journalWith('ro-source.sqlite', 20), file);
    fs.chmodSync(file, 0o644);
    const csv = at('one-day.csv');
    fs.writeFileSync(csv, 'day,stress\n2024-01-05,3\n');
    fs.chmodSync(csv, 0o644);
    fs.chmodSync(folder, 0o555);
    try {
      const check = cliAsPerson('check', '--journal', file);
      expect(check.err).toBe('');
      expect(check.out).toMatch(/Days logged: 20/);
      expect(check.out).toMatch(/read-only/);
      const write = cliAsPerson('import', csv, '--journal', file);
      expect(write.code).toBe(1);
      expect(write.err).toMatch(/cannot save.*folder .*locked-folder.* is read-only/s);
      expect(write.err).not.toMatch(/not a SQLite database|not an Axis journal|Something went wrong/);
    } finally {
      fs.chmodSync(folder, 0o755);
    }
    expect(fs.readdirSync(folder)).toEqual(['journal.sqlite']);
    expect(daysIn(file)).toBe(20);
  });

  test('a read-only journal file in a writable folder: read, and a write refused naming the file', () => {
    const folder = at('ro-file');
    fs.mkdirSync(folder, { mode: 0o777 });
    fs.chmodSync(folder, 0o777);
    const file = path.join(folder, 'journal.sqlite');
    fs.copyFileSync(journalWith('ro-file-source.sqlite', 12), file);
    fs.chmodSync(file, 0o444);
    const csv = at('another-day.csv');
    fs.writeFileSync(csv, 'day,stress\n2024-01-05,3\n');
    fs.chmodSync(csv, 0o644);
    const write = cliAsPerson('import', csv, '--journal', file);
    expect(write.code).toBe(1);
    expect(write.err).toMatch(/cannot save.*journal\.sqlite is read-only/s);
    expect(write.err).not.toMatch(/Something went wrong|readonly database/);
    expect(daysIn(file)).toBe(12);
  });
});

describe('a full disk', () => {
  test('a save that does not fit says the disk is full, and nothing of it is kept', async () => {
    const j = openTestJournal({ now: () => new Date(2026, 10, 30, 20) });
    try {
      const pages = Number(j.app.db.pragma('page_count', { simple: true }));
      j.app.db.pragma(`max_page_count = ${pages + 2}`); // SQLite's own "database or disk is full"
      const long = 'x'.repeat(9_000);
      let refusal: { code: string; message: string } | null = null;
      for (let i = 1; i <= 28 && !refusal; i++) {
        const r = await j.call('checkIns.save', {
          day: `2026-11-${String(i).padStart(2, '0')}`,
          values: { notes: long },
        });
        if (!r.ok) refusal = r.error;
      }
      expect(refusal).toMatchObject({ code: 'disk-full' });
      expect(refusal!.message).toMatch(/disk .*is full.*Free some space/s);
      expect(refusal!.message).not.toMatch(/Something went wrong/);
    } finally {
      j.close();
    }
  });
});

describe('a damaged journal', () => {
  test('is named damaged with the way back (restore from a backup), never with its raw bytes', async () => {
    const file = journalWith('damaged.sqlite', 10);
    // A schema SQLite cannot read any more, holding raw control bytes and a terminal escape sequence.
    const raw = new Database(file);
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw
      .prepare("UPDATE sqlite_schema SET sql = ? WHERE name = 'check_ins'")
      .run('CREATE TABLE check_ins (\u0001\u0007\u001b[31m day TEXT');
    raw.close();
    const check = await cli('check', '--journal', file);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/damaged/);
    expect(check.err).toMatch(/restore it from a backup/i);
    expect(check.err.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u); // no control characters, no escape codes
  });
});

describe('files that are not what they seem', () => {
  test('a CSV saved as UTF-16 (as Excel’s "Unicode text" does) is read correctly', async () => {
    const journal = journalWith('utf16.sqlite', 0);
    const csv = at('utf16.csv');
    const text = 'day\tstress\tnotes\r\n2026-11-01\t3\tcafé, crème\r\n2026-11-02\t4\t\r\n';
    fs.writeFileSync(csv, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await cli('import', csv, '--journal', journal);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const db = new Database(journal, { readonly: true });
    expect(db.prepare('SELECT day, stress, notes FROM check_ins ORDER BY day').all()).toEqual([
      { day: '2026-11-01', stress: 3, notes: 'café, crème' },
      { day: '2026-11-02', stress: 4, notes: '' },
    ]);
    db.close();
  });

  test('a binary file is "not a CSV", with what it looks like, not a count of cells', async () => {
    const journal = journalWith('binary.sqlite', 0);
    const zip = at('workbook.csv');
    fs.writeFileSync(zip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(400, 7)]));
    const result = await cli('import', zip, '--journal', journal);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/not a CSV/);
    expect(result.err).toMatch(/zip|workbook/i);
    expect(result.err).not.toMatch(/cells but the header/);
    const png = at('picture.csv');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0, 0]));
    const again = await cli('import', png, '--journal', journal);
    expect(again.err).toMatch(/not a CSV/);
  });

  test('JSON row numbers stay right after a bad row', async () => {
    const source = journalWith('rows-source.sqlite', 12);
    const out = at('rows.json');
    expect((await cli('export', '--format', 'json', '--out', out, '--journal', source)).code).toBe(0);
    const data = JSON.parse(fs.readFileSync(out, 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
    const days = data.tables.check_ins!;
    days[1]!.stress = 'high'; // row 2 is bad
    days[4]!.day = days[3]!.day; // row 5 repeats row 4's day
    fs.writeFileSync(out, JSON.stringify(data));
    const result = await cli('import', out, '--journal', at('rows-target.sqlite'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/check_ins, row 2, column stress/);
    expect(result.err).toMatch(/check_ins, row 5, column day: \d{4}-\d\d-\d\d appears twice \(also row 4\)/);
  });

  test('a refused import into a journal that does not exist yet leaves no file behind', async () => {
    const missing = at('never-made.sqlite');
    const bad = at('bad.csv');
    fs.writeFileSync(bad, 'day,stress\n2026-02-30,3\n');
    const result = await cli('import', bad, '--journal', missing);
    expect(result.code).toBe(1);
    expect(fs.readdirSync(dir).filter((n) => n.includes('never-made'))).toEqual([]);
  });

  test('--map names a column whose header holds a comma, in double quotes', async () => {
    const journal = journalWith('comma.sqlite', 0);
    const csv = at('comma.csv');
    fs.writeFileSync(csv, 'Date,"Sleep, hours","Mood ""today"""\n2026-11-01,7.5,good\n');
    const result = await cli(
      'import',
      csv,
      '--map',
      '"Sleep, hours"=sleep_hours,"Mood ""today"""=ignore',
      '--journal',
      journal,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const db = new Database(journal, { readonly: true });
    expect(db.prepare('SELECT day, sleep_hours FROM check_ins').all()).toEqual([
      { day: '2026-11-01', sleep_hours: 7.5 },
    ]);
    db.close();
  });
});
