// "Before you start" on a real journal file: no trial without the answers, the start rules checked against
// the conditions in Settings, a second food's trial on the same days only with a typed reason, the answers
// stored with the trial and read back, and both overlapping trials saying so. Refusals write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrial } from '../../electron/core/trials/setup';
import { UserFacingError } from '$shared/contract/result';
import { SAFETY, SAFETY_OVERLAPPING } from '../helpers/safety';
import { openTestJournal, type TestJournal } from './trials-setup';

const LENGTHS = { baselineDays: 14, eliminationDays: 28, reintroductionDays: 16, challengeDays: 3, transitionDays: 2 };
const ADULT = { ...SAFETY, clinicianAgreed: false };
const TABLES = ['trials', 'trial_phases', 'trial_safety'];

let j: TestJournal;
beforeEach(async () => {
  j = openTestJournal('2025-03-01');
  await j.call('settings.update', { conditions: ['eczema'] });
});
afterEach(() => j.close());

const counts = () => Object.fromEntries(TABLES.map((t) => [t, j.count(t)]));
const row = (trialId: number) => j.app.db.prepare('SELECT * FROM trial_safety WHERE trial_id = ?').get(trialId);

describe('no trial without its "Before you start" answers', () => {
  it('refuses a set-up without answers, or with answers of the wrong shape, and writes nothing', async () => {
    const missing = await j.refused('trials.create', { preset: 'sugar', startDay: '2025-03-03' } as never);
    expect(missing.code).toBe('invalid-input');
    expect(missing.message).toMatch(/safety/);
    const wrong = await j.refused('trials.create', {
      preset: 'sugar',
      startDay: '2025-03-03',
      safety: { ...ADULT, ageBand: 'adult' },
    } as never);
    expect(wrong.code).toBe('invalid-input');
    expect(counts()).toEqual({ trials: 0, trial_phases: 0, trial_safety: 0 });
  });

  it("needs the clinician's agreement for a dairy trial with eczema tracked, and says why", async () => {
    const e = await j.refused('trials.create', { safety: ADULT, preset: 'dairy', startDay: '2025-03-03' });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/^Nothing was saved\. This trial needs your clinician’s agreement first/);
    expect(e.message).toMatch(/with eczema, bringing dairy back can set off a new allergic reaction/);
    expect(counts()).toEqual({ trials: 0, trial_phases: 0, trial_safety: 0 });
    // The same adult may run a sugar trial on their own.
    await j.call('trials.create', { safety: ADULT, preset: 'sugar', startDay: '2025-03-03' });
    expect(counts()).toEqual({ trials: 1, trial_phases: 3, trial_safety: 1 });
  });

  it('asks about the coeliac test before a gluten trial, and refuses one with coeliac disease', async () => {
    await j.call('settings.update', { conditions: ['psoriasis'] });
    const gluten = { preset: 'custom', name: 'Gluten', startDay: '2025-03-03' } as const;
    const unanswered = await j.refused('trials.create', { ...gluten, safety: ADULT });
    expect(unanswered.message).toMatch(/coeliac blood test/);
    const untested = await j.refused('trials.create', { ...gluten, safety: { ...ADULT, coeliacTest: 'not-tested' } });
    expect(untested.message).toMatch(/coeliac disease should be ruled out/);
    const coeliac = await j.refused('trials.create', {
      ...gluten,
      safety: { ...SAFETY, coeliacTest: 'has-coeliac' },
    });
    expect(coeliac.message).toMatch(/gluten has to stay out for good/);
    expect(counts()).toEqual({ trials: 0, trial_phases: 0, trial_safety: 0 });

    const made = await j.call('trials.create', { ...gluten, safety: { ...ADULT, coeliacTest: 'tested-negative' } });
    expect(made.safety?.answers.coeliacTest).toBe('tested-negative');
    expect(made.safety?.points.map((p) => p.id)).toEqual(
      expect.arrayContaining(['coeliac-ruled-out', 'gluten-nutrients', 'reaction-signs', 'keep-treatment']),
    );
    expect(made.safety?.lines.join(' ')).toMatch(/Coeliac blood test while eating gluten: yes/);
  });

  it('needs the promise to keep prescribed treatment unchanged', async () => {
    const e = await j.refused('trials.create', {
      safety: { ...ADULT, treatmentUnchanged: false },
      preset: 'sugar',
      startDay: '2025-03-03',
    });
    expect(e.message).toMatch(/keep your prescribed treatment as it is/);
    expect(counts().trials).toBe(0);
  });
});

