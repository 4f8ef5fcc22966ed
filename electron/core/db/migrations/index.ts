// The explicit, ordered list of schema migrations. Position i takes a journal from version i to i + 1.
// A list, not a folder scan: a bundled app has no folder to scan.
import type { Database } from 'better-sqlite3';
import { migrateTo1 } from './001-journal';
import { migrateTo2 } from './002-guide-progress';
import { migrateTo3 } from './003-trials';
import { migrateTo4 } from './004-trial-safety';
import { migrateTo5 } from './005-journal-identity';
import { migrateTo6 } from './006-personal-journal';

export const MIGRATIONS: readonly ((db: Database) => void)[] = [
  migrateTo1,
  migrateTo2,
  migrateTo3,
  migrateTo4,
  migrateTo5,
  migrateTo6,
];

export const LATEST_VERSION = MIGRATIONS.length;
