import { SOURCES } from '../sources';
import type { Chapter } from '../types';
import { conditionLinks } from './axis-links';

export const axis: Chapter = {
  id: 'axis',
  title: 'The gut-skin axis',
  summary: 'What the idea is, what it rests on, and how far the evidence reaches.',
  sections: [
    {
      kind: 'claim',
      id: 'axis-the-idea',
      title: 'The idea in brief',
      body: [
        'What the article says: it begins with a common frustration, that creams and lotions help for a while and then the trouble comes back. Its answer is to look inward. It argues that the skin mirrors what goes on in the digestive system, and that settling the gut will calm the skin from within.',
        'What the evidence shows: researchers do use the name "gut-skin axis" for two-way signalling between the intestines and the skin, carried by the immune system, hormones and substances that gut microbes make. That much is a genuine field of study.',
        'What has not been shown is the simple version: that putting your gut right reliably clears your skin. Most of the human evidence links the two without showing which drives which, and much of the detail comes from lab and animal work.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'The link is real enough to study, but the human evidence is mostly associations; the path from gut to skin is traced mainly in lab and animal studies.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'openTrends', measure: 'skinOverall', label: 'See how your skin has been' }],
      keywords: ['gut-skin axis', 'gut skin', 'inside out', 'overview', 'introduction'],
    },
    {
      kind: 'claim',
      id: 'axis-microbiome-immunity',
      title: 'Gut microbes and the immune system',
      body: [
        "Your intestines are home to trillions of bacteria, yeasts and other microbes, known together as the gut microbiome. They break down fibre we cannot digest ourselves, make some vitamins and other useful substances, and sit right next to a large share of the body's immune cells, just under the gut lining.",
        "What the article says: because they are so close, gut microbes help teach the immune system what to ignore and what to fight, and in the article's picture this is the control room of the gut-skin axis.",
        'What the evidence shows: that microbes shape immune function is broadly accepted biology. How much a particular change in your gut bacteria changes your skin is still an open question.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'The influence of gut microbes on the immune system is well established; that this is how they affect acne, eczema, rosacea or psoriasis rests mainly on lab and animal work.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [],
      keywords: ['microbiome', 'microbiota', 'bacteria', 'immune function', 'immunity', 'flora'],
    },
    {
      kind: 'claim',
      id: 'axis-dysbiosis',
      title: 'Dysbiosis: when the mix shifts',
      body: [
        'Dysbiosis is the word for a gut community that has drifted from its usual varied mix: fewer kinds of microbes, or a few types crowding out the rest. Antibiotics, illness, diet and stress can all push it that way.',
        'What the article says: dysbiosis is the first domino. Once the balance tips, inflammatory signals begin to spread through the body.',
        'What the evidence shows: people with some skin conditions tend to carry somewhat different gut bacteria from people without them. That is a real finding, but it cannot say which came first, and nobody yet knows what a "balanced" microbiome looks like for any one person.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'Differences in gut bacteria have been seen alongside skin conditions, but such studies cannot show cause, and they do not agree on which bacteria matter.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [],
      keywords: ['dysbiosis', 'imbalance', 'unbalanced', 'antibiotics', 'diversity'],
    },
    {
      kind: 'claim',
      id: 'axis-leaky-gut',
      title: 'Leaky gut and body-wide inflammation',
      body: [
        'The gut lining is a single layer of cells, held together by protein seals called tight junctions. It has to let nutrients in while keeping most other things out.',
        'Increased intestinal permeability, popularly called "leaky gut", means those seals let through more than they should.',
        'What the article says: it lays out a chain of events.',
        {
          kind: 'list',
          items: [
            'an unsettled microbiome loosens the seals;',
            'fragments of food, bacterial products and other irritants get into the blood;',
            'the immune system reacts, and the resulting inflammation spreads around the body;',
            'the skin is one of the places it shows up, as a flare.',
          ],
        },
        'What the evidence shows: each link has some support in the lab. A gut that lets more through can be measured in some illnesses, such as coeliac disease and inflammatory bowel disease.',
        'But "leaky gut" is not a diagnosis doctors accept on its own. There is no simple, reliable home test for it. And nobody has shown the whole chain causing a skin condition in people.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'Each step has support in cells, animals or particular gut diseases, but the full chain from a leaky gut to a skin flare has not been demonstrated in people.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [],
      keywords: [
        'leaky gut',
        'intestinal permeability',
        'tight junctions',
        'gut barrier',
        'gut lining',
        'systemic inflammation',
        'inflammation',
      ],
    },
    {
      kind: 'claim',
      id: 'axis-skin-conditions',
      title: 'The skin conditions involved',
      body: [
        'The article has four conditions in mind. All are inflammatory, and all have been studied for links with the gut:',
        {
          kind: 'list',
          items: [
            'Acne: spots and blocked pores, driven by skin oil (sebum), hormones, skin bacteria and inflammation. Diet research has mostly looked at sugary foods and dairy.',
            'Eczema (atopic dermatitis): dry, itchy, easily irritated skin with a weak skin barrier, often alongside hay fever, asthma or food allergy.',
            'Rosacea: flushing, redness and sometimes spots across the middle of the face. Some studies find it more often in people with certain gut problems.',
            'Psoriasis: thick, scaly patches where skin cells renew too fast, driven by the immune system. It is more common in people with inflammatory bowel disease.',
          ],
        },
        'What the article says: once the gut is calmer, the immune system settles and the skin follows.',
        'What the evidence shows: the links are worth studying, but for none of the four is there good trial evidence that gut-focused changes alone bring lasting improvement. Each has medical treatments that work, and those stay the starting point. The best diet evidence is narrower than the article suggests: losing weight helps psoriasis in people who are overweight; a gluten-free diet treats the itchy rash of coeliac disease; and in rosacea with gut symptoms, small bowel bacteria may be worth asking about. Each has its own section next.',
        "Because people respond so differently, the rest of this guide turns the article's suggestions into things you can try and measure for yourself.",
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'Links between these conditions and gut differences come up again and again, but mostly in observational studies; trials of gut-focused changes for skin are few and small.',
        sources: [SOURCES.salem2018, SOURCES.meixiong2022, SOURCES.ford2018],
        disagreesWithArticle: false,
      },
      actions: [
        { kind: 'openTrends', measure: 'itch', label: 'See your itch trend' },
        { kind: 'openTrends', measure: 'redness', label: 'See your redness trend' },
      ],
      keywords: [
        'acne',
        'eczema',
        'atopic dermatitis',
        'rosacea',
        'psoriasis',
        'spots',
        'itch',
        'flushing',
        'skin conditions',
      ],
    },
    ...conditionLinks,
  ],
};
