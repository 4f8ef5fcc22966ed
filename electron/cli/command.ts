import fs from 'node:fs';
import type { InputOf, OperationName, OutputOf } from '$shared/contract/index';
import type { JournalApp } from '../core/journalApp';
import { isSameFile } from '../core/files';
import { requiredFlag, UsageError, type ParsedArgs } from './args';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One command of `npm run axis -- <command>`. Commands that change the journal say so in `writes`. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  valued: readonly string[];
  boolean: readonly string[];
  /** Whether the journal file must exist already (reading commands never create an empty journal). */
  needsExistingJournal: boolean;
  run(app: JournalApp, args: ParsedArgs, io: Output): Promise<number> | number;
}

/** The command line is a trusted local caller of the same router the app uses. */
export const CLI_SENDER = { url: 'axis-cli:' };

/** One operation through the router, as the app calls it; a refusal is printed in its own words and gives null. */
export async function callOperation<K extends OperationName>(
  app: JournalApp,
  name: K,
  input: InputOf<K>,
  io: Output,
): Promise<OutputOf<K> | null> {
  const result = await app.router.handle(name, input, CLI_SENDER);
  if (!result.ok) {
    io.err(result.error.message);
    return null;
  }
  return result.value as OutputOf<K>;
}

/** Where a new file goes (--out): never the journal itself, and an existing file only with --force. */
export function outPath(app: JournalApp, args: ParsedArgs, io: Output): string | null {
  const out = requiredFlag(args, 'out');
  if (isSameFile(out, app.ctx.journalPath))
    throw new UsageError('--out names the journal itself; choose another file.');
  if (fs.existsSync(out) && !args.flags.has('force')) {
    io.err(`${out} already exists. Choose another name, or add --force to replace it.`);
    return null;
  }
  return out;
}

/**
 * The command line's answer to the core's file dialogs: the path typed on the command line, checked here
 * first (outPath). Operations that need a place to save or a file to open then run through the router
 * exactly as the app's do.
 */
export function answerDialogs(app: JournalApp, answers: { save?: string; open?: string }): void {
  app.ctx.host.dialogs = {
    chooseSavePath: () => Promise.resolve(answers.save ?? null),
    chooseOpenPath: () => Promise.resolve(answers.open ?? null),
  };
}
