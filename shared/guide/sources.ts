// The studies the guide leans on, written once so every section cites them the same way. Most come from the
// research notes (shared/research/evidence-and-measures.md, section 4); the few marked "added" fill gaps
// that section leaves (exercise, stress and the gut, fermented food) and were checked against the papers.

export const SOURCES = {
  salem2018:
    'Salem 2018, Frontiers in Microbiology: narrative review of the gut-skin axis; links seen in people, mechanisms mostly from lab and animal work',
  meixiong2022:
    'Meixiong 2022, JAAD International: review of diet and acne; high-glycaemic diets have a modest effect in small trials of young men; no randomised trial of removing dairy',
  lowGiTrials: 'Smith 2007; Reynolds 2010: low-glycaemic diet trials in acne lasting 8 to 12 weeks',
  juhl2018:
    'Juhl 2018, Nutrients: observational meta-analysis; any dairy linked with acne, odds ratio about 1.25; no trials',
  oykhman2022:
    'Oykhman 2022: review of elimination diets for eczema; slight improvement, low certainty, mostly young children',
  johnsonFritsche2012:
    'Johnson & Fritsche 2012: systematic review of controlled trials; eating more linoleic acid did not raise inflammatory markers',
  linoleic2017: 'A 2017 meta-analysis of 30 controlled trials: linoleic acid intake did not raise inflammatory markers',
  jung2014:
    'Jung 2014, Acta Dermato-Venereologica: randomised 10-week trial in 45 people with acne; fewer spots with omega-3 supplements',
  cochrane2018:
    'Cochrane review 2018 (Makrgeorgou et al.): probiotics for eczema make little or no difference to symptoms',
  probioticAcne2025: 'A 2025 meta-analysis of 3 acne trials: modest benefit from probiotics, low to moderate certainty',
  glutamine2024:
    'Amino Acids 2024: meta-analysis of 10 trials; no overall effect of glutamine on gut permeability, benefit only above 30 g a day; no skin outcomes',
  mahmood2007:
    'Mahmood 2007, Gut: randomised crossover in 10 healthy volunteers; zinc carnosine prevented the rise in gut permeability caused by a painkiller (indomethacin); no skin outcomes',
  chiu2003:
    'Chiu 2003, Archives of Dermatology: students at exam time; acne severity rose with stress (correlation r = 0.61); small study',
  sleepReviews:
    'Narrative reviews of sleep and skin (research notes, section 4): a two-way link, limited evidence on cause and effect',
  vanuytsel2014:
    'Vanuytsel 2014, Gut (added): in healthy volunteers, giving a stressful public talk made the small intestine temporarily more permeable, only in those whose cortisol rose',
  wastyk2021:
    'Wastyk 2021, Cell (added): randomised diet study in healthy adults; the group eating more fermented food gained gut microbial diversity and lower inflammatory markers; no skin outcomes',
  allen2018:
    'Allen 2018, Medicine & Science in Sports & Exercise (added): 6 weeks of supervised training in 32 previously inactive adults shifted gut bacteria; short-chain fatty acids rose in lean people; changes faded after stopping',
  clarke2014:
    'Clarke 2014, Gut (added): professional athletes had more varied gut bacteria than non-athletes, though their diets also differed',
} as const;
