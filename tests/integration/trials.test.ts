// Setting up trials on a real journal file: defaults, previews, the one-trial-per-food rule, overlaps,
// refusals in words with nothing written, and the life cycle (extend, end early, abandon).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from './trials-setup';
import { SAFETY, SAFETY_OVERLAPPING } from '../helpers/safety';

const ECZEMA_LENGTHS = {
  baselineDays: 14,
  eliminationDays: 28,
  reintroductionDays: 16,
  challengeDays: 3,
  transitionDays: 2,
};
const TRIAL_TABLES = ['trials', 'trial_phases', 'trial_adherence', 'trial_slips', 'trial_regimen_changes'];

let j: TestJournal;
beforeEach(async () => {
  j = openTestJournal('2025-03-01');
  await j.call('settings.update', { conditions: ['eczema'] });
});
afterEach(() => j.close());

const nothingWritten = () =>
  expect(Object.fromEntries(TRIAL_TABLES.map((t) => [t, j.count(t)]))).toEqual(
    Object.fromEntries(TRIAL_TABLES.map((t) => [t, 0])),
  );

describe('setting up', () => {
  it('offers the presets with defaults for the conditions tracked', async () => {
    const out = await j.call('trials.presets', {});
    expect(out.presets.map((p) => p.id)).toEqual(['dairy', 'sugar', 'seed-oils', 'custom']);
    // Three weeks of baseline for everyone: the baseline is one of the phases the food effect rests on.
    expect(out.defaults).toMatchObject({ ...ECZEMA_LENGTHS, baselineDays: 21 });
    await j.call('settings.update', { conditions: ['acne', 'eczema'] });
    expect((await j.call('trials.presets', {})).defaults).toMatchObject({ eliminationDays: 56, transitionDays: 21 });
    expect((await j.call('trials.presets', { outcome: 'bloating' })).defaults).toMatchObject({ eliminationDays: 21 });
  });

  it('previews the dates without writing anything', async () => {
    const plan = await j.call('trials.plan', { preset: 'dairy', startDay: '2025-03-03' });
    expect(plan.phases.map((p) => `${p.label} ${p.startDay}..${p.endDay}`)).toEqual([
      'Baseline 2025-03-03..2025-03-23',
      'Elimination 2025-03-24..2025-04-20',
      'Reintroduction 2025-04-21..2025-05-06',
    ]);
    // Without the repeat, the note recommends it with what the simulation found (BENCHMARKS.md).
    expect(plan.notes.join(' ')).toMatch(
      /Recommended: .*only about 3 times in 4; repeating it \(A-B-A-B\) finds it more than 9 times in 10/,
    );
    nothingWritten();
  });

  it('creates a dairy trial with its phases, the default outcome and MID', async () => {
    const trial = await j.call('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-03',
      secondaryOutcomes: ['itch'],
    });
    expect(trial).toMatchObject({
      name: 'Dairy',
      food: 'dairy',
      status: 'planned',
      outcome: { key: 'skinOverall', mid: 2 },
      secondaryOutcomes: [{ key: 'itch' }],
    });
    expect(trial.phases.map((p) => [p.kind, p.state])).toEqual([
      ['baseline', 'upcoming'],
      ['elimination', 'upcoming'],
      ['reintroduction', 'upcoming'],
    ]);
    expect(trial.counts.length).toBeGreaterThan(0);
    expect(j.count('trial_phases')).toBe(3);
    j.setToday('2025-03-27');
    const list = await j.call('trials.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: 'running',
      current: { kind: 'elimination', dayNumber: 4, phaseDays: 28, inTransition: false },
    });
  });

  it('refuses bad input in words and writes nothing', async () => {
    const noName = await j.refused('trials.create', { safety: SAFETY, preset: 'custom', startDay: '2025-03-03' });
    expect(noName.code).toBe('invalid-input');
    expect(noName.message).toMatch(/custom trial needs a name/);
    const short = await j.refused('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-03',
      lengths: { ...ECZEMA_LENGTHS, eliminationDays: 20, reintroductionDays: 30, transitionDays: 12 },
    });
    expect(short.message).toMatch(/elimination would leave only 8 days to compare/i);
    const window = await j.refused('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-03',
      randomSwitch: { windowDays: 10 },
    });
    expect(window.message).toMatch(/from 21 to 60 days/);
    const twice = await j.refused('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-03',
      outcome: 'itch',
      secondaryOutcomes: ['itch'],
    });
    expect(twice.message).toMatch(/already the primary outcome/);
    const farBack = await j.refused('trials.create', { safety: SAFETY, preset: 'dairy', startDay: '2023-01-01' });
    expect(farBack.message).toMatch(/up to a year back/);
    nothingWritten();
  });
});

