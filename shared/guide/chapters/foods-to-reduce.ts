import { GENERAL_POINTS } from '../../safety/trialSafety';
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
        "What the evidence shows: for acne, this is the best studied of the article's food claims. Three small randomised trials, mostly in young men, tried a low-glycaemic diet (foods that raise blood sugar slowly) for 8 to 12 weeks. Two found somewhat fewer spots than on a usual diet, one of them also smaller oil glands under the microscope; in the third, acne improved about equally on both diets.",
        'The likely route is hormonal: fast-rising blood sugar lifts insulin and a related growth signal, IGF-1, which can turn up oil production.',
        'The parts about feeding harmful bacteria and yeast remain theory; they have not been tested as a cause of skin trouble. For eczema, rosacea and psoriasis there is little direct evidence either way.',
        'To try it, swap rather than strip: oats, beans, lentils, whole grains, fruit and nuts in place of sweets and white flour. Allow time, too. Acne changes slowly, so think in months, not days.',
      ],
      evidence: {
        grade: 'some-trials',
        reason:
          'Two of three small acne trials found a modest benefit from a low-glycaemic diet, and the third no difference; the gut-bacteria and yeast parts of the claim are untested.',
        sources: [SOURCES.meixiong2022, SOURCES.smith2007, SOURCES.kwon2012, SOURCES.reynolds2010],
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
        'What the evidence shows: here the research most clearly parts ways with the article. The main omega-6 fat in these oils is linoleic acid. When controlled trials gave people more of it, markers of inflammation in the blood did not go up: a 2012 systematic review found essentially no effect, and a 2017 pooled analysis of 30 trials reached the same conclusion. No trial has looked at seed oils and skin, and in the one acne trial of fat supplements, borage oil, itself an omega-6 fat, reduced spots as omega-3 did.',
        'Rapeseed (canola) oil does not belong in the omega-6 group at all: it is low in linoleic acid, about a fifth of the oil against half or more in corn, soybean and sunflower oil, and it is one of the richer cooking oils in the plant omega-3.',
        'The omega-6 to omega-3 balance is still a fair thing to think about, but the easier lever is adding omega-3 foods (see Foods to add) rather than fearing a bottle of cooking oil.',
        'Cutting seed oils often means eating fewer fried and heavily processed foods, which may be worthwhile for other reasons, and your own trial will tell you more than any argument online. Cook with olive or rapeseed oil while you test. Do not switch to butter or coconut oil: they raise LDL cholesterol, and cutting saturated fat lowers the risk of heart disease.',
      ],
      evidence: {
        grade: 'contested',
        reason:
          'Controlled trials find that eating more linoleic acid does not raise inflammatory markers, which runs against the article; skin has not been studied at all.',
        sources: [
          SOURCES.johnsonFritsche2012,
          SOURCES.linoleic2017,
          SOURCES.usdaOils,
          SOURCES.jung2014,
          SOURCES.hooper2020,
        ],
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
        'What the evidence shows: for acne, large observational studies find that people who have more dairy report acne a little more often. Pooled together, any dairy went with roughly a quarter higher odds of acne (an odds ratio of about 1.25), and the link is mainly with milk, skimmed and low-fat included, rather than yogurt or cheese. That is a link, not proof: heavy milk drinkers may differ in other ways. No randomised trial has tested cutting out dairy for acne. To test milk alone, set up a trial of your own choice called Milk.',
        'The idea that dairy loosens the gut lining is not backed by studies in people who tolerate it.',
        'For eczema, food allergy, milk included, can play a part, mainly in young children. Leaving foods out for eczema brings at most a slight benefit. It also carries a risk: after weeks without a food, some children with eczema react to it, sometimes severely, when it comes back. With eczema or a known food allergy, and in children, leave dairy out and bring it back only with a clinician’s plan.',
        'If you go without, replace what dairy gives: calcium, iodine, protein and vitamin B12, and in some countries vitamin D. Soy or pea drinks fortified with calcium, iodine and B12 are the closest swap; oat, almond and coconut drinks are low in protein. Fish, eggs and leafy greens help too.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'The acne link is observational only, about 1.25 times the odds, with no trials; the gut-permeability part of the claim is untested.',
        sources: [SOURCES.juhl2018, SOURCES.aghasi2019, SOURCES.meixiong2022, SOURCES.oykhman2022, SOURCES.chang2016],
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
      id: 'reduce-before-you-cut',
      title: 'Before you cut anything out',
      body: [
        'Leaving a food out is an experiment, and like any experiment it has a cost. Some people should not run one alone:',
        {
          kind: 'list',
          items: [
            'If you have, or have had, an eating disorder: only if your care team agrees. You can still log without cutting anything out.',
            'Under 18: only with a parent or carer and a doctor or dietitian. Pregnant or breastfeeding: talk to your midwife, doctor or a dietitian first.',
            'With eczema, a known food allergy, or in children: bring a food back only with a clinician’s plan.',
          ],
        },
        'And for everyone:',
        {
          kind: 'list',
          items: [
            GENERAL_POINTS.oneAtATime.text,
            'Before cutting out gluten, ask for a coeliac blood test while you are still eating it.',
            GENERAL_POINTS.keepTreatment.text,
          ],
        },
        GENERAL_POINTS.reactionSigns.text,
        GENERAL_POINTS.whenToStop.text,
        'Axis shows these points before the first day of every trial, fitted to the food, your conditions and your age, and keeps your answers with the trial.',
      ],
      actions: [],
      keywords: [
        'safety',
        'allergy',
        'allergic reaction',
        'eating disorder',
        'pregnancy',
        'children',
        'coeliac',
        'reintroduction',
        'one at a time',
      ],
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
            'Reintroduction: bring the food back and keep logging. For eczema and gut symptoms, a few days of slowly larger portions, then a few days of watching; for acne, eat it again for at least three to four weeks. With eczema, a food allergy, or in children, follow a clinician’s plan for this step.',
          ],
        },
        'The first days after each switch are set aside, because the body takes time to respond. If you can, repeat the off-and-on cycle: one switch alone cannot separate a food from drift over time.',
        'Slips happen. Log them rather than hiding them; an honest record with a few slips is far more useful than a spotless-looking one.',
        'These lengths are sensible defaults drawn from published diet trials and common dietetic practice, not fixed rules. You can change them when you set up a trial.',
      ],
      actions: [{ kind: 'startTrial', preset: 'custom', label: 'Set up a trial of your own choice' }],
      keywords: ['elimination diet', 'trial', 'baseline', 'reintroduction', 'challenge', 'phases', 'how long', 'slip'],
    },
  ],
};
