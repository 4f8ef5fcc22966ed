// The import rules of docs/architecture.md bite: dependency-cruiser, with the project's own
// .dependency-cruiser.cjs, is run over a small made-up tree in which each file breaks one rule, and must
// name every broken rule; the same rules pass on the real tree (npm run lint runs them there).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Each file breaks the rule named beside it (a `// ok` file only exists to be imported). */
const TREE: Record<string, [content: string, breaks: string | null]> = {
  'shared/domain/usesNode.ts': ["import fs from 'node:fs';\nexport const read = fs.readFileSync;", 'shared-is-pure'],
  'shared/domain/circleA.ts': ["import type { B } from './circleB';\nexport type A = { b?: B };", 'no-circular'],
  // The circle is reported once, from its first file.
  'shared/domain/circleB.ts': ["import type { A } from './circleA';\nexport type B = { a?: A };", null],
  'shared/trials/protocol/plan.ts': [
    "import { judge } from '../analysis/verdict';\nexport const p = judge;",
    'trials-protocol-below-analysis',
  ],
  'shared/trials/analysis/verdict.ts': ['export const judge = 1;', null],
  'shared/report/build.ts': [
    "import type { Contract } from '../contract/index';\nexport type R = Contract;",
    'contract-is-the-top-of-shared',
  ],
  'shared/contract/index.ts': ['export type Contract = { name: string };', null],
  'electron/core/journal/usesElectron.ts': [
    "import { app } from 'electron';\nexport const a = app;",
    'core-is-electron-free',
  ],
  'electron/core/db/open.ts': [
    "import { save } from '../journal/checkIns';\nexport const s = save;",
    'database-below-operations',
  ],
  'electron/core/journal/checkIns.ts': ['export const save = 1;', null],
  'electron/preload/preload.ts': [
    "import type { Contract } from '../../shared/contract/index';\nexport type P = Contract;",
    'preload-is-tiny',
  ],
  'electron/main/main.ts': ["import { run } from '../cli/cli';\nexport const m = run;", 'shell-uses-core-not-cli'],
  'electron/cli/cli.ts': ["import { win } from '../main/window';\nexport const run = win;", 'cli-through-core'],
  'electron/cli/dialog.ts': ["import { dialog } from 'electron';\nexport const d = dialog;", 'cli-through-core'],
  'electron/main/window.ts': ['export const win = 1;', null],
  'renderer/src/lib/api.ts': [
    "import { save } from '../../../electron/core/journal/checkIns';\nexport const a = save;",
    'renderer-talks-to-the-contract-only',
  ],
  'scripts/bench.ts': ["import { h } from '../tests/helper';\nexport const b = h;", 'scripts-do-not-import-tests'],
  'tests/helper.ts': ['export const h = 1;', null],
};

let dir: string;
let violations: { rule: string; from: string }[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-boundaries-'));
  for (const [file, [content]] of Object.entries(TREE)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content + '\n');
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true } }),
  );
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'shared',
      'electron',
      'renderer',
      'scripts',
      'tests',
      '--config',
      path.join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as {
    summary: { violations: { rule: { name: string }; from: string }[] };
  };
  violations = report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from }));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the import rules', () => {
  for (const [file, [, rule]] of Object.entries(TREE)) {
    if (!rule) continue;
    it(`${rule}: refuses ${file}`, () => {
      expect(violations).toContainEqual({ rule, from: file });
    });
  }

  it('find nothing in files that break no rule', () => {
    const innocent = Object.entries(TREE)
      .filter(([, [, rule]]) => rule === null)
      .map(([file]) => file);
    expect(violations.filter((v) => innocent.includes(v.from) && v.rule !== 'no-circular')).toEqual([]);
  });
});
