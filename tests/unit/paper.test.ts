// Which paper a report starts on: the region the computer is set to decides (A4, or Letter in the US,
// Canada and the few countries that follow them); a language without a region says nothing of where.
import { describe, expect, it } from 'vitest';
import { paperForLocale } from '$shared/domain/paper';

describe('paper from the computer’s region', () => {
  it('is Letter in the US and Canada, whatever the language', () => {
    for (const l of ['en-US', 'es-US', 'en-CA', 'fr-CA', 'en_US.UTF-8', 'fr_CA.utf8', 'zh-Hans-US', 'es-MX'])
      expect(paperForLocale(l), l).toBe('letter');
  });

  it('is A4 everywhere else, and when no region is known', () => {
    for (const l of [
      'en-GB',
      'en-AU',
      'de-DE',
      'fr-FR',
      'en_GB.UTF-8',
      'ja-JP',
      'en',
      'C',
      'POSIX',
      '',
      null,
      undefined,
    ])
      expect(paperForLocale(l), String(l)).toBe('a4');
  });
});
