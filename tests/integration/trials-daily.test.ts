// The daily side of a trial on a real journal file: the Today question, one-key answers, slips, phase-change
// notices, and the one-change-at-a-time guard when a supplement starts or stops mid-phase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from './trials-setup';
import { SAFETY } from '../helpers/safety';

const LENGTHS = { baselineDays: 14, eliminationDays: 28, reintroductionDays: 16, challengeDays: 3, transitionDays: 2 };

let j: TestJournal;
let trialId: number;
beforeEach(async () => {
  j = openTestJournal('2025-03-01');
  trialId = (
    await j.call('trials.create', { safety: SAFETY, preset: 'dairy', startDay: '2025-03-03', lengths: LENGTHS })
  ).id;
});
afterEach(() => j.close());

describe('the Today prompt', () => {
  it('asks nothing before the trial starts, then announces the start', async () => {
    expect(await j.call('trials.todayPrompt', {})).toEqual({ day: '2025-03-01', prompts: [], notices: [] });
    j.setToday('2025-03-03');
    const out = await j.call('trials.todayPrompt', {});
    expect(out.notices).toEqual([
      {
        trialId,
        kind: 'trial-starts',
        message: 'Your Dairy trial starts today with the baseline: eat as usual and log every day.',
      },
    ]);
    expect(out.prompts[0]).toMatchObject({
      question: 'Did you eat dairy as usual today?',
      keptAnswer: 'yes',
      kept: null,
      phase: { label: 'Baseline', dayNumber: 1, phaseDays: 14 },
    });
  });

  it('asks "Any dairy today?" in elimination and shows the answer once given', async () => {
    j.setToday('2025-03-17');
    const first = await j.call('trials.todayPrompt', {});
    expect(first.notices[0]?.message).toBe('Dairy: the elimination starts today. From today, no dairy at all.');
    expect(first.prompts[0]).toMatchObject({
      question: 'Any dairy today?',
      keptAnswer: 'no',
      kept: null,
      phase: { dayNumber: 1, phaseDays: 28, inTransition: true },
    });
    expect(first.prompts[0]!.daysRemaining.exact).toBe(43);
    await j.call('trials.recordAdherence', { trialId, day: '2025-03-17', kept: true });
    expect((await j.call('trials.todayPrompt', {})).prompts[0]!.kept).toBe(true);
    // Answering again replaces the answer: one answer a day.
    await j.call('trials.recordAdherence', {
      trialId,
      day: '2025-03-17',
      kept: false,
      slip: { what: 'Cheese on a pizza', amount: 'two slices' },
    });
    const after = await j.call('trials.todayPrompt', {});
    expect(after.prompts[0]).toMatchObject({
      kept: false,
      slipsToday: [{ what: 'Cheese on a pizza', amount: 'two slices', phaseLabel: 'Elimination' }],
    });
    expect(j.count('trial_adherence')).toBe(1);
  });

  it('announces the finish the day after the last day', async () => {
    j.setToday('2025-04-30');
    const out = await j.call('trials.todayPrompt', {});
    expect(out.prompts).toEqual([]);
    expect(out.notices[0]).toMatchObject({
      kind: 'trial-finished',
      message: expect.stringMatching(/results are ready/),
    });
  });
});

describe('slips and answers', () => {
  beforeEach(() => j.setToday('2025-03-25'));

  it('logs a slip against the trial and marks the day as not kept', async () => {
    await j.call('trials.recordAdherence', { trialId, day: '2025-03-24', kept: true });
    const slip = await j.call('trials.recordSlip', {
      trialId,
      day: '2025-03-24',
      what: 'Milk in a latte',
      amount: 'a splash',
    });
    expect(slip).toMatchObject({ day: '2025-03-24', what: 'Milk in a latte', phaseLabel: 'Elimination' });
    const t = await j.call('trials.get', { trialId });
    expect(t.adherence).toEqual({ answeredDays: 1, keptDays: 0, days: [{ day: '2025-03-24', kept: false }] });
    expect(t.slips).toHaveLength(1);
  });

  it('refuses days outside the trial or not yet come, in words, writing nothing', async () => {
    expect((await j.refused('trials.recordAdherence', { trialId, day: '2025-03-26', kept: true })).message).toBe(
      'Nothing was saved: 26 March 2025 has not come yet.',
    );
    expect((await j.refused('trials.recordSlip', { trialId, day: '2025-03-01', what: 'cheese' })).message).toMatch(
      /starts on 3 March 2025/,
    );
    expect((await j.refused('trials.recordSlip', { trialId, day: '2025-03-20', what: '  ' })).code).toBe(
      'invalid-input',
    );
    expect(
      (await j.refused('trials.recordAdherence', { trialId, day: '2025-03-20', kept: true, slip: { what: 'cheese' } }))
        .message,
    ).toMatch(/slip means the plan was not kept/);
    expect(j.count('trial_adherence') + j.count('trial_slips')).toBe(0);
  });
});

describe('one change at a time', () => {
  it('warns when a supplement starts mid-phase, records it, and names it in the timeline', async () => {
    j.setToday('2025-03-25');
    const added = await j.call('supplements.add', {
      name: 'Zinc carnosine',
      dose: 75,
      unit: 'mg',
      details: '',
      startedOn: '2025-03-25',
    });
    expect(added.warnings).toEqual([
      {
        trialId,
        message:
          'Started Zinc carnosine 75 mg on 25 March 2025, during the elimination of your "Dairy" trial (day 9 of 28). With two things changing at once, Axis cannot tell which one made a difference to your skin. The change is recorded and will be named in the results; if you can, wait until the trial is over.',
      },
    ]);
    const stopped = await j.call('supplements.stop', { id: added.supplement.id, stoppedOn: '2025-03-27' });
    expect(stopped.warnings).toHaveLength(1);
    expect(j.count('trial_regimen_changes')).toBe(2);
    const t = await j.call('trials.get', { trialId });
    expect(t.changes.map((c) => [c.day, c.description, c.phaseLabel, c.warned])).toEqual([
      ['2025-03-25', 'Started Zinc carnosine 75 mg', 'Elimination', true],
      ['2025-03-27', 'Stopped Zinc carnosine', 'Elimination', true],
    ]);
  });

  it('stays quiet for changes outside any trial, and for abandoned trials', async () => {
    const before = await j.call('supplements.add', {
      name: 'Probiotic',
      dose: null,
      unit: '',
      details: '',
      startedOn: '2025-03-01',
    });
    expect(before.warnings).toEqual([]);
    j.setToday('2025-03-20');
    await j.call('trials.abandon', { trialId, reason: 'too hard this month' });
    const later = await j.call('supplements.add', {
      name: 'Omega-3',
      dose: 1,
      unit: 'g',
      details: '',
      startedOn: '2025-03-22',
    });
    expect(later.warnings).toEqual([]);
    expect(j.count('trial_regimen_changes')).toBe(0);
  });

  it('lists changes made before the trial was set up too, marked as not warned', async () => {
    const j2 = openTestJournal('2025-03-10');
    try {
      await j2.call('supplements.add', {
        name: 'Vitamin D',
        dose: 1000,
        unit: 'IU',
        details: '',
        startedOn: '2025-03-05',
      });
      const t = await j2.call('trials.create', {
        safety: SAFETY,
        preset: 'sugar',
        startDay: '2025-03-01',
        lengths: LENGTHS,
      });
      expect(t.changes).toEqual([
        expect.objectContaining({
          day: '2025-03-05',
          description: 'Started Vitamin D 1000 IU',
          phaseLabel: 'Baseline',
          warned: false,
        }),
      ]);
    } finally {
      j2.close();
    }
  });
});
