// The command line over a real journal file: `trial list` and `trial analyze <id> --json` must print what the
// app's router returns for the same journal (one code path), and misuse must be explained, not crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJournalApp } from '../../electron/core/journalApp';
import { fillDemoJournal } from '../../electron/core/data/demoDays';
import { fillDemoTrial } from '../../electron/core/trials/demoTrial';
import { cli, cliProcess } from '../helpers/cli';

let dir: string;
let journal: string;
let expected: unknown;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-cli-trials-'));
  journal = path.join(dir, 'journal.sqlite');
  const app = openJournalApp({ journalPath: journal });
  fillDemoJournal(app.ctx, { days: 180, seed: 7 });
  const { trialId } = fillDemoTrial(app.ctx, { seed: 7 });
  const result = await app.router.handle('trials.analyze', { trialId }, { url: 'test:' });
  expected = result.ok ? result.value : result.error;
  app.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run axis -- trial', () => {
  it('lists the trials', async () => {
    const r = await cli('trial', 'list', '--journal', journal);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#1\s+Dairy\s+Finished\s+\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/);
  });

  it('prints the full result as JSON, identical to what the app gets', async () => {
    const r = await cli('trial', 'analyze', '1', '--json', '--journal', journal);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(parsed).toEqual(expected);
    expect(parsed.analysis.verdict.kind).toMatch(
      /^(not-enough-data|looks-like-a-trigger|no-meaningful-difference|inconclusive)$/,
    );
    expect(parsed.slips).toHaveLength(1);
    expect(parsed.changes.map((c: { description: string }) => c.description)).toContain('Started Vitamin D3 1000 IU');
  });

  it('prints the verdict in words without --json', async () => {
    const r = await cli('trial', 'analyze', '1', '--journal', journal);
    expect(r.code).toBe(0);
    const verdict = (expected as { analysis: { verdict: { title: string; certainty: string } } }).analysis.verdict;
    // The title, then straight away the one sentence of how sure, as on the results screen.
    expect(r.out).toContain(`${verdict.title}\n${verdict.certainty}\n`);
    expect(r.out).toMatch(/ in 100\)? that your overall skin score/);
    expect(r.out).toMatch(/Keep in mind:/);
    expect(r.out).not.toMatch(/\bcauses?\b/i);
  });

  it('explains misuse and unknown trials', async () => {
    expect(await cli('trial', '--journal', journal)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/trial list.*trial analyze <id>/),
    });
    expect(await cli('trial', 'analyze', 'x', '--journal', journal)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/by its number/),
    });
    expect(await cli('trial', 'remove', '1', '--journal', journal)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown trial command "remove"/),
    });
    expect(await cli('trial', 'analyze', '42', '--journal', journal)).toMatchObject({
      code: 1,
      err: 'There is no trial number 42 in this journal.',
    });
    expect(await cli('trial', 'list', '--journal', path.join(dir, 'missing.sqlite'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/There is no journal/),
    });
  });

  it('runs as a real process through npx tsx', async () => {
    const { code, stdout } = await cliProcess('trial', 'list', '--journal', journal);
    expect(code).toBe(0);
    expect(stdout).toMatch(/#1\s+Dairy/);
  });
});
