// The tables format 6 added (migration 006): the person's own trackables and their values, treatments with
// their history and days used, the tracking plan, the quick check-in's pins and a custom trial's food item.
// Listed in tables.ts after the tables they refer to. Values are checked by the schemas the app applies
// when the person types; a trackable's kind rules are the database's CHECKs, in words.
import { z } from 'zod';
import { REGIMEN_CHANGE_KINDS } from '../domain/supplement';
import {
  DIRECTIONS,
  TRACKABLE_GROUPS,
  TRACKABLE_KINDS,
  slugSchema,
  VALUE_LIMIT,
  type TrackableKind,
} from '../domain/trackable';
import { HOW_OFTEN, TREATMENT_TYPES, treatmentInputSchema } from '../domain/treatment';
import { day, flag, int, jsonText, optionalDay, plain, ref, rowId, text, timestamp } from './columns';
import type { RowProblem, TableSpec } from './tableSpec';

const bounded = z.number().finite().min(-VALUE_LIMIT).max(VALUE_LIMIT);

/** The database's CHECKs on a trackable's kind and range, in words. */
function trackableProblems(row: Record<string, unknown>): RowProblem[] {
  const kind = row.kind as TrackableKind;
  const [min, max, step] = [row.min as number, row.max as number, row.step as number];
  const options = row.options as string[];
  const problems: RowProblem[] = [];
  if (!(min < max)) problems.push({ column: 'max', message: 'must be above min' });
  const needs = (ok: boolean, column: string, message: string) => {
    if (!ok) problems.push({ column, message });
  };
  if (kind === 'rating') {
    needs(min === 0 && max === 10 && step === 1, 'max', 'a rating runs from 0 to 10 in whole steps');
    needs(row.low_word !== '' && row.high_word !== '', 'low_word', 'a rating needs words for both ends');
  }
  if (kind === 'count')
    needs(min === 0 && step === 1 && Number.isInteger(max), 'max', 'a count runs from 0 in whole steps');
  if (kind === 'yesno') needs(min === 0 && max === 1 && step === 1, 'max', 'yes/no is stored as 0 or 1');
  if (kind === 'choice')
    needs(
      min === 0 && step === 1 && options.length >= 2 && options.length <= 10 && max === options.length - 1,
      'options',
      'a choice has 2 to 10 options stored as 0 to the last position',
    );
  else needs(options.length === 0, 'options', 'only a choice has options');
  return problems;
}

const before = (row: Record<string, unknown>, a: string, b: string, message: string): RowProblem[] =>
  typeof row[a] === 'string' && typeof row[b] === 'string' && row[b] < row[a] ? [{ column: b, message }] : [];

