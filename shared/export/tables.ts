// Every table of the journal, listed explicitly, with the schema of its rows in the JSON export. A test
// compares this list with the tables and columns the database really has (sqlite_schema, table_info), so a
// migration that adds a table or column without export support fails the test suite instead of silently
// leaving the person's data out of their export. Parents come before children: rows are written in this
// order and removed in reverse, so foreign keys hold at every step.
//
// Check-in values are validated by the pieces of checkInValuesSchema, supplements by supplementInputSchema,
// settings by settingsSchema: the very schemas the app applies when the person types.
import { z } from 'zod';
import { checkInValuesSchema, supplementTakenSchema } from '../domain/checkIn';
import { MEASURES, type Measure } from '../domain/measures';
import { settingsSchema } from '../domain/settings';
import { REGIMEN_CHANGE_KINDS, supplementInputSchema } from '../domain/supplement';
import { CLOSED_AS, outcomeRefSchema, PHASE_KINDS, PRESET_IDS } from '../trials/protocol/index';
import { PERSONAL_TABLES } from './personalTables';
import { day, flag, int, jsonText, optionalDay, plain, ref, rowId, text, timestamp } from './columns';
import type { RowProblem, TableSpec } from './tableSpec';
import { TRIAL_SAFETY_TABLE } from './trialSafetyTable';

export type { RowProblem, TableSpec } from './tableSpec';

const SETTING_KEYS = Object.keys(settingsSchema.shape) as [
  keyof typeof settingsSchema.shape,
  ...(keyof typeof settingsSchema.shape)[],
];

const measureColumns = Object.fromEntries(
  (MEASURES as readonly Measure[]).map((m) => [
    m.column,
    plain(
      checkInValuesSchema.shape[m.key as keyof typeof checkInValuesSchema.shape].unwrap(),
      `${m.label}: ${m.min} to ${m.max}${m.step < 1 ? ` in steps of ${m.step}` : ''}, or null when not recorded`,
      m,
    ),
  ]),
);

const before = (row: Record<string, unknown>, a: string, b: string, message: string): RowProblem[] =>
  typeof row[a] === 'string' && typeof row[b] === 'string' && row[b] < row[a] ? [{ column: b, message }] : [];

