import { expect, test } from 'vitest';
import { lowerFirst } from '$shared/trends/index';

test('labels are lowered inside a sentence only when they are ordinary capitalised words', () => {
  expect(lowerFirst('Dairy')).toBe('dairy');
  expect(lowerFirst('Zinc carnosine taken')).toBe('zinc carnosine taken');
  expect(lowerFirst('L-glutamine taken')).toBe('L-glutamine taken');
  expect(lowerFirst('PHGG')).toBe('PHGG');
  expect(lowerFirst('B12')).toBe('B12');
  expect(lowerFirst('Ölsaaten')).toBe('ölsaaten');
});
