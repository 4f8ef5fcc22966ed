// Timing helpers for the benchmarks. This machine is noisy, so every figure is a median over many runs and
// every goal is a ratio against a baseline measured in the same run, never an absolute time in a test.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export function timeSync(fn: (i: number) => unknown, runs = 200, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export async function timeAsync(fn: (i: number) => Promise<unknown>, runs = 200, warmup = 20): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/**
 * Medians of a baseline and the operation it is compared with, timed in alternation (baseline, operation,
 * baseline, …) so both see the same machine: on this noisy machine the speed drifts by half over seconds,
 * and timing all of one and then all of the other lets that drift into the ratio.
 */
export async function timePairAsync(
  baseline: (i: number) => Promise<unknown>,
  operation: (i: number) => Promise<unknown>,
  runs = 200,
  warmup = 20,
): Promise<{ baseline: number; operation: number }> {
  for (let i = 0; i < warmup; i++) {
    await baseline(i);
    await operation(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = process.hrtime.bigint();
    await baseline(i);
    a.push(Number(process.hrtime.bigint() - start) / 1e6);
    start = process.hrtime.bigint();
    await operation(i);
    b.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { baseline: median(a), operation: median(b) };
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** For ratios: the goal the figure must stay under. */
  target?: number;
  detail?: string;
}

export function printFigures(figures: Figure[], json: boolean): boolean {
  let allMet = true;
  for (const f of figures) {
    const met = f.target === undefined || f.value <= f.target;
    allMet &&= met;
    const target =
      f.target === undefined
        ? ''
        : `  (goal ≤ ${f.target}${f.unit === '×' ? '×' : ' ' + f.unit}: ${met ? 'met' : 'MISSED'})`;
    console.log(
      `${f.name.padEnd(52)} ${f.value.toFixed(f.unit === 'ms' ? 3 : 2).padStart(10)} ${f.unit}${target}${f.detail ? `  ${f.detail}` : ''}`,
    );
  }
  if (json)
    console.log(
      JSON.stringify(
        Object.fromEntries(
          figures.map((f) => [
            f.name,
            { value: Number(f.value.toFixed(4)), unit: f.unit, target: f.target ?? null, detail: f.detail ?? null },
          ]),
        ),
      ),
    );
  return allMet;
}
