import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestJournal, snapshot, type TestJournal } from '../helpers/journal';

let j: TestJournal;
beforeEach(() => {
  j = openTestJournal({ now: () => new Date(2026, 10, 30, 21, 0) });
});
afterEach(() => j.close());

describe('check-ins through the router', () => {
  test('saving merges with what the day holds; missing stays missing, never zero', async () => {
    await j.value('checkIns.save', { day: '2026-11-29', values: { skinOverall: 6, notes: 'first' } });
    const { checkIn } = await j.value('checkIns.save', { day: '2026-11-29', values: { sleepHours: 7.25 } });
    expect(checkIn).toMatchObject({
      day: '2026-11-29',
      skinOverall: 6,
      sleepHours: 7.25,
      notes: 'first',
      itch: null,
      bodyAreas: [],
    });
    const cleared = await j.value('checkIns.save', { day: '2026-11-29', values: { skinOverall: null } });
    expect(cleared.checkIn.skinOverall).toBeNull();
    expect(cleared.checkIn.sleepHours).toBe(7.25);
  });

  test.each([
    [{ day: '2026-11-31', values: {} }, /YYYY-MM-DD/],
    [{ day: '2026-11-29', values: { skinOverall: 11 } }, /skinOverall/],
    [{ day: '2026-11-29', values: { skinOverall: 2.5 } }, /skinOverall/],
    [{ day: '2026-11-29', values: { sleepHours: 7.1 } }, /multiple of 0.25/],
    [{ day: '2026-11-29', values: { sleepHours: Number.NaN } }, /sleepHours/],
    [{ day: '2026-11-29', values: { bodyAreas: ['face', 'face'] } }, /twice/],
    [{ day: '2026-11-29', values: { bodyAreas: ['elbow'] } }, /bodyAreas/],
    [{ day: '2026-11-29', values: { mood: 3 } }, /mood|Unrecognized/i],
    [{ day: '2026-11-29' }, /values/],
  ])('refuses %j in words and writes nothing', async (input, pattern) => {
    const before = snapshot(j.app);
    const result = await j.call('checkIns.save', input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(/^Nothing was saved: /);
      expect(result.error.message).toMatch(pattern);
    }
    expect(snapshot(j.app)).toEqual(before);
  });

  test('an unknown supplement refuses the whole day: the other values are not written either', async () => {
    const result = await j.call('checkIns.save', {
      day: '2026-11-29',
      values: { skinOverall: 3, supplements: [{ supplementId: 99, dose: 1, unit: 'g' }] },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('not in your list') },
    });
    expect(await j.value('checkIns.get', { day: '2026-11-29' })).toBeNull();
  });

  test('list reports completeness against the measures shown for the tracked conditions', async () => {
    await j.value('settings.update', { conditions: ['acne'] });
    await j.value('checkIns.save', { day: '2026-11-28', values: { skinOverall: 3, redness: 1 } });
    await j.value('checkIns.save', { day: '2026-11-30', values: { skinOverall: 5, notes: 'hot day' } });
    const list = await j.value('checkIns.list', { from: '2026-11-01', to: '2026-11-30' });
    expect(list.map((d) => d.day)).toEqual(['2026-11-30', '2026-11-28']);
    // Acne shows 21 measures (no itch, no dryness): 2 of 21 and 1 of 21 filled.
    expect(list[1]!.completeness).toBeCloseTo(2 / 21, 10);
    expect(list[0]).toMatchObject({ skinOverall: 5, hasNotes: true });
    expect((await j.call('checkIns.list', { from: '2026-12-01', to: '2026-11-01' })).ok).toBe(false);
  });

  test('delete removes the day and its supplements; deleting a missing day says so', async () => {
    const { supplement } = await j.value('supplements.add', {
      name: 'Zinc carnosine',
      dose: 75,
      unit: 'mg',
      details: '',
      startedOn: '2026-11-01',
    });
    await j.value('checkIns.save', {
      day: '2026-11-29',
      values: { supplements: [{ supplementId: supplement.id, dose: 75, unit: 'mg' }] },
    });
    await j.value('checkIns.delete', { day: '2026-11-29' });
    expect(j.app.db.prepare('SELECT count(*) AS n FROM supplement_intakes').get()).toEqual({ n: 0 });
    expect(await j.call('checkIns.delete', { day: '2026-11-29' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  test('"same as yesterday" copies the last day with supplements, leaving out stopped ones', async () => {
    const a = (
      await j.value('supplements.add', {
        name: 'Probiotic',
        dose: 10,
        unit: 'billion CFU',
        details: 'L. rhamnosus',
        startedOn: '2026-11-01',
      })
    ).supplement;
    const b = (
      await j.value('supplements.add', {
        name: 'L-glutamine',
        dose: 5,
        unit: 'g',
        details: '',
        startedOn: '2026-11-01',
      })
    ).supplement;
    await j.value('checkIns.save', {
      day: '2026-11-27',
      values: {
        supplements: [
          { supplementId: a.id, dose: 20, unit: 'billion CFU' },
          { supplementId: b.id, dose: 5, unit: 'g' },
        ],
      },
    });
    await j.value('supplements.stop', { id: b.id, stoppedOn: '2026-11-29' });
    const { checkIn } = await j.value('checkIns.copyYesterdaySupplements', { day: '2026-11-30' });
    expect(checkIn.supplements).toEqual([{ supplementId: a.id, dose: 20, unit: 'billion CFU' }]);
  });

  test('with nothing before, "same as yesterday" takes the current regimen and its usual doses', async () => {
    const a = (
      await j.value('supplements.add', { name: 'Inulin', dose: 5, unit: 'g', details: '', startedOn: '2026-11-01' })
    ).supplement;
    const { checkIn } = await j.value('checkIns.copyYesterdaySupplements', { day: '2026-11-30' });
    expect(checkIn.supplements).toEqual([{ supplementId: a.id, dose: 5, unit: 'g' }]);
  });
});

describe('supplement regimen', () => {
  test('start, change dose, stop and resume are each recorded by day', async () => {
    const { supplement } = await j.value('supplements.add', {
      name: 'L-glutamine',
      dose: 5,
      unit: 'g',
      details: '',
      startedOn: '2026-11-01',
    });
    await j.value('supplements.update', {
      id: supplement.id,
      name: 'L-glutamine',
      dose: 10,
      unit: 'g',
      details: 'split dose',
      changedOn: '2026-11-10',
    });
    await j.value('supplements.update', {
      id: supplement.id,
      name: 'Glutamine',
      dose: 10,
      unit: 'g',
      details: 'renamed only',
      changedOn: '2026-11-11',
    });
    await j.value('supplements.stop', { id: supplement.id, stoppedOn: '2026-11-20' });
    await j.value('supplements.resume', { id: supplement.id, startedOn: '2026-11-25' });
    const changes = j.app.db.prepare('SELECT day, kind, detail FROM regimen_changes ORDER BY id').all();
    expect(changes).toEqual([
      { day: '2026-11-01', kind: 'started', detail: 'Started L-glutamine 5 g' },
      { day: '2026-11-10', kind: 'changed', detail: 'Changed L-glutamine from 5 g to 10 g' },
      { day: '2026-11-20', kind: 'stopped', detail: 'Stopped Glutamine' },
      { day: '2026-11-25', kind: 'started', detail: 'Started Glutamine again 10 g' },
    ]);
  });

  test('refusals: a duplicate name, stopping twice, stopping before starting, an empty name', async () => {
    const { supplement } = await j.value('supplements.add', {
      name: 'Zinc carnosine',
      dose: 75,
      unit: 'mg',
      details: '',
      startedOn: '2026-11-10',
    });
    expect(
      await j.call('supplements.add', {
        name: 'zinc CARNOSINE',
        dose: 75,
        unit: 'mg',
        details: '',
        startedOn: '2026-11-10',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await j.call('supplements.stop', { id: supplement.id, stoppedOn: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('before it started') },
    });
    await j.value('supplements.stop', { id: supplement.id, stoppedOn: '2026-11-12' });
    expect(await j.call('supplements.stop', { id: supplement.id, stoppedOn: '2026-11-13' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await j.call('supplements.add', { name: '   ', dose: null, unit: '', details: '', startedOn: '2026-11-10' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('needs a name') } });
  });
});

describe('settings and the journal day', () => {
  test('settings round-trip and refuse bad values', async () => {
    const s = await j.value('settings.update', { dayEndsAtHour: 3, reminderTime: '21:30', theme: 'dark' });
    expect(s).toMatchObject({ dayEndsAtHour: 3, reminderTime: '21:30', theme: 'dark', setupDone: false });
    expect((await j.call('settings.update', { reminderTime: '25:00' })).ok).toBe(false);
    expect((await j.call('settings.update', { dayEndsAtHour: 12 })).ok).toBe(false);
    expect((await j.value('settings.get', {})).reminderTime).toBe('21:30');
  });

  test('a 1:30 am entry belongs to the evening before when the day ends at 3 am', async () => {
    expect(
      await j.value('journal.today', { now: '2026-12-01T01:30:00' + localOffset(new Date(2026, 11, 1, 1, 30)) }),
    ).toEqual({ day: '2026-12-01' });
    await j.value('settings.update', { dayEndsAtHour: 3 });
    expect(
      await j.value('journal.today', { now: '2026-12-01T01:30:00' + localOffset(new Date(2026, 11, 1, 1, 30)) }),
    ).toEqual({ day: '2026-11-30' });
  });
});

function localOffset(d: Date): string {
  const minutes = -d.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
