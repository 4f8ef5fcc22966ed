// The gut and diet links with the best evidence for these skin conditions, which the article leaves out:
// coeliac disease and its rash, gluten in psoriasis, weight in psoriasis, and small bowel bacteria in
// rosacea. Part of the "gut-skin axis" chapter (axis.ts), in a file of its own to keep both short.
import { SOURCES } from '../sources';
import type { Section } from '../types';

export const conditionLinks: readonly Section[] = [
  {
    kind: 'claim',
    id: 'axis-coeliac-skin',
    title: 'Coeliac disease and its skin rash',
    body: [
      'Coeliac disease is an immune reaction to gluten, the protein in wheat, barley and rye, that damages the lining of the small intestine. It is common (around 1 person in 100) and often missed, because its signs can be mild: tiredness, anaemia, bloating, loose stools or none at all.',
      'It has a skin form of its own, dermatitis herpetiformis: an intensely itchy rash of small blisters or bumps, usually on the elbows, knees, buttocks or scalp. Here the link between gut and skin is proven: a strict gluten-free diet clears the rash, over months to a year or two, and lets the gut lining recover.',
      'If a rash like that sounds familiar, or gut symptoms run in your family, ask your doctor for a coeliac blood test. Keep eating gluten until then: going without it first can make the test come back falsely negative. This is why Axis asks about the test before any gluten trial.',
    ],
    evidence: {
      grade: 'well-supported',
      reason:
        'That dermatitis herpetiformis is the skin form of coeliac disease, and that a strict gluten-free diet clears it, is established medicine; it applies to coeliac disease only.',
      sources: [SOURCES.reunala2018, SOURCES.nice2015],
      disagreesWithArticle: false,
    },
    actions: [{ kind: 'openScreen', screen: 'reports', label: 'Make a report to take to your doctor' }],
    keywords: [
      'coeliac',
      'celiac',
      'gluten',
      'wheat',
      'dermatitis herpetiformis',
      'blisters',
      'itchy rash',
      'blood test',
    ],
  },
  {
    kind: 'claim',
    id: 'axis-gluten-psoriasis',
    title: 'Gluten and psoriasis',
    body: [
      'Coeliac disease is about twice as common in people with psoriasis as in people without it.',
      'What the evidence shows: for people with psoriasis who also have coeliac disease, or whose blood shows antibodies to gluten, a gluten-free diet may ease the skin; the evidence comes from small studies. For everyone else with psoriasis, there is no good evidence that cutting out gluten helps, and a national panel of psoriasis experts advises a gluten-free diet only for those with positive blood tests.',
      'So the order matters: a blood test first, while you still eat gluten. A personal gluten trial makes sense only once coeliac disease has been ruled out, and Axis asks about the test before it starts one.',
    ],
    evidence: {
      grade: 'early-or-mixed',
      reason:
        'Small studies suggest a benefit only in people with coeliac disease or gluten antibodies; there is no good evidence for the rest.',
      sources: [SOURCES.ungprasert2017, SOURCES.ford2018, SOURCES.nice2015],
      disagreesWithArticle: false,
    },
    actions: [{ kind: 'startTrial', preset: 'custom', label: 'Set up a trial of your own choice' }],
    keywords: ['psoriasis', 'gluten', 'gluten-free', 'coeliac antibodies', 'celiac', 'wheat'],
  },
  {
    kind: 'claim',
    id: 'axis-psoriasis-weight',
    title: 'Psoriasis and weight',
    body: [
      'The article does not mention it, but weight is the diet change with the best evidence in psoriasis. Body fat is itself a source of inflammatory signals, and psoriasis tends to be more severe, and some treatments to work less well, in people who carry more weight.',
      'What the evidence shows: in randomised trials of overweight people with psoriasis, on top of their usual treatment, a reduced-calorie diet with or without exercise eased the skin more than advice alone in the largest trial, with a similar trend in a smaller one. A review by the medical board of the US National Psoriasis Foundation made weight loss a strong recommendation for adults who are overweight.',
      'This is for people who are overweight, and alongside treatment, not instead of it. Your doctor or a dietitian can help you plan it; a crash diet is neither needed nor wise.',
    ],
    evidence: {
      grade: 'well-supported',
      reason:
        'Several randomised trials and an expert review agree that losing weight helps psoriasis in people who are overweight; the effect is modest and adds to treatment.',
      sources: [SOURCES.ford2018, SOURCES.naldi2014, SOURCES.jensen2013],
      disagreesWithArticle: false,
    },
    actions: [{ kind: 'openTrends', measure: 'skinOverall', label: 'See your skin trend' }],
    keywords: ['psoriasis', 'weight', 'weight loss', 'overweight', 'obesity', 'calories', 'diet'],
  },
  {
    kind: 'claim',
    id: 'axis-rosacea-sibo',
    title: 'Rosacea and small bowel bacteria',
    body: [
      'Small intestinal bacterial overgrowth (SIBO) means more bacteria than usual in the small intestine, where there are normally few. It can cause bloating, wind and loose stools, and doctors test for it with a breath test.',
      'What the evidence shows: in one Italian study, nearly half the people with rosacea had SIBO, against 1 in 20 without rosacea. In a small randomised trial within that study, clearing it with an antibiotic that stays in the gut (rifaximin) cleared the skin in most of those treated and in none on placebo. That is encouraging, but it has not been repeated in a larger trial.',
      'If you have rosacea and also bloating or changed bowel habits, ask your doctor whether testing for SIBO, or for the stomach bacterium H. pylori, makes sense for you. Antibiotics for this are a medical decision, not a self-experiment.',
    ],
    evidence: {
      grade: 'early-or-mixed',
      reason:
        'One small single-centre study found SIBO common in rosacea and a clear skin response to treating it; it has not been repeated at scale.',
      sources: [SOURCES.parodi2008],
      disagreesWithArticle: false,
    },
    actions: [{ kind: 'openTrends', measure: 'bloating', label: 'See your bloating beside your skin' }],
    keywords: ['rosacea', 'SIBO', 'small intestinal bacterial overgrowth', 'rifaximin', 'H. pylori', 'bloating'],
  },
];