describe('the answers are kept with the trial', () => {
  it('stores them in the same transaction, reads them back, and pre-fills the next set-up', async () => {
    expect((await j.call('trials.presets', {})).lastSafety).toBeNull();
    const answers = {
      ...SAFETY,
      ageBand: '13-17',
      coeliacTest: 'tested-negative',
      overlapReason: 'no overlap',
    } as const;
    const trial = await j.call('trials.create', { safety: answers, preset: 'dairy', startDay: '2025-03-03' });
    // Questions that do not apply to this trial are stored empty.
    expect(row(trial.id)).toMatchObject({
      age_band: '13-17',
      clinician_agreed: 1,
      treatment_unchanged: 1,
      coeliac_test: null,
      overlap_reason: '',
    });
    const stored = JSON.parse((row(trial.id) as { points: string }).points) as string[];
    expect(stored).toEqual(expect.arrayContaining(['teenager', 'reintroduce-with-plan', 'dairy-nutrients']));
    const read = await j.call('trials.get', { trialId: trial.id });
    expect(read.safety?.points.find((p) => p.id === 'teenager')?.title).toBe('Under 18: with a parent and a clinician');
    expect(read.safety?.lines[0]).toBe('Age: 13 to 17.');
    expect((await j.call('trials.presets', {})).lastSafety).toEqual({
      ageBand: '13-17',
      pregnantOrBreastfeeding: false,
      eatingDisorder: false,
    });
  });

  it('removes them with the trial', async () => {
    const trial = await j.call('trials.create', { safety: SAFETY, preset: 'sugar', startDay: '2025-03-03' });
    j.app.db.prepare('DELETE FROM trials WHERE id = ?').run(trial.id);
    expect(j.count('trial_safety')).toBe(0);
  });
});

describe('one elimination at a time', () => {
  beforeEach(async () => {
    await j.call('trials.create', { safety: SAFETY, preset: 'dairy', startDay: '2025-03-03', lengths: LENGTHS });
  });

  it('refuses a second food on the same days without a reason, through the contract', async () => {
    for (const overlapReason of ['', '   ', 'because']) {
      const e = await j.refused('trials.create', {
        safety: { ...SAFETY, overlapReason },
        preset: 'sugar',
        startDay: '2025-04-01',
      });
      expect(e.code).toBe('conflict');
      expect(e.message).toMatch(/"Dairy" trial .* overlaps this one.*say in a few words why/);
    }
    expect(counts()).toEqual({ trials: 1, trial_phases: 3, trial_safety: 1 });
  });

  it('refuses it in the service too, before anything is written', () => {
    const call = () =>
      j.app.db.transaction(() =>
        createTrial(j.app.ctx, {
          preset: 'sugar',
          startDay: '2025-04-01',
          repeat: false,
          randomSwitch: null,
          outcome: 'skinOverall',
          secondaryOutcomes: [],
          safety: SAFETY,
        }),
      )();
    expect(call).toThrow(UserFacingError);
    expect(call).toThrow(/say in a few words why/);
    expect(counts()).toEqual({ trials: 1, trial_phases: 3, trial_safety: 1 });
  });

  it('with a reason, runs both, keeps the reason, and both trials say they overlapped', async () => {
    const second = await j.call('trials.create', {
      safety: SAFETY_OVERLAPPING,
      preset: 'sugar',
      startDay: '2025-04-01',
    });
    expect(row(second.id)).toMatchObject({ overlap_reason: SAFETY_OVERLAPPING.overlapReason });
    expect(second.safety?.points.map((p) => p.id)).toContain('overlapping-trial');
    expect(second.overlaps).toEqual([
      { trialId: 1, name: 'Dairy', span: '3 March 2025 to 29 April 2025', reason: SAFETY_OVERLAPPING.overlapReason },
    ]);
    const first = await j.call('trials.get', { trialId: 1 });
    expect(first.overlaps).toEqual([
      expect.objectContaining({
        trialId: second.id,
        name: 'Sugar and refined carbs',
        reason: SAFETY_OVERLAPPING.overlapReason,
      }),
    ]);
    // The verdict of each names the other as a change that could account for part of what was seen.
    j.setToday('2025-05-10');
    const caveatsOf = async (trialId: number) =>
      (await j.call('trials.analyze', { trialId })).analysis.verdict.caveats.join(' ');
    expect(await caveatsOf(1)).toMatch(
      /could account for part of what was seen: your “Sugar and refined carbs” trial ran at the same time \(.*\) \(1 April 2025\)/,
    );
    expect(await caveatsOf(second.id)).toMatch(/your “Dairy” trial ran at the same time .*\(1 April 2025\)/);
    j.setToday('2025-03-01');
    // A trial of the same food later, after the first has ended, overlaps nothing.
    const later = await j.call('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-12-01',
      lengths: LENGTHS,
    });
    expect(later.overlaps).toEqual([]);
  });
});
