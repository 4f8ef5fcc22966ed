// `export`, `import`, `backup`, `restore` and `passphrase`: the person's data in and out of a journal file from
// the command line, through the same router operations as the app; where the app would show a file dialog,
// the path typed on the command line answers it (answerDialogs). Imports (importCommand.ts) are checked in
// full first (the preview) and then written in one transaction, after a backup of a journal with entries.
// With a passphrase set, exports and copies are sealed with it unless --plain says otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { requiredFlag, UsageError } from './args';
import { answerDialogs, callOperation, outPath, type CliCommand } from './command';
import { importCommand } from './importCommand';
import { passphraseFrom } from './passphraseFile';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --format csv|json --out <file> [--force] [--plain] --journal <file>',
  summary:
    'Export the daily check-ins as CSV, or everything as JSON (encrypted when a passphrase is set, unless --plain)',
  valued: ['format', 'out'],
  boolean: ['force', 'plain'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const format = requiredFlag(args, 'format');
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json.');
    const out = outPath(app, args, io);
    if (!out) return 1;
    answerDialogs(app, { save: out });
    const done = await callOperation(
      app,
      format === 'csv' ? 'data.exportCsv' : 'data.exportJson',
      { via: 'dialog', ...(args.flags.has('plain') ? { encrypt: false } : {}) },
      io,
    );
    if (!done) return 1;
    io.out(`Wrote ${done.summary} to ${out}.`);
    if (done.encrypted)
      io.out('It is encrypted with the journal’s passphrase; import it with --passphrase-file elsewhere.');
    return 0;
  },
};

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out <file> [--force] [--plain] --journal <file>',
  summary:
    'Copy the journal to a file with SQLite’s online backup (encrypted when a passphrase is set, unless --plain)',
  valued: ['out'],
  boolean: ['force', 'plain'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const out = outPath(app, args, io);
    if (!out) return 1;
    answerDialogs(app, { save: out });
    const saved = await callOperation(app, 'backups.saveCopy', { plain: args.flags.has('plain') }, io);
    if (!saved?.path) return 1;
    io.out(
      `Backed up the journal to ${saved.path} (${Math.ceil(fs.statSync(saved.path).size / 1024)} KB${saved.encrypted ? ', encrypted with its passphrase' : ''}).`,
    );
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore <backup file> [--passphrase-file <file>] --journal <file>',
  summary: 'Replace the journal with a backup, after backing up its current state (also into an emptied file)',
  valued: ['passphrase-file'],
  boolean: [],
  needsExistingJournal: false,
  async run(app, args, io) {
    const file = args.positional[0];
    if (!file || args.positional.length > 1) throw new UsageError('Say which backup to restore: restore <file>.');
    answerDialogs(app, { open: path.resolve(file) });
    const passphrase = passphraseFrom(args);
    const restored = await callOperation(app, 'backups.restoreFile', passphrase ? { passphrase } : {}, io);
    if (!restored) return 1;
    if (restored.needsPassphrase) {
      io.err(`${restored.summary} Give it with --passphrase-file <file holding the passphrase>. Nothing was restored.`);
      return 1;
    }
    io.out(restored.summary);
    return 0;
  },
};

export const passphraseCommand: CliCommand = {
  name: 'passphrase',
  usage: 'passphrase --set-from-file <file> | --remove   --journal <file>',
  summary: 'Encrypt backups and exports with a passphrase (read from a file), or stop encrypting them',
  valued: ['set-from-file'],
  boolean: ['remove'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const remove = args.flags.has('remove');
    const set = args.flags.has('set-from-file');
    if (remove === set) throw new UsageError('Say --set-from-file <file> or --remove.');
    const passphrase = remove
      ? null
      : passphraseFrom({ ...args, flags: new Map([['passphrase-file', args.flags.get('set-from-file')!]]) });
    const done = await callOperation(app, 'backups.setPassphrase', { passphrase: passphrase ?? null }, io);
    if (!done) return 1;
    io.out(done.summary);
    return 0;
  },
};

export const DATA_COMMANDS: readonly CliCommand[] = [
  exportCommand,
  importCommand,
  backupCommand,
  restoreCommand,
  passphraseCommand,
];
