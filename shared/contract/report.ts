// Operations behind the printable progress report: the report itself (the model both the screen and paper
// show), the notes a person may choose to include, and the app's "Save as PDF" and "Print". The last two need
// a window to print from, so they work in the app only; elsewhere (the command line) they refuse in words.
import { z } from 'zod';
import { daySchema } from '../domain/day';
import { reportQuerySchema } from '../report/query';
import { reportSchema } from '../report/schema';
import { query } from './define';

const periodSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] });

export const reportNoteSchema = z.strictObject({ day: daySchema, text: z.string() });
export type ReportNote = z.infer<typeof reportNoteSchema>;

export const reportOperations = {
  'report.build': query(
    'The progress report for a period: summaries, charts, trials, supplements, lifestyle, the chosen notes and the disclaimer',
    reportQuerySchema,
    reportSchema,
  ),
  'report.notes': query(
    'Days in a period that have notes, oldest first, for choosing which to print',
    periodSchema,
    z.array(reportNoteSchema),
  ),
  'report.savePdf': query(
    'Save the report as a PDF file the person chooses (null path: they cancelled)',
    reportQuerySchema,
    z.strictObject({ path: z.string().nullable() }),
  ),
  'report.print': query(
    'Print the report with the system print dialog (false: cancelled or failed)',
    reportQuerySchema,
    z.strictObject({ printed: z.boolean() }),
  ),
};
