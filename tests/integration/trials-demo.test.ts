// The demo trial: a finished dairy trial over generated days, with a slip and a supplement change, the same
// every time for the same seed.
import { afterEach, describe, expect, it } from 'vitest';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { openTestJournal, type TestJournal } from './trials-setup';

const opened: TestJournal[] = [];
afterEach(() => opened.splice(0).forEach((j) => j.close()));

async function demoJournal(seed: number) {
  const j = openTestJournal('2026-11-30');
  opened.push(j);
  fillDemoJournal(j.app.ctx, { days: 180, seed: 7 });
  const made = fillDemoTrial(j.app.ctx, { seed });
  return { j, made };
}

describe('fillDemoTrial', () => {
  it('makes a finished dairy trial with a hidden switch, a slip and a warned supplement change', async () => {
    const { j, made } = await demoJournal(7);
    expect(made.endDay).toBe('2026-11-27');
    const t = await j.call('trials.get', { trialId: made.trialId });
    expect(t).toMatchObject({
      name: 'Dairy',
      status: 'finished',
      endDay: '2026-11-27',
      outcome: { key: 'skinOverall' },
    });
    expect(t.randomSwitch?.switchDay).toBe(t.phases[1]!.startDay);
    expect(t.slips).toEqual([
      expect.objectContaining({ what: 'Milk chocolate at a birthday party', phaseLabel: 'Elimination' }),
    ]);
    expect(t.changes.find((c) => c.description === 'Started Vitamin D3 1000 IU')).toMatchObject({
      warned: true,
      phaseLabel: 'Elimination',
    });
    expect(t.adherence.answeredDays).toBeGreaterThan(90);
    const elimination = await j.app.db
      .prepare('SELECT max(dairy) AS most FROM check_ins WHERE day BETWEEN ? AND ?')
      .get(t.phases[1]!.startDay, t.phases[1]!.endDay);
    expect(elimination).toEqual({ most: 1 }); // the slip day only
  });

  it('is reproducible for a seed', async () => {
    const a = await demoJournal(11);
    const b = await demoJournal(11);
    const ra = await a.j.call('trials.analyze', { trialId: a.made.trialId });
    const rb = await b.j.call('trials.analyze', { trialId: b.made.trialId });
    expect(ra).toEqual(rb);
  });
});
