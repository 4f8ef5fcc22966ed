import { cautionById } from '../../safety/supplementCautions';
import { SUPPLEMENT_AMOUNT_NOTE } from '../disclaimer';
import { SOURCES } from '../sources';
import type { Block, Chapter } from '../types';

const amountNote = { kind: 'note', text: SUPPLEMENT_AMOUNT_NOTE } as const;

/** A supplement's cautions, in the same words Axis shows when it is added to the regimen. */
const cautions = (...ids: string[]): Block[] => [
  'Cautions:',
  { kind: 'list', items: ids.flatMap((id) => cautionById(id).points) },
];

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
        'Please check with a clinician or pharmacist before taking any of these if you are pregnant or breastfeeding, take regular medicines, or have kidney or liver disease. With probiotics, the same goes if your immune system is weakened by illness or by medicines such as methotrexate, ciclosporin, JAK inhibitors, biologics or steroid tablets.',
        'Each section below ends with the cautions for that supplement, with amounts and the skin medicines it can clash with. Axis shows them again when you add the supplement to your list.',
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
        'Probiotics are live microbes taken as capsules, powders or drinks.',
        'What the article says: they are a direct route to better skin, above all Lactobacillus and Bifidobacterium, the two most studied groups of strains.',
        'What the evidence shows depends on the condition:',
        {
          kind: 'list',
          items: [
            'Eczema: the most careful summary, a 2018 Cochrane review (a group that pools every good trial on a question), found that probiotics make little or no difference to eczema symptoms. This runs against the article. Some later pooled analyses found a small benefit in children over one, with particular strains. Small and uncertain.',
            'Acne: a few small trials found modest benefits, one with a Lactobacillus drink and one with a probiotic taken alongside an antibiotic. Far from settled.',
            'Rosacea and psoriasis: too little research to say.',
          ],
        },
        'Results probably depend on the exact strain, the amount and the person, which may be why studies disagree. If you want to try one, give it about eight weeks, note the strains on the label, and let your own numbers speak.',
        ...cautions('probiotic'),
        amountNote,
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'For eczema, the best summary of trials finds little or no benefit, against the article; for acne, a few small trials suggest a modest one.',
        sources: [SOURCES.cochrane2018, SOURCES.huang2017, SOURCES.fabbrocini2016, SOURCES.jung2013, SOURCES.mayer2023],
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
        'Inulin (often made from chicory root) and partially hydrolysed guar gum (PHGG) are fibre powders you stir into a drink or food.',
        'What the article says: they are a concentrated way to feed the helpful bacteria already living in your colon, and so to raise their output of short-chain fatty acids.',
        'What the evidence shows: they do feed gut bacteria. Whether either one helps the skin has not been studied.',
        'Fibre-rich foods do the same job more slowly and bring other nutrients with them, so a powder is an optional extra, not a must.',
        ...cautions('fibre'),
        amountNote,
      ],
      evidence: {
        grade: 'mechanism-only',
        reason: 'No skin outcomes have been tested.',
        gutEvidence: 'Fermentation of these fibres by gut bacteria is well established.',
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
        'L-glutamine is an amino acid, one of the building blocks of protein, and a major fuel for enterocytes, the cells lining the small intestine.',
        'What the article says: taking it as a supplement mends the lining and tightens the seals between cells.',
        'What the evidence shows: for the gut, a mixed picture. A 2024 review pooling 10 small, older trials in people with illnesses such as Crohn’s disease, cancer and HIV found no overall effect on gut permeability. But a well-run 2019 trial in people with irritable bowel syndrome and a leaky gut after a gut infection found that 15 grams a day for eight weeks eased symptoms in most of them and brought permeability back to normal. No study has looked at skin.',
        'Glutamine is already plentiful in food, and the body makes its own. If you still want to try it, a personal trial with steady logging is a fair way to see whether you notice anything.',
        ...cautions('glutamine'),
        amountNote,
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'Skin has never been measured; at gut level, one good trial in a particular condition was positive and older pooled trials were not.',
        gutEvidence:
          'Mixed: no overall effect on gut permeability across 10 older trials, a clear benefit at 15 g a day in one good trial in irritable bowel syndrome after an infection.',
        sources: [SOURCES.glutamine2024, SOURCES.zhou2019, SOURCES.heyland2013],
        disagreesWithArticle: false,
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
        'Zinc carnosine (also sold as polaprezinc) is zinc bound to carnosine, a small molecule made from two amino acids. In Japan it is a medicine for stomach ulcers.',
        'What the article says: it soothes the gut lining and shields it from the inside.',
        'What the evidence shows: evidence in people is thin. In one small crossover study (each volunteer took zinc carnosine and a placebo in turn), ten healthy volunteers took a painkiller known to make the gut leakier. With the placebo, leakiness roughly tripled; with zinc carnosine, it did not rise noticeably. That is an interesting lead, but it was one small study in healthy people, and it did not look at skin.',
        ...cautions('zinc'),
        amountNote,
      ],
      evidence: {
        grade: 'mechanism-only',
        reason: 'Nothing yet on skin.',
        gutEvidence:
          'One small crossover study in 10 healthy people found protection against a painkiller-induced rise in gut permeability.',
        sources: [SOURCES.mahmood2007, SOURCES.efsa2006, SOURCES.iom2001],
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
        'What the article says: pair L-glutamine with zinc carnosine; the two work better together than either alone and speed up repair of the gut lining.',
        'What the evidence shows: we know of no study that has tested this pairing, for the gut or the skin. The idea comes from setting two separate lines of reasoning side by side, and neither has been tested on the skin.',
        'For a personal test, starting several supplements at once has a real cost: if your skin improves, or your stomach objects, you cannot tell which one did it. A steadier plan is to add one, log for several weeks, and only then think about the next. If you do take them together, record both, so your notes show everything that was in play.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'The combination has never been tested; the promised extra benefit is reasoning from separate findings, neither of them on the skin.',
        sources: [SOURCES.glutamine2024, SOURCES.mahmood2007],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'openScreen', screen: 'settings', label: 'See your supplements' }],
      keywords: ['together', 'combination', 'combine', 'synergy', 'stack', 'glutamine and zinc'],
    },
  ],
};
