// Cautions for supplements people with acne, eczema, rosacea or psoriasis commonly take, shown where one is
// added to the regimen (matched by its name and details) and in the guide's supplement sections. Amounts are
// in elemental terms with the adult upper limits; interactions are with the usual skin treatments.
//
// Sources, checked for each figure: zinc upper limits 25 mg a day (European Commission Scientific Committee
// on Food / EFSA 2006, Tolerable Upper Intake Levels for Vitamins and Minerals) and 40 mg (Institute of
// Medicine 2001, Dietary Reference Intakes for vitamin A, … and zinc), the same report's 3,000 µg vitamin A
// limit; polaprezinc is about 22% zinc by weight; probiotic bloodstream infections in people with central
// lines (Mayer 2023, Critical Care Medicine); high-dose glutamine and mortality in critical illness
// (Heyland 2013, New England Journal of Medicine); tetracyclines binding zinc, iron, calcium and magnesium,
// and vitamin A with isotretinoin or acitretin, from these medicines' product information.

export interface SupplementCaution {
  id: string;
  /** What the caution is about, e.g. "Zinc". */
  title: string;
  /** Matched against the supplement's name and details, lower-cased. */
  match: RegExp;
  points: readonly string[];
}

export const SUPPLEMENT_CAUTIONS: readonly SupplementCaution[] = [
  {
    id: 'probiotic',
    title: 'Probiotics',
    match: /probiotic|lactobac|bifido|saccharomyces|boulardii|\bl\. ?(rhamnosus|reuteri|plantarum|acidophilus|casei)/,
    points: [
      'Ask your doctor first if your immune system is weakened by illness or by medicines such as methotrexate, ciclosporin, azathioprine, JAK inhibitors, biologics, steroid tablets or chemotherapy.',
      'The same goes if you have a central line or port, a heart valve problem or replacement, or are seriously ill: live bacteria and yeasts in probiotics have caused bloodstream infections in such cases, rarely but sometimes fatally.',
    ],
  },
  {
    id: 'zinc',
    title: 'Zinc',
    match: /\bzinc\b|polaprezinc/,
    points: [
      'Count the zinc itself, not the compound: 75 mg of zinc carnosine (polaprezinc) holds about 17 mg of zinc. Keep zinc from all supplements, multivitamins included, under 25 mg a day (the European upper limit for adults; 40 mg in the US) unless a clinician advises otherwise.',
      'Months above those amounts can lower copper, causing anaemia and nerve damage.',
      'Zinc and the tetracycline antibiotics used for acne (doxycycline, lymecycline, minocycline) bind each other in the gut, so less of both is absorbed: take them at least 2 to 3 hours apart and check with your pharmacist. The same applies to quinolone antibiotics such as ciprofloxacin.',
    ],
  },
  {
    id: 'minerals',
    title: 'Calcium, iron and magnesium',
    match: /calcium|\biron\b|ferrous|magnesium|multivitamin|multi-vitamin|antacid/,
    points: [
      'These bind the tetracycline antibiotics used for acne (doxycycline, lymecycline, minocycline) in the same way as zinc: take them at least 2 to 3 hours apart from the antibiotic.',
    ],
  },
  {
    id: 'glutamine',
    title: 'L-glutamine',
    match: /glutamine/,
    points: [
      'Not for people with liver disease or kidney disease, or who are seriously ill, without their doctor: in a large trial in intensive care, high-dose glutamine was linked with more deaths.',
      'Typical supplements hold 5 g; far larger amounts are not something to try on your own.',
    ],
  },
  {
    id: 'omega-3',
    title: 'Omega-3 and fish oil',
    match: /omega[- ]?3|fish oil|krill|\bepa\b|\bdha\b|algal oil|cod liver/,
    points: [
      'Above about 3 g a day of EPA and DHA together, fish oil can add to the bleeding risk of blood thinners such as warfarin, apixaban or clopidogrel: check with your pharmacist if you take one.',
      'Cod liver oil also holds vitamin A: avoid it with isotretinoin or acitretin, and in pregnancy.',
    ],
  },
  {
    id: 'vitamin-a',
    title: 'Vitamin A',
    match: /vitamin a\b|retinol|retinyl|cod liver/,
    points: [
      'Do not take vitamin A supplements with isotretinoin (for acne) or acitretin (for psoriasis): these medicines are made from vitamin A, and the two together can reach toxic levels.',
      'The adult upper limit is 3,000 µg a day of preformed vitamin A (retinol); too much in pregnancy can harm the baby.',
    ],
  },
  {
    id: 'biotin',
    title: 'Biotin',
    match: /biotin|vitamin b7|hair,? skin|skin,? hair|hair and nail/,
    points: [
      'High-dose biotin, common in hair, skin and nail products, can make some blood tests read falsely high or low, thyroid and heart tests among them. Tell whoever orders a blood test that you take it, and ask whether to stop a few days before.',
    ],
  },
  {
    id: 'fibre',
    title: 'Fibre powders',
    match: /inulin|guar|phgg|psyllium|chicory|\bfibre\b|\bfiber\b|\bfos\b|oligosaccharide/,
    points: [
      'Start with a small amount and build up over a couple of weeks, with plenty to drink: a sudden jump often brings wind and bloating. With irritable bowel syndrome, inulin in particular may make symptoms worse.',
    ],
  },
  {
    id: 'st-johns-wort',
    title: 'St John’s wort',
    match: /st\.? ?john/,
    points: [
      'It lowers the blood levels of many medicines, ciclosporin and the contraceptive pill among them. With isotretinoin, which needs reliable contraception, avoid it.',
    ],
  },
];

/** The cautions that apply to a supplement, by its name and details; empty when none is known. */
export function cautionsFor(name: string, details = ''): SupplementCaution[] {
  const text = `${name} ${details}`.toLowerCase();
  if (text.trim() === '') return [];
  return SUPPLEMENT_CAUTIONS.filter((c) => c.match.test(text));
}

/** A caution by its id, for the guide's sections. */
export function cautionById(id: string): SupplementCaution {
  const found = SUPPLEMENT_CAUTIONS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown supplement caution ${id}`);
  return found;
}
