// `npm run bench -- --trials [--n 1000] [--seed 20261204] [--json]`: the simulation behind the trial verdicts'
// error rates (BENCHMARKS.md, "Trial verdicts"). Synthetic finished trials for every cell of the issue's grid,
// each judged by the app's own analysis at every look a person could take; prints one table per design and
// exits non-zero when a goal is missed. Seeded: the same command prints the same table on any machine.
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Cell, Design } from './trialSimulationTrial';
import type { Job, Tally } from './trialSimulationWorker';

/** The app's default lengths when no skin condition is chosen (shared/trials/protocol/lengths.ts). */
const LENGTHS = { baselineDays: 21, eliminationDays: 42, reintroductionDays: 21, transitionDays: 7 };
export const DESIGNS: Design[] = [
  { name: 'One cycle: baseline 21, elimination 42, reintroduction 21 days', ...LENGTHS, repeat: false },
  { name: 'With the repeat cycle: 21, 42, 21, 42, 21 days', ...LENGTHS, repeat: true },
];

/** A slow worsening of 1.5 points every 12 weeks (a season turning, say). */
const DRIFT = 1.5 / 84;
const MID = 2;

function cells(): Cell[] {
  const out: Cell[] = [];
  const common = { sd: 1.5, missing: 0.1, rampDays: 5, stepAtReintroduction: 0 };
  for (const design of DESIGNS)
    for (const effect of [0, 1.5 * MID])
      for (const driftPerDay of [0, DRIFT])
        for (const rho of [0.3, 0.6, 0.8]) out.push({ ...common, design, rho, driftPerDay, effect });
  // Not in the goals: something else changes for good on the first day of eating the food again.
  for (const design of DESIGNS)
    for (const rho of [0.3, 0.6, 0.8])
      out.push({ ...common, design, rho, driftPerDay: 0, effect: 0, stepAtReintroduction: 2 });
  return out;
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}

const pct = (x: number, n: number): string => (n === 0 ? '–' : `${((100 * x) / n).toFixed(1)}%`);

interface Row {
  cell: Cell;
  tally: Tally;
}

function goalsMissed(rows: Row[]): string[] {
  const missed: string[] = [];
  for (const { cell, tally: t } of rows) {
    const name = `${cell.design.name}, rho ${cell.rho}, ${cell.driftPerDay > 0 ? 'drift' : 'no drift'}, effect ${cell.effect}`;
    if (cell.stepAtReintroduction > 0) continue;
    if (cell.effect === 0 && t.triggerAnyDay / t.everyDayTrials > 0.05) missed.push(`${name}: false triggers above 5%`);
    if (cell.effect > 0 && cell.design.repeat && t.triggerPlanned / t.trials < 0.9)
      missed.push(`${name}: power below 90%`);
    if (t.effectCovered / t.trials < 0.93) missed.push(`${name}: coverage of the food effect below 93%`);
    if (t.switchCovered / t.switchRanges < 0.93) missed.push(`${name}: coverage of the switches below 93%`);
    if (t.zeroWidth > 0) missed.push(`${name}: a range of zero width`);
  }
  return missed;
}

function table(rows: Row[], seed: number, n: number, everyDayN: number): string {
  const lines: string[] = [];
  for (const design of DESIGNS) {
    const mine = rows.filter((r) => r.cell.design === design && r.cell.stepAtReintroduction === 0);
    lines.push(`### ${design.name}`, '');
    lines.push(
      '| effect | drift | rho | "looks like a trigger" at planned looks | planned looks or a close on any day (same trials at planned looks alone) | not enough data | no meaningful difference | 95% range covers: food effect | … each switch | mean width | zero-width ranges |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const { cell, tally: t } of mine) {
      lines.push(
        `| ${cell.effect === 0 ? 'none' : `${cell.effect} (1.5 × MID)`} | ${cell.driftPerDay > 0 ? '+1.5 / 12 weeks' : 'none'} | ${cell.rho} | ` +
          `${pct(t.triggerPlanned, t.trials)} | ${t.everyDayTrials ? `${pct(t.triggerAnyDay, t.everyDayTrials)} (${pct(t.triggerPlannedEveryDay, t.everyDayTrials)})` : '–'} | ${pct(t.notEnoughData, t.trials)} | ` +
          `${pct(t.noMeaningfulDifference, t.trials)} | ${pct(t.effectCovered, t.trials)} | ${pct(t.switchCovered, t.switchRanges)} | ` +
          `${(t.widthSum / t.trials).toFixed(2)} | ${t.zeroWidth} of ${t.rangesChecked} |`,
      );
    }
    lines.push('');
  }
  const steps = rows.filter((r) => r.cell.stepAtReintroduction > 0);
  lines.push('### No food effect, but a lasting 2-point worsening from the first day of eating the food again', '');
  lines.push('| design | rho | "looks like a trigger" at planned looks |', '|---|---|---|');
  for (const { cell, tally: t } of steps)
    lines.push(`| ${cell.design.name} | ${cell.rho} | ${pct(t.triggerPlanned, t.trials)} |`);
  lines.push(
    '',
    `${n} trials per cell (closes on every day judged for the first ${everyDayN} of each no-effect cell), seed ${seed}: ` +
      `\`npm run bench -- --trials --n ${n} --every-day-n ${everyDayN} --seed ${seed}\``,
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const n = argument('--n', 1000);
  // Judging a close on every day costs 15 to 80 analyses a trial; the first `everyDay` trials of each
  // no-effect cell carry it.
  const everyDayN = Math.min(n, argument('--every-day-n', 200));
  const seed = argument('--seed', 20261204);
  const chunk = 25;
  const all = cells();
  const jobs: Job[] = [];
  all.forEach((cell, cellIndex) => {
    for (let first = 0; first < n; first += chunk)
      jobs.push({
        cellIndex,
        cell,
        first,
        count: Math.min(chunk, n - first),
        seed,
        everyDay: cell.effect === 0 && first < everyDayN,
      });
  });
  const tallies = new Map<number, Tally>();
  const started = Date.now();
  const workers = Math.max(1, Math.min(2, os.availableParallelism()));
  const script = fileURLToPath(new URL('./trialSimulationWorker.ts', import.meta.url));
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, () => {
      const child = fork(script, [], { execArgv: process.execArgv });
      return new Promise<void>((resolve, reject) => {
        const give = (): void => {
          if (next < jobs.length) child.send(jobs[next++]!);
          else {
            child.send('stop');
            resolve();
          }
        };
        child.on('message', (t: Tally) => {
          const sum = tallies.get(t.cellIndex);
          if (sum === undefined) tallies.set(t.cellIndex, t);
          else for (const k of Object.keys(t) as (keyof Tally)[]) if (k !== 'cellIndex') sum[k] += t[k];
          done++;
          if (done % 40 === 0)
            process.stderr.write(
              `\r${done} of ${jobs.length} batches, ${((Date.now() - started) / 1000).toFixed(0)} s`,
            );
          give();
        });
        child.on('error', reject);
        give();
      });
    }),
  );
  process.stderr.write(`\rdone in ${((Date.now() - started) / 1000).toFixed(0)} s${' '.repeat(30)}\n`);
  const rows = all.map((cell, i) => ({ cell, tally: tallies.get(i)! }));
  if (process.argv.includes('--json'))
    console.log(JSON.stringify(rows.map((r) => ({ ...r.cell, design: r.cell.design.name, ...r.tally }))));
  else console.log(table(rows, seed, n, everyDayN));
  const missed = goalsMissed(rows);
  for (const m of missed) console.error(`goal missed: ${m}`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}

export function runTrialSimulation(): Promise<void> {
  return main();
}
