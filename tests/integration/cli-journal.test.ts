// The command line, run for real as a person would run it: `npm run axis -- <command>`.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
test('demo then check, through the real entry point', () => {
  const journal = path.join(dir(), 'demo.sqlite');
  const tsx = path.resolve('node_modules/.bin/tsx');
  const demo = spawnSync(tsx, ['electron/cli/cli.ts', 'demo', '--days', '60', '--seed', '5', '--journal', journal], {
    encoding: 'utf8',
  });
  expect(demo.stderr).toBe('');
  expect(demo.status).toBe(0);
  expect(demo.stdout).toMatch(/^Wrote \d+ demo check-ins from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\.\n$/);
  const check = spawnSync(tsx, ['electron/cli/cli.ts', 'check', '--json', '--journal', journal], { encoding: 'utf8' });
  expect(check.status).toBe(0);
  const report = JSON.parse(check.stdout);
  expect(report.integrity).toBe('ok');
  expect(report.schemaVersion).toBe(report.latestVersion);
  expect(report.counts.check_ins).toBeGreaterThan(50);
  expect(report.counts.check_ins).toBeLessThanOrEqual(60);
});

test('demo data is reproducible from its seed and never goes into a journal with entries', async () => {
  const d = dir();
  const a = path.join(d, 'a.sqlite');
  const b = path.join(d, 'b.sqlite');
  expect((await cli('demo', '--days', '40', '--seed', '9', '--journal', a)).code).toBe(0);
  expect((await cli('demo', '--days', '40', '--seed', '9', '--journal', b)).code).toBe(0);
  const { default: Database } = await import('better-sqlite3');
  const rows = (f: string) => {
    const db = new Database(f, { readonly: true });
    const all = db
      .prepare('SELECT * FROM check_ins ORDER BY day')
      .all()
      .map((r) => ({ ...(r as object), created_at: 0, updated_at: 0 }));
    db.close();
    return all;
  };
  expect(rows(a).length).toBeGreaterThan(30);
  expect(rows(a)).toEqual(rows(b));
  const again = await cli('demo', '--days', '40', '--journal', a);
  expect(again.code).toBe(1); // the journal's state is the problem, not how the command was written
  expect(again.err).toMatch(/already holds entries/);
});

test('misuse exits 2 with a sentence; a missing journal is never created by a reading command', async () => {
  const d = dir();
  const missing = path.join(d, 'missing.sqlite');
  expect(await cli('check', '--journal', missing)).toMatchObject({
    code: 2,
    err: expect.stringMatching(/There is no journal at/),
  });
  expect(fs.existsSync(missing)).toBe(false);
  expect(await cli('check')).toMatchObject({ code: 2, err: expect.stringMatching(/--journal/) });
  expect(await cli('demo', '--days', '0', '--journal', missing)).toMatchObject({
    code: 2,
    err: expect.stringMatching(/whole number from 1/),
  });
  expect(await cli('demo', '--dayz', '3', '--journal', missing)).toMatchObject({
    code: 2,
    err: expect.stringMatching(/Unknown option --dayz/),
  });
  expect(await cli('frobnicate')).toMatchObject({
    code: 2,
    err: expect.stringMatching(/Unknown command "frobnicate"/),
  });
  expect((await cli()).code).toBe(2);
});

test('a journal from a newer Axis: exit 1, file unchanged', async () => {
  const file = path.join(dir(), 'future.sqlite');
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('user_version = 99');
  db.close();
  const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const result = await cli('check', '--journal', file);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/newer version of Axis/);
  expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
});