export const TABLES: readonly TableSpec[] = [
  {
    name: 'settings',
    label: 'settings',
    one: 'setting',
    since: 1,
    columns: {
      key: plain(z.enum(SETTING_KEYS), 'the setting’s name'),
      value: jsonText(z.json(), 'its value (see settingsSchema: setupDone, conditions, dayEndsAtHour, …)'),
    },
    key: ['key'],
    check: (row) => {
      const schema = settingsSchema.shape[row.key as keyof typeof settingsSchema.shape];
      const ok = !schema || schema.safeParse(row.value).success;
      return ok
        ? []
        : [
            {
              column: 'value',
              message: `${JSON.stringify(row.value)?.slice(0, 60)} is not a valid value for the setting "${String(row.key)}"`,
            },
          ];
    },
  },
  {
    name: 'check_ins',
    label: 'days',
    one: 'day',
    since: 1,
    columns: {
      day: day('the journal day'),
      ...measureColumns,
      body_areas: jsonText(
        checkInValuesSchema.shape.bodyAreas.unwrap(),
        'body areas affected: a list of face, scalp, neck, chest, back, arms, hands, legs, other',
      ),
      exercise_kind: plain(
        checkInValuesSchema.shape.exerciseKind.unwrap(),
        'walking, lowImpactAerobic, strength, other, or null',
      ),
      notes: plain(checkInValuesSchema.shape.notes.unwrap(), 'free text, up to 20,000 characters'),
      created_at: timestamp('when the day was first saved'),
      updated_at: timestamp('when it was last changed'),
    },
    key: ['day'],
  },
  {
    name: 'supplements',
    label: 'supplements',
    one: 'supplement',
    since: 1,
    columns: {
      id: rowId(),
      name: plain(supplementInputSchema.shape.name, 'name, 1 to 80 characters'),
      dose: plain(supplementInputSchema.shape.dose, 'usual dose, a positive number, or null'),
      unit: plain(supplementInputSchema.shape.unit, 'unit of the dose (g, mg, capsules, …), up to 20 characters'),
      // Without the input form's default: a file that leaves the column out is incomplete, not empty.
      details: plain(
        supplementInputSchema.shape.details.unwrap(),
        'strains, brand, timing: free text up to 500 characters',
      ),
      started_on: optionalDay('first day taken'),
      stopped_on: optionalDay('day it was stopped; null while still taken'),
      created_at: timestamp('when it was added'),
      updated_at: timestamp('when it was last changed'),
    },
    key: ['id'],
    check: (row) => before(row, 'started_on', 'stopped_on', 'a supplement cannot stop before it started'),
  },
  {
    name: 'supplement_intakes',
    label: 'supplements taken',
    one: 'supplement taken',
    since: 1,
    columns: {
      day: day('the day it was taken (a day in check_ins)'),
      supplement_id: ref('supplement'),
      dose: plain(supplementTakenSchema.shape.dose, 'dose taken that day, or null'),
      unit: plain(supplementTakenSchema.shape.unit, 'unit of that dose'),
    },
    key: ['day', 'supplement_id'],
    references: [
      { column: 'day', table: 'check_ins', to: 'day' },
      { column: 'supplement_id', table: 'supplements', to: 'id' },
    ],
  },
  {
    name: 'regimen_changes',
    label: 'supplement changes',
    one: 'supplement change',
    since: 1,
    columns: {
      id: rowId(),
      day: day('the day of the change'),
      supplement_id: ref('supplement'),
      kind: plain(z.enum(REGIMEN_CHANGE_KINDS), 'started, stopped or changed'),
      detail: text(500, 'the change in words'),
      created_at: timestamp('when it was recorded'),
    },
    key: ['id'],
    references: [{ column: 'supplement_id', table: 'supplements', to: 'id' }],
  },
  {
    name: 'guide_progress',
    label: 'guide sections read',
    one: 'guide section read',
    since: 2,
    columns: { section_id: text(200, 'the guide section', 1), read_at: timestamp('when it was marked read') },
    key: ['section_id'],
  },
  {
    name: 'guide_state',
    label: 'guide places',
    one: 'guide place',
    since: 2,
    columns: { key: text(100, 'what is remembered (lastOpened)', 1), value: text(10_000, 'its value') },
    key: ['key'],
  },
  {
    name: 'trials',
    label: 'trials',
    one: 'trial',
    since: 3,
    columns: {
      id: rowId(),
      preset: plain(z.enum(PRESET_IDS), 'dairy, sugar, seed-oils or custom'),
      food_key: text(80, 'what makes two trials "the same food": the preset, or the custom name in lower case', 1),
      name: text(80, 'the trial’s name', 1),
      food: text(80, 'the food inside a sentence ("Any dairy today?")', 1),
      what_counts: text(2000, 'what counts as the food, in the person’s words'),
      outcome: plain(
        outcomeRefSchema,
        'the measure the verdict is judged on: a measure key, or "custom:" and an own item’s slug',
      ),
      mid: plain(z.number().gt(0).max(50), 'smallest difference that matters, in points'),
      secondary_outcomes: jsonText(z.array(outcomeRefSchema).max(6), 'other measures shown in the results'),
      baseline_days: plain(int(1, 366), 'planned baseline length in days'),
      elimination_days: plain(int(1, 366), 'planned elimination length in days'),
      reintroduction_days: plain(int(1, 366), 'planned reintroduction length in days'),
      challenge_days: plain(int(0, 60), 'challenge days at the start of reintroduction'),
      transition_days: plain(int(0, 120), 'days left out of the comparison after each switch'),
      repeat: flag('true when the elimination and reintroduction are repeated'),
      start_day: day('first day of the trial'),
      switch_first: optionalDay('first day a hidden random switch could fall on'),
      switch_last: optionalDay('last day it could fall on'),
      switch_day: optionalDay('the day drawn'),
      seed: plain(int(0, 4_294_967_295), 'seed of the analysis’s resampling, so results read the same every time'),
      closed_as: plain(z.enum(CLOSED_AS).nullable(), 'ended-early, abandoned, or null'),
      closed_on: optionalDay('the day it was closed'),
      close_reason: text(500, 'why, in the person’s words'),
      created_at: timestamp('when it was set up'),
      updated_at: timestamp('when it was last changed'),
    },
    key: ['id'],
    check: (row) => {
      const problems: RowProblem[] = [];
      const set = ['switch_first', 'switch_last', 'switch_day'].filter((c) => row[c] !== null);
      if (set.length !== 0 && set.length !== 3)
        problems.push({
          column: 'switch_day',
          message: 'a random switch needs switch_first, switch_last and switch_day together, or none of them',
        });
      problems.push(...before(row, 'switch_first', 'switch_last', 'the switch window ends before it starts'));
      if (
        set.length === 3 &&
        ((row.switch_day as string) < (row.switch_first as string) ||
          (row.switch_day as string) > (row.switch_last as string))
      ) {
        problems.push({ column: 'switch_day', message: 'the switch day is outside its window' });
      }
      if ((row.closed_as === null) !== (row.closed_on === null))
        problems.push({ column: 'closed_on', message: 'closed_as and closed_on go together' });
      return problems;
    },
  },
  {
    name: 'trial_phases',
    label: 'trial phases',
    one: 'trial phase',
    since: 3,
    columns: {
      id: rowId(),
      trial_id: ref('trial'),
      position: plain(int(0, 10), 'order within the trial, from 0'),
      kind: plain(z.enum(PHASE_KINDS), 'baseline, elimination or reintroduction'),
      cycle: plain(int(1, 5), 'which round (1, or 2 when repeated)'),
      start_day: day('first day'),
      end_day: day('last day'),
      transition_days: plain(int(0, 366), 'days left out after the switch'),
      challenge_days: plain(int(0, 366), 'challenge days'),
      planned_days: plain(int(1, 10_000), 'length when planned'),
    },
    key: ['id'],
    unique: [['trial_id', 'position']],
    references: [{ column: 'trial_id', table: 'trials', to: 'id' }],
    check: (row) => before(row, 'start_day', 'end_day', 'a phase cannot end before it starts'),
  },
  {
    name: 'trial_adherence',
    label: 'trial answers',
    one: 'trial answer',
    since: 3,
    columns: {
      trial_id: ref('trial'),
      day: day('the day'),
      kept: flag('true when the person kept to the plan that day'),
      recorded_at: timestamp('when answered'),
    },
    key: ['trial_id', 'day'],
    references: [{ column: 'trial_id', table: 'trials', to: 'id' }],
  },
  {
    name: 'trial_slips',
    label: 'slips',
    one: 'slip',
    since: 3,
    columns: {
      id: rowId(),
      trial_id: ref('trial'),
      day: day('the day'),
      what: text(200, 'what was eaten', 1),
      amount: text(100, 'how much'),
      created_at: timestamp('when recorded'),
    },
    key: ['id'],
    references: [{ column: 'trial_id', table: 'trials', to: 'id' }],
  },
  {
    name: 'trial_regimen_changes',
    label: 'changes during trials',
    one: 'change during a trial',
    since: 3,
    columns: {
      trial_id: ref('trial'),
      regimen_change_id: ref('supplement change'),
      message: text(5000, 'the warning shown'),
      warned_at: timestamp('when warned'),
    },
    key: ['trial_id', 'regimen_change_id'],
    references: [
      { column: 'trial_id', table: 'trials', to: 'id' },
      { column: 'regimen_change_id', table: 'regimen_changes', to: 'id' },
    ],
  },
  TRIAL_SAFETY_TABLE,
  ...PERSONAL_TABLES,
];

/** "1 day", "3 days". */
export function rowsInWords(n: number, spec: Pick<TableSpec, 'label' | 'one'>): string {
  return `${n} ${n === 1 ? spec.one : spec.label}`;
}

/** Tables a journal has that are never exported: its own identity and the key that seals its backups
 *  (journal_meta, migration 005) belong to the file, not to the person's entries, so they never travel with
 *  an export and are never replaced by an import or a restore. */
export const NOT_EXPORTED = ['journal_meta'] as const;

export function tableSpec(name: string): TableSpec | undefined {
  return TABLES.find((t) => t.name === name);
}

/** The tables a journal of this format holds. */
export function tablesAt(schemaVersion: number): readonly TableSpec[] {
  return TABLES.filter((t) => t.since <= schemaVersion);
}
