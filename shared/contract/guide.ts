// Operations behind the in-app guide: reading progress and the last section opened live in the journal (so
// they travel with backups), and a search over the person's own notes sits beside the guide's search.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import { command, noInput, ok, query } from './define';

/**
 * The shape of a section id only. Whether the id names a real section is checked by the service against
 * the guide itself, so a refusal can say which id was unknown.
 */
export const guideSectionIdSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a guide section id such as "supplements-l-glutamine"' });

export const guideProgressSchema = z.strictObject({
  /** Sections marked read, in the guide's reading order, with when (UTC) they were first marked. */
  read: z.array(z.strictObject({ sectionId: guideSectionIdSchema, readAt: z.string() })),
  /** The section to offer under "Continue where I left off"; null before any reading. */
  lastOpened: guideSectionIdSchema.nullable(),
});
export type GuideProgress = z.infer<typeof guideProgressSchema>;

const rangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const noteHitSchema = z.strictObject({
  day: daySchema,
  /** Plain text around the first match, with "…" where it was cut. */
  snippet: z.string(),
  /** Where the query words sit in `snippet`, sorted and non-overlapping, end exclusive. */
  ranges: z.array(rangeSchema),
});
export type NoteHit = z.infer<typeof noteHitSchema>;

/** How many days a notes search returns at most: enough to be useful beside the guide's own results. */
export const NOTE_HITS_LIMIT = 20;

export const guideOperations = {
  'guide.progress': query(
    'Which guide sections are marked read, and the last one opened',
    noInput,
    guideProgressSchema,
  ),
  'guide.markRead': command(
    'Mark a guide section as read, or as not read yet',
    z.strictObject({ sectionId: guideSectionIdSchema, read: z.boolean() }),
    guideProgressSchema,
  ),
  'guide.setLastOpened': command(
    'Remember the guide section being read, for "Continue where I left off"',
    z.strictObject({ sectionId: guideSectionIdSchema }),
    ok,
  ),
  'guide.searchNotes': query(
    `Journal days whose notes contain every word of the query, newest first (at most ${NOTE_HITS_LIMIT})`,
    z.strictObject({ query: z.string().max(200) }),
    z.array(noteHitSchema).max(NOTE_HITS_LIMIT),
  ),
};
