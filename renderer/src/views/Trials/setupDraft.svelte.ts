// The trial being set up, kept across the wizard's steps. Phase lengths follow the defaults for the person's
// conditions and chosen outcome until the person edits one; from then on their numbers are kept.
import type { InputOf, OutputOf } from '$shared/contract/index';
import type { PhaseLengths } from '$shared/trials/protocol/lengths';
import type { OutcomeKey } from '$shared/trials/protocol/outcomes';
import type { PresetId } from '$shared/trials/protocol/presets';
import { api } from '$lib/api';

export type PresetsInfo = OutputOf<'trials.presets'>;

export class SetupDraft {
  step = $state(0);
  info = $state<PresetsInfo | null>(null);
  preset = $state<PresetId>('dairy');
  name = $state('');
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
  windowDays = $state(20);
  outcome = $state<OutcomeKey>('skinOverall');
  mid = $state(2);
  midEdited = $state(false);
  secondary = $state<OutcomeKey[]>([]);
  acknowledgeOverlap = $state(false);

  constructor(today: string) {
    this.startDay = today;
  }

  /** Loads presets and defaults; called again when the outcome or the cycle question changes. */
  async refreshDefaults(): Promise<void> {
    const info = await api.trials.presets({ cycleAffectsSkin: this.cycleAffectsSkin, outcome: this.outcome });
    this.info = info;
    this.why = info.defaults.why;
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

  setup(): InputOf<'trials.plan'> {
    return {
      preset: this.preset,
      ...(this.preset === 'custom' ? { name: this.name.trim(), whatCounts: this.whatCounts.trim() } : {}),
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
    return { ...this.setup(), acknowledgeOverlap: this.acknowledgeOverlap };
  }
}
