// A real journal in a temporary file, opened exactly as the app opens it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openJournalApp, type JournalApp, type StartOptions } from '../../electron/core/journalApp';
import type { OperationName, InputOf, OutputOf } from '$shared/contract/index';
import type { ApiResult } from '$shared/contract/result';
import { TABLES } from '$shared/export/tables';

export const TEST_SENDER = { url: 'test:' };

export function tempDir(prefix = 'axis-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestJournal {
  app: JournalApp;
  path: string;
  dir: string;
  /** Calls an operation through the router, as the renderer would. */
  call<K extends OperationName>(name: K, input: InputOf<K>): Promise<ApiResult<OutputOf<K>>>;
  /** Like call, but fails the test on a refused call and returns the value. */
  value<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>>;
  close(): void;
}

export function openTestJournal(options: Partial<StartOptions> = {}): TestJournal {
  const dir = tempDir();
  const file = path.join(dir, 'journal.sqlite');
  const app = openJournalApp({ journalPath: file, ...options });
  const call = (name: string, input: unknown) => app.router.handle(name, input, TEST_SENDER);
  return {
    app,
    path: file,
    dir,
    call: call as TestJournal['call'],
    async value(name, input) {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name} was refused: ${result.error.message}`);
      return result.value as never;
    },
    close() {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every table's rows, for "nothing changed" comparisons. */
export function snapshot(app: JournalApp): Record<string, unknown[]> {
  const tables = (
    app.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, app.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

/** Every exported table's rows in key order (a restore or an import writes rows in key order, so the rowids
 * of text-keyed tables may differ from the original's). */
export function snapshotByKey(app: JournalApp): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLES.map((t) => [
      t.name,
      app.db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')}`).all(),
    ]),
  );
}

/** The journal file's bytes after a checkpoint: what a person would copy to another computer. */
export function fileHash(j: TestJournal): string {
  j.app.db.pragma('wal_checkpoint(TRUNCATE)');
  return crypto.createHash('sha256').update(fs.readFileSync(j.path)).digest('hex');
}
