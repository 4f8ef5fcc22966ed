// Reports: gather a period's check-ins, supplements, regimen changes and trials from the journal with a few
// queries, and hand them to the pure builder in shared/report. No figure is computed here, so the app, the
// PDF and the command line's HTML all print what buildReport says.
import type { Day } from '$shared/domain/day';
import type { BodyArea, ExerciseKind } from '$shared/domain/measures';
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
import { reportPrintJob, suggestedFileName } from '$shared/report/printJob';
import { writeTextAtomic } from '../files';
import type { ReportPrinter } from '../ports';
import { sql } from '../db/statements';
import { measuresOf, type CheckInRow } from '../journal/checkIns';
import type { ServiceContext } from '../context';
import { getSettings, today } from '../journal/settings';
import { getTrial, listTrials } from '../trials/setup';
import { analyze } from '../trials/results';
import { loadTrial } from '../trials/store';
import { getPlan } from '../journal/trackingPlan';
import { listTrackables } from '../journal/trackables';
import { listTreatments } from '../journal/treatments';
import { ownItemsIn } from './ownItems';

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
  const own = ownItemsIn(ctx, from, to);
  return rows.map((row) => ({
    day: row.day,
    values: measuresOf(row),
    exerciseKind: row.exercise_kind as ExerciseKind | null,
    bodyAreas: row.body_areas === '[]' ? [] : (JSON.parse(row.body_areas) as BodyArea[]),
    notes: row.notes,
    supplementIds: taken.get(row.day) ?? [],
    custom: own.values.get(row.day) ?? {},
    treatmentIds: own.used.get(row.day) ?? [],
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
  return ids.map((id) => ({ detail: getTrial(ctx, { trialId: id }), result: analyze(ctx, { trialId: id }) }));
}

export function gatherReportSource(ctx: ServiceContext, query: ReportQuery): ReportSource {
  const settings = getSettings(ctx);
  const supplements = sql(
    ctx.db,
    'SELECT id, name, dose, unit, started_on AS startedOn, stopped_on AS stoppedOn FROM supplements ORDER BY stopped_on IS NOT NULL, lower(name)',
  ).all() as ReportSource['supplements'];
  const regimenChanges = sql(
    ctx.db,
    `SELECT day, description FROM (SELECT day, detail AS description, 0 AS k, id FROM regimen_changes WHERE day BETWEEN ? AND ?
       UNION ALL SELECT day, detail, 1, id FROM treatment_changes WHERE day BETWEEN ? AND ?) ORDER BY day, k, id`,
  ).all(query.from, query.to, query.from, query.to) as ReportSource['regimenChanges'];
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
    tracked: getPlan(ctx)
      .measures.filter((m) => m.tracked)
      .map((m) => m.key),
    trackables: listTrackables(ctx),
    treatments: listTreatments(ctx),
  };
}

export function buildReportFor(ctx: ServiceContext, query: ReportQuery): Report {
  return buildReport(gatherReportSource(ctx, query));
}

/** Days with notes in a period, oldest first: the list the person picks the printed notes from. */
export function notesIn(ctx: ServiceContext, { from, to }: { from: Day; to: Day }): ReportNote[] {
  const rows = sql(
    ctx.db,
    "SELECT day, trim(notes) AS text FROM check_ins WHERE day BETWEEN ? AND ? AND trim(notes) <> '' ORDER BY day",
  ).all(from, to) as ReportNote[];
  return rows;
}

/** Refuses an unknown trial before any dialog opens (the period is checked by the contract). */
function checkQuery(ctx: ServiceContext, query: ReportQuery): void {
  if (query.trialId !== undefined) loadTrial(ctx, query.trialId); // throws not-found
}

function printerOf(ctx: ServiceContext, what: string): ReportPrinter {
  if (!ctx.host.printer) {
    throw new UserFacingError(
      'conflict',
      `${what} works in the Axis app only. From the command line, use \`report --out report.html\` and print the HTML file from a browser.`,
    );
  }
  return ctx.host.printer;
}

/** "Save as PDF": where to save is asked first (someone who cancels should not wait for the layout), then
 * the report is built, printed by the host's Chromium and written atomically. */
export async function savePdf(ctx: ServiceContext, query: ReportQuery): Promise<{ path: string | null }> {
  const printer = printerOf(ctx, 'Saving a PDF');
  const dialogs = ctx.host.dialogs;
  if (!dialogs) throw new UserFacingError('conflict', 'Saving a PDF needs a place to put it: use the Axis app.');
  checkQuery(ctx, query);
  const chosen = await dialogs.chooseSavePath(suggestedFileName(query), [{ name: 'PDF', extensions: ['pdf'] }]);
  if (!chosen) return { path: null };
  const target = chosen.toLowerCase().endsWith('.pdf') ? chosen : `${chosen}.pdf`;
  const pdf = await printer.toPdf(reportPrintJob(buildReportFor(ctx, query), query.paper, 'pdf'));
  writeTextAtomic(target, pdf);
  return { path: target };
}

export async function print(ctx: ServiceContext, query: ReportQuery): Promise<{ printed: boolean }> {
  const printer = printerOf(ctx, 'Printing');
  checkQuery(ctx, query);
  return { printed: await printer.print(reportPrintJob(buildReportFor(ctx, query), query.paper, 'print-dialog')) };
}
