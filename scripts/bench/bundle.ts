// What the renderer costs to load: its JavaScript, gzipped as a person's disk cache would not need, but as
// the usual yardstick for "how much code is this". Fonts and CSS are listed separately.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Figure } from './measure';

/** The preload runs in every window before the page: it should stay a thin bridge (no schemas, no zod). */
function preload(file: string): Figure[] {
  if (!fs.existsSync(file)) return [];
  return [
    {
      name: 'preload JavaScript (every window loads it)',
      value: fs.statSync(file).size / 1024,
      unit: 'KB',
      detail: 'not gzipped: read from disk as it is',
    },
  ];
}

export function benchBundle(rendererDir: string): Figure[] {
  const assets = path.join(rendererDir, 'assets');
  const files = fs.readdirSync(assets);
  const gz = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(assets, f)), { level: 9 }).length, 0) / 1024;
  return [
    {
      name: 'renderer JavaScript, gzipped',
      value: gz('.js'),
      unit: 'KB',
      target: 200,
      detail: `${files.filter((f) => f.endsWith('.js')).length} files`,
    },
    { name: 'renderer CSS, gzipped', value: gz('.css'), unit: 'KB' },
    ...preload(path.join(rendererDir, '../preload/preload.js')),
  ];
}
