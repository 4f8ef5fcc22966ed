// Ready-made trials for the three foods the gut-skin article blames most, plus a custom trial for anything
// else. Each lists what counts as the food and where it hides, in the project's own words: a trial is only
// as good as the elimination, and most slips come from foods nobody thought of as dairy or sugar.

export const PRESET_IDS = ['dairy', 'sugar', 'seed-oils', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface TrialPreset {
  id: PresetId;
  /** Title for the trial, e.g. "Dairy". */
  name: string;
  /** The food as it reads inside a sentence: "Any dairy today?". */
  food: string;
  summary: string;
  /** What counts as the food during elimination. */
  counts: string[];
  /** Where it hides: labels, ready meals, eating out. */
  hiddenSources: string[];
  /** What can be eaten instead, so leaving it out is bearable. */
  fineToEat: string[];
  /** How strong the published evidence is, so expectations are honest (the guide's evidence grades, shared/guide). */
  evidence: string;
  /** The food servings question of the daily check-in that matches this food, if any. */
  journalMeasure: 'dairy' | 'sugar' | 'seedOils' | null;
}

export const PRESETS: readonly TrialPreset[] = [
  {
    id: 'dairy',
    name: 'Dairy',
    food: 'dairy',
    summary: 'Leave out milk and everything made from it, then bring it back and see whether your skin notices.',
    counts: [
      'Milk from cows, goats or sheep, including lactose-free milk',
      'Cheese of every kind, butter, cream, crème fraîche, sour cream',
      'Yogurt, kefir, quark, cottage cheese',
      'Ice cream, milk chocolate, custard, milky coffee drinks',
      'Whey and casein protein powders and bars',
    ],
    hiddenSources: [
      'Labels that say whey, casein, caseinate, milk solids, milk powder or lactose',
      'Bread, biscuits, crackers and cakes made with milk or butter',
      'Creamy soups and sauces, mashed potato, gratins, pesto with cheese',
      'Coffee creamers sold as non-dairy that still contain caseinate',
      'Restaurant cooking finished with butter; ghee',
    ],
    fineToEat: [
      'Soy or pea drinks and yogurts fortified with calcium, iodine and vitamin B12: the closest to milk in protein',
      'Oat, almond or coconut drinks, which are low in protein: pick fortified ones',
      'Olive oil instead of butter',
      'Eggs (they are not dairy), fish, beans and leafy greens for protein, iodine and calcium',
    ],
    evidence:
      'Studies that asked people what they eat link dairy, milk above all, with slightly more acne, but no trial has tested removing it. Your own trial is exactly the missing piece.',
    journalMeasure: 'dairy',
  },
  {
    id: 'sugar',
    name: 'Sugar and refined carbs',
    food: 'added sugar or refined carbs',
    summary: 'Leave out added sugar and fast-digesting starches for a while, then bring them back.',
    counts: [
      'Table sugar, honey, syrups (maple, agave, rice, glucose)',
      'Sweets, chocolate bars, cakes, pastries, biscuits, desserts',
      'Soft drinks, energy drinks, fruit juice and sweetened coffee or tea',
      'White bread, white rice, white pasta, crackers, rice cakes',
      'Most breakfast cereals and instant oats with added sugar',
    ],
    hiddenSources: [
      'Labels that say dextrose, glucose-fructose syrup, maltodextrin, invert sugar or cane juice',
      'Ketchup, barbecue sauce, sweet chilli sauce, ready-made dressings',
      'Flavoured yogurts, granola, cereal bars and "protein" bars',
      'Smoothies and large amounts of dried fruit',
      'Sauces in takeaway and ready meals',
    ],
    fineToEat: [
      'Whole fruit',
      'Whole-grain bread, brown rice, oats without added sugar',
      'Beans, lentils and vegetables',
    ],
    evidence:
      'Of three small trials of a lower-glycaemic diet in young people with acne, two found a modest improvement over 10 to 12 weeks and one found no difference. Effects differ between people.',
    journalMeasure: 'sugar',
  },
  {
    id: 'seed-oils',
    name: 'Industrial seed oils',
    food: 'seed oils',
    summary:
      'Leave out sunflower, corn, soy and similar oils rich in omega-6, including the food fried or made with them.',
    counts: [
      'Sunflower, corn, soybean, cottonseed, safflower, grapeseed and rice bran oil',
      'Anything labelled simply "vegetable oil"',
      'Margarine and spreads made from these oils',
      'Deep-fried food: chips, fried chicken, doughnuts',
    ],
    hiddenSources: [
      'Crisps, shop-bought biscuits, cakes and crackers',
      'Mayonnaise, salad dressings, hummus and dips',
      'Ready meals, frozen food and most restaurant or takeaway cooking',
      'Roasted nuts and seed snacks roasted in oil',
    ],
    fineToEat: [
      'Olive oil and avocado oil',
      'Rapeseed (canola) oil: it is low in omega-6 and gives some omega-3, so it is not part of this trial',
      'Home-cooked food where you chose the fat',
      'Keep butter and coconut oil modest rather than switching to them: they raise LDL cholesterol',
    ],
    evidence:
      'The claim is contested: trials in adults found that linoleic acid, the main fat in these oils, does not raise markers of inflammation, and no trial has looked at skin. Testing it on yourself is a fair way to settle it for you.',
    journalMeasure: 'seedOils',
  },
  {
    id: 'custom',
    name: 'Your own choice',
    food: '',
    summary:
      'Test any food, drink or habit: you say what counts and Axis runs the same phases and the same honest judging.',
    counts: [],
    hiddenSources: [],
    fineToEat: [],
    evidence: 'Whatever the evidence, a careful trial on yourself tells you how your own skin responds.',
    journalMeasure: null,
  },
];

export function presetById(id: PresetId): TrialPreset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown trial preset ${id}`);
  return preset;
}

/**
 * What decides "the same food" for the one-trial-per-food rule: the preset, or the custom name in lower case.
 * A custom trial called "Dairy" therefore clashes with the dairy preset, as it should.
 */
export function foodKeyOf(preset: PresetId, customName?: string): string {
  if (preset !== 'custom') return preset;
  const key = (customName ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  const byName = PRESETS.find((p) => p.id !== 'custom' && (p.name.toLowerCase() === key || p.food === key));
  return byName ? byName.id : key;
}
