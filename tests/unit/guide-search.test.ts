import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSections, queryTerms, searchGuide, sectionText, type SearchHit } from '$shared/guide';

/** Every highlighted span must be one of the query's words, ignoring case; spans sorted and apart. */
function expectRangesMatch(hits: SearchHit[], query: string): void {
  const terms = queryTerms(query);
  for (const hit of hits) {
    for (const [text, ranges] of [
      [hit.snippet, hit.ranges],
      [hit.title, hit.titleRanges],
    ] as const) {
      let previousEnd = -1;
      for (const [start, end] of ranges) {
        expect(start).toBeGreaterThan(previousEnd);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(text.length);
        const found = text.slice(start, end).toLowerCase();
        // Merged neighbours ("omega" + "omega-3") are allowed: the span must be made of query words.
        expect(
          terms.some((t) => found.includes(t)),
          `${found} in ${hit.sectionId}`,
        ).toBe(true);
        previousEnd = end;
      }
    }
  }
}

describe('searchGuide', () => {
  it.each([
    ['glutamine', 'supplements-l-glutamine'],
    ['kefir', 'add-fermented-foods'],
    ['butyrate', 'add-short-chain-fatty-acids'],
    ['probiotics', 'supplements-probiotics'],
    ['seed oils', 'reduce-seed-oils'],
    ['sleep', 'beyond-sleep'],
  ])('puts the section about "%s" first', (query, sectionId) => {
    const hits = searchGuide(query);
    expect(hits[0]?.sectionId).toBe(sectionId);
    expect(hits[0]?.snippet.toLowerCase()).toContain(queryTerms(query)[0]);
    expect(hits[0]?.ranges.length).toBeGreaterThan(0);
    expectRangesMatch(hits, query);
  });

  it('reports the chapter and title of each hit', () => {
    const [hit] = searchGuide('kefir');
    expect(hit).toMatchObject({ chapterId: 'foods-to-add', title: 'Fermented foods' });
  });

  it('ignores case in the query', () => {
    const lower = searchGuide('kefir');
    expect(searchGuide('KEFIR')).toEqual(lower);
    expect(searchGuide('KeFiR')).toEqual(lower);
    expect(searchGuide('GluTaMiNe')[0]?.sectionId).toBe('supplements-l-glutamine');
  });

  it('highlights the words as they appear in the text, whatever their case', () => {
    const hits = searchGuide('LACTOBACILLUS');
    const hit = hits.find((h) => h.sectionId === 'supplements-probiotics')!;
    const [start, end] = hit.ranges[0]!;
    expect(hit.snippet.slice(start, end)).toBe('Lactobacillus');
    expectRangesMatch(hits, 'LACTOBACILLUS');
  });

  it('requires every word of the query to match', () => {
    const hits = searchGuide('dairy trial');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const section = allSections().find((s) => s.id === hit.sectionId)!;
      const haystack = `${section.title} ${sectionText(section)} ${section.keywords.join(' ')}`.toLowerCase();
      expect(haystack).toContain('dairy');
      expect(haystack).toContain('trial');
    }
    expect(searchGuide('kefir xylophone')).toEqual([]);
  });

  it('returns nothing for nonsense, empty or punctuation-only queries', () => {
    expect(searchGuide('zxqvbnm')).toEqual([]);
    expect(searchGuide('')).toEqual([]);
    expect(searchGuide('   ')).toEqual([]);
    expect(searchGuide('?!.,')).toEqual([]);
  });

  it('treats regex characters in a query as plain text', () => {
    expect(() => searchGuide('(omega.*')).not.toThrow();
    expect(searchGuide('omega-3)').map((h) => h.sectionId)).toContain('add-omega-3');
    expect(searchGuide('.*')).toEqual([]);
  });

  it('marks a cut snippet with an ellipsis and keeps it short', () => {
    const hit = searchGuide('IGF-1')[0]!;
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.length).toBeLessThan(260);
  });

  it('ranks a section whose title matches above one that only mentions the word', () => {
    const ids = searchGuide('dairy').map((h) => h.sectionId);
    expect(ids[0]).toBe('reduce-dairy');
    expect(ids).toContain('add-fermented-foods');
  });
});

describe('searchGuide properties', () => {
  const sections = allSections();
  const words = sections.flatMap((s) =>
    (sectionText(s).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*[\p{L}\p{N}]/gu) ?? [])
      .filter((w) => w.length >= 4)
      .map((w) => ({ id: s.id, w })),
  );

  it('finds the section any word of the guide was taken from, in any case, with matching highlights', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        ({ id, w }, flips) => {
          const query = [...w].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
          const hits = searchGuide(query);
          expect(hits.map((h) => h.sectionId)).toContain(id);
          expect(hits).toEqual(searchGuide(w.toLowerCase()));
          expectRangesMatch(hits, query);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and always returns well-formed ranges for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (query) => {
        const hits = searchGuide(query);
        if (queryTerms(query).length === 0) expect(hits).toEqual([]);
        expectRangesMatch(hits, query);
      }),
      { numRuns: 500 },
    );
  });
});
