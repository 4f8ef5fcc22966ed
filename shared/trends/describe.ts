// The sentences under "What moves with my skin". People read these as advice, so the wording stays with what
// the numbers can carry: "tended to", "an association, not proof", the strength in words, and never a word
// that claims one thing drives another (unit tests scan every sentence for one). A factor that did not pass
// the correlated-days test and the false-discovery allowance is "no clear pattern", whatever its rho.
import type { Association } from './association';
import { lagWords, lowerFirst, strengthWords, whenClause } from './factorWords';

const ASSOCIATION_ONLY =
  'This is an association, not proof: it does not show which one drives the other, and something else may move both.';

/** Worse or better, for a rank correlation's sign and a skin measure's direction. */
export function skinDirection(rho: number, higherIsWorse: boolean): 'worse' | 'better' {
  return rho > 0 === higherIsWorse ? 'worse' : 'better';
}

/** A plain-English sentence about one factor and the skin measure, worded as association only. */
export function describeAssociation(result: Association, skinLabel: string, higherIsWorse: boolean): string {
  const skin = `your ${lowerFirst(skinLabel)} score`;
  const name = lowerFirst(result.label);
  const best = result.strongest;
  if (!result.enough || best === null || best.rho === null) {
    return `Not enough data yet for ${name}. ${result.reason ?? ''}`.trim();
  }
  if (!result.finding) {
    return (
      `No clear pattern between ${name} and ${skin} over ${best.n} days: nothing beyond what chance alone ` +
      `would often show, once alike neighbouring days and the number of things compared are allowed for.`
    );
  }
  const rho = best.rho;
  const direction = skinDirection(rho, higherIsWorse);
  const higher = rho > 0 ? 'higher' : 'lower';
  return (
    `${whenClause(result, best.lag)}, ${skin} tended to be ${direction} (${higher}): ` +
    `a ${strengthWords(rho)} link over ${best.n} days. ${ASSOCIATION_ONLY}`
  );
}

/** The figures behind a finding, for those who want them: "ρ = 0.32 · 330 days, worth about 300 · 1 day later". */
export function figuresLine(result: Association): string | null {
  const best = result.strongest;
  if (best === null || best.rho === null) return null;
  const worth = best.nEff === null ? '' : `, worth about ${Math.round(best.nEff)} independent days`;
  return `ρ = ${formatRho(best.rho)} · ${best.n} days${worth} · ${lagWords(best.lag)}`;
}

/** rho to two decimals with a true minus sign, as it reads on screen and in print. */
export function formatRho(rho: number): string {
  const text = Math.abs(rho).toFixed(2);
  return rho < 0 && text !== '0.00' ? `−${text}` : text;
}
