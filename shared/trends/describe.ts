// The sentence under each association. People read these as advice, so the wording stays with what the
// numbers can carry: "tended to", "pattern, not proof", and never a word that claims one thing drives
// another (a unit test scans every sentence for it). Strength words follow common rules of thumb for rho.
import type { Association, LagResult } from './lagged';
import { lowerFirst } from './lagged';

/** Below this |rho| the sentence says there is no clear pattern. */
export const NO_PATTERN_BELOW = 0.1;
const CLEAR_FROM = 0.5;
const MODERATE_FROM = 0.3;

/** A plain-English sentence about one factor's association with skin, worded as association only. */
export function describeAssociation(result: Association, skinLabel: string, higherIsWorse: boolean): string {
  const factor = factorPhrase(result);
  const skin = `your ${lowerFirst(skinLabel)} score`;
  const best = result.strongest;
  if (!result.enough || best === null || best.rho === null) {
    return `Not enough data yet for ${lowerFirst(result.label)}. ${result.reason ?? ''}`.trim();
  }
  const rho = best.rho;
  const figures = `(ρ = ${formatRho(rho)}, ${best.n} days, strongest ${lagWords(best.lag)})`;
  if (Math.abs(rho) < NO_PATTERN_BELOW) {
    return `Across ${best.n} days, ${lowerFirst(result.label)} and ${skin} showed no clear pattern ${figures}.`;
  }
  const direction = rho > 0 ? 'higher' : 'lower';
  const degree = Math.abs(rho) >= CLEAR_FROM ? 'clearly ' : Math.abs(rho) >= MODERATE_FROM ? '' : 'slightly ';
  const meaning = rho > 0 === higherIsWorse ? 'worse' : 'better';
  const when = best.lag === 0 ? 'On days with' : 'On days after';
  const chance = couldBeChance(best) ? ' A pattern this weak over this many days could easily be chance.' : '';
  return (
    `${when} ${factor}, ${skin} tended to be ${degree}${direction}, that is, ${meaning} ${figures}.` +
    `${chance} This is a pattern, not proof: other things may move together.`
  );
}

function factorPhrase(result: Association): string {
  const name = lowerFirst(result.label);
  if (result.kind === 'stool') return 'looser stools';
  if (result.kind === 'scale') return `higher ${name}`;
  return `more ${name}`;
}

function lagWords(lag: number): string {
  if (lag === 0) return 'the same day';
  return lag === 1 ? '1 day later' : `${lag} days later`;
}

/** rho to two decimals with a true minus sign, as it reads on screen and in print. */
export function formatRho(rho: number): string {
  const text = Math.abs(rho).toFixed(2);
  return rho < 0 && text !== '0.00' ? `−${text}` : text;
}

/** True when the 95% band reaches across zero, or p is unknown. */
function couldBeChance(lag: LagResult): boolean {
  if (lag.low === null || lag.high === null) return true;
  return lag.low <= 0 && lag.high >= 0;
}
