// `trial list` and `trial analyze <id> [--json]`: the same router operations the app's Trials screen calls,
// so the command line and the app can never disagree about a result.
import type { OutputOf } from '$shared/contract/index';
import type { JournalApp } from '../core/journalApp';
import { UsageError, type ParsedArgs } from './args';
import { callOperation, type CliCommand, type Output } from './command';
import { afterWorse, changeWords, inHundred, rangeWords } from '$shared/trials/analysis/wording';

const USAGE = 'trial list | trial analyze <id> [--json]   --journal <file>';

const fmt = (n: number | null, digits = 1) => (n === null ? '–' : n.toFixed(digits));

async function list(app: JournalApp, args: ParsedArgs, io: Output): Promise<number> {
  const trials = await callOperation(app, 'trials.list', {}, io);
  if (!trials) return 1;
  if (args.flags.has('json')) {
    io.out(JSON.stringify(trials, null, 2));
    return 0;
  }
  if (trials.length === 0) {
    io.out('No trials in this journal yet.');
    return 0;
  }
  for (const t of trials) {
    const where = t.current
      ? `${t.current.label}, day ${t.current.dayNumber}${t.current.phaseDays ? ` of ${t.current.phaseDays}` : ''}`
      : '';
    io.out(
      `#${String(t.id).padEnd(4)} ${t.name.padEnd(26)} ${t.statusLabel.padEnd(12)} ${t.startDay} to ${t.endDay ?? '(hidden)'}${where ? `   ${where}` : ''}`,
    );
  }
  return 0;
}

function printResult(r: OutputOf<'trials.analyze'>, io: Output): void {
  const a = r.analysis;
  const v = a.verdict;
  io.out(
    `${r.name} trial (${r.status}), results up to ${r.asOf}; judged on ${r.outcome.label.toLowerCase()}, meaningful difference ${r.outcome.mid} ${r.outcome.unit}.`,
  );
  io.out('');
  io.out(v.title);
  io.out(v.certainty);
  io.out('');
  io.out(v.summary);
  for (const d of v.details) io.out(`  ${d}`);
  if (a.effect !== null) {
    const level = `${Math.round(a.look.rangeLevel * 1000) / 10}%`;
    io.out('');
    io.out(`Figures (in ${r.outcome.unit}; ${level} ranges):`);
    io.out(
      `  With ${r.food} against without, drift-balanced: ${changeWords(a.effect.estimate)} with ${r.food} (${rangeWords(a.effect.ci)}); ` +
        `chance of at least ${r.outcome.mid} ${r.outcome.unit} worse with ${r.food}: ${inHundred(a.effect.probabilityMeaningful)}`,
    );
    for (const c of a.comparisons) {
      const head = `  ${c.after.label} against ${c.before.label.toLowerCase()}:`;
      const w = afterWorse(c, r);
      io.out(
        w === null
          ? `${head} too few scores`
          : `${head} levels ${fmt(c.before.level)} → ${fmt(c.after.level)}; ${changeWords(w.value)} (${rangeWords(w.range)})`,
      );
    }
    if (a.model)
      io.out(
        `  Day-to-day correlation ${fmt(a.model.rho.mean, 2)} (${fmt(a.model.rho.low, 2)} to ${fmt(a.model.rho.high, 2)}), spread ${fmt(a.model.sd)}, ${a.model.loggedDays} logged days`,
      );
  }
  if (v.caveats.length) {
    io.out('');
    io.out('Keep in mind:');
    for (const c of v.caveats) io.out(`  - ${c}`);
  }
  if (r.slips.length)
    io.out(`Slips: ${r.slips.map((s) => `${s.day} ${s.what}${s.amount ? ` (${s.amount})` : ''}`).join('; ')}`);
  if (r.changes.length)
    io.out(`Other changes during the trial: ${r.changes.map((c) => `${c.day} ${c.description}`).join('; ')}`);
  if (v.nextSteps.length) {
    io.out('');
    io.out('Next:');
    for (const s of v.nextSteps) io.out(`  - ${s}`);
  }
}

async function analyze(app: JournalApp, args: ParsedArgs, io: Output): Promise<number> {
  const raw = args.positional[1];
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < 1)
    throw new UsageError('Say which trial to analyse by its number (see `trial list`).');
  const result = await callOperation(app, 'trials.analyze', { trialId: Number(raw) }, io);
  if (!result) return 1;
  if (args.flags.has('json')) io.out(JSON.stringify(result, null, 2));
  else printResult(result, io);
  return 0;
}

export const trial: CliCommand = {
  name: 'trial',
  usage: USAGE,
  summary: 'List trials, or print the full results of one (as JSON with --json)',
  valued: [],
  boolean: ['json'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const sub = args.positional[0];
    if (sub === 'list' && args.positional.length === 1) return list(app, args, io);
    if (sub === 'analyze' && args.positional.length === 2) return analyze(app, args, io);
    throw new UsageError(
      sub && sub !== 'list' && sub !== 'analyze'
        ? `Unknown trial command "${sub}".`
        : 'Say what to do: `trial list` or `trial analyze <id>`.',
    );
  },
};
