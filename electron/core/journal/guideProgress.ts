// Reading progress through the guide and the search over the person's notes. Section ids are checked
// against the guide itself: a stale or mistyped id is refused in words and nothing is written, so the
// journal never collects progress for sections that do not exist.
import type { GuideProgress, NoteHit } from '$shared/contract/guide';
import { NOTE_HITS_LIMIT } from '$shared/contract/guide';
import { sql } from '../db/statements';
import { UserFacingError } from '$shared/contract/result';
import {
  allSections,
  cutSnippet,
  queryTerms,
  rangesIn,
  sectionById,
  termPattern,
  type Range,
  type SnippetSize,
} from '$shared/guide';
import { nowIso, type ServiceContext } from '../context';

const LAST_OPENED_KEY = 'lastOpened';

function requireSection(sectionId: string): void {
  if (!sectionById(sectionId)) {
    throw new UserFacingError(
      'invalid-input',
      `The guide has no section called "${sectionId.slice(0, 120)}", so nothing was saved.`,
    );
  }
}

export function getProgress(ctx: ServiceContext): GuideProgress {
  const rows = ctx.db.prepare('SELECT section_id, read_at FROM guide_progress').all() as {
    section_id: string;
    read_at: string;
  }[];
  const readAt = new Map(rows.map((r) => [r.section_id, r.read_at]));
  // Reading order, and only sections the guide still has: a section renamed in a later version simply
  // shows as not read yet rather than as a count that can never be reached.
  const read = allSections()
    .filter((s) => readAt.has(s.id))
    .map((s) => ({ sectionId: s.id, readAt: readAt.get(s.id)! }));
  const last = ctx.db.prepare('SELECT value FROM guide_state WHERE key = ?').get(LAST_OPENED_KEY) as
    { value: string } | undefined;
  return { read, lastOpened: last && sectionById(last.value) ? last.value : null };
}

export function markRead(
  ctx: ServiceContext,
  { sectionId, read }: { sectionId: string; read: boolean },
): GuideProgress {
  requireSection(sectionId);
  if (read) {
    // The first time it was marked read is kept: marking again is not news.
    ctx.db
      .prepare('INSERT INTO guide_progress (section_id, read_at) VALUES (?, ?) ON CONFLICT (section_id) DO NOTHING')
      .run(sectionId, nowIso(ctx));
  } else {
    ctx.db.prepare('DELETE FROM guide_progress WHERE section_id = ?').run(sectionId);
  }
  return getProgress(ctx);
}

export function setLastOpened(ctx: ServiceContext, { sectionId }: { sectionId: string }): { ok: true } {
  requireSection(sectionId);
  ctx.db
    .prepare(
      'INSERT INTO guide_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(LAST_OPENED_KEY, sectionId);
  return { ok: true };
}

// Notes get a shorter window than guide sections.
const NOTE_SNIPPET: SnippetSize = { lead: 40, length: 160 };

/** A window of the note around its first match, cut at spaces so no word is chopped. */
function snippetOf(notes: string, patterns: RegExp[]): { snippet: string; ranges: Range[] } {
  const text = notes.replace(/\s+/g, ' ').trim();
  const first = rangesIn(text, patterns)[0] ?? [0, 0];
  const snippet = cutSnippet(text, first[0], first[1], NOTE_SNIPPET);
  return { snippet, ranges: rangesIn(snippet, patterns) };
}

/**
 * Days whose notes contain every word of the query, newest first. The notes are matched in JS with the same
 * case-insensitive Unicode patterns that place the highlights: SQL's LIKE folds case for ASCII letters only,
 * so "käse" would not find "Käse", and a search that finds a word but cannot highlight it (or the reverse)
 * would be confusing. A journal of ten years is a few thousand notes, read newest first until enough match.
 */
export function searchNotes(ctx: ServiceContext, { query }: { query: string }): NoteHit[] {
  // Both sides in one Unicode form: "é" typed as one character or as "e" plus an accent is the same letter.
  const terms = queryTerms(query.normalize('NFC')).slice(0, 8);
  if (terms.length === 0) return [];
  const checks = terms.map((t) => termPattern(t, 'iu'));
  const patterns = terms.map((t) => termPattern(t));
  const hits: NoteHit[] = [];
  const rows = sql(
    ctx.db,
    "SELECT day, notes FROM check_ins WHERE notes <> '' ORDER BY day DESC",
  ).iterate() as IterableIterator<{ day: string; notes: string }>;
  for (const r of rows) {
    const notes = r.notes.normalize('NFC');
    if (!checks.every((p) => p.test(notes))) continue;
    hits.push({ day: r.day, ...snippetOf(notes, patterns) });
    if (hits.length === NOTE_HITS_LIMIT) break; // leaving the loop early closes the statement
  }
  return hits;
}
