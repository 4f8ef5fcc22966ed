// docs/architecture.md shows the code as it is: its picture is redrawn from the imports by
// `npm run architecture`, and this test fails when someone changes the arrows without redrawing it. The
// page's table of layers names every folder of electron/ and shared/ that exists.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { graph, withGraph } from '../../scripts/architecture';

const ROOT = path.resolve(import.meta.dirname, '../..');
const doc = fs.readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');

it('has the picture the code draws now', () => {
  expect(withGraph(doc, graph())).toBe(doc);
}, 60_000);

it('names every folder of electron/ and shared/ in its table of layers', () => {
  const folders = [
    ...fs.readdirSync(path.join(ROOT, 'electron')).map((f) => `electron/${f}/`),
    ...fs.readdirSync(path.join(ROOT, 'shared')).map((f) => (f === 'contract' ? 'shared/contract/' : `${f}/`)),
  ];
  for (const f of folders) expect(doc, f).toContain(f);
});
