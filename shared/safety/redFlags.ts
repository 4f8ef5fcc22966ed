// When to see a clinician instead of experimenting: the warning signs, in one place, for the guide, the
// first-run setup and the printed report. Each says how soon: now (emergency), today (same day) or soon
// (book an appointment). In the project's own words; the list follows what dermatology and allergy
// guidance treats as urgent for these conditions (eczema herpeticum, anaphylaxis, infection, eye
// involvement in rosacea, psoriatic arthritis, scarring acne, low mood).
import { CONDITION_LABELS, CONDITIONS, type Condition } from '../domain/measures';

export const URGENCIES = ['now', 'today', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Record<Urgency, string> = {
  now: 'Get help now',
  today: 'See someone today',
  soon: 'Book an appointment soon',
};

export interface RedFlag {
  id: string;
  /** Null: whatever the condition. */
  condition: Condition | null;
  urgency: Urgency;
  text: string;
}

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'anaphylaxis',
    condition: null,
    urgency: 'now',
    text: 'Swelling of the lips, tongue or throat, wheezing or trouble breathing, or feeling faint soon after eating: call emergency services.',
  },
  {
    id: 'self-harm',
    condition: null,
    urgency: 'now',
    text: 'Thoughts of harming yourself or that life is not worth living: talk to a doctor, a crisis line or emergency services today.',
  },
  {
    id: 'infection',
    condition: null,
    urgency: 'today',
    text: 'Skin that is very painful, hot, swollen, weeping or crusted, or looks infected, especially with a fever; or skin trouble that is severe, comes on suddenly, or spreads quickly.',
  },
  {
    id: 'low-mood',
    condition: null,
    urgency: 'soon',
    text: 'Low mood, worry, or avoiding people and places because of your skin: it is common, and it can be treated.',
  },
  {
    id: 'gut',
    condition: null,
    urgency: 'soon',
    text: 'Blood in your stool, weight loss you cannot explain, or gut pain that keeps coming back or will not settle.',
  },
  {
    id: 'dermatitis-herpetiformis',
    condition: null,
    urgency: 'soon',
    text: 'An intensely itchy rash of small blisters or bumps on the elbows, knees, buttocks or scalp: ask about coeliac disease before changing what you eat.',
  },
  {
    id: 'eczema-herpeticum',
    condition: 'eczema',
    urgency: 'today',
    text: 'Clusters of painful blisters or small punched-out sores on eczema that is suddenly worse, often with a fever or feeling unwell: this can be eczema herpeticum, a herpes infection that needs treatment the same day.',
  },
  {
    id: 'eczema-infected',
    condition: 'eczema',
    urgency: 'soon',
    text: 'Eczema that weeps, forms yellow crusts, or hurts much more than usual, or that keeps you awake night after night despite treatment.',
  },
  {
    id: 'acne-scarring',
    condition: 'acne',
    urgency: 'soon',
    text: 'Deep, painful lumps under the skin, or marks and pits that are starting to scar: see a doctor early, because prescribed treatment can prevent lasting scars. Do not wait for a food trial to finish.',
  },
  {
    id: 'rosacea-eye-urgent',
    condition: 'rosacea',
    urgency: 'today',
    text: 'A painful red eye, pain on looking at light, or blurred vision.',
  },
  {
    id: 'rosacea-eye',
    condition: 'rosacea',
    urgency: 'soon',
    text: 'Gritty, burning, dry or watery eyes, or red, swollen eyelids: rosacea can affect the eyes, and they need their own treatment.',
  },
  {
    id: 'psoriasis-joints',
    condition: 'psoriasis',
    urgency: 'soon',
    text: 'Painful, stiff or swollen joints, a whole finger or toe that swells, heel pain, or a stiff back in the mornings: ask about psoriatic arthritis, which is best treated early to protect the joints.',
  },
  {
    id: 'psoriasis-widespread',
    condition: 'psoriasis',
    urgency: 'today',
    text: 'Skin that turns red over most of the body, or many small pus-filled spots appear, with fever, chills or feeling unwell.',
  },
];

export interface RedFlagGroup {
  /** Null for the signs that hold whatever the condition. */
  condition: Condition | null;
  heading: string;
  flags: RedFlag[];
}

const byUrgency = (a: RedFlag, b: RedFlag) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency);

/**
 * The warning signs for these conditions, most urgent first in each group: the general ones, then one group
 * per condition. With no condition chosen, every condition's group is shown.
 */
export function redFlagGroups(conditions: readonly Condition[]): RedFlagGroup[] {
  const chosen = conditions.length > 0 ? CONDITIONS.filter((c) => conditions.includes(c)) : [...CONDITIONS];
  return [
    {
      condition: null,
      heading: 'Whatever your skin condition',
      flags: RED_FLAGS.filter((f) => f.condition === null).sort(byUrgency),
    },
    ...chosen.map((c) => ({
      condition: c,
      heading: `With ${CONDITION_LABELS[c].toLowerCase()}`,
      flags: RED_FLAGS.filter((f) => f.condition === c).sort(byUrgency),
    })),
  ];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One flag as a line of text: "See someone today: skin that is very painful…". */
export function redFlagLine(flag: RedFlag): string {
  return `${URGENCY_LABELS[flag.urgency]}: ${lowerFirst(flag.text)}`;
}
