// Commands about the journal file itself.
import { LATEST_VERSION } from '../core/db/open';
import { fillDemo } from '../core/data/demoJournal';
import { countCheckIns } from '../core/journal/checkIns';
import { integerFlag, UsageError } from './args';
import type { CliCommand } from './command';

export const check: CliCommand = {
  name: 'check',
  usage: 'check --journal <file>',
  summary: 'Integrity, format version and how much the journal holds',
  valued: [],
  boolean: ['json'],
  needsExistingJournal: true,
  run(app, args, io) {
    const integrity = String(app.db.pragma('integrity_check', { simple: true }));
    const version = Number(app.db.pragma('user_version', { simple: true }));
    const tables = (
      app.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((t) => t.name);
    const counts = Object.fromEntries(
      tables.map((t) => [t, (app.db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
    const range = app.db.prepare('SELECT min(day) AS first, max(day) AS last FROM check_ins').get() as {
      first: string | null;
      last: string | null;
    };
    if (args.flags.has('json')) {
      io.out(
        JSON.stringify({
          integrity,
          schemaVersion: version,
          latestVersion: LATEST_VERSION,
          counts,
          firstDay: range.first,
          lastDay: range.last,
        }),
      );
    } else {
      io.out(`Integrity: ${integrity}`);
      io.out(`Format version: ${version} (this Axis writes ${LATEST_VERSION})`);
      io.out(`Days logged: ${counts.check_ins ?? 0}${range.first ? ` (${range.first} to ${range.last})` : ''}`);
      for (const t of tables.filter((t) => t !== 'check_ins')) io.out(`  ${t}: ${counts[t]}`);
    }
    return integrity === 'ok' ? 0 : 1;
  },
};

export const demo: CliCommand = {
  name: 'demo',
  usage: 'demo --days N [--seed N] --journal <file>',
  summary: 'Fill an empty journal with realistic generated data (a dairy trial too from about 200 days)',
  valued: ['days', 'seed'],
  boolean: [],
  needsExistingJournal: false,
  run(app, args, io) {
    const days = integerFlag(args, 'days', 1, 36_600, 180);
    const seed = integerFlag(args, 'seed', 0, 2 ** 31 - 1, 7);
    if (countCheckIns(app.ctx) > 0)
      throw new UsageError(
        'That journal already holds entries; demo data only goes into an empty journal, so it never mixes with real notes.',
      );
    const result = fillDemo(app.ctx, { days, seed });
    io.out(
      `Wrote ${result.checkIns} demo check-ins from ${result.first} to ${result.last}${result.trialId ? ', with a finished dairy trial' : ''}.`,
    );
    return 0;
  },
};
