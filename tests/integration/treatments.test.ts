// Treatments and medications with their dated history feeding the one-change-at-a-time guard, "used today",
// "same as yesterday" for the whole check-in, and a custom trial on the person's own food judged on their
// own skin symptom.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/journal';
import { openTestJournal, type TestJournal } from './trials-setup';
import { SAFETY } from '../helpers/safety';

let j: TestJournal;
beforeEach(async () => {
  j = openTestJournal('2025-03-10');
  await j.call('settings.update', { conditions: ['eczema'] });
});
afterEach(() => j.close());

describe('treatments', () => {
  it('keeps a dated history of starts, changes and stops', async () => {
    const added = await j.call('treatments.add', {
      name: 'Hydrocortisone',
      type: 'topical-steroid',
      strength: '1%',
      howOften: 'as-needed',
      startedOn: '2025-03-01',
    });
    expect(added.warnings).toEqual([]);
    const id = added.treatment.id;
    await j.call('treatments.update', {
      id,
      name: 'Hydrocortisone',
      type: 'topical-steroid',
      strength: '1%',
      howOften: 'daily',
      changedOn: '2025-03-05',
    });
    const renamed = await j.call('treatments.update', {
      id,
      name: 'Hydrocortisone cream',
      type: 'topical-steroid',
      strength: '1%',
      howOften: 'daily',
      changedOn: '2025-03-06',
    });
    expect(renamed.treatment.history).toHaveLength(2); // a new name is not a change of treatment
    const stopped = await j.call('treatments.stop', { id, stoppedOn: '2025-03-09' });
    expect(stopped.treatment).toMatchObject({ active: false, stoppedOn: '2025-03-09' });
    expect(stopped.treatment.history.map((h) => `${h.day} ${h.kind}: ${h.detail}`)).toEqual([
      '2025-03-01 started: Started Hydrocortisone 1%, as needed',
      '2025-03-05 changed: Changed Hydrocortisone from 1% as needed to 1% once a day',
      '2025-03-09 stopped: Stopped Hydrocortisone cream',
    ]);
    const refused = await j.refused('treatments.stop', { id, stoppedOn: '2025-03-10' });
    expect(refused.message).toMatch(/already stopped/);
  });

  it('warns when a treatment starts during a trial, like a supplement, and the trial names it', async () => {
    const trial = await j.call('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-01',
    });
    const added = await j.call('treatments.add', {
      name: 'Tacrolimus',
      type: 'topical-calcineurin',
      strength: '0.1%',
      howOften: 'twice-daily',
      startedOn: '2025-03-10',
    });
    expect(added.warnings).toHaveLength(1);
    expect(added.warnings[0]!.message).toMatch(
      /^Started Tacrolimus 0\.1%, twice a day on .*during the baseline of your "Dairy" trial.*cannot tell which one/,
    );
    const detail = await j.call('trials.get', { trialId: trial.id });
    expect(detail.changes).toEqual([
      expect.objectContaining({ day: '2025-03-10', description: 'Started Tacrolimus 0.1%, twice a day', warned: true }),
    ]);
    const result = await j.call('trials.analyze', { trialId: trial.id });
    expect(result.changes.map((c) => c.description)).toEqual(['Started Tacrolimus 0.1%, twice a day']);
    const series = await j.call('trends.series', { measures: ['skinOverall'], from: '2025-03-01', to: '2025-03-10' });
    expect(series.markers.treatments).toEqual([
      { day: '2025-03-10', kind: 'started', name: 'Tacrolimus', detail: 'Started Tacrolimus 0.1%, twice a day' },
    ]);
  });

  it('records treatments used on a day, and refuses one not in the list', async () => {
    const { treatment } = await j.call('treatments.add', {
      name: 'Cetirizine',
      type: 'antihistamine',
      howOften: 'as-needed',
      startedOn: '2025-03-01',
    });
    const saved = await j.call('checkIns.save', { day: '2025-03-09', values: { itch: 6, treatments: [treatment.id] } });
    expect(saved.checkIn.treatments).toEqual([treatment.id]);
    const before = JSON.stringify(snapshot(j.app));
    const refused = await j.refused('checkIns.save', { day: '2025-03-09', values: { itch: 2, treatments: [99] } });
    expect(refused.message).toMatch(/Treatment number 99 is not in your list/);
    expect(JSON.stringify(snapshot(j.app))).toBe(before);
  });
});

