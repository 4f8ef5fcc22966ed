// `npm run bench -- --associations [--journals N] [--seed S]`: does "What moves with my skin" show patterns
// that are not there? Synthetic journals (scripts/bench/syntheticJournal.ts) with no association at all are
// run through the same shared/trends code the trends service uses, and the share of journals that show ANY
// factor as a finding is counted; then journals where skin really follows dairy a day later, for power.
// The page's rule (effective days and the false-discovery allowance) is set beside the rules it replaced.
import { correlationP } from '$shared/trends/effectiveDays';
import { benjaminiHochberg, FALSE_DISCOVERY_RATE } from '$shared/trends/discovery';
import { laggedAssociationsDense, type Association, type LagResult } from '$shared/trends/lagged';
import { seededRandom } from '$shared/domain/seededRandom';
import { syntheticJournal, type JournalShape } from './syntheticJournal';

interface Cell {
  name: string;
  shape: JournalShape;
  journals: number;
}

/** Share with a Wilson 95% interval (Wilson 1927), as "3.1% (2.2-4.4)". */
function share(hits: number, total: number): string {
  const z = 1.959963984540054;
  const p = hits / total;
  const centre = (p + (z * z) / (2 * total)) / (1 + (z * z) / total);
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / (1 + (z * z) / total);
  const pct = (x: number) => (100 * x).toFixed(1);
  return `${pct(p)}% (${pct(Math.max(0, centre - half))}-${pct(Math.min(1, centre + half))})`;
}

/**
 * Benjamini-Yekutieli (2001), valid under any dependence: Benjamini-Hochberg at level α / Σ_{i ≤ m} 1/i, so a
 * question passes when its BH-adjusted p is at most that.
 */
function passesByBY(l: LagResult, judged: number): boolean {
  let harmonic = 0;
  for (let i = 1; i <= judged; i++) harmonic += 1 / i;
  return l.q !== null && l.q <= FALSE_DISCOVERY_RATE / harmonic;
}

/** Which of the rules would show at least one factor. */
function anyShown(result: Association[]): {
  page: boolean;
  yekutieli: boolean;
  effectiveOnly: boolean;
  allowanceOnly: boolean;
  plain: boolean;
} {
  const judged = result.flatMap((a) => a.lags.filter((l) => l.p !== null));
  const raw = judged.map((l) => correlationP(l.rho as number, l.n));
  const rawQ = benjaminiHochberg(raw);
  return {
    page: result.some((a) => a.finding),
    yekutieli: judged.some((l) => passesByBY(l, judged.length)),
    effectiveOnly: judged.some((l) => (l.p as number) < 0.05),
    allowanceOnly: rawQ.some((q) => q !== null && q <= FALSE_DISCOVERY_RATE),
    plain: raw.some((p) => p !== null && p < 0.05),
  };
}

function seedFor(base: number, cell: number, journal: number): number {
  return (base + 1_000_003 * (cell + 1) + 7919 * journal) >>> 0;
}

const shape = (days: number, phi: number, drift = false, effect = 0): JournalShape => ({ days, phi, drift, effect });

