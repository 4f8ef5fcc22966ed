// --map and --scale on the command line (electron/cli/pairs.ts): column=value pairs, with CSV-style quotes for
// a column name holding a comma, an equals sign or a quote.
import { expect, test } from 'vitest';
import { UsageError } from '../../electron/cli/args';
import { parsePairs } from '../../electron/cli/pairs';

test('plain pairs, quoted names with commas, equals signs and doubled quotes', () => {
  expect(parsePairs('Date=day, Mood=ignore', 'map')).toEqual([
    ['Date', 'day'],
    ['Mood', 'ignore'],
  ]);
  expect(parsePairs('"Sleep, hours"=sleep_hours,"a=b"=ignore,"Mood ""today"""=ignore', 'map')).toEqual([
    ['Sleep, hours', 'sleep_hours'],
    ['a=b', 'ignore'],
    ['Mood "today"', 'ignore'],
  ]);
  expect(parsePairs('Fish oil="supplement: Fish oil, EPA"', 'map')).toEqual([
    ['Fish oil', 'supplement: Fish oil, EPA'],
  ]);
  expect(parsePairs('', 'map')).toEqual([]);
});

test('a pair without "=", an unclosed quote, or text after a quoted value is misuse, said in words', () => {
  expect(() => parsePairs('Mood', 'map')).toThrowError(UsageError);
  expect(() => parsePairs('Mood', 'map')).toThrowError(/has no "=".*double quotes/);
  expect(() => parsePairs('"Sleep, hours=sleep_hours', 'map')).toThrowError(/never closed/);
  expect(() => parsePairs('a="b"c,x=y', 'map')).toThrowError(/a comma should come/);
});
