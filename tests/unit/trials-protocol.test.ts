import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '$shared/domain/day';
import {
  PRESETS,
  allowedSwitchDays,
  defaultLengths,
  drawSwitchDay,
  foodKeyOf,
  latestEndDay,
  planPhases,
  planProblems,
  presetById,
  refusal,
  switchWindow,
  trialStatus,
  coversDay,
  OUTCOMES,
  defaultMidFor,
  type TrialCalendar,
  type TrialDesign,
} from '$shared/trials/protocol/index';

const design = (over: Partial<TrialDesign> = {}): TrialDesign => ({
  startDay: '2025-03-01',
  lengths: { baselineDays: 14, eliminationDays: 28, reintroductionDays: 16, challengeDays: 3, transitionDays: 2 },
  repeat: false,
  switchWindowDays: null,
  ...over,
});

describe('presets', () => {
  it('offers dairy, sugar, seed oils and custom, each with what counts and where it hides', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['dairy', 'sugar', 'seed-oils', 'custom']);
    for (const p of PRESETS.filter((x) => x.id !== 'custom')) {
      expect(p.counts.length).toBeGreaterThan(2);
      expect(p.hiddenSources.length).toBeGreaterThan(2);
      expect(p.food).toBe(p.food.toLowerCase());
    }
    expect(presetById('seed-oils').evidence).toMatch(/contested/);
  });

  it('treats a custom trial named like a preset as the same food', () => {
    expect(foodKeyOf('dairy')).toBe('dairy');
    expect(foodKeyOf('custom', '  Dairy ')).toBe('dairy');
    expect(foodKeyOf('custom', 'Gluten')).toBe('gluten');
    expect(foodKeyOf('custom', 'Red  wine')).toBe('red wine');
  });

  it('defaults the MID to 2 points, 4 for itch', () => {
    expect(defaultMidFor('skinOverall')).toBe(2);
    expect(defaultMidFor('itch')).toBe(4);
    expect(OUTCOMES.map((o) => o.key)).not.toContain('stoolForm');
  });
});

describe('default lengths by condition (shared/trials/protocol/lengths.ts)', () => {
  it('gives acne long phases and three weeks of transition', () => {
    const l = defaultLengths(['acne']);
    expect(l).toMatchObject({
      baselineDays: 21,
      eliminationDays: 56,
      transitionDays: 21,
      challengeDays: 3,
      reintroductionDays: 35,
    });
  });
  it('gives eczema or rosacea four weeks and two transition days', () => {
    expect(defaultLengths(['eczema'])).toMatchObject({
      eliminationDays: 28,
      transitionDays: 2,
      reintroductionDays: 16,
    });
    expect(defaultLengths(['rosacea'])).toMatchObject({ eliminationDays: 28, transitionDays: 2 });
  });
  it('lets the slowest condition decide', () => {
    expect(defaultLengths(['eczema', 'acne'])).toMatchObject({ eliminationDays: 56, transitionDays: 21 });
  });
  it('takes a whole cycle of baseline when the cycle affects the skin, and short phases for gut outcomes', () => {
    expect(defaultLengths(['acne'], { cycleAffectsSkin: true }).baselineDays).toBe(28);
    expect(defaultLengths(['acne'], { outcomeGroup: 'gut' })).toMatchObject({ eliminationDays: 21, transitionDays: 2 });
  });
  it('always gives a plan with no problems', () => {
    for (const c of [[], ['acne'], ['eczema'], ['psoriasis'], ['acne', 'rosacea']] as const) {
      expect(planProblems(design({ lengths: defaultLengths(c) }))).toEqual([]);
    }
  });
});

