// Looking at every factor at every lag is some seventy questions at once; at 5% each, a journal with nothing
// in it would show three or four "patterns" by luck alone. The false-discovery allowance of Benjamini &
// Hochberg (1995, J. R. Stat. Soc. B 57:289-300) keeps the expected share of chance findings among those
// shown at or below FALSE_DISCOVERY_RATE, and when nothing at all is there, the chance of showing anything
// at or below it too. docs/statistics-associations.md says why this and not Benjamini-Yekutieli.

/** The share of chance findings allowed among those shown. */
export const FALSE_DISCOVERY_RATE = 0.05;

/**
 * Benjamini-Hochberg adjusted p-values ("q-values"): q(i) = min over j with p(j) ≥ p(i) of m·p(j)/rank(j),
 * capped at 1, where m counts the p-values given (nulls are questions that could not be asked and count
 * for nothing). A test passes at rate α exactly when its q ≤ α, as in scipy.stats.false_discovery_control.
 */
export function benjaminiHochberg(p: readonly (number | null)[]): (number | null)[] {
  const order: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (v === null || v === undefined) continue;
    if (!(v >= 0 && v <= 1)) throw new RangeError(`a p-value must lie in [0, 1], got ${v}`);
    order.push(i);
  }
  order.sort((a, b) => (p[a] as number) - (p[b] as number) || a - b);
  const m = order.length;
  const q: (number | null)[] = p.map(() => null);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1] as number;
    // m / rank first: it is ≥ 1, so q never rounds below p.
    running = Math.min(running, (p[i] as number) * (m / rank));
    q[i] = running;
  }
  return q;
}
