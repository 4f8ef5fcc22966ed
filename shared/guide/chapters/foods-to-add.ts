import { SOURCES } from '../sources';
import type { Chapter } from '../types';

export const foodsToAdd: Chapter = {
  id: 'foods-to-add',
  title: 'Foods to add',
  summary:
    'Fibre that feeds gut bacteria, fermented foods, omega-3 fats and colourful plants: what each is meant to do, and what is actually known.',
  sections: [
    {
      kind: 'claim',
      id: 'add-prebiotic-fibre',
      title: 'Prebiotic fibre in food',
      body: [
        'Prebiotics are kinds of fibre that we cannot digest but our gut bacteria can. They pass through the small intestine untouched and reach the colon, where microbes ferment them as food.',
        'Good everyday sources include onions, garlic, leeks, asparagus, oats, beans, lentils, and under-ripe bananas (ones still a little green at the stalk).',
        'The article wants a wide variety of these fibres on the plate. That fits general advice for gut health. Whether eating more of them improves the skin has not been tested.',
        'Go gently: a sudden jump in fibre can bring wind and bloating for a week or two. If you have irritable bowel syndrome, several of these foods are high in FODMAPs and may make symptoms worse.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'That gut bacteria ferment these fibres is well established; no trial has looked at their effect on skin.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'logToday', field: 'prebiotic', label: 'Log prebiotic foods today' }],
      keywords: [
        'prebiotic',
        'prebiotics',
        'fibre',
        'fiber',
        'garlic',
        'onions',
        'leeks',
        'asparagus',
        'bananas',
        'green bananas',
        'oats',
        'beans',
        'FODMAP',
      ],
    },
    {
      kind: 'claim',
      id: 'add-short-chain-fatty-acids',
      title: 'Short-chain fatty acids and butyrate',
      body: [
        'When bacteria ferment fibre they release small molecules called short-chain fatty acids. The best known of them is butyrate.',
        'Butyrate is the main energy source for the cells of the colon wall, and in lab and animal studies it helps keep the gut wall tight and calms immune cells. The article relies on this to argue that more fibre means a sturdier gut barrier.',
        'The colon-fuel part is solid physiology. The step from more butyrate to calmer skin is an idea under study, not a proven effect. You do not need to buy butyrate: the point of the idea is that your own bacteria make it from the fibre you eat.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'Butyrate feeding colon cells and supporting the gut barrier is well documented in lab and animal work; it has not been linked to skin outcomes in people.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'openTrends', measure: 'prebiotic', label: 'See your fibre-food trend' }],
      keywords: ['short-chain fatty acids', 'SCFA', 'SCFAs', 'butyrate', 'butyric acid', 'colon', 'fermentation'],
    },
    {
      kind: 'claim',
      id: 'add-fermented-foods',
      title: 'Fermented foods',
      body: [
        'Fermented foods are made with the help of live microbes: kimchi, sauerkraut, kefir, traditional live yogurt, miso and the like. The article sees them as a daily top-up of friendly bacteria that widen the variety in your gut.',
        'Some of those microbes do survive the journey. In a 2021 study, healthy adults who ate more fermented food for several weeks ended up with a more varied gut microbiome and lower levels of several inflammation markers. Skin was not measured, and no trial has tested fermented foods for skin conditions.',
        'Many shop-bought versions are heat-treated, which kills the live microbes; look for "live" or "unpasteurised" on the label, usually in the chilled aisle. Kefir and yogurt are dairy, so leave them out during a dairy trial, or pick plant-based live versions.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'One small diet study found more gut diversity and lower inflammatory markers; skin has not been studied, and the evidence from probiotic capsules is mixed.',
        sources: [SOURCES.wastyk2021, SOURCES.cochrane2018, SOURCES.probioticAcne2025],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'logToday', field: 'fermented', label: 'Log fermented foods today' }],
      keywords: [
        'fermented',
        'kefir',
        'sauerkraut',
        'kimchi',
        'yogurt',
        'yoghurt',
        'miso',
        'live cultures',
        'kombucha',
      ],
    },
    {
      kind: 'claim',
      id: 'add-omega-3',
      title: 'Omega-3 fats: oily fish and walnuts',
      body: [
        'Omega-3 fats come mainly from oily fish, also called fatty fish, such as salmon, sardines, mackerel and herring, and, in a plant form, from walnuts, flaxseed and chia. The article recommends them to damp down inflammation throughout the body.',
        'For acne this has some backing: in a trial of 45 people with acne, those given omega-3 supplements for ten weeks ended up with fewer spots than a comparison group. It used capsules rather than fish, and it was small, so it is a hint rather than an answer. The body turns only a little of the plant form into the kinds found in fish.',
        'Two portions of fish a week, one of them oily, is the usual healthy-eating advice in many countries, whatever your skin is doing.',
      ],
      evidence: {
        grade: 'some-trials',
        reason:
          'One randomised 10-week trial in 45 people with acne was positive; it used supplements and has not been repeated at scale.',
        sources: [SOURCES.jung2014],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'logToday', field: 'omega3', label: 'Log omega-3 foods today' }],
      keywords: [
        'omega-3',
        'omega 3',
        'fish oil',
        'fatty fish',
        'oily fish',
        'salmon',
        'sardines',
        'mackerel',
        'walnuts',
        'flax',
        'chia',
        'EPA',
        'DHA',
      ],
    },
    {
      kind: 'claim',
      id: 'add-colourful-plants',
      title: 'Colourful fruit and vegetables',
      body: [
        'Berries, leafy greens, peppers, carrots, beetroot, red cabbage: colourful plants like these carry pigments and other compounds that act as antioxidants. The article says they protect the lining of the gut against oxidative stress, a kind of chemical wear and tear.',
        'Antioxidant effects are easy to show in a test tube and much harder to show in the body, and no trial has tested fruit and vegetables for these skin conditions. Still, a varied, plant-rich diet also feeds gut bacteria with fibre and makes sense on general health grounds.',
        'A simple aim: a few different colours on your plate each day.',
      ],
      evidence: {
        grade: 'mechanism-only',
        reason:
          'Antioxidant protection of the gut lining is shown mainly in lab studies; there are no skin trials in people.',
        sources: [SOURCES.salem2018],
        disagreesWithArticle: false,
      },
      actions: [{ kind: 'logToday', field: 'colourful', label: 'Log colourful plants today' }],
      keywords: [
        'colourful',
        'colorful',
        'vegetables',
        'fruit',
        'antioxidants',
        'antioxidant',
        'oxidative stress',
        'polyphenols',
        'berries',
        'greens',
      ],
    },
  ],
};
