import type { AxisApp } from '../app';
import type { ParsedArgs } from './args';

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
  run(app: AxisApp, args: ParsedArgs, io: Output): Promise<number> | number;
}

/** The command line is a trusted local caller of the same router the app uses. */
export const CLI_SENDER = { url: 'axis-cli:' };
