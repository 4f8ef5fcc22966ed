// A finished dairy trial over the demo journal's generated days, so the Trials screens and the command line
// have something real to show: a hidden random switch, a slip, a supplement started mid-phase, days left
// unlogged, and skin that calms slowly without dairy and comes back slowly with it (as acne does).
// Called by the demo generator after it has written the check-ins; same seed, same trial.
import { addDays, daysBetween, dayRange, type Day } from '$shared/domain/day';
import { defaultLengths, phaseOn } from '$shared/trials/protocol/index';
import type { ServiceContext } from '../context';
import { getCheckIn, saveCheckIn } from '../journal/checkIns';
import { seededRandom } from '$shared/domain/seededRandom';
import { getSettings, today } from '../journal/settings';
import { addSupplement, stopSupplement } from '../journal/supplements';
import { createTrial } from './setup';
import { calendarOf } from './store';

export interface DemoTrialOptions {
  seed: number;
  /** The trial's last day; default: three days before today, so it reads as finished. */
  endDay?: Day;
  /** How much calmer the skin gets without dairy, in points once fully settled. */
  effect?: number;
}

/** The demo trial's random switch window, in days (demoJournal.ts makes room for the widest draw). */
export const WINDOW_DAYS = 21;
const clamp = (v: number) => Math.min(10, Math.max(0, Math.round(v)));

export function fillDemoTrial(
  ctx: ServiceContext,
  options: DemoTrialOptions,
): { trialId: number; startDay: Day; endDay: Day } {
  const random = seededRandom(options.seed);
  const effect = options.effect ?? 1.5;
  const endDay = options.endDay ?? addDays(today(ctx), -3);
  const lengths = defaultLengths(getSettings(ctx).conditions);
  // Draw the switch first so the start can be placed to make the trial end on endDay.
  const drawn = Math.floor(random() * WINDOW_DAYS);
  const total = lengths.baselineDays + drawn + lengths.eliminationDays + lengths.reintroductionDays;
  const startDay = addDays(endDay, -(total - 1));

  return ctx.db.transaction(() => {
    const trial = createTrial(
      ctx,
      {
        preset: 'dairy',
        startDay,
        lengths,
        repeat: false,
        randomSwitch: { windowDays: WINDOW_DAYS },
        outcome: 'skinOverall',
        secondaryOutcomes: ['itch', 'bloating'],
        // An adult whose dermatologist knows about the trial: the demo shows "Before you start" answered.
        safety: {
          ageBand: '18-plus',
          pregnantOrBreastfeeding: false,
          eatingDisorder: false,
          reactionsToFood: false,
          coeliacTest: null,
          clinicianAgreed: true,
          treatmentUnchanged: true,
          overlapReason: '',
        },
      },
      { random: () => (drawn + 0.5) / WINDOW_DAYS, seed: options.seed >>> 0, backfill: true },
    );
    const cal = calendarOf(trial);
    const elimination = cal.phases.find((p) => p.kind === 'elimination')!;
    const slipDay = addDays(elimination.startDay, 30);

    const adherence = ctx.db.prepare(
      'INSERT INTO trial_adherence (trial_id, day, kept, recorded_at) VALUES (?, ?, ?, ?)',
    );
    for (const day of dayRange(startDay, endDay)) {
      const phase = phaseOn(cal, day)!;
      const existing = getCheckIn(ctx, { day });
      if (!existing) continue; // an unlogged day stays unlogged, and unanswered
      const into = daysBetween(phase.startDay, day);
      // Acne settles over weeks: the change builds up across the transition days, both ways.
      const ramp = Math.min(1, (into + 1) / Math.max(1, phase.transitionDays));
      const calmer =
        phase.kind === 'elimination' ? effect * ramp : phase.kind === 'reintroduction' ? effect * (1 - ramp) : 0;
      const dairy =
        phase.kind === 'elimination'
          ? day === slipDay
            ? 1
            : 0
          : phase.kind === 'reintroduction' && into < phase.challengeDays
            ? into + 1
            : (existing.dairy ?? 1);
      saveCheckIn(ctx, {
        day,
        values: {
          dairy,
          skinOverall: clamp((existing.skinOverall ?? 5) - calmer),
          itch: existing.itch === null || existing.itch === undefined ? null : clamp(existing.itch - calmer * 0.6),
          bloating:
            existing.bloating === null || existing.bloating === undefined
              ? null
              : clamp(existing.bloating - (phase.kind === 'elimination' ? 1 : 0)),
        },
      });
      adherence.run(trial.id, day, day === slipDay ? 0 : 1, `${day}T21:00:00.000Z`);
    }
    ctx.db
      .prepare('INSERT INTO trial_slips (trial_id, day, what, amount, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(trial.id, slipDay, 'Milk chocolate at a birthday party', 'two squares', `${slipDay}T21:00:00.000Z`);
    // A supplement started mid-elimination: the guard records it against the trial, as it would have live.
    // A journal holding several demo trials (the benchmark makes them oldest first) ends the earlier course
    // of the vitamin the day before this trial begins, so each trial sees its own start.
    const earlier = ctx.db
      .prepare("SELECT id FROM supplements WHERE name = 'Vitamin D3' AND stopped_on IS NULL")
      .get() as { id: number } | undefined;
    if (earlier) stopSupplement(ctx, { id: earlier.id, stoppedOn: addDays(startDay, -1) });
    addSupplement(ctx, {
      name: 'Vitamin D3',
      dose: 1000,
      unit: 'IU',
      details: 'one capsule with breakfast',
      startedOn: addDays(elimination.startDay, 20),
    });
    return { trialId: trial.id, startDay, endDay };
  })();
}
