// Reports: gather a period's check-ins, supplements, regimen changes and trials from the journal with a few
// queries, and hand them to the pure builder in shared/report. No figure is computed here, so the app, the
// PDF and the command line's HTML all print what buildReport says.
import type { Day } from '$shared/domain/day';
import type { ExerciseKind } from '$shared/domain/measures';
import type { ReportNote } from '$shared/contract/report';
import { UserFacingError } from '$shared/contract/result';
import {
  buildReport,
  type Report,
  type ReportQuery,
  type ReportSource,
  type SourceDay,
  type SourceTrial,
} from '$shared/report/index';
import { sql } from '../db/statements';
import { measuresOf, type CheckInRow } from '../journal/checkIns';
import type { ServiceContext } from '../context';
import { getSettings, today } from '../journal/settings';
import { getTrial, listTrials } from '../trials/setup';
import { analyze } from '../trials/results';
import { loadTrial } from '../trials/store';

/** What the app provides to print: Electron's printToPDF and print dialog (electron/main/pdfPrinter.ts). */
export interface ReportPlatform {
  /** Resolves to the file written, or null when the person cancelled the save dialog. */
  savePdf(query: ReportQuery): Promise<{ path: string } | null>;
  /** Resolves to false when the person cancelled the print dialog or printing failed. */
  print(query: ReportQuery): Promise<boolean>;
}

function daysIn(ctx: ServiceContext, from: Day, to: Day): SourceDay[] {
  const rows = sql(ctx.db, 'SELECT * FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day').all(
    from,
    to,
  ) as CheckInRow[];
  const intakes = sql(
    ctx.db,
    'SELECT day, supplement_id AS id FROM supplement_intakes WHERE day BETWEEN ? AND ? ORDER BY day, supplement_id',
  ).all(from, to) as { day: string; id: number }[];
  const taken = new Map<string, number[]>();
  for (const i of intakes) taken.set(i.day, [...(taken.get(i.day) ?? []), i.id]);
  return rows.map((row) => ({
    day: row.day,
    values: measuresOf(row),
    exerciseKind: row.exercise_kind as ExerciseKind | null,
    notes: row.notes,
    supplementIds: taken.get(row.day) ?? [],
  }));
}

/** Each trial the report covers: the one asked for, or every trial that has begun and overlaps the period. */
function trialsFor(ctx: ServiceContext, query: ReportQuery): SourceTrial[] {
  const ids =
    query.trialId !== undefined
      ? [query.trialId]
      : listTrials(ctx)
          .filter(
            (t) => t.status !== 'planned' && t.startDay <= query.to && (t.endDay === null || t.endDay >= query.from),
          )
          .sort((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : a.id - b.id))
          .map((t) => t.id);
  return ids.map((id) => ({ detail: getTrial(ctx, id), result: analyze(ctx, id) }));
}

export function gatherReportSource(ctx: ServiceContext, query: ReportQuery): ReportSource {
  const settings = getSettings(ctx);
  const supplements = sql(
    ctx.db,
    'SELECT id, name, dose, unit, started_on AS startedOn, stopped_on AS stoppedOn FROM supplements ORDER BY stopped_on IS NOT NULL, lower(name)',
  ).all() as ReportSource['supplements'];
  const regimenChanges = sql(
    ctx.db,
    'SELECT day, detail AS description FROM regimen_changes WHERE day BETWEEN ? AND ? ORDER BY day, id',
  ).all(query.from, query.to) as ReportSource['regimenChanges'];
  return {
    from: query.from,
    to: query.to,
    today: today(ctx),
    name: query.name ?? settings.reportName,
    conditions: settings.conditions,
    days: daysIn(ctx, query.from, query.to),
    supplements,
    regimenChanges,
    trials: trialsFor(ctx, query),
    noteDays: query.noteDays,
  };
}

export function buildReportFor(ctx: ServiceContext, query: ReportQuery): Report {
  return buildReport(gatherReportSource(ctx, query));
}

/** Days with notes in a period, oldest first: the list the person picks the printed notes from. */
export function notesIn(ctx: ServiceContext, from: Day, to: Day): ReportNote[] {
  const rows = sql(
    ctx.db,
    "SELECT day, trim(notes) AS text FROM check_ins WHERE day BETWEEN ? AND ? AND trim(notes) <> '' ORDER BY day",
  ).all(from, to) as ReportNote[];
  return rows;
}

function platformOf(ctx: ServiceContext, what: string): ReportPlatform {
  if (!ctx.reportPlatform) {
    throw new UserFacingError(
      'conflict',
      `${what} works in the Axis app only. From the command line, use \`report --out report.html\` and print the HTML file from a browser.`,
    );
  }
  return ctx.reportPlatform;
}

/** Refuses an unknown trial before any window or dialog opens (the period is checked by the contract). */
function checkQuery(ctx: ServiceContext, query: ReportQuery): void {
  if (query.trialId !== undefined) loadTrial(ctx, query.trialId); // throws not-found
}

export async function savePdf(ctx: ServiceContext, query: ReportQuery): Promise<{ path: string | null }> {
  const platform = platformOf(ctx, 'Saving a PDF');
  checkQuery(ctx, query);
  const saved = await platform.savePdf(query);
  return { path: saved?.path ?? null };
}

export async function print(ctx: ServiceContext, query: ReportQuery): Promise<{ printed: boolean }> {
  const platform = platformOf(ctx, 'Printing');
  checkQuery(ctx, query);
  return { printed: await platform.print(query) };
}