describe('one trial per food; overlaps only with a reason', () => {
  beforeEach(async () => {
    await j.call('trials.create', { safety: SAFETY, preset: 'dairy', startDay: '2025-03-03', lengths: ECZEMA_LENGTHS });
  });

  it('refuses a second overlapping trial of the same food, even under a custom name', async () => {
    const e = await j.refused('trials.create', {
      safety: SAFETY_OVERLAPPING,
      preset: 'custom',
      name: 'Dairy',
      startDay: '2025-04-01',
    });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/Only one trial per food at a time/);
    expect(j.count('trials')).toBe(1);
  });

  it('warns about another food overlapping and needs a reason', async () => {
    const plan = await j.call('trials.plan', { preset: 'sugar', startDay: '2025-04-01' });
    expect(plan.overlaps).toEqual([
      expect.objectContaining({
        name: 'Dairy',
        sameFood: false,
        message: expect.stringMatching(/cannot tell which one/),
      }),
    ]);
    const e = await j.refused('trials.create', { safety: SAFETY, preset: 'sugar', startDay: '2025-04-01' });
    expect(e.message).toMatch(/cannot tell which one.*say in a few words why/);
    expect(j.count('trials')).toBe(1);
    await j.call('trials.create', { safety: SAFETY_OVERLAPPING, preset: 'sugar', startDay: '2025-04-01' });
    expect(j.count('trials')).toBe(2);
  });

  it('allows the same food again once the first trial is over', async () => {
    await j.call('trials.create', { safety: SAFETY, preset: 'dairy', startDay: '2025-04-30', lengths: ECZEMA_LENGTHS });
    expect(j.count('trials')).toBe(2);
  });
});

describe('a hidden random switch day', () => {
  it('is drawn from the window and shown only when the day comes', async () => {
    const created = await j.call('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-03',
      lengths: ECZEMA_LENGTHS,
      randomSwitch: { windowDays: 21 },
    });
    expect(created.randomSwitch).toEqual({ first: '2025-03-17', last: '2025-04-06', days: 21, switchDay: null });
    expect(created.phases[0]).toMatchObject({ endDay: null, days: null });
    expect(created.endDay).toBeNull();
    const secret = (j.app.db.prepare('SELECT switch_day FROM trials').get() as { switch_day: string }).switch_day;
    expect(secret >= '2025-03-17' && secret <= '2025-04-06').toBe(true);

    j.setToday('2025-03-16');
    const before = await j.call('trials.get', { trialId: created.id });
    expect(before.randomSwitch?.switchDay).toBeNull();
    expect(before.current).toMatchObject({ kind: 'baseline', dayNumber: 14, phaseDays: null });
    // The window's own ends are public; the drawn day must appear nowhere else.
    expect(JSON.stringify(before).replaceAll('2025-03-17', '').replaceAll('2025-04-06', '')).not.toContain(secret);
    await expect(j.refused('trials.todayPrompt', { day: secret })).resolves.toMatchObject({ code: 'invalid-input' });
    const extend = await j.refused('trials.extendPhase', {
      trialId: created.id,
      phaseId: created.phases[0]!.id,
      days: 3,
    });
    expect(extend.message).toMatch(/drawn at random/);

    j.setToday(secret);
    const on = await j.call('trials.get', { trialId: created.id });
    expect(on.randomSwitch?.switchDay).toBe(secret);
    expect(on.current).toMatchObject({ kind: 'elimination', dayNumber: 1, phaseDays: 28 });
    const prompt = await j.call('trials.todayPrompt', {});
    expect(prompt.notices).toEqual([
      expect.objectContaining({ kind: 'phase-starts', message: expect.stringMatching(/no dairy at all/) }),
    ]);
  });

  it('refuses a window that has already opened (the person would not have been blind to it)', async () => {
    const e = await j.refused('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-02-01',
      lengths: ECZEMA_LENGTHS,
      randomSwitch: { windowDays: 21 },
    });
    expect(e.message).toMatch(/whole window in the future/);
    nothingWritten();
  });
});