export const PERSONAL_TABLES: readonly TableSpec[] = [
  {
    name: 'trackables',
    label: 'own items',
    one: 'own item',
    since: 6,
    columns: {
      id: rowId(),
      slug: plain(slugSchema, 'short name, set once from the first name and never changed ("itch-woke-me")'),
      name: text(60, 'the name shown', 1),
      kind: plain(z.enum(TRACKABLE_KINDS), 'rating (0-10), count, yesno (0 or 1), number, or choice'),
      item_group: plain(z.enum(TRACKABLE_GROUPS), 'skin, gut, food, treatment, lifestyle or other'),
      direction: plain(z.enum(DIRECTIONS), 'whether a higher value is worse, better, or neither'),
      question: text(200, 'the question the check-in asks; empty: the name alone'),
      min: plain(bounded, 'smallest value'),
      max: plain(bounded, 'largest value'),
      step: plain(z.union([z.literal(1), z.literal(0.1), z.literal(0.01)]), 'values go in steps of 1, 0.1 or 0.01'),
      unit: text(20, 'unit of a number ("km", "palms")'),
      low_word: text(40, 'for a rating: what 0 means'),
      high_word: text(40, 'for a rating: what 10 means'),
      options: jsonText(z.array(z.string().min(1).max(40)).max(10), 'for a choice: the options, stored as 0, 1, …'),
      position: plain(int(0, 10_000), 'order among the person’s items'),
      archived_on: optionalDay('the day it was archived (hidden from the check-in, history kept)'),
      created_at: timestamp('when it was added'),
      updated_at: timestamp('when it was last changed'),
    },
    key: ['id'],
    unique: [['slug']],
    check: trackableProblems,
  },
  {
    name: 'trackable_values',
    label: 'own item values',
    one: 'own item value',
    since: 6,
    columns: {
      day: day('the day (a day in check_ins)'),
      trackable_id: ref('own item'),
      value: plain(bounded, 'the value, inside its item’s range (yes = 1, no = 0, a choice by its position)'),
    },
    key: ['day', 'trackable_id'],
    references: [
      { column: 'day', table: 'check_ins', to: 'day' },
      { column: 'trackable_id', table: 'trackables', to: 'id' },
    ],
    packed: { key: 'day', item: 'trackable_id', value: 'value' },
  },
  {
    name: 'treatments',
    label: 'treatments',
    one: 'treatment',
    since: 6,
    columns: {
      id: rowId(),
      name: plain(treatmentInputSchema.shape.name, 'name, 1 to 80 characters'),
      type: plain(z.enum(TREATMENT_TYPES), `what kind of treatment: ${TREATMENT_TYPES.join(', ')}`),
      strength: text(40, 'strength or dose in the person’s words ("0.1%", "100 mg")'),
      how_often: plain(z.enum(HOW_OFTEN), `how often: ${HOW_OFTEN.join(', ')}`),
      details: text(500, 'free text'),
      started_on: optionalDay('first day used'),
      stopped_on: optionalDay('day it was stopped; null while in use'),
      created_at: timestamp('when it was added'),
      updated_at: timestamp('when it was last changed'),
    },
    key: ['id'],
    check: (row) => before(row, 'started_on', 'stopped_on', 'a treatment cannot stop before it started'),
  },
  {
    name: 'treatment_changes',
    label: 'treatment changes',
    one: 'treatment change',
    since: 6,
    columns: {
      id: rowId(),
      day: day('the day of the change'),
      treatment_id: ref('treatment'),
      kind: plain(z.enum(REGIMEN_CHANGE_KINDS), 'started, stopped or changed'),
      detail: text(500, 'the change in words'),
      created_at: timestamp('when it was recorded'),
    },
    key: ['id'],
    references: [{ column: 'treatment_id', table: 'treatments', to: 'id' }],
  },
  {
    name: 'treatment_uses',
    label: 'treatments used',
    one: 'treatment used',
    since: 6,
    columns: { day: day('the day it was used (a day in check_ins)'), treatment_id: ref('treatment') },
    key: ['day', 'treatment_id'],
    references: [
      { column: 'day', table: 'check_ins', to: 'day' },
      { column: 'treatment_id', table: 'treatments', to: 'id' },
    ],
  },
  {
    name: 'trial_treatment_changes',
    label: 'treatment changes during trials',
    one: 'treatment change during a trial',
    since: 6,
    columns: {
      trial_id: ref('trial'),
      treatment_change_id: ref('treatment change'),
      message: text(5000, 'the warning shown'),
      warned_at: timestamp('when warned'),
    },
    key: ['trial_id', 'treatment_change_id'],
    references: [
      { column: 'trial_id', table: 'trials', to: 'id' },
      { column: 'treatment_change_id', table: 'treatment_changes', to: 'id' },
    ],
  },
  {
    name: 'tracking_plan',
    label: 'tracking plan entries',
    one: 'tracking plan entry',
    since: 6,
    columns: {
      measure: text(40, 'a built-in measure’s key ("skinOverall")', 1),
      tracked: flag('true when the check-in asks it'),
      position: plain(int(0, 999), 'its place in the check-in'),
    },
    key: ['measure'],
  },
  {
    name: 'quick_pins',
    label: 'quick check-in pins',
    one: 'quick check-in pin',
    since: 6,
    columns: {
      position: plain(int(1, 5), 'place on the quick check-in, from 1'),
      item: text(60, 'a built-in measure’s key or "custom:" and an own item’s slug', 1),
    },
    key: ['position'],
    unique: [['item']],
  },
  {
    name: 'trial_food_items',
    label: 'trial food items',
    one: 'trial food item',
    since: 6,
    columns: { trial_id: ref('trial'), trackable_id: ref('own item eliminated by the trial') },
    key: ['trial_id'],
    references: [
      { column: 'trial_id', table: 'trials', to: 'id' },
      { column: 'trackable_id', table: 'trackables', to: 'id' },
    ],
  },
];
