// Prepared statements are cached per connection: preparing costs more than running a small query, and the
// same few queries run on every check-in.
import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

export function sql(db: Database, text: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map<string, Statement>()));
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = db.prepare(text)));
  return statement;
}