describe('same as yesterday', () => {
  it('copies food, lifestyle, supplements, treatments and own items into what is empty, never symptoms or notes', async () => {
    await j.call('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
    await j.call('trackables.add', {
      name: 'Walk',
      kind: 'number',
      unit: 'km',
      min: 0,
      max: 50,
      decimals: 1,
      group: 'lifestyle',
      direction: 'better',
    });
    await j.call('trackables.add', {
      name: 'Burning',
      kind: 'rating',
      lowWord: 'none',
      highWord: 'severe',
      group: 'skin',
      direction: 'worse',
    });
    const { supplement } = await j.call('supplements.add', {
      name: 'Zinc',
      dose: 15,
      unit: 'mg',
      startedOn: '2025-03-01',
    });
    const { treatment } = await j.call('treatments.add', {
      name: 'Emollient',
      type: 'topical-other',
      howOften: 'twice-daily',
      startedOn: '2025-03-01',
    });
    await j.call('checkIns.save', {
      day: '2025-03-09',
      values: {
        skinOverall: 6,
        itch: 5,
        dairy: 2,
        sugar: 1,
        stress: 4,
        sleepHours: 7.5,
        exerciseKind: 'walking',
        notes: 'Pizza',
        supplements: [{ supplementId: supplement.id, dose: 15, unit: 'mg' }],
        treatments: [treatment.id],
        custom: { gluten: 1, walk: 3.5, burning: 4 },
      },
    });
    // Today the person has already typed some answers: they stay.
    await j.call('checkIns.save', { day: '2025-03-10', values: { dairy: 0, skinOverall: 3, custom: { walk: 1 } } });
    const out = await j.call('checkIns.sameAsYesterday', { day: '2025-03-10' });
    expect(out.from).toBe('2025-03-09');
    expect(out.copied.sort()).toEqual(
      ['custom:gluten', 'exerciseKind', 'sleepHours', 'stress', 'sugar', 'supplements', 'treatments'].sort(),
    );
    expect(out.checkIn).toMatchObject({
      skinOverall: 3,
      itch: null,
      dairy: 0,
      sugar: 1,
      stress: 4,
      sleepHours: 7.5,
      exerciseKind: 'walking',
      notes: '',
      supplements: [{ supplementId: supplement.id, dose: 15, unit: 'mg' }],
      treatments: [treatment.id],
      custom: { gluten: 1, walk: 1 },
    });
    const none = await j.refused('checkIns.sameAsYesterday', { day: '2025-03-01' });
    expect(none.message).toMatch(/no day was logged in the week before/);
  });
});

describe('a custom trial on an own food, judged on an own symptom', () => {
  it('takes the item as its food, records answers as its values, and judges the own outcome', async () => {
    await j.call('trackables.add', {
      name: 'Gluten',
      kind: 'yesno',
      group: 'food',
      direction: 'neither',
      question: 'Any gluten today?',
    });
    await j.call('trackables.add', {
      name: 'Burning',
      kind: 'rating',
      lowWord: 'none',
      highWord: 'severe',
      group: 'skin',
      direction: 'worse',
    });
    const presets = await j.call('trials.presets', {});
    expect(presets.outcomes.map((o) => o.key)).toContain('custom:burning');
    const trial = await j.call('trials.create', {
      safety: { ...SAFETY, coeliacTest: 'tested-negative' },
      preset: 'custom',
      foodItem: 'gluten',
      startDay: '2025-03-10',
      outcome: 'custom:burning',
      secondaryOutcomes: ['itch'],
      lengths: { baselineDays: 14, eliminationDays: 14, reintroductionDays: 14, challengeDays: 0, transitionDays: 0 },
    });
    expect(trial).toMatchObject({
      name: 'Gluten',
      food: 'gluten',
      outcome: { key: 'custom:burning', label: 'Burning', mid: 2 },
    });
    await j.call('trials.recordAdherence', { trialId: trial.id, day: '2025-03-10', kept: true });
    expect((await j.call('checkIns.get', { day: '2025-03-10' }))!.custom).toEqual({ gluten: 1 }); // baseline: eaten
    // Into the elimination: "Any gluten today?" answered no (kept) is gluten 0.
    j.setToday('2025-03-25');
    await j.call('trials.recordAdherence', { trialId: trial.id, day: '2025-03-25', kept: true });
    expect((await j.call('checkIns.get', { day: '2025-03-25' }))!.custom).toEqual({ gluten: 0 });
    for (const [day, v] of [
      ['2025-03-11', 6],
      ['2025-03-12', 7],
      ['2025-03-24', 3],
      ['2025-03-25', 2],
    ] as const)
      await j.call('checkIns.save', { day, values: { custom: { burning: v } } });
    const result = await j.call('trials.analyze', { trialId: trial.id });
    expect(result.outcome).toMatchObject({
      key: 'custom:burning',
      label: 'Burning',
      higherIsWorse: true,
      unit: 'points',
    });
    expect(result.phases[0]!.series.filter((s) => s.value !== null).map((s) => s.value)).toEqual([6, 7]);
  });

  it('refuses an own item that cannot be an outcome or a food, in words', async () => {
    await j.call('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
    await j.call('trackables.add', {
      name: 'Mood',
      kind: 'rating',
      lowWord: 'low',
      highWord: 'high',
      group: 'other',
      direction: 'better',
    });
    const asOutcome = await j.refused('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-10',
      outcome: 'custom:mood',
    });
    expect(asOutcome.message).toMatch(/Mood is not a skin or gut symptom/);
    const asFood = await j.refused('trials.create', {
      safety: SAFETY,
      preset: 'custom',
      foodItem: 'mood',
      startDay: '2025-03-10',
    });
    expect(asFood.message).toMatch(/Mood is not a food or drink item/);
    expect(j.count('trials')).toBe(0);
  });
});
