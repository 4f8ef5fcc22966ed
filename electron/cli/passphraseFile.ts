// The passphrase for sealed backups and exports, read from a file the person names (--passphrase-file),
// never from the command line itself, where other accounts could read it in the process list.
import fs from 'node:fs';
import { stringFlag, UsageError, type ParsedArgs } from './args';

export function passphraseFrom(args: ParsedArgs): string | undefined {
  const file = stringFlag(args, 'passphrase-file');
  if (file === undefined) return undefined;
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`There is no file at ${file}.`);
  const text = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (text === '') throw new UsageError(`${file} is empty: it should hold the passphrase.`);
  return text;
}
