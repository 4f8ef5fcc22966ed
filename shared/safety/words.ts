// The "Before you start" answers in words, as the trial page and the printed report show them.
import { AGE_BAND_LABELS, COELIAC_TEST_LABELS, type TrialSafetyAnswers } from './answers';

const yesNo = (v: boolean) => (v ? 'yes' : 'no');
/** "Yes, while…" → "yes, while…"; "I have…" stays as it is. */
const lowerFirst = (text: string) => (/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

/** One line per answer, in the order the questions were asked. */
export function safetyAnswerLines(food: string, a: TrialSafetyAnswers): string[] {
  const lines = [
    `Age: ${lowerFirst(AGE_BAND_LABELS[a.ageBand])}.`,
    `Pregnant or breastfeeding: ${yesNo(a.pregnantOrBreastfeeding)}.`,
    `An eating disorder now or in the past: ${yesNo(a.eatingDisorder)}.`,
    `Hives, swelling, wheeze or vomiting after ${food} before, or a known allergy to it: ${yesNo(a.reactionsToFood)}.`,
  ];
  if (a.coeliacTest !== null)
    lines.push(`Coeliac blood test while eating gluten: ${lowerFirst(COELIAC_TEST_LABELS[a.coeliacTest])}.`);
  lines.push(
    a.clinicianAgreed
      ? 'A clinician knows about the trial and agreed, with a plan for bringing the food back.'
      : 'No clinician’s agreement was needed.',
  );
  lines.push(
    a.treatmentUnchanged
      ? 'Prescribed treatment to stay as it was during the trial: confirmed.'
      : 'Prescribed treatment to stay as it was: not confirmed.',
  );
  if (a.overlapReason) lines.push(`Run alongside another food’s trial because: “${a.overlapReason}”.`);
  return lines;
}
