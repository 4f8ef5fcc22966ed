// The trial being set up, kept across the wizard's steps. Phase lengths follow the defaults for the person's
// conditions and chosen outcome until the person edits one; from then on their numbers are kept. The
// "Before you start" answers start empty the first time; later, the person's own answers (age band,
// pregnancy, eating disorder) are filled in from their last trial for them to check.
import type { InputOf, OutputOf } from '$shared/contract/index';
import type { PhaseLengths } from '$shared/trials/protocol/lengths';
import type { OutcomeRef } from '$shared/trials/protocol/outcomes';
import type { PresetId } from '$shared/trials/protocol/presets';
import { foodInSentence } from '$shared/trials/protocol/words';
import {
  clinicianReasons,
  foodFacts,
  safetyProblems,
  trialSafetyPoints,
  type AgeBand,
  type CoeliacTestAnswer,
  type SafetyContext,
  type TrialSafetyAnswers,
} from '$shared/safety/index';
import { api } from '$lib/api';

export type PresetsInfo = OutputOf<'trials.presets'>;

export class SetupDraft {
  step = $state(0);
  info = $state<PresetsInfo | null>(null);
  preset = $state<PresetId>('dairy');
  name = $state('');
  /** For a custom trial: the slug of one of the person's own food or drink items, or '' for none. */
  foodItem = $state('');
  whatCounts = $state('');
  startDay = $state('');
  cycleAffectsSkin = $state(false);
  lengths = $state<PhaseLengths>({
    baselineDays: 14,
    eliminationDays: 28,
    reintroductionDays: 16,
    challengeDays: 3,
    transitionDays: 2,
  });
  lengthsEdited = $state(false);
  why = $state<string[]>([]);
  repeat = $state(false);
  randomSwitch = $state(false);
  windowDays = $state(21);
  outcome = $state<OutcomeRef>('skinOverall');
  mid = $state(2);
  midEdited = $state(false);
  secondary = $state<OutcomeRef[]>([]);
  ageBand = $state<AgeBand | null>(null);
  pregnantOrBreastfeeding = $state<boolean | null>(null);
  eatingDisorder = $state<boolean | null>(null);
  reactionsToFood = $state<boolean | null>(null);
  coeliacTest = $state<CoeliacTestAnswer | null>(null);
  clinicianAgreed = $state(false);
  treatmentUnchanged = $state(false);
  overlapReason = $state('');
  /** True once the person's own answers were filled in from their last trial. */
  prefilled = $state(false);
  /** The food the food-specific answers (past reactions, coeliac test, clinician) were given for. */
  private answeredFor = '';

  constructor(today: string) {
    this.startDay = today;
  }

  /** Loads presets and defaults; called again when the outcome or the cycle question changes. */
  async refreshDefaults(): Promise<void> {
    const info = await api.trials.presets({ cycleAffectsSkin: this.cycleAffectsSkin, outcome: this.outcome });
    this.info = info;
    this.why = info.defaults.why;
    if (info.lastSafety && !this.prefilled && this.ageBand === null) {
      this.ageBand = info.lastSafety.ageBand;
      this.pregnantOrBreastfeeding = info.lastSafety.pregnantOrBreastfeeding;
      this.eatingDisorder = info.lastSafety.eatingDisorder;
      this.prefilled = true;
    }
    if (!this.lengthsEdited) {
      const { why: _why, ...lengths } = info.defaults;
      this.lengths = lengths;
    }
    if (!this.midEdited) this.mid = info.outcomes.find((o) => o.key === this.outcome)?.defaultMid ?? 2;
  }

  setLength(key: keyof PhaseLengths, value: number): void {
    this.lengths = { ...this.lengths, [key]: value };
    this.lengthsEdited = true;
  }

  get presetInfo() {
    return this.info?.presets.find((p) => p.id === this.preset) ?? null;
  }

  get foodWords(): string {
    return this.preset === 'custom' ? this.name.trim() || 'your food' : (this.presetInfo?.food ?? this.preset);
  }

