// `npm run axis -- <command> --journal <file>`: the command line over the same services, router and
// journal file as the app. Exit status: 0 done, 1 the command found a problem, 2 the command was misused.
// What is at the journal's path is looked at first and never changed unless it is a journal: a file emptied
// to zero bytes, another program's database or a file that is not SQLite is named and refused (--start-new
// starts a new journal in an empty file, as the person chooses). A command that would create a journal works
// on a new one beside it and moves it into place only when it succeeds, so a failed command writes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openJournalApp, type JournalApp } from '../core/journalApp';
import { JournalOpenError, refusalOf, refusalWords } from '../core/db/open';
import { inspectJournalFile, type JournalFileState } from '../core/db/inspect';
import { newestBackupWithEntries } from '../core/data/backups';
import { damagedWords, errorCodeOf, failureInWords } from '../core/failures';
import { parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import type { CliCommand, Output } from './command';
import { check, demo } from './journal';
import { DATA_COMMANDS } from './data';
import { trial } from './trials';
import { report } from './report';
import { trackables } from './trackables';

export const COMMANDS: readonly CliCommand[] = [check, demo, trial, trackables, ...DATA_COMMANDS, report];

function help(io: Output): void {
  io.out('Usage: npm run axis -- <command> [options] --journal <file>   (or set AXIS_JOURNAL)');
  io.out('  --start-new   start a new journal in a file that is empty (zero bytes), after you checked it should be');
  io.out('');
  for (const c of COMMANDS) io.out(`  ${c.usage}\n      ${c.summary}`);
}

/** Where an emptied journal's entries can come back from, in words. */
function backupHint(journalPath: string): string {
  const best = newestBackupWithEntries(journalPath);
  const startNew = 'To start a new, empty journal in this file instead, run the command again with --start-new.';
  if (!best) return `Axis found no backup of it that holds entries. ${startNew}`;
  const when = new Date(best.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    `Its newest backup that holds entries is ${best.name} (${best.days} ${best.days === 1 ? 'day' : 'days'}, ${when}); ` +
    `restore it with: npm run axis -- restore "${best.path}" --journal "${journalPath}". ${startNew}`
  );
}

/** The shell's paper locale (LC_PAPER, as POSIX names it), for the report's default paper. */
const hostFor = (env: NodeJS.ProcessEnv) => ({ locale: env.LC_ALL || env.LC_PAPER || env.LANG });

type Plan = { open: 'as-is' } | { open: 'new'; replacing: 'nothing' | 'empty' } | { refuse: string };

function plan(command: CliCommand, state: JournalFileState, journalPath: string, args: ParsedArgs): Plan {
  switch (state.kind) {
    case 'journal':
      if (refusalOf(journalPath, state)) return { refuse: refusalWords(journalPath, state) };
      return { open: 'as-is' };
    case 'missing':
      if (command.needsExistingJournal) throw new UsageError(`There is no journal at ${journalPath}.`);
      return { open: 'new', replacing: 'nothing' };
    case 'empty-file':
    case 'empty-database':
      // Restoring puts a backup's entries into the file, which is exactly what an emptied file needs.
      if (command.name !== 'check' && (args.flags.has('start-new') || command.name === 'restore'))
        return { open: 'new', replacing: 'empty' };
      return { refuse: `${refusalWords(journalPath, state)} ${backupHint(journalPath)}` };
    case 'not-sqlite':
    case 'foreign':
      return { refuse: refusalWords(journalPath, state) };
  }
}

/** Runs the command on a new journal beside the real path, and puts it there only if the command succeeded. */
async function onNewJournal(
  journalPath: string,
  replacing: 'nothing' | 'empty',
  env: NodeJS.ProcessEnv,
  run: (app: JournalApp) => Promise<number>,
): Promise<number> {
  const dir = path.dirname(path.resolve(journalPath));
  let made: string | null = null; // the first folder this command created, removed again if it fails
  for (let d = dir; !fs.existsSync(d); d = path.dirname(d)) made = d;
  fs.mkdirSync(dir, { recursive: true });
  const temporary = path.join(
    dir,
    `.${path.basename(journalPath)}.new-${process.pid}-${crypto.randomBytes(4).toString('hex')}`,
  );
  let code = 1;
  try {
    const app = openJournalApp({
      journalPath: temporary,
      backupDir: path.join(dir, 'backups'),
      host: hostFor(env),
      who: 'the command line',
    });
    try {
      code = await run(app);
    } finally {
      app.close();
    }
    if (code === 0) {
      if (replacing === 'empty') {
        const now = inspectJournalFile(journalPath);
        if (now.kind !== 'empty-file' && now.kind !== 'empty-database' && now.kind !== 'missing')
          throw new JournalOpenError(`${journalPath} changed while the command ran; nothing was written to it.`);
        fs.renameSync(temporary, journalPath);
      } else {
        try {
          fs.linkSync(temporary, journalPath); // never over a journal that appeared meanwhile
        } catch (e) {
          if (errorCodeOf(e) === 'EEXIST')
            throw new JournalOpenError(`${journalPath} appeared while the command ran; nothing was written to it.`);
          fs.renameSync(temporary, journalPath); // a file system without hard links (FAT on a USB stick)
        }
      }
    }
    return code;
  } finally {
    for (const f of [temporary, `${temporary}-wal`, `${temporary}-shm`]) fs.rmSync(f, { force: true });
    if (code !== 0 && made) fs.rmSync(made, { recursive: true, force: true });
    if (code !== 0) {
      const backups = path.join(dir, 'backups');
      if (fs.existsSync(backups) && fs.readdirSync(backups).length === 0) fs.rmdirSync(backups);
    }
  }
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
  let journalPath = '';
  try {
    const args = parseArgs(rest, {
      valued: ['journal', ...command.valued],
      boolean: ['start-new', ...command.boolean],
    });
    journalPath = stringFlag(args, 'journal') ?? env.AXIS_JOURNAL ?? '';
    if (!journalPath)
      throw new UsageError(
        'Say which journal to use with --journal <file> (or the AXIS_JOURNAL environment variable).',
      );
    let state: JournalFileState;
    try {
      state = inspectJournalFile(journalPath);
    } catch (e) {
      const code = errorCodeOf(e) ?? '';
      if (/^SQLITE_(CORRUPT|NOTADB)/.test(code))
        throw new JournalOpenError(damagedWords(journalPath, (e as Error).message, 'Axis has not changed it.'));
      throw e;
    }
    const decided = plan(command, state, journalPath, args);
    if ('refuse' in decided) {
      io.err(decided.refuse);
      return 1;
    }
    if (decided.open === 'new')
      return await onNewJournal(journalPath, decided.replacing, env, (app) =>
        Promise.resolve(command.run(app, args, io)),
      );
    // A copy taken before a format update lands in the same backups folder the app uses.
    const app = openJournalApp({
      journalPath,
      backupDir: path.join(path.dirname(path.resolve(journalPath)), 'backups'),
      host: hostFor(env),
      who: 'the command line',
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
    const failure = journalPath ? failureInWords(e, { journalPath, outcome: 'Nothing was changed.' }) : null;
    io.err(failure ? failure.message : `Axis stopped with an error: ${(e as Error).message}`);
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
