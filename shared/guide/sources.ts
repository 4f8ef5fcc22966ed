// The studies and guidelines the guide leans on, written once so every section cites them the same way, each
// findable by its authors, year and journal (a unit test checks all three). Figures were checked against the
// papers' abstracts; "finding" says in a few words what each found, not what the article claims.
import type { Source } from './types';

const source = (authors: string, year: number, journal: string, finding: string): Source => ({
  authors,
  year,
  journal,
  finding,
});

export const SOURCES = {
  salem2018: source(
    'Salem I, Ramser A, Isham N, Ghannoum MA',
    2018,
    'Frontiers in Microbiology',
    'narrative review of the gut-skin axis; links seen in people, mechanisms mostly from lab and animal work',
  ),
  meixiong2022: source(
    'Meixiong J, Ricco C, Vasavda C, Ho BK',
    2022,
    'JAAD International',
    'systematic review of diet and acne; high-glycaemic diets have a modest effect in small trials of young men; no randomised trial of removing dairy',
  ),
  smith2007: source(
    'Smith RN, Mann NJ, Braue A, Mäkeläinen H, Varigos GA',
    2007,
    'American Journal of Clinical Nutrition',
    'randomised 12-week trial in 43 young men with acne; fewer spots on a low-glycaemic-load diet than on a usual diet',
  ),
  kwon2012: source(
    'Kwon HH, Yoon JY, Hong JS, Jung JY, Park MS, Suh DH',
    2012,
    'Acta Dermato-Venereologica',
    'randomised 10-week trial in 32 Korean people with acne, weight held steady; fewer spots and smaller oil glands on biopsy with a low-glycaemic-load diet',
  ),
  reynolds2010: source(
    'Reynolds RC, Lee S, Choi JYJ, Atkinson FS, Stockmann KS, Petocz P, Brand-Miller JC',
    2010,
    'Nutrients',
    'randomised 8-week trial in 43 teenage boys; acne improved on both the low- and the high-glycaemic diet, with no clear difference between them',
  ),
  juhl2018: source(
    'Juhl CR, Bergholdt HKM, Miller IM, Jemec GBE, Kanters JK, Ellervik C',
    2018,
    'Nutrients',
    'meta-analysis of observational studies; any dairy linked with acne, odds ratio about 1.25; no trials',
  ),
  aghasi2019: source(
    'Aghasi M, Golzarand M, Shab-Bidar S, Aminianfar A, Omidian M, Taheri F',
    2019,
    'Clinical Nutrition',
    'meta-analysis of observational studies; acne went with milk, low-fat and skim milk included, but not clearly with yogurt or cheese',
  ),
  oykhman2022: source(
    'Oykhman P, Dookie J, Al-Rammahy H, et al.',
    2022,
    'Journal of Allergy and Clinical Immunology: In Practice',
    'systematic review of elimination diets for eczema; slight improvement, low certainty, mostly young children',
  ),
  chang2016: source(
    'Chang A, Robison R, Cai M, Singh AM',
    2016,
    'Journal of Allergy and Clinical Immunology: In Practice',
    'children with eczema whose foods were cut out: about one in five later reacted immediately to a food, some with anaphylaxis, milk and egg most often',
  ),
  johnsonFritsche2012: source(
    'Johnson GH, Fritsche K',
    2012,
    'Journal of the Academy of Nutrition and Dietetics',
    'systematic review of controlled trials; eating more linoleic acid did not raise inflammatory markers',
  ),
  linoleic2017: source(
    'Su H, Liu R, Chang M, Huang J, Wang X',
    2017,
    'Food & Function',
    'meta-analysis of 30 randomised trials; more linoleic acid did not raise blood inflammatory markers, though C-reactive protein may edge up at very large intakes',
  ),
  usdaOils: source(
    'US Department of Agriculture, Agricultural Research Service',
    2019,
    'FoodData Central (food composition database)',
    'linoleic acid (omega-6) per 100 g of oil: sunflower about 66 g, corn 54 g, soybean 50 g, rapeseed (canola) 19 g; rapeseed also holds about 9 g of the plant omega-3',
  ),
  hooper2020: source(
    'Hooper L, Martin N, Jimoh OF, Kirk C, Foster E, Abdelhamid AS',
    2020,
    'Cochrane Database of Systematic Reviews',
    'cutting saturated fat for at least two years lowered cardiovascular events by about 17%, especially when it was replaced by polyunsaturated fat',
  ),
  jung2014: source(
    'Jung JY, Kwon HH, Hong JS, et al.',
    2014,
    'Acta Dermato-Venereologica',
    'randomised 10-week trial in 45 people with acne; omega-3 capsules and borage oil (an omega-6 fat) both reduced spots compared with a control group',
  ),
  wastyk2021: source(
    'Wastyk HC, Fragiadakis GK, Perelman D, et al.',
    2021,
    'Cell',
    'randomised diet study in healthy adults; the group eating more fermented food gained gut microbial diversity and lower inflammatory markers; no skin outcomes',
  ),
  cochrane2018: source(
    'Makrgeorgou A, Leonardi-Bee J, Bath-Hextall FJ, et al.',
    2018,
    'Cochrane Database of Systematic Reviews',
    'probiotics for treating eczema probably make little or no difference to symptoms',
  ),
  huang2017: source(
    'Huang R, Ning H, Shen M, Li J, Zhang J, Chen X',
    2017,
    'Frontiers in Cellular and Infection Microbiology',
    'meta-analysis of trials in children aged 1 to 18 with eczema; a small fall in severity scores, mostly with mixed strains and in trials from Asia',
  ),
  fabbrocini2016: source(
    'Fabbrocini G, Bertona M, Picazo Ó, Pareja-Galeano H, Monfrecola G, Emanuele E',
    2016,
    'Beneficial Microbes',
    'randomised 12-week trial in 20 adults with acne; the skin looked better with a Lactobacillus rhamnosus SP1 supplement and not with placebo',
  ),
  jung2013: source(
    'Jung GW, Tse JE, Guiha I, Rao J',
    2013,
    'Journal of Cutaneous Medicine and Surgery',
    'open-label randomised 12-week trial in 45 people with acne given a probiotic, the antibiotic minocycline, or both; all three groups improved, the two together most',
  ),
  mayer2023: source(
    'Mayer S, Bonhag C, Jenkins P, Cornett B, Watts P, Scherbak D',
    2023,
    'Critical Care Medicine',
    'in intensive-care patients with central lines, 0.37% of those given probiotics had a bloodstream infection with the probiotic organism, and they died more often',
  ),
  glutamine2024: source(
    'Abbasi F, Haghighat Lari MM, Khosravi GR, Mansouri E, Payandeh N, Milajerdi A',
    2024,
    'Amino Acids',
    'meta-analysis of 10 small trials from 1998 to 2014 in people with Crohn’s disease, cancer, HIV and other illnesses; no overall effect on gut permeability; no skin outcomes',
  ),
  zhou2019: source(
    'Zhou Q, Verne ML, Fields JZ, et al.',
    2019,
    'Gut',
    'randomised 8-week trial in 106 adults with irritable bowel syndrome and a leaky gut after a gut infection; 15 g of glutamine a day helped 80%, against 6% on placebo, and permeability returned to normal; no skin outcomes',
  ),
  heyland2013: source(
    'Heyland D, Muscedere J, Wischmeyer PE, et al.',
    2013,
    'New England Journal of Medicine',
    'randomised trial in critically ill adults; high-dose glutamine was linked with more deaths',
  ),
  mahmood2007: source(
    'Mahmood A, FitzGerald AJ, Marchbank T, et al.',
    2007,
    'Gut',
    'randomised crossover study in 10 healthy volunteers; zinc carnosine prevented the rise in gut permeability caused by a painkiller (indomethacin); no skin outcomes',
  ),
  efsa2006: source(
    'European Food Safety Authority, Scientific Committee on Food',
    2006,
    'Tolerable Upper Intake Levels for Vitamins and Minerals (EFSA)',
    'adult upper limits: zinc 25 mg a day; preformed vitamin A 3,000 µg a day',
  ),
  iom2001: source(
    'Institute of Medicine, Food and Nutrition Board',
    2001,
    'Dietary Reference Intakes for Vitamin A, Vitamin K, … and Zinc (National Academy Press)',
    'adult upper limit for zinc 40 mg a day, set to avoid the fall in copper that long high intakes bring',
  ),
  chiu2003: source(
    'Chiu A, Chon SY, Kimball AB',
    2003,
    'Archives of Dermatology',
    'students at exam time; acne severity rose with stress (correlation r = 0.61); small study',
  ),
  vanuytsel2014: source(
    'Vanuytsel T, van Wanrooy S, Vanheel H, et al.',
    2014,
    'Gut',
    'in healthy volunteers, giving a stressful public talk made the small intestine temporarily more permeable, only in those whose cortisol rose',
  ),
  sleepReviews: source(
    'Chang YS, Chiang BL',
    2018,
    'Journal of Allergy and Clinical Immunology',
    'review of sleep and eczema: itch spoils sleep and poor sleep may worsen the skin, a two-way link with limited evidence on cause and effect',
  ),
  irwin2016: source(
    'Irwin MR, Olmstead R, Carroll JE',
    2016,
    'Biological Psychiatry',
    'meta-analysis of cohort and sleep-loss studies; disturbed sleep went with higher inflammatory markers',
  ),
  watson2015: source(
    'Watson NF, Badr MS, Belenky G, et al.',
    2015,
    'Sleep',
    'consensus of the American Academy of Sleep Medicine and the Sleep Research Society: adults need 7 hours or more a night',
  ),
  paruthi2016: source(
    'Paruthi S, Brooks LJ, D’Ambrosio C, et al.',
    2016,
    'Journal of Clinical Sleep Medicine',
    'consensus of the American Academy of Sleep Medicine: teenagers aged 13 to 18 need 8 to 10 hours a night',
  ),
  allen2018: source(
    'Allen JM, Mailing LJ, Niemiro GM, et al.',
    2018,
    'Medicine & Science in Sports & Exercise',
    '6 weeks of supervised training in 32 previously inactive adults shifted gut bacteria; short-chain fatty acids rose in lean people; changes faded after stopping',
  ),
  clarke2014: source(
    'Clarke SF, Murphy EF, O’Sullivan O, et al.',
    2014,
    'Gut',
    'professional athletes had more varied gut bacteria than non-athletes, though their diets also differed',
  ),
  ford2018: source(
    'Ford AR, Siegel M, Bagel J, et al.',
    2018,
    'JAMA Dermatology',
    'National Psoriasis Foundation review: strong recommendation for weight loss with a reduced-calorie diet in overweight adults with psoriasis; a gluten-free diet only for those with blood markers of gluten sensitivity',
  ),
  naldi2014: source(
    'Naldi L, Conti A, Cazzaniga S, et al.',
    2014,
    'British Journal of Dermatology',
    'randomised trial in 303 overweight people with psoriasis on treatment; 20 weeks of diet and exercise brought a larger improvement in psoriasis than advice alone',
  ),
  jensen2013: source(
    'Jensen P, Zachariae C, Christensen R, et al.',
    2013,
    'JAMA Dermatology',
    'randomised trial in 60 obese people with psoriasis; a 16-week low-energy diet brought weight down, quality of life up, and a trend towards milder psoriasis',
  ),
  ungprasert2017: source(
    'Ungprasert P, Wijarnpreecha K, Kittanamongkolchai W',
    2017,
    'Indian Journal of Dermatology',
    'meta-analysis: coeliac disease is about twice as common in people with psoriasis',
  ),
  reunala2018: source(
    'Reunala T, Salmi TT, Hervonen K, Kaukinen K, Collin P',
    2018,
    'Nutrients',
    'review: dermatitis herpetiformis is the skin form of coeliac disease; a strict gluten-free diet clears the rash over months to years and lets the gut lining recover',
  ),
  nice2015: source(
    'National Institute for Health and Care Excellence',
    2015,
    'NICE guideline NG20, Coeliac disease: recognition, assessment and management',
    'test for coeliac disease only while gluten is eaten in more than one meal a day for at least 6 weeks; offer testing to people with dermatitis herpetiformis',
  ),
  parodi2008: source(
    'Parodi A, Paolino S, Greco A, et al.',
    2008,
    'Clinical Gastroenterology and Hepatology',
    'small bowel bacterial overgrowth in 52 of 113 people with rosacea against 3 of 60 without; in a small randomised trial, treating it with rifaximin cleared the skin in 20 of 28, none on placebo',
  ),
} as const;

/** A source as one line: "Smith RN, Mann NJ (2007), Journal: what it found". */
export function sourceText(s: Source): string {
  return `${s.authors} (${s.year}), ${s.journal}: ${s.finding}`;
}
