// The journal file itself: which day it is by the person's day-end setting, where the file lives and what it
// holds, switching to the demo journal and back, and the health check the command line's `check` prints.
import type { OutputOf, ParsedInputOf } from '$shared/contract/index';
import { UserFacingError } from '$shared/contract/result';
import type { ServiceContext } from '../context';
import { LATEST_VERSION, schemaVersionOf } from '../db/open';
import { sql } from '../db/statements';
import { entriesHeld } from '../data/importJson';
import { backupWarning } from '../data/backups';
import { countCheckIns } from './checkIns';
import { getSettings, today } from './settings';
import { paperForLocale } from '$shared/domain/paper';

export function journalToday(ctx: ServiceContext, { now }: ParsedInputOf<'journal.today'>): OutputOf<'journal.today'> {
  return { day: today(ctx, now ? new Date(now) : undefined) };
}

export function journalInfo(ctx: ServiceContext): OutputOf<'journal.info'> {
  return {
    path: ctx.journalPath,
    isDemo: ctx.isDemo,
    schemaVersion: schemaVersionOf(ctx.db),
    checkIns: countCheckIns(ctx),
    entries: entriesHeld(ctx.db),
    firstDay: (sql(ctx.db, 'SELECT min(day) AS day FROM check_ins').get() as { day: string | null }).day,
    paper: getSettings(ctx).reportPaper ?? paperForLocale(ctx.host.locale),
    readOnly: ctx.readOnly ? readOnlyBanner(ctx.readOnly) : null,
  };
}

/** The banner of a journal Axis cannot write. */
export const readOnlyBanner = (why: string): string =>
  `This journal is read-only: ${why}. You can read it, export it and take copies, but nothing you change can be saved. To write to it, make it writable, or copy it to a folder you can write to and open that copy.`;

/** Not a write to this journal: the session closes it and opens the other file, outside any transaction. */
export function switchJournal(
  ctx: ServiceContext,
  { to }: ParsedInputOf<'journal.switch'>,
): OutputOf<'journal.switch'> {
  if (!ctx.host.switchJournal) throw new UserFacingError('conflict', 'Switching journals is only possible in the app.');
  ctx.host.switchJournal(to);
  return { ok: true };
}

/** SQLite's own integrity check and a count of every table: what `check` prints. */
export function checkJournal(ctx: ServiceContext): OutputOf<'journal.check'> {
  const integrity = String(ctx.db.pragma('integrity_check', { simple: true }));
  const tables = (
    sql(
      ctx.db,
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    ).all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  // Table names come from the file's own schema, quoted as identifiers (a name holding '"' is doubled).
  const counts = Object.fromEntries(
    tables.map((t) => [
      t,
      (ctx.db.prepare(`SELECT count(*) AS n FROM "${t.replace(/"/g, '""')}"`).get() as { n: number }).n,
    ]),
  );
  const range = sql(ctx.db, 'SELECT min(day) AS first, max(day) AS last FROM check_ins').get() as {
    first: string | null;
    last: string | null;
  };
  return {
    integrity,
    schemaVersion: schemaVersionOf(ctx.db),
    latestVersion: LATEST_VERSION,
    counts,
    firstDay: range.first,
    lastDay: range.last,
    warnings: [
      ...(ctx.readOnly ? [readOnlyBanner(ctx.readOnly)] : []),
      ...(ctx.isDemo ? [] : [backupWarning(ctx)].filter((w): w is string => w !== null)),
    ],
  };
}
