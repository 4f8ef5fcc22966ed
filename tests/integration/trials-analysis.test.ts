// Judging a trial from a real journal: scores saved day by day through the contract, then trials.analyze.
// The statistics themselves are tested in tests/unit; here: the right days reach them, and the result is
// complete, reproducible, names every change and never claims a cause.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from './trials-setup';
import { SAFETY } from '../helpers/safety';

const LENGTHS = { baselineDays: 14, eliminationDays: 28, reintroductionDays: 16, challengeDays: 3, transitionDays: 2 };
// Baseline 01-06..01-19, elimination 01-20..02-16, reintroduction 02-17..03-04.
const START = '2025-01-06';

/** Small, fixed wiggle so the series are not flat: −1, 0 or +1 in a repeating but irregular pattern. */
const wiggle = (i: number) => [0, 1, -1, 0, 1, 0, -1, -1, 1, 0, 0, 1, -1][i % 13]!;

let j: TestJournal;
let trialId: number;
beforeEach(async () => {
  j = openTestJournal('2025-01-05');
  trialId = (
    await j.call('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: START,
      lengths: LENGTHS,
      secondaryOutcomes: ['itch'],
    })
  ).id;
});
afterEach(() => j.close());

describe('trials.analyze', () => {
  it('shows no verdict, range or chance while the trial runs, only what was logged and when the verdict comes', async () => {
    await j.seedScores(START, '2025-01-25', (_d, i) => 5 + wiggle(i));
    j.setToday('2025-01-25');
    const r = await j.call('trials.analyze', { trialId });
    expect(r.asOf).toBe('2025-01-25');
    expect(r.phases.map((p) => [p.label, p.startDay, p.endDay])).toEqual([
      ['Baseline', '2025-01-06', '2025-01-19'],
      ['Elimination', '2025-01-20', '2025-01-25'],
    ]);
    const a = r.analysis;
    expect(a.verdict.kind).toBe('waiting');
    expect(a.look).toMatchObject({ kind: 'waiting', nextLookDay: '2025-03-04' });
    expect(a.verdict.title).toBe('Verdict after 4 March 2025');
    expect(a.verdict.certainty).toMatch(/^No verdict until the scores of 4 March 2025/);
    expect([a.effect, a.model, a.settle]).toEqual([null, null, null]);
    expect(a.comparisons).toEqual([]);
    expect(a.phases.map((p) => [p.label, p.loggedDays, p.level])).toEqual([
      ['Baseline', 14, null],
      ['Elimination', 4, null], // 6 days, the first 2 left out while the skin adjusts
    ]);
    expect(JSON.stringify(a.verdict)).not.toMatch(/\d+ in 100|% range/);
    // The same on every day until the look: nothing to watch move.
    j.setToday('2025-03-04');
    expect((await j.call('trials.analyze', { trialId })).analysis.verdict.kind).toBe('waiting');
  });

  it('finds a pattern that looks like a trigger when the skin calms without dairy and flares with it again', async () => {
    await j.seedScores(START, '2025-03-04', (day, i) => {
      const level = day < '2025-01-20' ? 6 : day < '2025-02-17' ? 3 : 6;
      return i % 17 === 5 ? null : level + wiggle(i);
    });
    j.setToday('2025-03-20');
    await j.call('supplements.add', {
      name: 'Zinc carnosine',
      dose: 75,
      unit: 'mg',
      details: '',
      startedOn: '2025-02-01',
    });
    await j.call('trials.recordSlip', { trialId, day: '2025-02-03', what: 'Cheese sauce', amount: 'a spoonful' });
    const r = await j.call('trials.analyze', { trialId });
    expect(r.status).toBe('finished');
    expect(r.asOf).toBe('2025-03-04');
    expect(r.analysis.comparisons.map((c) => c.kind)).toEqual([
      'elimination-vs-baseline',
      'reintroduction-vs-elimination',
    ]);
    expect(r.analysis.verdict.kind).toBe('looks-like-a-trigger');
    const [, reintro] = r.analysis.comparisons;
    expect(reintro!.difference).toBeGreaterThan(2);
    expect(r.phases.map((p) => p.mean !== null)).toEqual([true, true, true]);
    expect(r.phases[1]!.series).toHaveLength(28);
    expect(r.phases[1]!.slips).toBe(1);
    expect(r.changes.map((c) => c.description)).toEqual(['Started Zinc carnosine 75 mg']);
    expect(JSON.stringify(r.analysis.verdict)).toContain('Zinc carnosine');
    expect(r.secondary).toEqual([
      expect.objectContaining({ outcome: expect.objectContaining({ key: 'itch', mid: 4 }) }),
    ]);
    expect(JSON.stringify(r)).not.toMatch(/\bcause[sd]?\b/i);
    // Same journal, same seed: the same figures every time the results are opened.
    expect(await j.call('trials.analyze', { trialId })).toEqual(r);
  });

  it('finds no meaningful difference when the score stays put', async () => {
    await j.seedScores(START, '2025-03-04', (_d, i) => 4 + (i % 2));
    j.setToday('2025-03-10');
    const r = await j.call('trials.analyze', { trialId });
    expect(r.analysis.verdict.kind).toBe('no-meaningful-difference');
  });

  it('stops at the day a trial was ended early', async () => {
    await j.seedScores(START, '2025-03-04', (_d, i) => 5 + wiggle(i));
    j.setToday('2025-02-10');
    await j.call('trials.endEarly', { trialId, reason: 'flu' });
    j.setToday('2025-03-10');
    const r = await j.call('trials.analyze', { trialId });
    expect(r).toMatchObject({ status: 'ended-early', asOf: '2025-02-10' });
    expect(r.phases.at(-1)).toMatchObject({ label: 'Elimination', endDay: '2025-02-10' });
  });
});
