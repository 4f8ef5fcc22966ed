import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayRange } from '$shared/domain/day';
import {
  changeNotice,
  dayOfPhase,
  daysRemaining,
  phaseChangeOn,
  phaseQuestion,
  phaseViews,
  planPhases,
  switchWindow,
  type TrialCalendar,
  type TrialDesign,
} from '$shared/trials/protocol/index';

const lengths = { baselineDays: 14, eliminationDays: 28, reintroductionDays: 16, challengeDays: 3, transitionDays: 2 };

function calendar(over: Partial<TrialDesign> = {}, switchDay?: string, closedOn: string | null = null): TrialCalendar {
  const d: TrialDesign = { startDay: '2025-03-01', lengths, repeat: false, switchWindowDays: null, ...over };
  const w = switchWindow(d);
  return {
    startDay: d.startDay,
    phases: planPhases(d, switchDay).map((p, i) => ({ ...p, id: 10 + i })),
    switchDay: w ? switchDay! : null,
    switchWindow: w ? { first: w.first, last: w.last } : null,
    closedOn,
  };
}

describe('day N of M', () => {
  const cal = calendar();
  it('counts days inside each phase', () => {
    expect(dayOfPhase(cal, '2025-03-01')).toMatchObject({ dayNumber: 1, phaseDays: 14, phase: { kind: 'baseline' } });
    expect(dayOfPhase(cal, '2025-03-16')).toMatchObject({
      dayNumber: 2,
      phaseDays: 28,
      inTransition: true,
      phase: { kind: 'elimination' },
    });
    expect(dayOfPhase(cal, '2025-04-14')).toMatchObject({
      dayNumber: 3,
      challengeDay: 3,
      phase: { kind: 'reintroduction' },
    });
    expect(dayOfPhase(cal, '2025-04-15')).toMatchObject({ dayNumber: 4, challengeDay: null });
    expect(dayOfPhase(cal, '2025-02-28')).toBeNull();
    expect(dayOfPhase(cal, '2025-04-28')).toBeNull();
  });
  it('stops at the day a trial was ended early', () => {
    const closed = calendar({}, undefined, '2025-03-20');
    expect(dayOfPhase(closed, '2025-03-20')).not.toBeNull();
    expect(dayOfPhase(closed, '2025-03-21')).toBeNull();
    expect(daysRemaining(closed, '2025-03-20')).toEqual({ exact: 0, atLeast: 0, atMost: 0 });
  });
});

describe('phase changes today', () => {
  const cal = calendar();
  it('announces the start, each change and the end', () => {
    expect(phaseChangeOn(cal, '2025-03-01')).toMatchObject({ kind: 'trial-starts' });
    expect(phaseChangeOn(cal, '2025-03-15')).toMatchObject({
      kind: 'phase-starts',
      phase: { kind: 'elimination' },
      previous: { kind: 'baseline' },
    });
    expect(phaseChangeOn(cal, '2025-03-16')).toBeNull();
    expect(phaseChangeOn(cal, '2025-04-28')).toMatchObject({ kind: 'trial-finished' });
  });
  it('words the notice for the person', () => {
    const change = phaseChangeOn(cal, '2025-03-15')!;
    expect(changeNotice('Dairy', 'dairy', change)).toBe(
      'Dairy: the elimination starts today. From today, no dairy at all.',
    );
  });
});

describe('the daily question', () => {
  const cal = calendar();
  it('asks "Any dairy today?" in elimination, where "no" keeps the plan', () => {
    expect(phaseQuestion('dairy', dayOfPhase(cal, '2025-03-20')!)).toMatchObject({
      question: 'Any dairy today?',
      keptAnswer: 'no',
    });
  });
  it('raises the portion over the challenge days', () => {
    const q = (day: string) => phaseQuestion('dairy', dayOfPhase(cal, day)!).question;
    expect(q('2025-04-12')).toBe('Did you have a small portion of dairy today?');
    expect(q('2025-04-13')).toBe('Did you have a medium portion of dairy today?');
    expect(q('2025-04-14')).toBe('Did you have a usual portion of dairy today?');
    expect(q('2025-04-20')).toBe('Did you eat dairy today, as planned?');
    expect(q('2025-03-02')).toBe('Did you eat dairy as usual today?');
  });
});

describe('hidden random switch day', () => {
  const cal = calendar({ switchWindowDays: 20 }, '2025-03-22');
  it('keeps the baseline length unknown until the day comes, then reveals it', () => {
    expect(dayOfPhase(cal, '2025-03-21')).toMatchObject({ dayNumber: 21, phaseDays: null });
    expect(phaseChangeOn(cal, '2025-03-21')).toBeNull();
    expect(phaseChangeOn(cal, '2025-03-22')).toMatchObject({ kind: 'phase-starts' });
    expect(dayOfPhase(cal, '2025-03-22')).toMatchObject({
      dayNumber: 1,
      phaseDays: 28,
      phase: { kind: 'elimination' },
    });
  });
  it('shows no dates that would give the day away, only the range of days left', () => {
    const views = phaseViews(cal, '2025-03-10');
    expect(views[0]).toMatchObject({ startDay: '2025-03-01', endDay: null, days: null, state: 'current' });
    expect(views.slice(1).every((v) => v.startDay === null && v.endDay === null)).toBe(true);
    const left = daysRemaining(cal, '2025-03-10');
    expect(left.exact).toBeNull();
    // Earliest switch 03-15 → end 04-27; latest switch 04-03 → end 05-16.
    expect([left.atLeast, left.atMost]).toEqual([48, 67]);
    expect(phaseViews(cal, '2025-03-22')[1]).toMatchObject({ startDay: '2025-03-22', state: 'current' });
  });
  it('property: before the switch, nothing shown depends on which day was drawn', () => {
    const w = { first: '2025-03-15', days: 20 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 13 }),
        (a, b, t) => {
          const ca = calendar({ switchWindowDays: 20 }, addDays(w.first, a));
          const cb = calendar({ switchWindowDays: 20 }, addDays(w.first, b));
          const lastBefore = addDays(w.first, Math.min(a, b) - 1);
          for (const day of dayRange(addDays('2025-03-01', t), lastBefore)) {
            expect(phaseViews(ca, day)).toEqual(phaseViews(cb, day));
            expect(daysRemaining(ca, day)).toEqual(daysRemaining(cb, day));
            // What the service shows of the day: the raw spans hold the secret and never leave the service.
            const shown = (c: TrialCalendar) => {
              const at = dayOfPhase(c, day)!;
              return {
                kind: at.phase.kind,
                n: at.dayNumber,
                of: at.phaseDays,
                q: phaseQuestion('dairy', at),
                change: phaseChangeOn(c, day)?.kind ?? null,
              };
            };
            expect(shown(ca)).toEqual(shown(cb));
          }
        },
      ),
    );
  });
});
