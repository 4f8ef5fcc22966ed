// What a person asks for when they make a report: the period, optionally one trial, the name to print,
// which days' notes to include, and the paper size. The same query travels from the Reports screen to the
// router, to the hidden print window's address (#/report-print/<query>) and to the command line.
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

/** The query as the print page's address part: short keys, values percent-encoded, days comma-separated. */
export function encodeReportQuery(q: ReportQueryInput): string {
  const parts: [string, string][] = [
    ['from', q.from],
    ['to', q.to],
  ];
  if (q.trialId !== undefined) parts.push(['trial', String(q.trialId)]);
  if (q.name !== undefined) parts.push(['name', q.name]);
  if (q.noteDays && q.noteDays.length > 0) parts.push(['notes', q.noteDays.join(',')]);
  parts.push(['paper', q.paper ?? 'a4']);
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** Reads an address part back; anything malformed is refused in words, never half-used. */
export function decodeReportQuery(text: string): { ok: true; query: ReportQuery } | { ok: false; message: string } {
  const raw: Record<string, unknown> = {};
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1));
    } catch {
      return { ok: false, message: `The report address has a malformed "${key}".` };
    }
    if (key === 'from' || key === 'to' || key === 'name') raw[key] = value;
    else if (key === 'trial') raw.trialId = /^\d+$/.test(value) ? Number(value) : value;
    else if (key === 'notes') raw.noteDays = value === '' ? [] : value.split(',');
    else if (key === 'paper') raw.paper = value;
    else return { ok: false, message: `The report address has an unknown part "${key}".` };
  }
  const parsed = reportQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      message: `The report address is not valid: ${first ? `${first.path.join('.') || 'query'}: ${first.message}` : 'unknown problem'}.`,
    };
  }
  return { ok: true, query: parsed.data };
}

export function paperLabel(paper: PaperSize): string {
  return paper === 'a4' ? 'A4' : 'US Letter';
}

/** The print page's address after the app's entry URL: `#/report-print/<query>`, the query encoded once more
 * because the hash router decodes what follows the screen name. With marginBoxes the page draws its own
 * header and footer (for the system print dialog, which takes no templates). */
export function reportPrintHash(q: ReportQueryInput, options: { marginBoxes?: boolean } = {}): string {
  const param = options.marginBoxes ? `${encodeReportQuery(q)}&boxes=1` : encodeReportQuery(q);
  return `#/report-print/${encodeURIComponent(param)}`;
}

/** Reads the print page's parameter (already decoded once by the hash router). */
export function decodeReportPrintParam(
  param: string,
): { ok: true; query: ReportQuery; marginBoxes: boolean } | { ok: false; message: string } {
  const marginBoxes = /(^|&)boxes=1$/.test(param);
  const decoded = decodeReportQuery(marginBoxes ? param.replace(/&?boxes=1$/, '') : param);
  return decoded.ok ? { ...decoded, marginBoxes } : decoded;
}
