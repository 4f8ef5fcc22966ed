// "Explore with demo data" opens a separate journal file: the person's own journal never receives a single
// generated entry, and "Back to my journal" returns to it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: new Date(2026, 10, 30, 20) });
  await h.goto('#/today');
});
afterAll(async () => {
  await h.close({ requireNoErrors: true });
});

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
};

test('the demo journal is its own file, and leaving it goes back to the untouched own journal', async () => {
  const { page } = h;
  await page.getByRole('button', { name: 'Explore with demo data first' }).click();
  await page.getByText('You are exploring the demo journal').waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  const demoFile = path.join(h.dir, 'demo-journal.sqlite');
  expect(fs.existsSync(demoFile)).toBe(true);
  expect(count(demoFile, 'check_ins')).toBeGreaterThan(100);
  expect(count(demoFile, 'trials')).toBe(1);
  expect(count(h.journalPath, 'check_ins')).toBe(0);
  await h.screenshot('demo-banner-light');
  expect(await h.axe()).toEqual([]);

  await page.getByRole('button', { name: 'Back to my journal' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome to Axis' }).waitFor();
  expect(count(h.journalPath, 'check_ins')).toBe(0);
  expect(h.session.which()).toBe('own');
});
