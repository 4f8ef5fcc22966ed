// The person's own trackables on a real journal file: every kind, refusals in words with nothing changed,
// renaming that changes no stored value, the database refusing what the service would refuse, archive and
// delete rules, and the tracking plan with its trial locks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/journal';
import { openTestJournal, type TestJournal } from './trials-setup';
import { SAFETY } from '../helpers/safety';

let j: TestJournal;
beforeEach(async () => {
  j = openTestJournal('2025-03-10');
  await j.call('settings.update', { conditions: ['acne'] });
});
afterEach(() => j.close());

const unchanged = async (fn: () => Promise<unknown>) => {
  const before = JSON.stringify(snapshot(j.app));
  const out = await fn();
  expect(JSON.stringify(snapshot(j.app))).toBe(before);
  return out;
};

describe('adding items of every kind', () => {
  it('stores each kind with the range it implies and a stable short name', async () => {
    const rating = await j.call('trackables.add', {
      name: 'Burning or stinging',
      kind: 'rating',
      lowWord: 'none',
      highWord: 'severe',
      group: 'skin',
      direction: 'worse',
    });
    const count = await j.call('trackables.add', {
      name: 'Coffee',
      kind: 'count',
      max: 12,
      group: 'food',
      direction: 'neither',
    });
    const yesno = await j.call('trackables.add', {
      name: 'Gluten',
      kind: 'yesno',
      group: 'food',
      direction: 'neither',
    });
    const number = await j.call('trackables.add', {
      name: 'Walk',
      kind: 'number',
      unit: 'km',
      min: 0,
      max: 50,
      decimals: 1,
      group: 'lifestyle',
      direction: 'better',
    });
    const choice = await j.call('trackables.add', {
      name: 'Flow',
      kind: 'choice',
      options: ['light', 'medium', 'heavy'],
      group: 'other',
      direction: 'neither',
    });
    expect(rating.trackable).toMatchObject({ slug: 'burning-or-stinging', min: 0, max: 10, step: 1, position: 0 });
    expect(count.trackable).toMatchObject({ slug: 'coffee', min: 0, max: 12, step: 1 });
    expect(yesno.trackable).toMatchObject({ slug: 'gluten', min: 0, max: 1 });
    expect(number.trackable).toMatchObject({ slug: 'walk', min: 0, max: 50, step: 0.1, unit: 'km' });
    expect(choice.trackable).toMatchObject({ slug: 'flow', min: 0, max: 2, options: ['light', 'medium', 'heavy'] });
    expect((await j.call('trackables.list', {})).map((t) => t.slug)).toEqual([
      'burning-or-stinging',
      'coffee',
      'gluten',
      'walk',
      'flow',
    ]);
  });

  it('refuses bad items in words that say what to do, and writes nothing', async () => {
    await j.call('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
    const cases: [unknown, RegExp][] = [
      [
        { name: 'gluten ', kind: 'yesno', group: 'food', direction: 'neither' },
        /already track an item called "Gluten"/,
      ],
      [{ name: '  ', kind: 'yesno', group: 'food', direction: 'neither' }, /needs a name/],
      [
        { name: 'Walk', kind: 'number', min: 5, max: 5, group: 'lifestyle', direction: 'better' },
        /largest value must be above the smallest/,
      ],
      [{ name: 'Pain', kind: 'rating', group: 'skin', direction: 'worse' }, /words for both ends/],
      [
        { name: 'Pain', kind: 'rating', lowWord: 'none', highWord: '', group: 'skin', direction: 'worse' },
        /words for both ends/,
      ],
      [{ name: 'Flow', kind: 'choice', options: ['only'], group: 'other', direction: 'neither' }, /at least 2 options/],
      [{ name: 'Cups', kind: 'count', group: 'food', direction: 'neither' }, /count needs a maximum/],
    ];
    for (const [input, message] of cases) {
      const error = (await unchanged(() => j.refused('trackables.add', input as never))) as { message: string };
      expect(error.message).toMatch(message);
    }
  });
});

describe('values', () => {
  beforeEach(async () => {
    await j.call('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
    await j.call('trackables.add', {
      name: 'Burning',
      kind: 'rating',
      lowWord: 'none',
      highWord: 'severe',
      group: 'skin',
      direction: 'worse',
    });
  });

  it('saves, reads back, clears, and keeps values through a rename', async () => {
    const saved = await j.call('checkIns.save', {
      day: '2025-03-09',
      values: { skinOverall: 3, custom: { gluten: 1, burning: 6 } },
    });
    expect(saved.checkIn.custom).toEqual({ gluten: 1, burning: 6 });
    const values = () => j.app.db.prepare('SELECT * FROM trackable_values ORDER BY trackable_id').all();
    const stored = values();
    await j.call('trackables.edit', {
      slug: 'burning',
      name: 'Burning or stinging',
      question: 'How much did it sting?',
    });
    expect(values()).toEqual(stored);
    expect((await j.call('checkIns.get', { day: '2025-03-09' }))!.custom).toEqual({ gluten: 1, burning: 6 });
    expect((await j.call('trackables.list', {})).find((t) => t.slug === 'burning')!.name).toBe('Burning or stinging');
    await j.call('checkIns.save', { day: '2025-03-09', values: { custom: { burning: null } } });
    expect((await j.call('checkIns.get', { day: '2025-03-09' }))!.custom).toEqual({ gluten: 1 });
  });

  it('refuses a value outside the range, an unknown item, and writes nothing', async () => {
    await j.call('checkIns.save', { day: '2025-03-09', values: { skinOverall: 3 } });
    for (const [custom, message] of [
      [{ gluten: 2 }, /Gluten is yes \(1\) or no \(0\), not 2/],
      [{ burning: 4.5 }, /Burning takes whole numbers/],
      [{ burning: 11 }, /Burning must be from 0 to 10, not 11/],
      [{ eggs: 1 }, /no item called "eggs"/],
    ] as const) {
      const error = await unchanged(() =>
        j.refused('checkIns.save', { day: '2025-03-09', values: { skinOverall: 5, custom } }),
      );
      expect((error as { message: string }).message).toMatch(message);
    }
  });

  it('is refused by the database itself, whatever path writes it', () => {
    j.app.db.prepare("INSERT INTO check_ins (day, created_at, updated_at) VALUES ('2025-03-08', 'x', 'x')").run();
    const insert = (value: number) =>
      j.app.db
        .prepare(
          "INSERT INTO trackable_values (day, trackable_id, value) VALUES ('2025-03-08', (SELECT id FROM trackables WHERE slug = 'burning'), ?)",
        )
        .run(value);
    expect(() => insert(11)).toThrow(/outside the range/);
    expect(() => insert(2.5)).toThrow(/outside the range/);
    insert(7);
    expect(() => j.app.db.prepare("UPDATE trackable_values SET value = -1 WHERE day = '2025-03-08'").run()).toThrow(
      /outside the range/,
    );
    expect(() => j.app.db.prepare("UPDATE trackables SET max = 20 WHERE slug = 'burning'").run()).toThrow(
      /cannot change/,
    );
    expect(() =>
      j.app.db
        .prepare(
          "INSERT INTO trackables (slug, name, kind, item_group, direction, min, max, step, position, created_at, updated_at) VALUES ('x', 'X', 'rating', 'skin', 'worse', 0, 10, 1, 9, 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/); // a rating without end words
    expect(() =>
      j.app.db
        .prepare(
          "INSERT INTO trackables (slug, name, kind, item_group, direction, min, max, step, position, created_at, updated_at) VALUES ('y', 'GLUTEN', 'yesno', 'food', 'neither', 0, 1, 1, 9, 'x', 'x')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });
});

describe('archive and delete', () => {
  beforeEach(async () => {
    await j.call('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
    await j.call('checkIns.save', { day: '2025-03-08', values: { custom: { gluten: 1 } } });
    await j.call('checkIns.save', { day: '2025-03-09', values: { custom: { gluten: 0 } } });
  });

  it('archives with history kept, refuses new values, and brings it back', async () => {
    await j.call('trackables.archive', { slug: 'gluten', archived: true });
    expect((await j.call('checkIns.get', { day: '2025-03-08' }))!.custom).toEqual({ gluten: 1 });
    const refused = await j.refused('checkIns.save', { day: '2025-03-10', values: { custom: { gluten: 1 } } });
    expect(refused.message).toMatch(/Gluten is archived/);
    await j.call('trackables.archive', { slug: 'gluten', archived: false });
    await j.call('checkIns.save', { day: '2025-03-10', values: { custom: { gluten: 1 } } });
  });

  it('deletes only when the confirmation names how many days hold a value', async () => {
    const refused = await unchanged(() => j.refused('trackables.delete', { slug: 'gluten', confirmDays: 0 }));
    expect((refused as { message: string }).message).toMatch(/holds a value on 2 days.*confirm 2 days/);
    expect(await j.call('trackables.delete', { slug: 'gluten', confirmDays: 2 })).toEqual({
      deleted: 'Gluten',
      days: 2,
    });
    expect(j.count('trackable_values')).toBe(0);
    expect(j.count('check_ins')).toBe(2); // the days stay
  });

  it('refuses deleting an item a trial uses, and archiving it mid-trial', async () => {
    await j.call('trials.create', {
      safety: { ...SAFETY, coeliacTest: 'tested-negative' },
      preset: 'custom',
      foodItem: 'gluten',
      startDay: '2025-03-10',
    });
    const del = await unchanged(() => j.refused('trackables.delete', { slug: 'gluten', confirmDays: 2 }));
    expect((del as { message: string }).message).toMatch(
      /the food eliminated by your "Gluten" trial.*Archive it instead/,
    );
    const archive = await unchanged(() => j.refused('trackables.archive', { slug: 'gluten', archived: true }));
    expect((archive as { message: string }).message).toMatch(/still running.*after the trial ends/);
    // The database refuses it too.
    expect(() => j.app.db.prepare("DELETE FROM trackables WHERE slug = 'gluten'").run()).toThrow(/FOREIGN KEY/);
  });
});

describe('the tracking plan', () => {
  it('starts from the conditions, turns measures off and on with history kept, and reorders', async () => {
    const plan = await j.call('plan.get', {});
    expect(plan.measures.filter((m) => m.tracked && m.group === 'skin').map((m) => m.key)).toEqual([
      'skinOverall',
      'redness',
      'soreness',
      'newSpots',
      'inflamedSpots',
    ]);
    expect(plan.pins).toEqual(['skinOverall', 'newSpots', 'inflamedSpots']);
    await j.call('checkIns.save', { day: '2025-03-09', values: { soreness: 4 } });
    const order = plan.measures.map((m) => ({ key: m.key, tracked: m.key === 'soreness' ? false : m.tracked }));
    order.unshift(
      order.splice(
        order.findIndex((m) => m.key === 'inflamedSpots'),
        1,
      )[0]!,
    );
    const after = await j.call('plan.update', { measures: order });
    expect(after.measures[0]).toMatchObject({ key: 'inflamedSpots', tracked: true });
    expect(after.measures.find((m) => m.key === 'soreness')).toMatchObject({ tracked: false, defaultTracked: true });
    expect((await j.call('checkIns.get', { day: '2025-03-09' }))!.soreness).toBe(4); // history kept
  });

  it('keeps a measure a running trial judges on, and says why', async () => {
    await j.call('trials.create', {
      safety: SAFETY,
      preset: 'dairy',
      startDay: '2025-03-10',
      outcome: 'inflamedSpots',
    });
    const plan = await j.call('plan.get', {});
    expect(plan.measures.find((m) => m.key === 'inflamedSpots')!.lockedBy).toMatch(/outcome of your "Dairy" trial/);
    expect(plan.measures.find((m) => m.key === 'dairy')!.lockedBy).toMatch(/food eliminated/);
    const off = plan.measures.map((m) => ({ key: m.key, tracked: m.key === 'inflamedSpots' ? false : m.tracked }));
    const refused = await unchanged(() => j.refused('plan.update', { measures: off }));
    expect((refused as { message: string }).message).toMatch(/stays on until the trial ends/);
  });

  it('pins up to five tracked items, own ones too', async () => {
    await j.call('trackables.add', { name: 'Gluten', kind: 'yesno', group: 'food', direction: 'neither' });
    const plan = await j.call('plan.update', { pins: ['skinOverall', 'custom:gluten'], quickCheckIn: 'instead' });
    expect(plan).toMatchObject({
      pins: ['skinOverall', 'custom:gluten'],
      pinsAreDefault: false,
      quickCheckIn: 'instead',
    });
    const untracked = await j.refused('plan.update', { pins: ['itch'] });
    expect(untracked.message).toMatch(/"itch" is not an item you track/);
    const six = await j.refused('plan.update', {
      pins: ['skinOverall', 'redness', 'soreness', 'newSpots', 'inflamedSpots', 'custom:gluten'],
    });
    expect(six.message).toMatch(/at most 5/);
  });
});
