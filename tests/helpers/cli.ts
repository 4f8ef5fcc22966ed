// The command line, two ways: in this process through runCli (fast, for most cases), and as a real process
// started with `npx tsx electron/cli/cli.ts` (for what only the shell sees: the exit status and the streams).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../electron/cli/cli';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs a command in this process; what it printed comes back line by line, joined. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a command as its own process from the project folder; a failing exit status is returned, not thrown. */
export function cliProcess(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)('npx', ['tsx', 'electron/cli/cli.ts', ...argv], { cwd: ROOT }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
