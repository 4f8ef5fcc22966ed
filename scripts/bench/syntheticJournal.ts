// Synthetic journals for the associations simulation: the eighteen factors "What moves with my skin" looks
// at, laid out by day as the trends service reads them (NaN = not logged), with the features that make
// naive correlations lie: skin scores that stay alike for days, foods eaten in runs, sleep and stress that
// drift, supplements started or stopped once, whole days and single answers missing. Skin depends on a factor
// only when `effect` says so. Seeded: the same seed gives the same journal.
import type { DenseFactor, FactorGroup } from '$shared/trends/lagged';

export interface JournalShape {
  days: number;
  /** Day-to-day correlation of skin, sleep, stress and gut scores (AR(1) coefficient of their latent scale). */
  phi: number;
  /** A slow drift over the range in skin (better), sleep (more) and stress (less), and a seasonal food. */
  drift: boolean;
  /** Points of skin score per serving of dairy the day before; 0 = no association at all. */
  effect: number;
}

export interface SyntheticJournal {
  skin: Float64Array;
  factors: (DenseFactor & { group: FactorGroup })[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function syntheticJournal(shape: JournalShape, random: () => number): SyntheticJournal {
  const { days, phi, drift } = shape;
  // Runs of eating a food (or exercising, or relaxing) last long enough that their day-to-day correlation
  // is phi too: a two-state chain that stays put with chance (1 + phi) / 2 has lag-1 correlation phi.
  const stay = (1 + phi) / 2;
  const gauss = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  /** A stationary AR(1) series with unit variance. */
  const ar = () => {
    const out = new Float64Array(days);
    let x = gauss();
    const innovation = Math.sqrt(1 - phi * phi);
    for (let t = 0; t < days; t++) {
      out[t] = x;
      x = phi * x + innovation * gauss();
    }
    return out;
  };
  /** Runs of on and off days (a two-state Markov chain), each "on" day worth `amount()`. */
  const runs = (share: number, amount: () => number) => {
    const out = new Float64Array(days);
    let on = random() < share;
    for (let t = 0; t < days; t++) {
      out[t] = on ? amount() : 0;
      // Leave the current state with the chance that keeps the long-run share of "on" days at `share`.
      const leave = (1 - stay) * (on ? 1 - share : share) * 2;
      if (random() < leave) on = !on;
    }
    return out;
  };
  const trend = (t: number) => (drift ? t / Math.max(1, days - 1) : 0);
  const weekend = (t: number) => (t % 7 >= 5 ? 1 : 0);

  const foods: [string, string, number, () => number][] = [
    ['sugar', 'Added sugar and refined carbs', 0.6, () => 1 + Math.floor(random() * 3)],
    ['seedOils', 'Seed-oil foods', 0.5, () => 1 + Math.floor(random() * 2)],
    ['dairy', 'Dairy', 0.55, () => 1 + Math.floor(random() * 3)],
    ['prebiotic', 'Prebiotic foods', 0.6, () => 1 + Math.floor(random() * 3)],
    ['fermented', 'Fermented foods', 0.35, () => 1 + Math.floor(random() * 2)],
    ['omega3', 'Omega-3 foods', 0.3, () => 1],
    ['colourful', 'Colourful plants', 0.8, () => 2 + Math.floor(random() * 5)],
  ];
  const factors: SyntheticJournal['factors'] = foods.map(([key, label, share, amount]) => {
    const values = runs(share, amount);
    // With drift, colourful plants follow the seasons (more in summer), as real diets do.
    if (drift && key === 'colourful')
      for (let t = 0; t < days; t++)
        values[t] = Math.max(0, (values[t] as number) + Math.round(2 * Math.sin((2 * Math.PI * t) / 365)));
    return { key, label, kind: 'count', group: 'food', values };
  });

  const stressLatent = ar();
  const sleepLatent = ar();
  const stress = new Float64Array(days);
  const sleep = new Float64Array(days);
  const quality = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    stress[t] = clamp(Math.round(4 + 1.8 * (stressLatent[t] as number) - weekend(t) * 1.5 - 1.5 * trend(t)), 0, 10);
    const hours = 7.1 + 0.8 * (sleepLatent[t] as number) + 0.5 * weekend(t) + 0.5 * trend(t);
    sleep[t] = clamp(Math.round(hours * 4) / 4, 3, 11);
    quality[t] = clamp(Math.round(hours - 0.5 + gauss()), 0, 10);
  }
  const stoolLatent = ar();
  const bloatingLatent = ar();
  factors.push(
    {
      key: 'stoolForm',
      label: 'Stool form',
      kind: 'stool',
      group: 'gut',
      values: stoolLatent.map((z) => clamp(Math.round(4 + z), 1, 7)),
    },
    {
      key: 'bloating',
      label: 'Bloating',
      kind: 'scale',
      group: 'gut',
      values: bloatingLatent.map((z) => clamp(Math.round(3 + 1.5 * z), 0, 10)),
    },
    { key: 'stress', label: 'Stress', kind: 'scale', group: 'lifestyle', values: stress },
    { key: 'sleepHours', label: 'Sleep', kind: 'hours', group: 'lifestyle', values: sleep },
    { key: 'sleepQuality', label: 'Sleep quality', kind: 'scale', group: 'lifestyle', values: quality },
    {
      key: 'exerciseMinutes',
      label: 'Exercise',
      kind: 'minutes',
      group: 'lifestyle',
      values: runs(0.55, () => clamp(Math.round((25 + gauss() * 12) / 5) * 5, 5, 120)),
    },
    {
      key: 'relaxationMinutes',
      label: 'Relaxation practice',
      kind: 'minutes',
      group: 'lifestyle',
      values: runs(0.4, () => clamp(Math.round((12 + gauss() * 6) / 5) * 5, 5, 60)),
    },
  );

  // Three supplements: one taken throughout, one started 40% of the way in, one stopped 20 days before the end.
  const taken = (from: number, to: number, share: number) =>
    new Float64Array(days).map((_, t) => (t >= from && t < to && random() < share ? 1 : 0));
  const probiotic = taken(0, days, 0.92);
  const zinc = taken(Math.floor(days * 0.4), days, 0.9);
  const glutamine = taken(0, days - 20, 0.85);
  factors.push(
    {
      key: 'supplements',
      label: 'Supplements taken',
      kind: 'count',
      group: 'supplements',
      values: probiotic.map((p, t) => p + (zinc[t] as number) + (glutamine[t] as number)),
    },
    { key: 'supplement:1', label: 'Probiotic taken', kind: 'count', group: 'supplements', values: probiotic },
    { key: 'supplement:2', label: 'Zinc carnosine taken', kind: 'count', group: 'supplements', values: zinc },
    { key: 'supplement:3', label: 'L-glutamine taken', kind: 'count', group: 'supplements', values: glutamine },
  );

  // Skin: its own day-to-day likeness, a slow improvement with drift, and dairy only when effect ≠ 0.
  const dairy = factors.find((f) => f.key === 'dairy')!.values as Float64Array;
  const skinLatent = ar();
  const skin = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    const fromDairy = t > 0 ? shape.effect * (dairy[t - 1] as number) : 0;
    skin[t] = clamp(Math.round(5 + 1.8 * (skinLatent[t] as number) - 1.5 * trend(t) + fromDairy), 0, 10);
  }

  // Missing: 10% of days at random, a few breaks of 3-10 days, and 3% of single answers left blank.
  const logged = new Uint8Array(days).fill(1);
  for (let t = 0; t < days; t++) {
    if (random() < 0.1) logged[t] = 0;
    if (random() < 1 / 60) {
      const length = 3 + Math.floor(random() * 8);
      for (let k = t; k < Math.min(days, t + length); k++) logged[k] = 0;
    }
  }
  // Supplements are ticked on the check-in itself, so they are blank only when the day is.
  for (const series of [skin, ...factors.map((f) => f.values as Float64Array)]) {
    const answer = series === skin || factors.find((f) => f.values === series)?.group !== 'supplements';
    for (let t = 0; t < days; t++) if (!logged[t] || (answer && random() < 0.03)) series[t] = NaN;
  }
  return { skin, factors };
}
