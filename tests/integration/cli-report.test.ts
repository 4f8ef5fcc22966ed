// `npm run axis -- report` run for real: the HTML is the same report the router builds, misuse exits 2 with
// the reason in words, a problem found in the journal exits 1, and a failed run leaves no file behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { reportHtml, type Report } from '$shared/report/index';
import { cli, cliProcess } from '../helpers/cli';

let dir: string;
let journal: string;

/** Every file in the folder: a failed run must leave neither the target nor a half-written temporary file. */
const files = () =>
  fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('journal.sqlite'))
    .sort();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-cli-report-'));
  journal = path.join(dir, 'journal.sqlite');
  const app = openJournalApp({ journalPath: journal });
  fillDemoJournal(app.ctx, { days: 200, seed: 4 });
  fillDemoTrial(app.ctx, { seed: 4 });
  app.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const lastDay = () => {
  const app = openJournalApp({ journalPath: journal });
  try {
    return app.db.prepare('SELECT max(day) AS d, min(day) AS f FROM check_ins').get() as { d: string; f: string };
  } finally {
    app.close();
  }
};

describe('npm run axis -- report', () => {
  it('writes the same report the app builds, as self-contained print-ready HTML', async () => {
    const { f: from, d: to } = lastDay();
    const out = path.join(dir, 'report.html');
    const r = await cli(
      'report',
      '--from',
      from,
      '--to',
      to,
      '--name',
      'Sam',
      '--paper',
      'letter',
      '--out',
      out,
      '--journal',
      journal,
    );
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Wrote the report for .* \(\d+ days logged, 1 trial, US Letter\) to .*report\.html\./);
    const html = fs.readFileSync(out, 'utf8');
    const app = openJournalApp({ journalPath: journal });
    const model = await app.router.handle('report.build', { from, to, name: 'Sam', paper: 'letter' }, { url: 'test:' });
    app.close();
    expect(model.ok).toBe(true);
    expect(html).toBe(reportHtml((model as { value: Report }).value, 'letter'));
    expect(html).toMatch(/@page \{ size: letter portrait/);
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('Dairy trial');
    expect(html).toContain('<dt>For</dt><dd>Sam</dd>');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/); // nothing to fetch, nothing to run
    expect(files()).toEqual(['report.html']);
  });

  it('refuses to replace a file unless told to with --force', async () => {
    const { f: from, d: to } = lastDay();
    const out = path.join(dir, 'report.html');
    fs.writeFileSync(out, 'keep me');
    expect(await cli('report', '--from', from, '--to', to, '--out', out, '--journal', journal)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already exists.*--force/),
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect(
      await cli('report', '--from', from, '--to', to, '--out', out, '--force', '--journal', journal),
    ).toMatchObject({ code: 0 });
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    fs.rmSync(out);
  });

  it('explains misuse with exit status 2 and writes nothing', async () => {
    const out = path.join(dir, 'bad.html');
    const cases: [string[], RegExp][] = [
      [['--to', '2026-06-30', '--out', out], /--from is required/],
      [['--from', '2026-06-01', '--to', '2026-06-30'], /--out is required/],
      [
        ['--from', '2026-02-30', '--to', '2026-06-30', '--out', out],
        /--from "2026-02-30" is not a real date written YYYY-MM-DD/,
      ],
      [['--from', 'yesterday', '--to', '2026-06-30', '--out', out], /--from "yesterday" is not a real date/],
      [
        ['--from', '2026-06-30', '--to', '2026-06-01', '--out', out],
        /The period is not valid: the period starts \(2026-06-30\) after it ends \(2026-06-01\)/,
      ],
      [['--from', '2020-01-01', '--to', '2026-06-01', '--out', out], /at most 1100 days/],
      [
        ['--from', '2026-06-01', '--to', '2026-06-30', '--trial', 'dairy', '--out', out],
        /--trial takes a trial number/,
      ],
      [['--from', '2026-06-01', '--to', '2026-06-30', '--paper', 'a3', '--out', out], /--paper must be a4 or letter/],
      [
        ['--from', '2026-06-01', '--to', '2026-06-30', '--notes', '2026-06-02,June 3', '--out', out],
        /"June 3" is not one/,
      ],
      [['--from', '2026-06-01', '--to', '2026-06-30', '--out', journal], /names the journal itself/],
      [['--from', '2026-06-01', '--to', '2026-06-30', '--colour', 'red', '--out', out], /Unknown option --colour/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('report', ...args, '--journal', journal);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Usage: npm run axis -- report --from <date> --to <date>/);
    }
    expect(files()).toEqual([]);
  });

  it('exits 1 with the reason when the journal has no such trial or no journal is there, and writes nothing', async () => {
    const out = path.join(dir, 'bad.html');
    expect(
      await cli(
        'report',
        '--from',
        '2026-06-01',
        '--to',
        '2026-06-30',
        '--trial',
        '42',
        '--out',
        out,
        '--journal',
        journal,
      ),
    ).toEqual({
      code: 1,
      out: '',
      err: 'There is no trial number 42 in this journal.',
    });
    expect(
      await cli(
        'report',
        '--from',
        '2026-06-01',
        '--to',
        '2026-06-30',
        '--out',
        out,
        '--journal',
        path.join(dir, 'missing.sqlite'),
      ),
    ).toMatchObject({ code: 2, err: expect.stringMatching(/There is no journal/) });
    // A folder that cannot be made (a file is in the way): the write fails whole, leaving nothing.
    fs.writeFileSync(path.join(dir, 'in-the-way'), '');
    const blocked = await cli(
      'report',
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-30',
      '--out',
      path.join(dir, 'in-the-way', 'r.html'),
      '--journal',
      journal,
    );
    expect(blocked).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^Axis stopped with an error: .*(ENOTDIR|EEXIST)/),
    });
    fs.rmSync(path.join(dir, 'in-the-way'));
    expect(files()).toEqual([]);
  });

  it('runs as a real process with the exit status the shell sees', async () => {
    const { f: from, d: to } = lastDay();
    const out = path.join(dir, 'process.html');
    const run = (...args: string[]) => cliProcess('report', ...args, '--journal', journal);
    const ok = await run('--from', from, '--to', to, '--out', out);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/Skin and gut progress report/);
    const bad = await run('--from', '2026-13-01', '--to', to, '--out', path.join(dir, 'never.html'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from "2026-13-01" is not a real date/);
    expect(fs.existsSync(path.join(dir, 'never.html'))).toBe(false);
    fs.rmSync(out);
  }, 90_000); // two cold starts of tsx on a busy two-core machine
});
