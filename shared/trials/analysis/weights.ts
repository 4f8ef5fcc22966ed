// Which combination of phase means is "with the food against without it". The food phases (baseline,
// reintroductions) get weights summing to 1, the elimination phases weights summing to −1, and the two
// weighted centres in time must coincide: a score drifting steadily over the weeks then adds exactly nothing,
// whatever its slope (the reason an A-B-A design can tell a food from a trend: the food phases sit on both
// sides of the elimination). Among such weights, the one with the smallest variance under independent days,
// Σ c²/n, is chosen. All weights keep their sign (a food phase never counts against the food).

export interface WeightPhase {
  food: boolean;
  /** Mean calendar position of the phase's logged days (any origin). */
  centre: number;
  /** Logged days. */
  n: number;
}

export interface Weights {
  c: number[];
  /** False when no such weights exist (e.g. no phase on the far side of the elimination yet). */
  balanced: boolean;
}

function solve3(m: number[][], r: number[]): number[] | null {
  const det = (a: number[][]): number =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  if (!Number.isFinite(d) || d === 0) return null;
  return [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? r[i]! : v)))) / d);
}

/** The drift-balanced weights, or pooled means of the two groups when balance is impossible. */
export function effectWeights(phases: readonly WeightPhase[]): Weights | null {
  const k = phases.length;
  const food = phases.map((p) => p.food);
  if (!food.includes(true) || !food.includes(false)) return null;
  const origin = Math.min(...phases.map((p) => p.centre));
  const t = phases.map((p) => p.centre - origin);
  const v = phases.map((p) => 1 / Math.max(1, p.n));
  let best: { objective: number; c: number[] } | null = null;
  for (let mask = 1; mask < 1 << k; mask++) {
    const active = phases.map((_, p) => (mask & (1 << p)) !== 0);
    if (!active.some((a, p) => a && food[p]) || !active.some((a, p) => a && !food[p])) continue;
    // The three constraints are independent unless every active phase of each group sits at one centre.
    const spread = (group: boolean): boolean => new Set(t.filter((_, p) => active[p] && food[p] === group)).size > 1;
    if (!spread(true) && !spread(false)) continue;
    // Rows: Σ_food c = 1, Σ_elimination c = −1, Σ c·t = 0; c = V·A'·λ with (A·V·A')·λ = rhs.
    const rows = [(p: number) => (food[p] ? 1 : 0), (p: number) => (food[p] ? 0 : 1), (p: number) => t[p]!];
    const m = rows.map((ra) =>
      rows.map((rb) => {
        let s = 0;
        for (let p = 0; p < k; p++) if (active[p]) s += ra(p) * v[p]! * rb(p);
        return s;
      }),
    );
    const lambda = solve3(m, [1, -1, 0]);
    if (lambda === null) continue;
    const c = phases.map((_, p) =>
      active[p] ? v[p]! * (lambda[0]! * rows[0]!(p) + lambda[1]! * rows[1]!(p) + lambda[2]! * rows[2]!(p)) : 0,
    );
    if (c.some((x, p) => (food[p] ? x < -1e-12 : x > 1e-12))) continue;
    const objective = c.reduce((s, x, p) => s + x * x * v[p]!, 0);
    if (best === null || objective < best.objective - 1e-15) best = { objective, c };
  }
  if (best !== null) return { c: best.c, balanced: true };
  const nFood = phases.reduce((s, p) => s + (p.food ? Math.max(1, p.n) : 0), 0);
  const nOff = phases.reduce((s, p) => s + (p.food ? 0 : Math.max(1, p.n)), 0);
  return { c: phases.map((p) => (p.food ? Math.max(1, p.n) / nFood : -Math.max(1, p.n) / nOff)), balanced: false };
}
