// `report --from <date> --to <date> [--trial <id>] [--name <text>] [--notes <days>] [--paper a4|letter]
// --out report.html`: the same report as the app's Reports screen (the same router operation and model),
// written as one self-contained HTML file to open in any browser and print. The file appears whole or not
// at all: it is written beside the target and renamed into place only once complete.
import { isDay } from '$shared/domain/day';
import { paperLabel, periodProblem, reportHtml, MAX_NOTE_DAYS, type PaperSize } from '$shared/report/index';
import { writeTextAtomic } from '../core/files';
import { requiredFlag, stringFlag, UsageError, type ParsedArgs } from './args';
import { callOperation, outPath, type CliCommand } from './command';

const USAGE =
  'report --from <date> --to <date> [--trial <id>] [--name <text>] [--notes <date,date…>] [--paper a4|letter] --out <file.html> [--force] --journal <file>';

function day(args: ParsedArgs, flag: 'from' | 'to'): string {
  const value = requiredFlag(args, flag);
  if (!isDay(value)) throw new UsageError(`--${flag} "${value}" is not a real date written YYYY-MM-DD.`);
  return value;
}

function noteDays(args: ParsedArgs): string[] {
  const raw = stringFlag(args, 'notes');
  if (raw === undefined) return [];
  const days = raw
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const bad = days.find((d) => !isDay(d));
  if (bad !== undefined)
    throw new UsageError(`--notes takes dates written YYYY-MM-DD separated by commas; "${bad}" is not one.`);
  if (days.length > MAX_NOTE_DAYS) throw new UsageError(`--notes takes at most ${MAX_NOTE_DAYS} days.`);
  return [...new Set(days)];
}

/** --paper, or the person's choice in Settings, or their region's (LC_PAPER, LANG). */
function paper(args: ParsedArgs, fallback: PaperSize): PaperSize {
  const value = stringFlag(args, 'paper') ?? fallback;
  if (value !== 'a4' && value !== 'letter') throw new UsageError('--paper must be a4 or letter.');
  return value;
}

export const report: CliCommand = {
  name: 'report',
  usage: USAGE,
  summary: 'Write the progress report for a period as print-ready HTML',
  valued: ['from', 'to', 'trial', 'name', 'notes', 'paper', 'out'],
  boolean: ['force'],
  needsExistingJournal: true,
  async run(app, args, io) {
    if (args.positional.length > 0)
      throw new UsageError(`Unexpected "${args.positional[0]}": every option of report starts with --.`);
    const from = day(args, 'from');
    const to = day(args, 'to');
    const problem = periodProblem(from, to);
    if (problem) throw new UsageError(`The period is not valid: ${problem}.`);
    const trial = stringFlag(args, 'trial');
    if (trial !== undefined && (!/^\d+$/.test(trial) || Number(trial) < 1))
      throw new UsageError('--trial takes a trial number (see `trial list`).');
    const out = outPath(app, args, io);
    if (!out) return 1;
    const info = await callOperation(app, 'journal.info', {}, io);
    if (!info) return 1;
    const size = paper(args, info.paper);
    const query = {
      from,
      to,
      noteDays: noteDays(args),
      paper: size,
      ...(trial !== undefined ? { trialId: Number(trial) } : {}),
      ...(args.flags.has('name') ? { name: stringFlag(args, 'name') } : {}),
    };

    const model = await callOperation(app, 'report.build', query, io);
    if (!model) return 1;
    writeTextAtomic(out, reportHtml(model, size));
    const trials =
      model.trials.length === 0 ? 'no trials' : model.trials.length === 1 ? '1 trial' : `${model.trials.length} trials`;
    io.out(
      `Wrote the report for ${model.period.text} (${model.logging.loggedDays} days logged, ${trials}, ${paperLabel(size)}) to ${out}.`,
    );
    io.out('Open it in a browser and print it, or save it as PDF from the print dialog.');
    return 0;
  },
};
