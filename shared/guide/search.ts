// Full-text search over the guide. Small enough to scan every section on each keystroke; no index needed.
import { GUIDE, sectionText } from './guide';
import type { Guide } from './types';

export type Range = [start: number, end: number];

export interface SearchHit {
  sectionId: string;
  chapterId: string;
  title: string;
  /** Plain text around the first match in the body, with "…" where it was cut. */
  snippet: string;
  /** Where the query words sit in `snippet`, sorted and non-overlapping, end exclusive. */
  ranges: Range[];
  /** Where the query words sit in `title`. */
  titleRanges: Range[];
}

/** How much text a snippet keeps before its first match, and how long it is at least (when the text allows). */
export interface SnippetSize {
  lead: number;
  length: number;
}

const GUIDE_SNIPPET: SnippetSize = { lead: 50, length: 170 };
const ELLIPSIS = '…';

/** The words of a query: split on spaces, stray punctuation trimmed, repeats dropped. */
export function queryTerms(query: string): string[] {
  const words = query
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}

/**
 * A query word as a pattern matching it literally, case folded the Unicode way ("Käse" finds "KÄSE"). Global by
 * default, for finding every match; a yes/no check with `test` needs the non-global form, because a global
 * pattern's `test` starts where its last match ended.
 */
export function termPattern(term: string, flags: 'giu' | 'iu' = 'giu'): RegExp {
  // Matching with the "i" flag on the original text keeps offsets exact, whatever case mapping would do.
  return new RegExp(term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), flags);
}

function findAll(text: string, pattern: RegExp): Range[] {
  const out: Range[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Where the (global) patterns match in `text`, sorted and merged where they touch or overlap. */
export function rangesIn(text: string, patterns: RegExp[]): Range[] {
  return mergeRanges(patterns.flatMap((p) => findAll(text, p)));
}

/** Cut a window around `first` at word boundaries, so no word in the snippet is chopped in half. */
export function cutSnippet(text: string, first: number, matchEnd: number, size: SnippetSize = GUIDE_SNIPPET): string {
  let start = Math.max(0, first - size.lead);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= first ? first : space + 1;
  }
  let end = Math.min(text.length, Math.max(start + size.length, matchEnd));
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > matchEnd ? space : Math.max(matchEnd, end);
  }
  return (start > 0 ? ELLIPSIS : '') + text.slice(start, end) + (end < text.length ? ELLIPSIS : '');
}

/**
 * Sections containing every word of the query (case-insensitive, anywhere in the title, body or keywords),
 * best first: title hits weigh most, then keyword hits, then how often the words appear in the body.
 */
export function searchGuide(query: string, guide: Guide = GUIDE): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const patterns = terms.map((t) => termPattern(t));
  const phrase = terms.length > 1 ? termPattern(terms.join(' ')) : null;

  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  let order = 0;
  for (const chapter of guide.chapters) {
    for (const section of chapter.sections) {
      order += 1;
      const body = sectionText(section);
      let score = 0;
      let everyTermFound = true;
      for (const [i, term] of terms.entries()) {
        const pattern = patterns[i]!;
        const inTitle = findAll(section.title, pattern).length > 0;
        const bodyCount = findAll(body, pattern).length;
        const keywordExact = section.keywords.some((k) => k.toLowerCase() === term);
        const keywordPart = section.keywords.some((k) => findAll(k, pattern).length > 0);
        if (!inTitle && bodyCount === 0 && !keywordPart) {
          everyTermFound = false;
          break;
        }
        score += (inTitle ? 8 : 0) + (keywordExact ? 6 : keywordPart ? 3 : 0) + Math.min(bodyCount, 5);
      }
      if (!everyTermFound) continue;
      if (phrase && (findAll(section.title, phrase).length > 0 || findAll(body, phrase).length > 0)) score += 5;

      const bodyHits = rangesIn(body, patterns);
      const firstHit = bodyHits[0];
      const snippet = firstHit ? cutSnippet(body, firstHit[0], firstHit[1]) : cutSnippet(body, 0, 0);
      scored.push({
        hit: {
          sectionId: section.id,
          chapterId: chapter.id,
          title: section.title,
          snippet,
          ranges: rangesIn(snippet, patterns),
          titleRanges: rangesIn(section.title, patterns),
        },
        score,
        order,
      });
    }
  }
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.hit);
}
