// `trackables list` and `trackables add` on a real journal, and `check` counting the tables of format 6.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/journal';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function journal(): Promise<string> {
  const d = tempDir();
  dirs.push(d);
  const file = path.join(d, 'journal.sqlite');
  expect((await cli('demo', '--days', '20', '--seed', '4', '--journal', file)).code).toBe(0);
  return file;
}

test('adds items of each kind and a starter, lists them, and refuses bad ones in words', async () => {
  const file = await journal();
  expect(await cli('trackables', 'add', '--starter', 'gluten', '--journal', file)).toMatchObject({
    code: 0,
    out: 'Added "Gluten" as gluten: yes or no.',
  });
  expect(
    await cli(
      'trackables',
      'add',
      '--name',
      'Walk',
      '--kind',
      'number',
      '--unit',
      'km',
      '--min',
      '0',
      '--max',
      '30',
      '--decimals',
      '1',
      '--group',
      'lifestyle',
      '--direction',
      'better',
      '--journal',
      file,
    ),
  ).toMatchObject({ code: 0, out: 'Added "Walk" as walk: number with a unit, 0 km to 30 km in steps of 0.1.' });
  expect(
    await cli(
      'trackables',
      'add',
      '--name',
      'Burning',
      '--kind',
      'rating',
      '--low',
      'none',
      '--high',
      'severe',
      '--group',
      'skin',
      '--direction',
      'worse',
      '--journal',
      file,
    ),
  ).toMatchObject({ code: 0 });

  const refused = await cli(
    'trackables',
    'add',
    '--name',
    'Pain',
    '--kind',
    'rating',
    '--group',
    'skin',
    '--journal',
    file,
  );
  expect(refused.code).toBe(1);
  expect(refused.err).toMatch(/a rating needs words for both ends/);
  const duplicate = await cli('trackables', 'add', '--starter', 'gluten', '--journal', file);
  expect(duplicate.err).toMatch(/already track an item called "Gluten"/);
  expect((await cli('trackables', 'add', '--max', 'lots', '--journal', file)).code).toBe(2);

  const listed = await cli('trackables', 'list', '--journal', file);
  expect(listed.out.split('\n').map((l) => l.split(/\s{2,}/)[0])).toEqual(['gluten', 'walk', 'burning']);
  const json = JSON.parse((await cli('trackables', 'list', '--json', '--journal', file)).out) as { slug: string }[];
  expect(json.map((t) => t.slug)).toEqual(['gluten', 'walk', 'burning']);

  const check = JSON.parse((await cli('check', '--json', '--journal', file)).out) as { counts: Record<string, number> };
  expect(check.counts).toMatchObject({
    trackables: 3,
    trackable_values: 0,
    treatments: 0,
    tracking_plan: 0,
    quick_pins: 0,
  });
});
