// Operations on the daily journal, the person's settings and their supplement regimen.
import { z } from 'zod';
import { checkInSchema, checkInValuesSchema } from '../domain/checkIn';
import { daySchema } from '../domain/day';
import { PAPER_SIZES } from '../domain/paper';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { supplementInputSchema, supplementSchema } from '../domain/supplement';
import { command, noInput, ok, query } from './define';

const daySummarySchema = z.strictObject({
  day: daySchema,
  /** 0..1: share of the measures shown to this person that hold a value. */
  completeness: z.number().min(0).max(1),
  skinOverall: z.number().nullable(),
  hasNotes: z.boolean(),
});
export type DaySummary = z.infer<typeof daySummarySchema>;

/** A regimen change that happened while a trial phase was running: the one-change-at-a-time guard. */
export const regimenWarningSchema = z.strictObject({ trialId: z.number().int(), message: z.string() });

export const journalOperations = {
  'settings.get': query('Read the settings', noInput, settingsSchema),
  'settings.update': command('Change some settings', settingsPatchSchema, settingsSchema),
  'journal.today': query(
    'The journal day it is now, by the day-end setting',
    z.strictObject({ now: z.iso.datetime({ offset: true }).optional() }),
    z.strictObject({ day: daySchema }),
  ),
  'journal.info': query(
    'Where the journal lives and what it holds',
    noInput,
    z.strictObject({
      path: z.string(),
      isDemo: z.boolean(),
      schemaVersion: z.number().int(),
      checkIns: z.number().int(),
      /** What the journal holds besides settings, in words ("30 days, 2 supplements"); null when it is empty. */
      entries: z.string().nullable(),
      /** The first day with a check-in; null when none is logged yet. */
      firstDay: daySchema.nullable(),
      /** The paper reports start on: the person's choice, or their region's (A4, or Letter in the US and Canada). */
      paper: z.enum(PAPER_SIZES),
      /** Why nothing can be saved to this journal (a read-only file or folder), in words; null when it can. */
      readOnly: z.string().nullable(),
    }),
  ),
  'journal.switch': query(
    'Open the demo journal or go back to your own (a separate file each)',
    z.strictObject({ to: z.enum(['own', 'demo']) }),
    ok,
  ),
  'journal.check': query(
    "The journal file's health: SQLite's integrity check, its format version, and how many rows each table holds",
    noInput,
    z.strictObject({
      integrity: z.string(),
      schemaVersion: z.number().int(),
      latestVersion: z.number().int(),
      counts: z.record(z.string(), z.number().int().min(0)),
      firstDay: daySchema.nullable(),
      lastDay: daySchema.nullable(),
      /** Things the person should know: the journal is read-only, or holds far fewer days than its last backup. */
      warnings: z.array(z.string()),
    }),
  ),
  'journal.fillDemo': command(
    'Fill an EMPTY journal with realistic generated days (and a finished dairy trial when there are enough)',
    z.strictObject({
      days: z.number().int().min(1).max(36_600),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1),
    }),
    z.strictObject({
      first: daySchema,
      last: daySchema,
      checkIns: z.number().int(),
      trialId: z.number().int().nullable(),
    }),
  ),
  'checkIns.get': query('Read one day', z.strictObject({ day: daySchema }), checkInSchema.nullable()),
  'checkIns.save': command(
    "Save one day's check-in (replaces the values sent; fields left out stay as they were)",
    z.strictObject({ day: daySchema, values: checkInValuesSchema }),
    z.strictObject({ checkIn: checkInSchema }),
  ),
  'checkIns.delete': command('Delete one day', z.strictObject({ day: daySchema }), ok),
  'checkIns.list': query(
    'Days in a range, newest first, with how complete each is',
    z
      .strictObject({ from: daySchema, to: daySchema })
      .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"' }),
    z.array(daySummarySchema),
  ),
  'checkIns.copyYesterdaySupplements': command(
    "Fill today's supplements from the day before (or the regimen when the day before is empty)",
    z.strictObject({ day: daySchema }),
    z.strictObject({ checkIn: checkInSchema }),
  ),
  'supplements.list': query('The regimen, current and stopped', noInput, z.array(supplementSchema)),
  'supplements.add': command(
    'Start taking a supplement',
    supplementInputSchema.extend({ startedOn: daySchema }),
    z.strictObject({ supplement: supplementSchema, warnings: z.array(regimenWarningSchema) }),
  ),
  'supplements.update': command(
    "Change a supplement's name, dose or details",
    supplementInputSchema.extend({ id: z.number().int().positive(), changedOn: daySchema }),
    z.strictObject({ supplement: supplementSchema, warnings: z.array(regimenWarningSchema) }),
  ),
  'supplements.stop': command(
    'Stop taking a supplement',
    z.strictObject({ id: z.number().int().positive(), stoppedOn: daySchema }),
    z.strictObject({ supplement: supplementSchema, warnings: z.array(regimenWarningSchema) }),
  ),
  'supplements.resume': command(
    'Take a stopped supplement again',
    z.strictObject({ id: z.number().int().positive(), startedOn: daySchema }),
    z.strictObject({ supplement: supplementSchema, warnings: z.array(regimenWarningSchema) }),
  ),
};
