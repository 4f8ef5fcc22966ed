// Commands about the journal file itself, through the same router operations as the app.
import { integerFlag } from './args';
import { callOperation, type CliCommand } from './command';

export const check: CliCommand = {
  name: 'check',
  usage: 'check --journal <file>',
  summary: 'Integrity, format version and how much the journal holds',
  valued: [],
  boolean: ['json'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const health = await callOperation(app, 'journal.check', {}, io);
    if (!health) return 1;
    if (args.flags.has('json')) {
      io.out(JSON.stringify(health));
    } else {
      const { integrity, schemaVersion, latestVersion, counts, firstDay, lastDay, warnings } = health;
      io.out(`Integrity: ${integrity}`);
      io.out(`Format version: ${schemaVersion} (this Axis writes ${latestVersion})`);
      io.out(`Days logged: ${counts.check_ins ?? 0}${firstDay ? ` (${firstDay} to ${lastDay})` : ''}`);
      for (const [table, n] of Object.entries(counts).filter(([t]) => t !== 'check_ins')) io.out(`  ${table}: ${n}`);
      for (const w of warnings) io.out(`Warning: ${w}`);
    }
    return health.integrity === 'ok' ? 0 : 1;
  },
};

export const demo: CliCommand = {
  name: 'demo',
  usage: 'demo --days N [--seed N] --journal <file>',
  summary: 'Fill an empty journal with realistic generated data (a dairy trial too from about 200 days)',
  valued: ['days', 'seed'],
  boolean: [],
  needsExistingJournal: false,
  async run(app, args, io) {
    const days = integerFlag(args, 'days', 1, 36_600, 180);
    const seed = integerFlag(args, 'seed', 0, 2 ** 31 - 1, 7);
    const result = await callOperation(app, 'journal.fillDemo', { days, seed }, io);
    if (!result) return 1;
    io.out(
      `Wrote ${result.checkIns} demo check-ins from ${result.first} to ${result.last}${result.trialId ? ', with a finished dairy trial' : ''}.`,
    );
    return 0;
  },
};
