// What a person asks for when they make a report: the period, optionally one trial, the name to print,
// which days' notes to include, and the paper size. The same query comes from the Reports screen and from the
// command line.
import { z } from 'zod';
import { daySchema, daysBetween, isDay } from '../domain/day';
import { PAPER_SIZES, type PaperSize } from './schema';

/** About three years: longer reports would not be read, and their charts would turn into a smear. */
export const MAX_REPORT_DAYS = 1100;
export const MAX_NOTE_DAYS = 400;

export function periodProblem(from: string, to: string): string | null {
  if (!isDay(from)) return `"${from}" is not a real date written YYYY-MM-DD`;
  if (!isDay(to)) return `"${to}" is not a real date written YYYY-MM-DD`;
  if (from > to) return `the period starts (${from}) after it ends (${to})`;
  if (daysBetween(from, to) + 1 > MAX_REPORT_DAYS)
    return `a report covers at most ${MAX_REPORT_DAYS} days (about three years)`;
  return null;
}

export const reportQuerySchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    /** Left out: every trial that overlaps the period. */
    trialId: z.number().int().positive().optional(),
    /** Left out: the name saved in Settings. Blank: no name is printed. */
    name: z.string().trim().max(120).optional(),
    /** The days whose notes the person chose to include; notes of other days are never printed. */
    noteDays: z.array(daySchema).max(MAX_NOTE_DAYS).default([]),
    paper: z.enum(PAPER_SIZES).default('a4'),
  })
  .superRefine((q, ctx) => {
    if (!isDay(q.from) || !isDay(q.to)) return; // already reported by the fields themselves
    const problem = periodProblem(q.from, q.to);
    if (problem) ctx.addIssue({ code: 'custom', path: ['to'], message: problem });
  });
export type ReportQuery = z.output<typeof reportQuerySchema>;
export type ReportQueryInput = z.input<typeof reportQuerySchema>;

export function paperLabel(paper: PaperSize): string {
  return paper === 'a4' ? 'A4' : 'US Letter';
}
