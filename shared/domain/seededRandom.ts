// A small reproducible random number generator (mulberry32, Tommy Ettinger's public-domain 32-bit generator):
// the same seed gives the same numbers on every machine, so demo journals, benchmarks and simulations can be
// generated again exactly. Not for anything secret.

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