export function runAssociationsSimulation(journals: number, seed: number): string {
  const lines: string[] = [];
  const started = Date.now();
  const nullCells: Cell[] = [
    { name: '3 months, low (0.3)', shape: shape(90, 0.3), journals },
    { name: '3 months, high (0.8)', shape: shape(90, 0.8), journals },
    { name: '1 year, low (0.3)', shape: shape(365, 0.3), journals },
    { name: '1 year, high (0.8)', shape: shape(365, 0.8), journals },
    { name: '1 year, high (0.8) + slow drift', shape: shape(365, 0.8, true), journals },
    {
      name: '10 years, high (0.8) + slow drift',
      shape: shape(3650, 0.8, true),
      journals: Math.max(200, Math.round(journals / 2)),
    },
  ];
  lines.push(
    `No true association: share of journals showing ANY factor as a finding (18 factors × lags 0-3, ` +
      `10% of days missing at random plus breaks of 3-10 days, 3% of answers blank; 95% Wilson interval)`,
    '',
    '| length, day-to-day correlation | journals | this page: effective days + BH allowance | effective days + BY allowance | effective days only | BH allowance only | plain p < 0.05 (before) |',
    '|---|---|---|---|---|---|---|',
  );
  nullCells.forEach((cell, c) => {
    const counts = { page: 0, yekutieli: 0, effectiveOnly: 0, allowanceOnly: 0, plain: 0 };
    for (let j = 0; j < cell.journals; j++) {
      const journal = syntheticJournal(cell.shape, seededRandom(seedFor(seed, c, j)));
      const shown = anyShown(laggedAssociationsDense(journal.skin, journal.factors));
      for (const k of Object.keys(counts) as (keyof typeof counts)[]) if (shown[k]) counts[k]++;
    }
    lines.push(
      `| ${cell.name} | ${cell.journals} | **${share(counts.page, cell.journals)}** | ${share(counts.yekutieli, cell.journals)} | ${share(counts.effectiveOnly, cell.journals)} | ` +
        `${share(counts.allowanceOnly, cell.journals)} | ${share(counts.plain, cell.journals)} |`,
    );
  });

  const powerCells: Cell[] = [];
  for (const effect of [0.5, 1]) {
    for (const [days, label] of [
      [90, '3 months'],
      [365, '1 year'],
    ] as const) {
      for (const phi of [0.3, 0.8])
        powerCells.push({
          name: `${label}, ${phi === 0.3 ? 'low' : 'high'} (${phi}), ${effect} point per serving`,
          shape: shape(days, phi, false, effect),
          journals,
        });
    }
  }
  lines.push(
    '',
    'Skin really follows dairy a day later (each serving of dairy adds `effect` points to the next day’s 0-10 score):',
    '',
    '| length, day-to-day correlation, effect | journals | typical ρ at lag 1 | dairy shown as a finding | dairy shown at lag 1, skin worse | dairy shown with BY instead | any other factor shown | false share of factors shown (FDR) |',
    '|---|---|---|---|---|---|---|---|',
  );
  powerCells.forEach((cell, c) => {
    let found = 0;
    let foundBY = 0;
    let right = 0;
    let other = 0;
    let falseShare = 0;
    const rhos: number[] = [];
    for (let j = 0; j < cell.journals; j++) {
      const journal = syntheticJournal(cell.shape, seededRandom(seedFor(seed, 100 + c, j)));
      const result = laggedAssociationsDense(journal.skin, journal.factors);
      const dairy = result.find((a) => a.key === 'dairy')!;
      const lag1 = dairy.lags.find((l) => l.lag === 1)!;
      if (lag1.rho !== null) rhos.push(lag1.rho);
      if (dairy.finding) found++;
      const judged = result.reduce((sum, a) => sum + a.lags.filter((l) => l.p !== null).length, 0);
      if (dairy.lags.some((l) => passesByBY(l, judged))) foundBY++;
      if (lag1.passes && (lag1.rho as number) > 0) right++;
      const shown = result.filter((a) => a.finding);
      const wrong = shown.filter((a) => a.key !== 'dairy').length;
      if (wrong > 0) other++;
      if (shown.length > 0) falseShare += wrong / shown.length;
    }
    rhos.sort((a, b) => a - b);
    const typical = rhos[Math.floor(rhos.length / 2)] ?? NaN;
    lines.push(
      `| ${cell.name} | ${cell.journals} | ${typical.toFixed(2)} | ${share(found, cell.journals)} | ${share(right, cell.journals)} | ${share(foundBY, cell.journals)} | ${share(other, cell.journals)} | ${((100 * falseShare) / cell.journals).toFixed(1)}% |`,
    );
  });
  lines.push('', `Seed ${seed}; ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return lines.join('\n');
}
