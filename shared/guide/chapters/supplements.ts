import { SUPPLEMENT_AMOUNT_NOTE } from '../disclaimer';
import { SOURCES } from '../sources';
import type { Chapter } from '../types';

const amountNote = { kind: 'note', text: SUPPLEMENT_AMOUNT_NOTE } as const;

export const supplements: Chapter = {
  id: 'supplements',
  title: 'Supplements',
  summary:
    'Probiotics, fibre powders, zinc carnosine and L-glutamine: what the article claims, what trials found, and how to track one carefully.',
  sections: [
    {
      kind: 'practical',
      id: 'supplements-before-you-start',
      title: 'Before you start a supplement',
      body: [
        'Supplements are not tested the way medicines are, and products differ a great deal in what they really contain.',
        'Please check with a clinician or pharmacist before taking any of these if you are pregnant or breastfeeding, take regular medicines, or have kidney or liver disease.',
        'Add one at a time and keep everything else steady, so that any change you notice can be pinned on the right thing. Record it in Axis from the first day.',
        amountNote,
      ],
      actions: [],
      keywords: ['supplements', 'safety', 'dose', 'pharmacist', 'one at a time'],
    },
    {
      kind: 'claim',
      id: 'supplements-probiotics',
      title: 'Probiotics',
      body: [
        'Probiotics are live microbes taken as capsules, powders or drinks. The article presents them as a direct route to better skin and points to Lactobacillus and Bifidobacterium, the two most studied groups of strains.',
        'What the evidence shows depends on the condition:',
        {
          kind: 'list',
          items: [
            'Eczema: a careful Cochrane review in 2018 found that probiotics make little or no difference to eczema symptoms. This runs against the article.',
            'Acne: a 2025 pooled analysis of three trials found a modest benefit, with low to moderate certainty.',
            'Rosacea and psoriasis: too little research to say.',
          ],
        },
        'Results probably depend on the exact strain, the amount and the person, which may be why studies disagree. If you want to try one, give it about eight weeks, note the strains on the label, and let your own numbers speak.',
        amountNote,
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'For eczema, the best summary of trials finds little or no benefit, against the article; for acne, a few trials suggest a modest one.',
        sources: [SOURCES.cochrane2018, SOURCES.probioticAcne2025],
        disagreesWithArticle: true,
      },
      actions: [
        {
          kind: 'trackSupplement',
          name: 'Probiotic',
          dose: null,
          unit: 'capsules',
          details: 'Lactobacillus and Bifidobacterium strains',
          label: 'Track a probiotic',
        },
      ],
      keywords: ['probiotics', 'probiotic', 'Lactobacillus', 'Bifidobacterium', 'live bacteria', 'strains', 'CFU'],
    },
    {
      kind: 'claim',
      id: 'supplements-prebiotic-fibre',
      title: 'Prebiotic fibre powders',
      body: [
        'Inulin (often made from chicory root) and partially hydrolysed guar gum (PHGG) are fibre powders you stir into a drink or food. The article sees them as a concentrated way to feed the helpful bacteria already living in your colon, and so to raise their output of short-chain fatty acids.',
        'They do feed gut bacteria. Whether either one helps the skin has not been studied. Both can cause wind and bloating at first; starting small and building up over a couple of weeks usually helps.',
        'Fibre-rich foods do the same job more slowly and bring other nutrients with them, so a powder is an optional extra, not a must.',
        amountNote,
      ],
      evidence: {
        grade: 'mechanism-only',
        reason: 'Fermentation of these fibres by gut bacteria is well established; no skin outcomes have been tested.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [
        {
          kind: 'trackSupplement',
          name: 'Inulin',
          dose: 5,
          unit: 'g',
          details: 'prebiotic fibre powder, often from chicory root',
          label: 'Track inulin',
        },
        {
          kind: 'trackSupplement',
          name: 'Partially hydrolysed guar gum',
          dose: 5,
          unit: 'g',
          details: 'prebiotic fibre powder (PHGG)',
          label: 'Track partially hydrolysed guar gum',
        },
      ],
      keywords: [
        'inulin',
        'chicory',
        'guar gum',
        'PHGG',
        'partially hydrolysed guar gum',
        'hydrolyzed',
        'fibre supplement',
        'fiber supplement',
      ],
    },
    {
      kind: 'claim',
      id: 'supplements-l-glutamine',
      title: 'L-glutamine',
      body: [
        'L-glutamine is an amino acid, one of the building blocks of protein, and a major fuel for enterocytes, the cells lining the small intestine. The article argues that taking it as a supplement mends the lining and tightens the seals between cells.',
        'The research does not back this up well. A 2024 review of 10 trials found no overall effect of glutamine on gut permeability; a benefit showed up only at more than 30 grams a day, several times what a typical supplement provides. No study has looked at skin.',
        'Glutamine is already plentiful in food, and the body makes its own. If you still want to try it, a personal trial with steady logging is a fair way to see whether you notice anything. Large amounts are not something to try without medical advice.',
        amountNote,
      ],
      evidence: {
        grade: 'contested',
        reason:
          'Across 10 trials there was no overall effect on gut permeability, only a possible benefit at very high amounts; this runs against the article, and skin was never measured.',
        sources: [SOURCES.glutamine2024],
        disagreesWithArticle: true,
      },
      actions: [
        {
          kind: 'trackSupplement',
          name: 'L-glutamine',
          dose: 5,
          unit: 'g',
          details: 'amino acid, powder or capsules',
          label: 'Track L-glutamine',
        },
      ],
      keywords: [
        'glutamine',
        'L-glutamine',
        'amino acid',
        'enterocytes',
        'gut lining',
        'intestinal permeability',
        'leaky gut',
      ],
    },
    {
      kind: 'claim',
      id: 'supplements-zinc-carnosine',
      title: 'Zinc carnosine',
      body: [
        'Zinc carnosine (also sold as polaprezinc) is zinc bound to carnosine, a small molecule made from two amino acids. In Japan it is a medicine for stomach ulcers. The article describes it as soothing and shielding the gut lining from the inside.',
        'Evidence in people is thin. In one small crossover study, ten healthy volunteers took a painkiller known to make the gut leakier. With a placebo, leakiness roughly tripled; with zinc carnosine, it did not rise noticeably. That is an interesting lead, but it was one small study in healthy people, and it did not look at skin.',
        'Taking a lot of zinc for a long time can lower copper levels, so keep to modest amounts and mention it to your clinician.',
        amountNote,
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'One small crossover study in 10 healthy people found protection against a painkiller-induced rise in gut permeability; nothing yet on skin.',
        sources: [SOURCES.mahmood2007],
        disagreesWithArticle: false,
      },
      actions: [
        {
          kind: 'trackSupplement',
          name: 'Zinc carnosine',
          dose: 75,
          unit: 'mg',
          details: 'zinc bound to carnosine (polaprezinc)',
          label: 'Track zinc carnosine',
        },
      ],
      keywords: ['zinc carnosine', 'zinc', 'carnosine', 'polaprezinc', 'mucosa', 'stomach lining'],
    },
    {
      kind: 'claim',
      id: 'supplements-together',
      title: 'Taking them together',
      body: [
        'The article suggests pairing L-glutamine with zinc carnosine, saying the two work better together than either alone and speed up repair of the gut lining.',
        'We know of no study that has tested this pairing, for the gut or the skin. The idea comes from setting two separate lines of reasoning side by side, and one of them, glutamine, is weak on its own.',
        'For a personal test, starting several supplements at once has a real cost: if your skin improves, or your stomach objects, you cannot tell which one did it. A steadier plan is to add one, log for several weeks, and only then think about the next. If you do take them together, record both, so your notes show everything that was in play.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'The combination has never been tested; the promised extra benefit is reasoning from separate findings, one of which is itself weak.',
        sources: [SOURCES.glutamine2024, SOURCES.mahmood2007],
        disagreesWithArticle: false,
      },
      actions: [],
      keywords: ['together', 'combination', 'combine', 'synergy', 'stack', 'glutamine and zinc'],
    },
  ],
};