describe('phase plan', () => {
  it('lays baseline, elimination and reintroduction back to back', () => {
    const phases = planPhases(design());
    expect(phases.map((p) => [p.kind, p.startDay, p.endDay, p.transitionDays])).toEqual([
      ['baseline', '2025-03-01', '2025-03-14', 0],
      ['elimination', '2025-03-15', '2025-04-11', 2],
      ['reintroduction', '2025-04-12', '2025-04-27', 2],
    ]);
    expect(phases[2]!.challengeDays).toBe(3);
  });

  it('adds a second elimination and reintroduction for A-B-A-B', () => {
    const phases = planPhases(design({ repeat: true }));
    expect(phases.map((p) => `${p.kind}:${p.cycle}`)).toEqual([
      'baseline:1',
      'elimination:1',
      'reintroduction:1',
      'elimination:2',
      'reintroduction:2',
    ]);
  });

  it('refuses phases that could never leave 14 usable days, in words', () => {
    const problems = planProblems(
      design({
        lengths: {
          baselineDays: 14,
          eliminationDays: 28,
          reintroductionDays: 20,
          challengeDays: 3,
          transitionDays: 21,
        },
      }),
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual(['lengths.eliminationDays', 'lengths.reintroductionDays']);
    expect(problems[0]!.message).toMatch(/only 7 days to compare.*at least 14/);
  });

  it('refuses a random window shorter than 21 days (a randomisation test could never reach p below 0.05)', () => {
    const problems = planProblems(design({ switchWindowDays: 20 }));
    expect(problems).toEqual([
      { path: ['randomSwitch', 'windowDays'], message: expect.stringMatching(/from 21 to 60/) },
    ]);
  });

  it('property: phases are contiguous, start on the start day and match their lengths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 14, max: 60 }),
        fc.integer({ min: 16, max: 120 }),
        fc.integer({ min: 16, max: 60 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 20, max: 60 }), { nil: null }),
        fc.integer({ min: 0, max: 400 }),
        (b, e, r, repeat, window, offset) => {
          const d = design({
            startDay: addDays('2024-01-01', offset),
            lengths: {
              baselineDays: b,
              eliminationDays: e,
              reintroductionDays: r,
              challengeDays: 3,
              transitionDays: 2,
            },
            repeat,
            switchWindowDays: window,
          });
          const w = switchWindow(d);
          const switchDay = w ? drawSwitchDay(w, () => 0.999999) : undefined;
          const phases = planPhases(d, switchDay);
          expect(phases[0]!.startDay).toBe(d.startDay);
          for (let i = 1; i < phases.length; i++)
            expect(daysBetween(phases[i - 1]!.endDay, phases[i]!.startDay)).toBe(1);
          for (const p of phases) expect(daysBetween(p.startDay, p.endDay) + 1).toBe(p.days);
          if (w) expect(phases[1]!.startDay).toBe(w.last);
          expect(phases[phases.length - 1]!.endDay).toBe(latestEndDay(d));
        },
      ),
    );
  });
});

describe('random switch day', () => {
  it('draws only from the allowed window of at least 20 days after the minimum baseline', () => {
    const d = design({ switchWindowDays: 21 });
    const w = switchWindow(d)!;
    expect(w).toEqual({ first: '2025-03-15', last: '2025-04-04', days: 21 });
    expect(allowedSwitchDays(w)).toHaveLength(21);
    expect(drawSwitchDay(w, () => 0)).toBe('2025-03-15');
    expect(drawSwitchDay(w, () => 0.5)).toBe('2025-03-25');
    const phases = planPhases(d, '2025-03-25');
    expect(phases[0]!.endDay).toBe('2025-03-24');
    expect(phases[1]!.startDay).toBe('2025-03-25');
  });
});

describe('trial status', () => {
  const t = { startDay: '2025-03-01', endDay: '2025-04-27', closedAs: null, closedOn: null };
  it('follows the calendar until the person closes it', () => {
    expect(trialStatus(t, '2025-02-28')).toBe('planned');
    expect(trialStatus(t, '2025-03-01')).toBe('running');
    expect(trialStatus(t, '2025-04-27')).toBe('running');
    expect(trialStatus(t, '2025-04-28')).toBe('finished');
    expect(trialStatus({ ...t, closedAs: 'abandoned' }, '2025-03-10')).toBe('abandoned');
  });
  it('allows only sensible moves, with reasons', () => {
    expect(refusal('running', 'endEarly')).toBeNull();
    expect(refusal('planned', 'abandon')).toBeNull();
    expect(refusal('planned', 'endEarly')).toMatch(/has not started yet.*abandon it instead/);
    expect(refusal('finished', 'extend')).toBe('This trial has finished, so it cannot be extended.');
    expect(refusal('abandoned', 'endEarly')).toMatch(/was abandoned/);
  });
  it('covers the days up to the day it was closed', () => {
    const cal = (closedOn: string | null): TrialCalendar => ({
      startDay: t.startDay,
      phases: [
        {
          id: 1,
          position: 0,
          kind: 'baseline',
          cycle: 1,
          startDay: t.startDay,
          endDay: t.endDay,
          transitionDays: 0,
          challengeDays: 0,
        },
      ],
      switchDay: null,
      switchWindow: null,
      closedOn,
    });
    expect(coversDay(cal('2025-03-20'), '2025-03-20')).toBe(true);
    expect(coversDay(cal('2025-03-20'), '2025-03-21')).toBe(false);
    expect(coversDay(cal(null), '2025-02-28')).toBe(false);
  });
});
