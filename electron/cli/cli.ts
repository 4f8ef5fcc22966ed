// `npm run axis -- <command> --journal <file>`: the command line over the same services, router and
// journal file as the app. Exit status: 0 done, 1 the command found a problem, 2 the command was misused.
import fs from 'node:fs';
import path from 'node:path';
import { openJournalApp } from '../core/journalApp';
import { parseArgs, stringFlag, UsageError } from './args';
import type { CliCommand, Output } from './command';
import { check, demo } from './journal';
import { DATA_COMMANDS } from './data';
import { trial } from './trials';
import { report } from './report';
import { JournalOpenError } from '../core/db/open';

export const COMMANDS: readonly CliCommand[] = [check, demo, trial, ...DATA_COMMANDS, report];

function help(io: Output): void {
  io.out('Usage: npm run axis -- <command> [options] --journal <file>   (or set AXIS_JOURNAL)');
  io.out('');
  for (const c of COMMANDS) io.out(`  ${c.usage}\n      ${c.summary}`);
}

export async function runCli(
  argv: readonly string[],
  io: Output,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    help(io);
    return 2;
  }
  try {
    const args = parseArgs(rest, { valued: ['journal', ...command.valued], boolean: command.boolean });
    const journalPath = stringFlag(args, 'journal') ?? env.AXIS_JOURNAL;
    if (!journalPath)
      throw new UsageError(
        'Say which journal to use with --journal <file> (or the AXIS_JOURNAL environment variable).',
      );
    if (command.needsExistingJournal && !fs.existsSync(journalPath))
      throw new UsageError(`There is no journal at ${journalPath}.`);
    // A copy taken before a format update lands in the same backups folder the app uses.
    const app = openJournalApp({
      journalPath,
      backupDir: path.join(path.dirname(path.resolve(journalPath)), 'backups'),
      // The shell's paper locale (LC_PAPER, as POSIX names it), for the report's default paper.
      host: { locale: env.LC_ALL || env.LC_PAPER || env.LANG },
    });
    try {
      return await command.run(app, args, io);
    } finally {
      app.close();
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\nUsage: npm run axis -- ${command.usage}`);
      return 2;
    }
    if (e instanceof JournalOpenError) {
      io.err(e.message);
      return 1;
    }
    io.err(`Axis stopped with an error: ${(e as Error).message}`);
    return 1;
  }
}

// Run when executed directly (tsx electron/cli/cli.ts), not when imported by tests.
if (process.argv[1] && /cli\.[cm]?[tj]s$/.test(process.argv[1])) {
  // `npm run axis -- trial list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  void runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
