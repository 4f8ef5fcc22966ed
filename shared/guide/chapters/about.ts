import { redFlagGroups, redFlagLine } from '../../safety/redFlags';
import { DISCLAIMER } from '../disclaimer';
import { GRADE_LABELS } from '../grades';
import { EVIDENCE_GRADES, type Block, type Chapter } from '../types';

/**
 * Every condition's warning signs, from the one list in shared/safety, as the guide lays out a section: the
 * urgent ones and the "soon" ones in separate lists, so that no list grows too long to take in.
 */
const redFlagBlocks: Block[] = redFlagGroups([]).flatMap((g): Block[] => [
  `${g.heading}:`,
  ...[g.flags.filter((f) => f.urgency !== 'soon'), g.flags.filter((f) => f.urgency === 'soon')]
    .filter((flags) => flags.length > 0)
    .map((flags): Block => ({ kind: 'list', items: flags.map(redFlagLine) })),
]);

export const about: Chapter = {
  id: 'about',
  title: 'Start here',
  summary: 'How Axis works, why it asks you to test ideas on yourself, and what it cannot do.',
  sections: [
    {
      kind: 'practical',
      id: 'about-how-to-use',
      title: 'How Axis works',
      body: [
        'Axis is a quiet place to note, once a day, how your skin and gut have been and a few things that might matter: what you ate, how you slept, how tense the day felt.',
        {
          kind: 'list',
          items: [
            'Today: a short check-in. Skip anything you like; a half-filled day still counts.',
            'Trials: a structured way to leave out one food group for a set time and then bring it back, so you can see whether it makes a difference for you.',
            'Trends: your numbers over weeks and months, side by side.',
            'Reports: a printable summary to take to an appointment.',
            'Guide: what you are reading now. Each idea carries an evidence label, and most end with a button that puts the idea into practice.',
          ],
        },
        'A couple of minutes at roughly the same time each evening is plenty. Regular, honest notes are worth far more than perfect ones.',
        'Everything stays on this computer. Axis makes no network connections.',
      ],
      actions: [{ kind: 'openTrends', measure: 'skinOverall', label: 'See your skin trend' }],
      keywords: ['help', 'getting started', 'check-in', 'journal', 'privacy', 'offline'],
    },
    {
      kind: 'practical',
      id: 'about-why-test-yourself',
      title: 'Why test it on yourself',
      body: [
        'Advice about the gut and the skin is everywhere, and much of it sounds certain. The research underneath is usually thinner: small studies, surveys that only show two things happening together, or work done in cells and mice.',
        "People also differ. A food that plainly upsets one person's skin may do nothing to someone else's. An average from a study cannot tell you which kind of person you are.",
        'A careful trial on yourself can get closer. You record a steady baseline, change one thing, keep recording, then change it back. If your skin follows the change both ways, that is worth knowing. If nothing moves, that is worth knowing too, and it may spare you a restrictive diet you never needed.',
        'Skin is slow and changeable. Good and bad weeks come and go for reasons nobody can see, so Axis waits for enough days in each phase before it says anything, and it always tells you how sure it is.',
        {
          kind: 'list',
          items: [
            'Change one thing at a time.',
            'Keep the rest of your routine as steady as you can, skincare and medicines included.',
            'Jot down anything out of the ordinary: illness, travel, a new product, your cycle, a hard week.',
            'If you can, run the off-and-on cycle twice. A single switch cannot tell a food apart from a change of season.',
          ],
        },
      ],
      actions: [],
      keywords: ['n-of-1', 'self-experiment', 'personal trial', 'single-case', 'why'],
    },
    {
      kind: 'practical',
      id: 'about-evidence-labels',
      title: 'What the evidence labels mean',
      body: [
        'Every section that makes a health claim carries one of these labels, a line on why it got that label, and the studies behind it, named by authors, year and journal so you can look them up.',
        'Each label answers one question: does this change the skin? Many ideas in this field have been tested only in the gut, for example whether a food makes gut bacteria more varied. Where that gut-level evidence is stronger than the skin evidence, it gets a line of its own, and it never raises the label.',
        { kind: 'list', items: EVIDENCE_GRADES.map((g) => `${GRADE_LABELS[g].label}: ${GRADE_LABELS[g].meaning}`) },
        'Where the research points away from the article, the section says so in plain words. A label is about the research in general. Your own trial is about you.',
      ],
      actions: [],
      keywords: ['grade', 'evidence', 'sources', 'studies', 'research'],
    },
    {
      kind: 'practical',
      id: 'about-red-flags',
      title: 'When to see a clinician',
      body: [
        'Some signs need a clinician, not a personal experiment. Act on them whether or not a trial is running: "now" means emergency services, "today" means the same day.',
        ...redFlagBlocks,
      ],
      actions: [{ kind: 'openScreen', screen: 'reports', label: 'Make a report for your appointment' }],
      keywords: [
        'red flags',
        'warning signs',
        'urgent',
        'emergency',
        'eczema herpeticum',
        'infection',
        'scarring',
        'psoriatic arthritis',
        'eyes',
        'low mood',
        'anaphylaxis',
      ],
    },
    {
      kind: 'practical',
      id: 'about-disclaimer',
      title: 'Medical disclaimer',
      body: DISCLAIMER.body,
      actions: [],
      keywords: ['disclaimer', 'doctor', 'clinician', 'safety', 'warning', 'pregnant', 'medical advice'],
    },
  ],
};
