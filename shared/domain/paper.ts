// Paper for printed reports. US Letter is the everyday size in the United States and Canada (and a few
// countries of the Americas that follow them); A4 everywhere else (ISO 216).
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR']);

/**
 * The paper people in a place print on, from a locale: a BCP 47 tag ("en-GB", "fr-CA") or a POSIX one
 * ("en_US.UTF-8", as LC_PAPER or LANG). Without a region (just "en") nothing says where the person lives,
 * and A4 is the world's paper.
 */
export function paperForLocale(locale: string | null | undefined): PaperSize {
  const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})(?:[.@_-]|$)/i.exec(locale ?? '')?.[1];
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}