  /** The food as "Before you start" sees it (a custom trial by the name typed so far). */
  safetyContext(overlapping = false): SafetyContext {
    const custom = this.preset === 'custom';
    return {
      food: {
        preset: this.preset,
        name: custom ? this.name.trim() : (this.presetInfo?.name ?? this.preset),
        whatCounts: custom ? this.whatCounts : '',
        food: custom ? foodInSentence(this.name.trim() || 'your food') : (this.presetInfo?.food ?? this.preset),
      },
      conditions: this.info?.conditions ?? [],
      overlapping,
    };
  }

  /** Answers about one food do not carry over to another: called when "Before you start" opens. */
  forgetAnswersOfAnotherFood(): void {
    const food = this.safetyContext().food;
    const key = `${food.preset}:${food.name.toLowerCase()}:${food.whatCounts}`;
    if (this.answeredFor !== '' && this.answeredFor !== key) {
      this.reactionsToFood = null;
      this.coeliacTest = null;
      this.clinicianAgreed = false;
    }
    this.answeredFor = key;
  }

  get asksCoeliac(): boolean {
    return foodFacts(this.safetyContext().food).glutenLike;
  }

  /** The answers given so far (a question not yet answered is left out). */
  partialAnswers(): Partial<TrialSafetyAnswers> {
    const a: Partial<TrialSafetyAnswers> = {
      clinicianAgreed: this.clinicianAgreed,
      treatmentUnchanged: this.treatmentUnchanged,
      overlapReason: this.overlapReason,
      coeliacTest: this.coeliacTest,
    };
    if (this.ageBand !== null) a.ageBand = this.ageBand;
    if (this.pregnantOrBreastfeeding !== null) a.pregnantOrBreastfeeding = this.pregnantOrBreastfeeding;
    if (this.eatingDisorder !== null) a.eatingDisorder = this.eatingDisorder;
    if (this.reactionsToFood !== null) a.reactionsToFood = this.reactionsToFood;
    return a;
  }

  get points() {
    return trialSafetyPoints(this.safetyContext(), this.partialAnswers());
  }

  get clinicianReasons(): string[] {
    return clinicianReasons(this.safetyContext(), this.partialAnswers());
  }

  /** Every answer, or null while a question is unanswered. */
  safetyAnswers(): TrialSafetyAnswers | null {
    if (
      this.ageBand === null ||
      this.pregnantOrBreastfeeding === null ||
      this.eatingDisorder === null ||
      this.reactionsToFood === null
    )
      return null;
    return {
      ageBand: this.ageBand,
      pregnantOrBreastfeeding: this.pregnantOrBreastfeeding,
      eatingDisorder: this.eatingDisorder,
      reactionsToFood: this.reactionsToFood,
      coeliacTest: this.asksCoeliac ? this.coeliacTest : null,
      clinicianAgreed: this.clinicianAgreed,
      treatmentUnchanged: this.treatmentUnchanged,
      overlapReason: this.overlapReason.trim(),
    };
  }

  /** What still stands between "Before you start" and the next step, in words (overlaps are checked later). */
  get safetyBlockers(): string[] {
    const answers = this.safetyAnswers();
    if (!answers) return ['Answer each question above.'];
    return safetyProblems(this.safetyContext(), answers);
  }

  setup(): InputOf<'trials.plan'> {
    return {
      preset: this.preset,
      ...(this.preset === 'custom' ? { name: this.name.trim(), whatCounts: this.whatCounts.trim() } : {}),
      ...(this.preset === 'custom' && this.foodItem ? { foodItem: this.foodItem } : {}),
      startDay: this.startDay,
      lengths: this.lengths,
      repeat: this.repeat,
      randomSwitch: this.randomSwitch ? { windowDays: this.windowDays } : null,
      outcome: this.outcome,
      mid: this.mid,
      secondaryOutcomes: this.secondary.filter((k) => k !== this.outcome),
    };
  }

  createInput(): InputOf<'trials.create'> {
    const safety = this.safetyAnswers();
    if (!safety) throw new Error('"Before you start" is not answered yet');
    return { ...this.setup(), safety };
  }
}
