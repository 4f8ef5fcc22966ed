import { SOURCES } from '../sources';
import type { Chapter } from '../types';

export const foodsToReduce: Chapter = {
  id: 'foods-to-reduce',
  title: 'Foods to reduce',
  summary:
    'The article names three groups to cut back: sugar and refined carbohydrates, industrial seed oils, and dairy. Here is what each claim rests on, and how to test it.',
  sections: [
    {
      kind: 'claim',
      id: 'reduce-sugar-refined-carbs',
      title: 'Sugar and refined carbohydrates',
      body: [
        'What the article says: sweets, sugary drinks and refined carbohydrates such as white bread and pastries are the chief troublemakers. It argues that they feed unhelpful gut bacteria, which pushes the gut towards dysbiosis and lets yeast overgrow, and that the quick jump in blood sugar after eating them fuels inflammation and makes the skin produce more oil (sebum), so acne gets worse.',
        "What the evidence shows: for acne, this is the best studied of the article's food claims. Small trials, mostly in young men, found that a low-glycaemic diet (foods that raise blood sugar slowly) for 8 to 12 weeks led to somewhat fewer spots than a usual diet. The likely route is hormonal: fast-rising blood sugar lifts insulin and a related growth signal, IGF-1, which can turn up oil production.",
        'The parts about feeding harmful bacteria and yeast remain theory; they have not been tested as a cause of skin trouble. For eczema, rosacea and psoriasis there is little direct evidence either way.',
        'To try it, swap rather than strip: oats, beans, lentils, whole grains, fruit and nuts in place of sweets and white flour. Allow time, too. Acne changes slowly, so think in months, not days.',
      ],
      evidence: {
        grade: 'some-trials',
        reason:
          'A few small acne trials show a modest benefit from a low-glycaemic diet; the gut-bacteria and yeast parts of the claim are untested.',
        sources: [SOURCES.meixiong2022, SOURCES.lowGiTrials],
        disagreesWithArticle: false,
      },
      actions: [
        { kind: 'startTrial', preset: 'sugar', label: 'Start a sugar and refined-carb trial' },
        { kind: 'logToday', field: 'sugar', label: 'Log sugary foods today' },
      ],
      keywords: [
        'sugar',
        'refined carbohydrates',
        'refined carbs',
        'glycaemic',
        'glycemic',
        'blood sugar',
        'insulin',
        'sebum',
        'yeast',
        'candida',
        'white bread',
        'sweets',
      ],
    },
    {
      kind: 'claim',
      id: 'reduce-seed-oils',
      title: 'Industrial seed oils',
      body: [
        'What the article says: oils pressed from seeds, such as soybean, corn and canola (rapeseed), are rich in omega-6 fats. The article calls these pro-inflammatory and argues that eating too much omega-6 compared with omega-3 inflames both the gut and the skin.',
        'What the evidence shows: here the research most clearly parts ways with the article. The main omega-6 fat in these oils is linoleic acid. When controlled trials gave people more of it, markers of inflammation in the blood did not go up. A 2012 systematic review found essentially no effect, and a 2017 pooled analysis of 30 trials reached the same conclusion. No trial has looked at seed oils and skin.',
        'The omega-6 to omega-3 balance is still a fair thing to think about, but the easier lever is adding omega-3 foods (see Foods to add) rather than fearing a bottle of cooking oil.',
        'Cutting seed oils often means eating fewer fried and heavily processed foods, which may be worthwhile for other reasons. If you suspect they matter for you, your own trial will tell you more than any argument online. Olive oil is a simple swap for cooking while you test.',
      ],
      evidence: {
        grade: 'contested',
        reason:
          'Controlled trials find that eating more linoleic acid does not raise inflammatory markers, which runs against the article; skin has not been studied at all.',
        sources: [SOURCES.johnsonFritsche2012, SOURCES.linoleic2017],
        disagreesWithArticle: true,
      },
      actions: [
        { kind: 'startTrial', preset: 'seed-oils', label: 'Start a seed-oil trial' },
        { kind: 'logToday', field: 'seedOils', label: 'Log seed-oil foods today' },
      ],
      keywords: [
        'seed oils',
        'vegetable oil',
        'corn oil',
        'soybean oil',
        'soy',
        'canola',
        'rapeseed',
        'omega-6',
        'linoleic acid',
        'fried food',
        'processed food',
      ],
    },
    {
      kind: 'claim',
      id: 'reduce-dairy',
      title: 'Dairy',
      body: [
        'What the article says: dairy is a frequent inflammatory trigger that makes the gut leakier and sets off skin flares, so eating less of it helps.',
        'What the evidence shows: for acne, large observational studies find that people who have more dairy report acne a little more often. Pooled together, any dairy went with roughly a quarter higher odds of acne (an odds ratio of about 1.25). That is a link, not proof: heavy milk drinkers may differ in other ways. No randomised trial has tested cutting out dairy for acne. The idea that dairy loosens the gut lining is not backed by studies in people who tolerate it.',
        'For eczema, food allergy, milk included, can play a part, mainly in young children. Leaving foods out for eczema brings at most a slight benefit, and in children it should only be done with medical advice, because growing bodies need the nutrients.',
        'If you try going without, look after calcium and iodine: fortified plant milks, leafy greens, fish and eggs all help.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'The acne link is observational only, about 1.25 times the odds, with no trials; the gut-permeability part of the claim is untested.',
        sources: [SOURCES.juhl2018, SOURCES.meixiong2022, SOURCES.oykhman2022],
        disagreesWithArticle: false,
      },
      actions: [
        { kind: 'startTrial', preset: 'dairy', label: 'Start a dairy elimination trial' },
        { kind: 'logToday', field: 'dairy', label: 'Log dairy today' },
      ],
      keywords: ['dairy', 'milk', 'cheese', 'whey', 'lactose', 'casein', 'food allergy', 'calcium'],
    },
    {
      kind: 'practical',
      id: 'reduce-how-trials-work',
      title: 'How a food trial works in Axis',
      body: [
        'Leaving a food out for a while and seeing how you feel is hard to read on its own. Axis sets the trial up in phases so the comparison is fair:',
        {
          kind: 'list',
          items: [
            'Baseline: eat as usual and log for at least two weeks (four if your skin follows your menstrual cycle).',
            'Elimination: leave the food out. For acne, plan on 8 to 12 weeks, because spots take weeks to form; for eczema or rosacea, 4 to 6 weeks; for gut symptoms, 2 to 4 weeks.',
            'Reintroduction: bring the food back and keep logging. For eczema and gut symptoms, a few days of slowly larger portions, then a few days of watching; for acne, eat it again for at least three to four weeks.',
          ],
        },
        'The first days after each switch are set aside, because the body takes time to respond. If you can, repeat the off-and-on cycle: one switch alone cannot separate a food from drift over time.',
        'Slips happen. Log them rather than hiding them; an honest record with a few slips is far more useful than a spotless-looking one.',
        'These lengths are sensible defaults drawn from published diet trials and common dietetic practice, not fixed rules. You can change them when you set up a trial.',
      ],
      actions: [],
      keywords: ['elimination diet', 'trial', 'baseline', 'reintroduction', 'challenge', 'phases', 'how long', 'slip'],
    },
  ],
};
