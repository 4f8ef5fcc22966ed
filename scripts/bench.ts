// `npm run bench [-- --json]`: generates a dense ten-year journal and prints, measured in this same run,
// each operation against its baseline as a ratio. See BENCHMARKS.md for the figures and how to read them.
// `npm run bench -- --associations [--journals N] [--seed S]` runs the associations simulation instead.
// `npm run bench -- --trials` runs the simulation of the trial verdicts instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openJournalApp } from '../electron/core/journalApp';
import { fillDemoJournal } from '../electron/core/data/demoDays';
import { benchJournal } from './bench/journal';
import { benchTrials } from './bench/trials';
import { benchBundle } from './bench/bundle';
import { benchTrends } from './bench/trends';
import { benchRenderer } from './bench/renderer';
import { benchPdf } from './bench/pdf';
import { benchImports } from './bench/imports';
import { benchImportPage } from './bench/importPage';
import { benchPersonal } from './bench/personal';
import { execSync } from 'node:child_process';
import { printFigures, type Figure } from './bench/measure';
import { runAssociationsSimulation } from './bench/associations';
import { runTrialSimulation } from './bench/trialSimulation';

const json = process.argv.includes('--json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-bench-'));
const journalPath = path.join(dir, 'ten-years.sqlite');

async function main(): Promise<void> {
  const app = openJournalApp({ journalPath, now: () => new Date(2026, 10, 30, 20) });
  const started = Date.now();
  const demo = fillDemoJournal(app.ctx, { days: 3650, seed: 11, missingShare: 0 });
  if (!json)
    console.log(
      `Generated ${demo.checkIns} check-ins (${demo.first} to ${demo.last}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );

  const figures: Figure[] = [];
  figures.push(...(await benchJournal(app, demo.last)));
  figures.push(...(await benchTrials(app, demo.last)));
  figures.push(...(await benchTrends(app, demo.last)));
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  const plainSize = fs.statSync(journalPath).size;
  // Last of the journal figures: it adds 20 own items and 5 treatments to the journal.
  figures.push(...(await benchPersonal(app, demo.last)));

  const renderer = path.resolve(import.meta.dirname, '../out/renderer');
  if (!fs.existsSync(path.join(renderer, 'index.html')))
    execSync('npx electron-vite build', { stdio: json ? 'ignore' : 'inherit' });
  figures.push(...benchBundle(renderer));
  figures.push(...(await benchRenderer(renderer)));
  const imports = benchImports(dir);
  figures.push(...imports.figures);
  figures.push(...(await benchImportPage(renderer, imports.csv)));
  figures.push(...(await benchPdf(renderer))); // last: it closes the Chromium the others share

  app.db.pragma('wal_checkpoint(TRUNCATE)');
  figures.push(
    { name: 'journal file size (10 years, dense)', value: plainSize / 1024 / 1024, unit: 'MB' },
    {
      name: 'journal file size with 20 own items every day',
      value: fs.statSync(journalPath).size / 1024 / 1024,
      unit: 'MB',
    },
  );
  app.close();
  const met = printFigures(figures, json);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = met ? 0 : 1;
}

/** The value after a flag, as a whole number, or the default. */
function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number above 0`);
  return value;
}

if (process.argv.includes('--associations')) {
  console.log(runAssociationsSimulation(flag('--journals', 1000), flag('--seed', 20261204)));
  fs.rmSync(dir, { recursive: true, force: true });
} else if (process.argv.includes('--trials')) {
  // The simulation of the trial verdicts (BENCHMARKS.md) needs no journal.
  fs.rmSync(dir, { recursive: true, force: true });
  void runTrialSimulation();
} else void main();
