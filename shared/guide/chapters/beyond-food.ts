import { SOURCES } from '../sources';
import type { Chapter } from '../types';

export const beyondFood: Chapter = {
  id: 'beyond-food',
  title: 'Beyond food: stress, sleep and movement',
  summary:
    'The article also points to everyday habits that may affect the gut and the skin. These are worth logging even if you change nothing else.',
  sections: [
    {
      kind: 'claim',
      id: 'beyond-stress',
      title: 'Stress and cortisol',
      body: [
        'What the article says: long-running stress keeps the stress hormone cortisol raised, which weakens the gut lining and lets inflammatory substances through, and the skin then pays the price. It suggests a daily calming practice: meditation, slow deep breathing, or gentle mindful movement such as yoga or tai chi.',
        'What the evidence shows: many people notice that their skin flares in hard weeks, and studies agree up to a point. In a small study of students, acne worsened around exam time, and the rise tracked how stressed they felt. Stress can also affect the gut directly: when healthy volunteers had to give a nerve-racking public talk, their small intestine briefly became more permeable, but only in those whose cortisol went up.',
        'Whether calming practices improve skin has barely been tested. They are low-risk, though, and many people find them worth doing for their own sake. Log your stress and your minutes of practice, and your trends will show whether calmer weeks line up with calmer skin for you.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'Small studies link stress with acne flares, and short-term stress can loosen the gut barrier; that calming practices help the skin is largely untested.',
        sources: [SOURCES.chiu2003, SOURCES.vanuytsel2014],
        disagreesWithArticle: false,
      },
      actions: [
        { kind: 'logToday', field: 'stress', label: 'Log your stress today' },
        { kind: 'logToday', field: 'relaxationMinutes', label: 'Log relaxation minutes' },
        { kind: 'openTrends', measure: 'stress', label: 'See stress beside your skin' },
      ],
      keywords: [
        'stress',
        'cortisol',
        'meditation',
        'deep breathing',
        'breathing',
        'mindful movement',
        'mindfulness',
        'yoga',
        'relaxation',
        'anxiety',
      ],
    },
    {
      kind: 'claim',
      id: 'beyond-sleep',
      title: 'Sleep',
      body: [
        'What the article says: sleep is an overlooked piece of the puzzle for both the gut and the skin. Gut microbes follow a daily rhythm, a circadian rhythm of their own, and steady, unbroken sleep gives the gut lining time to recover and helps keep hormones and inflammation in check. It suggests 7 to 9 hours a night.',
        'What the evidence shows: seven to nine hours is in line with standard advice for adults; teenagers, who make up many people with acne, need more, about 8 to 10 hours. Poor sleep goes with higher inflammation markers. That the gut microbiome shifts across the day has been shown mostly in mice.',
        'For skin, reviews describe a two-way link: itchy, sore skin spoils sleep, and short sleep may make skin worse. Which comes first is hard to untangle, and evidence on cause is limited.',
        'Regular bed and wake times, weekends included, help the body clock. If itch keeps you awake, raise it with your clinician; better control of the itch often brings better sleep.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          "Reviews describe a two-way link between sleep and skin, with limited evidence on cause; the microbiome's daily rhythm is shown mainly in animals.",
        sources: [SOURCES.sleepReviews, SOURCES.irwin2016, SOURCES.watson2015, SOURCES.paruthi2016],
        disagreesWithArticle: false,
      },
      actions: [
        { kind: 'logToday', field: 'sleepHours', label: "Log last night's sleep" },
        { kind: 'openTrends', measure: 'sleepHours', label: 'See your sleep trend' },
        { kind: 'openScreen', screen: 'reports', label: 'Make a report for your clinician' },
      ],
      keywords: [
        'sleep',
        'circadian rhythm',
        'body clock',
        'insomnia',
        'seven to nine hours',
        'teenagers',
        'bedtime',
        'rest',
      ],
    },
    {
      kind: 'claim',
      id: 'beyond-exercise',
      title: 'Moderate exercise',
      body: [
        'What the article says: take regular, moderate activity such as brisk walks or gentle, low-impact aerobic exercise (cycling, swimming, dancing). Movement sends more blood to the gut, keeps things moving through it, widens the variety of helpful bacteria and the calming substances they make, and eases stress.',
        'What the evidence shows: some of this has support. Being active is generally linked with more regular bowels. In a 2018 study, 32 previously inactive adults who trained for six weeks saw their gut bacteria shift, and the leaner ones made more short-chain fatty acids; most of the changes faded once they stopped. Athletes also tend to carry a more varied mix of gut bacteria, though their diets differ too. Skin was not measured in any of this work.',
        'Start where you are: a daily walk counts. If sweat irritates your skin, rinse off soon afterwards and wear breathable clothes; with eczema, a lukewarm shower and moisturiser after exercise can help.',
      ],
      evidence: {
        grade: 'early-or-mixed',
        reason:
          'One small training study and some observational work show gut bacteria changing with activity; no study has tested exercise for these skin conditions.',
        sources: [SOURCES.allen2018, SOURCES.clarke2014],
        disagreesWithArticle: false,
      },
      actions: [
        { kind: 'logToday', field: 'exerciseMinutes', label: 'Log exercise today' },
        { kind: 'openTrends', measure: 'exerciseMinutes', label: 'See your exercise trend' },
      ],
      keywords: [
        'exercise',
        'physical activity',
        'walking',
        'low-impact',
        'aerobic',
        'motility',
        'movement',
        'cycling',
        'swimming',
      ],
    },
  ],
};
