// shared/ runs in the renderer, the main process and the command line alike: it must import nothing that
// only exists in one of them.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../shared');
const FORBIDDEN =
  /from\s+['"](electron|better-sqlite3|node:[^'"]+|fs|path|os|child_process|svelte[^'"]*)['"]|from\s+['"](\.\.\/)+(electron|renderer)\//;

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

test('shared/ imports nothing from electron, node, svelte, the renderer or the main process', () => {
  // Globals such as window or process are caught by tsconfig.shared.json, which type-checks shared/ with
  // neither the DOM nor Node's types.
  const offenders = files(ROOT).filter((f) => FORBIDDEN.test(fs.readFileSync(f, 'utf8')));
  expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
});
