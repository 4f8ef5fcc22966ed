// `trackables list` and `trackables add`: the person's own items from the command line, through the same
// router operations as Settings → What you track, so a refusal reads the same in both.
import { GROUP_LABELS, KIND_LABELS, STARTERS, valueText, type Trackable } from '$shared/domain/trackable';
import type { InputOf } from '$shared/contract/index';
import type { JournalApp } from '../core/journalApp';
import { stringFlag, UsageError, type ParsedArgs } from './args';
import { callOperation, type CliCommand, type Output } from './command';

const USAGE =
  'trackables list [--json] | trackables add --name N --kind rating|count|yesno|number|choice --group skin|gut|food|treatment|lifestyle|other ' +
  '[--direction worse|better|neither] [--question Q] [--low W --high W] [--max N] [--min N --unit U --decimals 0-2] [--options "a|b|c"] ' +
  '| trackables add --starter <id>   --journal <file>';

function rangeText(t: Trackable): string {
  if (t.kind === 'rating') return `0 ${t.lowWord} to 10 ${t.highWord}`;
  if (t.kind === 'yesno') return 'yes or no';
  if (t.kind === 'choice') return t.options.join(' | ');
  return `${valueText(t, t.min)} to ${valueText(t, t.max)}${t.step < 1 ? ` in steps of ${t.step}` : ''}`;
}

async function list(app: JournalApp, args: ParsedArgs, io: Output): Promise<number> {
  const items = await callOperation(app, 'trackables.list', {}, io);
  if (!items) return 1;
  if (args.flags.has('json')) {
    io.out(JSON.stringify(items, null, 2));
    return 0;
  }
  if (items.length === 0) {
    io.out('No items of your own yet. Add one with `trackables add`, e.g. `trackables add --starter gluten`.');
    return 0;
  }
  for (const t of items) {
    io.out(
      `${t.slug.padEnd(24)} ${t.name.padEnd(26)} ${GROUP_LABELS[t.group].padEnd(14)} ${KIND_LABELS[t.kind].padEnd(20)} ${rangeText(t)}` +
        `   ${t.days} ${t.days === 1 ? 'day' : 'days'}${t.archivedOn ? `, archived ${t.archivedOn}` : ''}`,
    );
  }
  return 0;
}

const number = (args: ParsedArgs, name: string): number | undefined => {
  const v = stringFlag(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${v}".`);
  return n;
};

/** The flags as the contract's input; the contract itself says what is missing or wrong. */
function inputFrom(args: ParsedArgs): unknown {
  const starter = stringFlag(args, 'starter');
  if (starter !== undefined) {
    const found = STARTERS.find((s) => s.id === starter);
    if (!found)
      throw new UsageError(`No starter called "${starter}". Starters: ${STARTERS.map((s) => s.id).join(', ')}.`);
    const { id: _id, ...input } = found;
    return input;
  }
  const options = stringFlag(args, 'options');
  const fields: Record<string, unknown> = {
    name: stringFlag(args, 'name'),
    kind: stringFlag(args, 'kind'),
    group: stringFlag(args, 'group'),
    direction: stringFlag(args, 'direction') ?? 'neither',
    question: stringFlag(args, 'question'),
    lowWord: stringFlag(args, 'low'),
    highWord: stringFlag(args, 'high'),
    max: number(args, 'max'),
    min: number(args, 'min'),
    unit: stringFlag(args, 'unit'),
    decimals: number(args, 'decimals'),
    options: options === undefined ? undefined : options.split('|').map((o) => o.trim()),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

async function add(app: JournalApp, args: ParsedArgs, io: Output): Promise<number> {
  const result = await callOperation(app, 'trackables.add', inputFrom(args) as InputOf<'trackables.add'>, io);
  if (!result) return 1;
  const t = result.trackable;
  io.out(
    `Added "${t.name}" as ${t.slug}: ${KIND_LABELS[t.kind].toLowerCase()}${t.kind === 'yesno' ? '' : `, ${rangeText(t)}`}.`,
  );
  return 0;
}

export const trackables: CliCommand = {
  name: 'trackables',
  usage: USAGE,
  summary: 'List your own items (as JSON with --json), or add one (or a suggested starter)',
  valued: [
    'name',
    'kind',
    'group',
    'direction',
    'question',
    'low',
    'high',
    'max',
    'min',
    'unit',
    'decimals',
    'options',
    'starter',
  ],
  boolean: ['json'],
  needsExistingJournal: true,
  async run(app, args, io) {
    const sub = args.positional[0];
    if (sub === 'list' && args.positional.length === 1) return list(app, args, io);
    if (sub === 'add' && args.positional.length === 1) return add(app, args, io);
    throw new UsageError(
      sub && sub !== 'list' && sub !== 'add'
        ? `Unknown trackables command "${sub}".`
        : 'Say what to do: `trackables list` or `trackables add`.',
    );
  },
};
