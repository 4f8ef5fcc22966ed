// Realistic, seeded demo data: enough history to make every screen meaningful. The skin score follows
// slow drift, the week's rhythm, stress, short sleep and (with a delay of a day or two) dairy and sugar,
// plus noise, so that the trends and trial screens have something honest to find. Same seed, same journal.
import { addDays, weekdayIndex, type Day } from '$shared/domain/day';
import type { CheckInValues } from '$shared/domain/checkIn';
import { seededRandom } from '$shared/domain/seededRandom';
import type { ServiceContext } from '../context';
import { saveCheckIn } from '../journal/checkIns';
import { updateSettings, today } from '../journal/settings';
import { addSupplement, stopSupplement } from '../journal/supplements';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface DemoOptions {
  days: number;
  seed: number;
  /** Last day of generated history; default: today by the journal's day-end setting. */
  until?: Day;
  /** Share of days left unlogged, as real people skip days. */
  missingShare?: number;
}

export function fillDemoJournal(
  ctx: ServiceContext,
  options: DemoOptions,
): { first: Day; last: Day; checkIns: number } {
  const random = seededRandom(options.seed);
  const gauss = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const last = options.until ?? today(ctx);
  const first = addDays(last, -(options.days - 1));
  let written = 0;

  ctx.db.transaction(() => {
    updateSettings(ctx, {
      setupDone: true,
      disclaimerSeen: true,
      conditions: ['acne', 'eczema'],
      dayEndsAtHour: 2,
      reminderTime: '21:00',
      reportName: 'Demo person',
    });
    const probiotic = addSupplement(ctx, {
      name: 'Probiotic',
      dose: 10,
      unit: 'billion CFU',
      details: 'Lactobacillus rhamnosus and Bifidobacterium lactis',
      startedOn: first,
    }).supplement;
    const glutamine = addSupplement(ctx, {
      name: 'L-glutamine',
      dose: 5,
      unit: 'g',
      details: 'powder in water, mornings',
      startedOn: first,
    }).supplement;
    const zincStart = addDays(first, Math.floor(options.days * 0.4));
    const glutamineStop = options.days > 60 ? addDays(last, -20) : null;
    let zinc: { id: number } | null = null;

    let drift = 0;
    let lastSkin = 5;
    let dairyYesterday = 0;
    let sugarTwoDaysAgo = 0;
    let sugarYesterday = 0;
    for (let i = 0; i < options.days; i++) {
      const day = addDays(first, i);
      if (day === zincStart)
        zinc = addSupplement(ctx, {
          name: 'Zinc carnosine',
          dose: 75,
          unit: 'mg',
          details: 'with dinner',
          startedOn: day,
        }).supplement;
      const weekend = weekdayIndex(day) >= 5;
      const stress = clamp(Math.round(4 + (weekend ? -1.5 : 0.8) + gauss() * 1.8), 0, 10);
      const sleepHours = clamp(Math.round((7.2 + (weekend ? 0.6 : 0) - stress * 0.08 + gauss() * 0.8) * 4) / 4, 3, 11);
      const sugar = clamp(Math.round(1.5 + (weekend ? 1.2 : 0) + gauss() * 1.2), 0, 8);
      const dairy = clamp(Math.round(1.2 + gauss() * 1.1), 0, 6);
      const improvement = -1.5 * (i / options.days); // a slow improvement over the months, as a person might see
      drift = drift * 0.9 + gauss() * 0.25;
      const target =
        5 +
        improvement +
        drift +
        0.25 * (stress - 4) +
        0.35 * Math.max(0, 7 - sleepHours) +
        0.35 * dairyYesterday +
        0.2 * sugarTwoDaysAgo;
      const skin = clamp(Math.round(0.5 * lastSkin + 0.5 * target + gauss() * 0.7), 0, 10);
      lastSkin = skin;
      sugarTwoDaysAgo = sugarYesterday;
      sugarYesterday = sugar;
      dairyYesterday = dairy;

      if (random() < (options.missingShare ?? 0.07)) continue;
      const exercise = random() < 0.55 ? clamp(Math.round((25 + gauss() * 12) / 5) * 5, 5, 120) : 0;
      const values: CheckInValues = {
        skinOverall: skin,
        itch: clamp(Math.round(skin * 0.6 + gauss()), 0, 10),
        redness: clamp(Math.round(skin * 0.7 + gauss()), 0, 10),
        soreness: clamp(Math.round(skin * 0.4 + gauss()), 0, 10),
        dryness: clamp(Math.round(3 + gauss() * 1.2), 0, 10),
        newSpots: clamp(Math.round(skin * 0.5 + gauss()), 0, 20),
        inflamedSpots: clamp(Math.round(skin * 0.8 + gauss()), 0, 30),
        bodyAreas: skin >= 6 ? ['face', 'neck', 'hands'] : skin >= 3 ? ['face'] : [],
        stoolForm: clamp(Math.round(4 + gauss() * 0.9 + (sugar > 3 ? 0.5 : 0)), 1, 7),
        bowelMovements: clamp(Math.round(1.3 + gauss() * 0.6), 0, 5),
        bloating: clamp(Math.round(3 + dairy * 0.4 + gauss()), 0, 10),
        discomfort: clamp(Math.round(2 + dairy * 0.3 + gauss()), 0, 10),
        sugar,
        seedOils: clamp(Math.round(1 + gauss()), 0, 6),
        dairy,
        prebiotic: clamp(Math.round(2 + gauss()), 0, 8),
        fermented: clamp(Math.round(1 + gauss() * 0.8), 0, 5),
        omega3: clamp(Math.round(0.6 + gauss() * 0.7), 0, 4),
        colourful: clamp(Math.round(4 + gauss() * 1.5), 0, 12),
        stress,
        relaxationMinutes: random() < 0.4 ? clamp(Math.round((12 + gauss() * 6) / 5) * 5, 5, 60) : 0,
        sleepHours,
        sleepQuality: clamp(Math.round(sleepHours - 0.5 + gauss()), 0, 10),
        exerciseMinutes: exercise,
        exerciseKind: exercise > 0 ? (random() < 0.7 ? 'walking' : 'lowImpactAerobic') : null,
        notes: random() < 0.12 ? DEMO_NOTES[Math.floor(random() * DEMO_NOTES.length)]! : '',
        supplements: [
          ...(random() < 0.92 ? [{ supplementId: probiotic.id, dose: 10, unit: 'billion CFU' }] : []),
          ...((glutamineStop === null || day < glutamineStop) && random() < 0.85
            ? [{ supplementId: glutamine.id, dose: 5, unit: 'g' }]
            : []),
          ...(zinc && random() < 0.9 ? [{ supplementId: zinc.id, dose: 75, unit: 'mg' }] : []),
        ],
      };
      saveCheckIn(ctx, { day, values });
      written++;
    }
    if (glutamineStop) stopSupplement(ctx, { id: glutamine.id, stoppedOn: glutamineStop });
  })();
  return { first, last, checkIns: written };
}

const DEMO_NOTES = [
  'Pizza night with friends.',
  'Slept badly, deadline at work.',
  'New moisturiser today.',
  'Long walk by the river, felt calm.',
  'Period started.',
  'Skin felt tight after the shower.',
  'Tried kimchi for the first time.',
  'Very hot day, face flushed in the afternoon.',
];
