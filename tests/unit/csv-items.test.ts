// Own items from another tracker's CSV: the kind guessed from a column's first rows (editable afterwards), a
// Daylio activities cell split into one yes/no item per activity, and one cell read for an item's kind.
import { describe, expect, test } from 'vitest';
import {
  draftFor,
  guessItem,
  guessKind,
  itemCell,
  rangeOfDraft,
  splitActivities,
  summarizeColumn,
} from '../../shared/export/csvItems';

const kindOf = (...cells: string[]) => guessKind(summarizeColumn(cells));

describe('guessing the kind of a new item from its column', () => {
  test.each([
    [['0', '1', '', '1'], 'yesno'],
    [['yes', 'no', 'Yes', ''], 'yesno'],
    [['x', '', 'x'], 'yesno'],
    [['3', '7', '10', '0'], 'rating'],
    [['good', 'rad', 'meh', 'awful', 'bad'], 'rating'],
    [['0', '4', '2'], 'number'],
    [['12', '40', '3'], 'count'],
    [['7.5', '8,25', '6'], 'number'],
    [['-3', '2'], 'number'],
    [['light', 'heavy', 'medium', 'light'], 'choice'],
  ] as const)('%j is a %s', (cells, kind) => {
    expect(kindOf(...cells)).toBe(kind);
  });

  test('nothing fits free text, an activities list or an empty column', () => {
    expect(
      kindOf('a long day at work', 'slept', 'new cream', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'),
    ).toBeNull();
    expect(kindOf('walk | coffee', 'walk')).toBeNull();
    expect(kindOf('', ' ')).toBeNull();
  });

  test('the guess is a whole definition the person can edit, named after the column', () => {
    expect(guessItem('Mood', 4, summarizeColumn(['good', 'rad', 'awful']))).toEqual({
      name: 'Mood',
      kind: 'rating',
      group: 'other',
      direction: 'better',
      question: '',
      lowWord: 'awful',
      highWord: 'rad',
    });
    expect(guessItem('Coffees', 1, summarizeColumn(['2', '14', '3']))).toMatchObject({ kind: 'count', max: 20 });
    expect(guessItem('Burning', 2, summarizeColumn(['0', '3', '2']))).toMatchObject({ kind: 'number', min: 0, max: 4 });
    expect(guessItem('Weight', 3, summarizeColumn(['71.4', '70.95']))).toMatchObject({
      kind: 'number',
      min: 0,
      max: 200,
      decimals: 2,
    });
    expect(guessItem('', 6, summarizeColumn(['a', 'b']))).toMatchObject({ name: 'Column 7', options: ['a', 'b'] });
    // A list of which one option was seen keeps it, beside a second one.
    expect(guessItem('Flow', 0, summarizeColumn(['heavy', '', 'heavy']))).toMatchObject({
      kind: 'choice',
      options: ['heavy', 'other'],
    });
    // Changing the kind re-drafts from the same column.
    expect(draftFor('choice', 'Flow', 0, summarizeColumn(['light', 'heavy']))).toMatchObject({
      kind: 'choice',
      options: ['light', 'heavy'],
    });
  });
});

describe('a Daylio activities cell', () => {
  test('is one activity per name between bars, each once, spaces tidied', () => {
    expect(splitActivities('walk | coffee |  Coffee | friends  and   family |')).toEqual([
      'walk',
      'coffee',
      'friends and family',
    ]);
    expect(splitActivities('')).toEqual([]);
    expect(splitActivities('reading')).toEqual(['reading']);
  });
});

describe('reading a cell for an item', () => {
  const mood = rangeOfDraft(draftFor('rating', 'Mood', 0, summarizeColumn(['good'])));
  const flow = rangeOfDraft({
    name: 'Flow',
    kind: 'choice',
    group: 'other',
    direction: 'neither',
    question: '',
    options: ['light', 'heavy'],
  });
  const period = rangeOfDraft({ name: 'Period', kind: 'yesno', group: 'other', direction: 'neither', question: '' });

  test('takes numbers, Daylio moods, yes/no words and list options by their words', () => {
    expect(itemCell(mood, '7')).toEqual({ ok: true, value: 7 });
    expect(itemCell(mood, 'Good')).toEqual({ ok: true, value: 8 });
    expect(itemCell(mood, 'awful')).toEqual({ ok: true, value: 0 });
    expect(itemCell(flow, 'HEAVY')).toEqual({ ok: true, value: 1 });
    expect(itemCell(period, 'yes')).toEqual({ ok: true, value: 1 });
    expect(itemCell(period, '0')).toEqual({ ok: true, value: 0 });
    expect(itemCell(period, '')).toEqual({ ok: true, value: null });
  });

  test('refuses a value outside the item in words that say what fits', () => {
    expect(itemCell(mood, '11')).toEqual({ ok: false, message: 'Mood must be from 0 to 10, not 11' });
    expect(itemCell(mood, '6.5')).toEqual({ ok: false, message: 'Mood takes whole numbers, not 6.5' });
    expect(itemCell(flow, 'spotting')).toEqual({
      ok: false,
      message: '"spotting" is not one of Flow’s options (light, heavy)',
    });
    expect(itemCell(period, 'maybe')).toEqual({ ok: false, message: '"maybe" is not yes or no' });
  });
});
