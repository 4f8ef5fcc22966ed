// What a trial's food is, as far as safety goes: does leaving it out hide coeliac disease from the tests, and
// is it one of the foods that cause most immediate allergic reactions? Custom trials are named in the
// person's own words, so both are matched on the name and the "what counts" text, as whole words.

/**
 * Words that mean the trial cuts out gluten. Going without gluten before a coeliac blood test makes the test
 * falsely negative (NICE guideline NG20, 2015), so these trials ask about the test first. "Buckwheat" and
 * rice are gluten-free, hence whole-word matching ("wheat" must start a word).
 */
const GLUTEN_WORDS = [
  'gluten',
  'wheat',
  'bread',
  'breads',
  'pasta',
  'noodle',
  'noodles',
  'flour',
  'barley',
  'rye',
  'spelt',
  'semolina',
  'durum',
  'couscous',
  'bulgur',
  'bulgar',
  'seitan',
  'malt',
  'beer',
  'pizza',
  'pastry',
  'pastries',
  'cracker',
  'crackers',
  'cereal',
  'cereals',
  'grain',
  'grains',
  'kamut',
  'farro',
  'triticale',
];

/**
 * The foods behind most immediate (IgE) food allergies, by the name a person would use. After weeks without
 * such a food, bringing it back can set off a new reaction, most often with milk and egg in children with
 * eczema (Chang 2016, J Allergy Clin Immunol Pract).
 */
const ALLERGEN_WORDS: readonly [string, readonly string[]][] = [
  ['milk', ['dairy', 'milk', 'cheese', 'yogurt', 'yoghurt', 'whey', 'casein', 'butter', 'cream', 'kefir', 'lactose']],
  ['egg', ['egg', 'eggs']],
  ['wheat', ['wheat', 'gluten', 'bread', 'pasta', 'flour']],
  ['soy', ['soy', 'soya', 'tofu', 'edamame', 'tempeh']],
  ['peanut', ['peanut', 'peanuts', 'groundnut', 'groundnuts']],
  [
    'tree nuts',
    ['nut', 'nuts', 'almond', 'almonds', 'cashew', 'cashews', 'walnut', 'walnuts', 'hazelnut', 'hazelnuts'],
  ],
  ['fish', ['fish', 'salmon', 'tuna', 'cod', 'sardine', 'sardines', 'mackerel']],
  ['shellfish', ['shellfish', 'prawn', 'prawns', 'shrimp', 'crab', 'lobster', 'mussels', 'oysters']],
  ['sesame', ['sesame', 'tahini']],
];

/** Plant "milks" and nut "butters" are not dairy: keep only their first word before matching. */
const NOT_DAIRY =
  /\b(peanut|nut|almond|cashew|cocoa|shea|apple|coconut|oat|soy|soya|rice|pea|hemp)\s+(butter|milk|cream|yogh?urt)s?\b/g;

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(NOT_DAIRY, '$1')
      .split(/[^a-z]+/)
      .filter((w) => w.length > 0),
  );
}

/** True when the food, by its name or what counts as it, includes gluten (wheat, barley, rye and the like). */
export function isGlutenLike(...texts: readonly string[]): boolean {
  const found = words(texts.join(' '));
  return GLUTEN_WORDS.some((w) => found.has(w));
}

/** The common allergens the food is or contains ("milk", "egg", …); empty when none is named. */
export function allergensIn(...texts: readonly string[]): string[] {
  const found = words(texts.join(' '));
  return ALLERGEN_WORDS.filter(([, names]) => names.some((w) => found.has(w))).map(([allergen]) => allergen);
}