describe('life cycle', () => {
  let id: number;
  beforeEach(async () => {
    id = (
      await j.call('trials.create', {
        safety: SAFETY,
        preset: 'dairy',
        startDay: '2025-03-03',
        lengths: ECZEMA_LENGTHS,
      })
    ).id;
  });

  it('extends the current phase and moves the later ones', async () => {
    j.setToday('2025-03-20');
    const t = await j.call('trials.get', { trialId: id });
    const extended = await j.call('trials.extendPhase', { trialId: id, phaseId: t.phases[1]!.id, days: 7 });
    expect(extended.phases.map((p) => [p.startDay, p.endDay, p.extendedBy])).toEqual([
      ['2025-03-03', '2025-03-16', 0],
      ['2025-03-17', '2025-04-20', 7],
      ['2025-04-21', '2025-05-06', 0],
    ]);
    const past = await j.refused('trials.extendPhase', { trialId: id, phaseId: t.phases[0]!.id, days: 7 });
    expect(past.message).toMatch(/baseline is already over/);
  });

  it('ends early and keeps the trial in the history', async () => {
    j.setToday('2025-03-25');
    const ended = await j.call('trials.endEarly', { trialId: id, reason: 'holiday abroad' });
    expect(ended).toMatchObject({
      status: 'ended-early',
      closed: { as: 'ended-early', on: '2025-03-25', reason: 'holiday abroad' },
      endDay: '2025-03-25',
    });
    expect(ended.phases.map((p) => p.state)).toEqual(['done', 'current', 'not-reached']);
    j.setToday('2025-03-27');
    expect((await j.refused('trials.recordAdherence', { trialId: id, day: '2025-03-26', kept: true })).message).toMatch(
      /ended on 25 March 2025/,
    );
    expect((await j.refused('trials.abandon', { trialId: id })).message).toMatch(/already ended early/);
    expect(await j.call('trials.list', {})).toHaveLength(1);
  });

  it('abandons a planned trial, which then covers no day and blocks nothing', async () => {
    expect((await j.refused('trials.endEarly', { trialId: id })).message).toMatch(/has not started yet/);
    const gone = await j.call('trials.abandon', { trialId: id });
    expect(gone.status).toBe('abandoned');
    await j.call('trials.create', { safety: SAFETY, preset: 'dairy', startDay: '2025-03-10', lengths: ECZEMA_LENGTHS });
    expect(j.count('trials')).toBe(2);
  });

  it('cannot change a finished trial', async () => {
    j.setToday('2025-05-01');
    const t = await j.call('trials.get', { trialId: id });
    expect(t.status).toBe('finished');
    expect(t.allowed).toEqual({ extend: false, endEarly: false, abandon: false });
    expect((await j.refused('trials.extendPhase', { trialId: id, phaseId: t.phases[2]!.id, days: 3 })).message).toBe(
      'This trial has finished, so it cannot be extended.',
    );
  });

  it('reports an unknown trial as not found', async () => {
    expect(await j.refused('trials.get', { trialId: 999 })).toMatchObject({
      code: 'not-found',
      message: 'There is no trial number 999 in this journal.',
    });
  });
});
