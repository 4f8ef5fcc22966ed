// The person's own items in shared/domain: short names, the range each kind gives, a value checked in words,
// the tracking plan's order and defaults, and the starters (each a valid item).
import { describe, expect, it } from 'vitest';
import { measuresFor } from '$shared/domain/measures';
import {
  rangeOf,
  slugify,
  STARTERS,
  trackableInputSchema,
  valueProblem,
  valueText,
  type Trackable,
} from '$shared/domain/trackable';
import { defaultPins, formItems, planMeasures } from '$shared/domain/trackingPlan';

const item = (over: Partial<Trackable>): Trackable => ({
  id: 1,
  slug: 'x',
  name: 'X',
  kind: 'count',
  group: 'food',
  direction: 'neither',
  question: '',
  min: 0,
  max: 10,
  step: 1,
  unit: '',
  lowWord: '',
  highWord: '',
  options: [],
  position: 0,
  archivedOn: null,
  days: 0,
  ...over,
});

describe('own items', () => {
  it('makes short names from names, accents and signs dropped', () => {
    expect(slugify('Itch woke me')).toBe('itch-woke-me');
    expect(slugify('  Crème brûlée & co. ')).toBe('creme-brulee-co');
    expect(slugify('???')).toBe('item');
    expect(slugify('a'.repeat(80))).toHaveLength(40);
  });

  it('gives each kind its range', () => {
    const parse = (v: unknown) => trackableInputSchema.parse(v);
    expect(
      rangeOf(parse({ name: 'R', kind: 'rating', lowWord: 'a', highWord: 'b', group: 'skin', direction: 'worse' })),
    ).toEqual({ min: 0, max: 10, step: 1 });
    expect(rangeOf(parse({ name: 'C', kind: 'count', max: 12, group: 'food', direction: 'neither' }))).toEqual({
      min: 0,
      max: 12,
      step: 1,
    });
    expect(
      rangeOf(
        parse({ name: 'N', kind: 'number', min: -5, max: 40, decimals: 2, group: 'other', direction: 'neither' }),
      ),
    ).toEqual({ min: -5, max: 40, step: 0.01 });
    expect(
      rangeOf(parse({ name: 'L', kind: 'choice', options: ['a', 'b', 'c'], group: 'other', direction: 'neither' })),
    ).toEqual({ min: 0, max: 2, step: 1 });
  });

  it('says what is wrong with a value, in words that say what to enter', () => {
    expect(valueProblem(item({ name: 'Gluten', kind: 'yesno', max: 1 }), 2)).toBe('Gluten is yes (1) or no (0), not 2');
    expect(valueProblem(item({ name: 'Flow', kind: 'choice', max: 1, options: ['light', 'heavy'] }), 3)).toBe(
      'Flow is one of 0 (light), 1 (heavy), not 3',
    );
    expect(valueProblem(item({ name: 'Walk', kind: 'number', max: 50, step: 0.1 }), 3.25)).toBe(
      'Walk takes steps of 0.1',
    );
    expect(valueProblem(item({ name: 'Walk', kind: 'number', max: 50, step: 0.1 }), 3.3)).toBeNull();
    expect(valueProblem(item({ name: 'Cups' }), Number.NaN)).toBe('Cups needs a number');
    expect(valueText(item({ kind: 'choice', options: ['light', 'heavy'] }), 1)).toBe('heavy');
    expect(valueText(item({ kind: 'number', unit: 'km' }), 3.5)).toBe('3.5 km');
  });

  it('offers starters that are each a valid item, with distinct names', () => {
    for (const { id: _id, ...s } of STARTERS) expect(trackableInputSchema.safeParse(s).success, s.name).toBe(true);
    expect(new Set(STARTERS.map((s) => s.name.toLowerCase())).size).toBe(STARTERS.length);
    expect(STARTERS.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'gluten',
        'eggs',
        'alcohol',
        'caffeine',
        'cycle-day',
        'period',
        'itch-woke',
        'joint-pain',
        'palms',
      ]),
    );
  });
});

describe('the tracking plan', () => {
  it('defaults to the conditions, keeps the person’s order, and puts measures added later at the end', () => {
    const none = planMeasures([], ['acne']);
    expect(none.filter((m) => m.tracked).map((m) => m.key)).toEqual(measuresFor(['acne']).map((m) => m.key));
    const moved = planMeasures(
      [
        { key: 'sleepHours', tracked: true, position: 0 },
        { key: 'itch', tracked: true, position: 1 },
        { key: 'skinOverall', tracked: false, position: 2 },
      ],
      ['acne'],
    );
    expect(moved.slice(0, 3).map((m) => [m.key, m.tracked])).toEqual([
      ['sleepHours', true],
      ['itch', true],
      ['skinOverall', false],
    ]);
    expect(moved.find((m) => m.key === 'redness')).toMatchObject({ tracked: true, defaultTracked: true });
  });

  it('pins overall skin and one or two items per condition, four at most', () => {
    expect(defaultPins(['acne'])).toEqual(['skinOverall', 'newSpots', 'inflamedSpots']);
    expect(defaultPins(['eczema', 'psoriasis'])).toEqual(['skinOverall', 'itch', 'dryness']);
    expect(defaultPins(['acne', 'eczema', 'rosacea'])).toHaveLength(4);
  });

  it('lays out the check-in section by section, own items after the built-in ones, archived ones left out', () => {
    const plan = planMeasures([], ['acne']);
    const items = formItems(plan, [
      item({ slug: 'gluten', name: 'Gluten', kind: 'yesno', max: 1, group: 'food', position: 1 }),
      item({
        slug: 'burning',
        name: 'Burning',
        kind: 'rating',
        group: 'skin',
        position: 0,
        lowWord: 'a',
        highWord: 'b',
      }),
      item({ slug: 'old', name: 'Old', group: 'food', archivedOn: '2026-01-01' }),
    ]);
    const refs = items.map((i) => i.ref);
    expect(refs.indexOf('custom:burning')).toBe(refs.indexOf('inflamedSpots') + 1);
    expect(refs.indexOf('custom:gluten')).toBe(refs.indexOf('colourful') + 1);
    expect(refs).not.toContain('custom:old');
    expect(items.find((i) => i.ref === 'custom:burning')).toMatchObject({
      kind: 'scale',
      anchors: ['a', 'b'],
      higherIsWorse: null,
    });
  });
});
