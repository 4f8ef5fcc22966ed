// `npm run architecture`: redraws the picture in docs/architecture.md from the code itself. dependency-cruiser
// reads every import (type-only ones too), folds them into the areas the page names (the shell, the core's
// areas, the command line, the preload, shared's models, the renderer's views, components and lib), and
// prints a Mermaid flowchart, which replaces the block between the two markers. `--check` changes nothing
// and exits 1 when the page's picture is out of date (tests/unit/architecture-doc.test.ts runs it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOC = path.join(ROOT, 'docs/architecture.md');
const START = '<!-- graph:start (npm run architecture) -->';
const END = '<!-- graph:end -->';
const COLLAPSE =
  '^(electron/core/[^/]+|electron/[^/]+|shared/trials/[^/]+|shared/[^/]+|renderer/src/(views|components|lib))';

export function graph(): string {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'electron',
      'shared',
      'renderer/src',
      '--config',
      '.dependency-cruiser.cjs',
      '--include-only',
      '^(electron|shared|renderer)/',
      '--collapse',
      COLLAPSE,
      '--output-type',
      'mermaid',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
  return run.stdout.trim();
}

export function withGraph(doc: string, mermaid: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/architecture.md has no ${START} … ${END} block`);
  return `${doc.slice(0, start + START.length)}\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n${doc.slice(end)}`;
}

if (process.argv[1] && /architecture\.[cm]?[tj]s$/.test(process.argv[1])) {
  const doc = fs.readFileSync(DOC, 'utf8');
  const next = withGraph(doc, graph());
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error('docs/architecture.md is out of date: run `npm run architecture`.');
      process.exit(1);
    }
    console.log('docs/architecture.md matches the code.');
  } else if (next !== doc) {
    fs.writeFileSync(DOC, next);
    console.log('docs/architecture.md redrawn.');
  } else console.log('docs/architecture.md already matches the code.');
}
