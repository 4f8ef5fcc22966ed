// What happened on the calendar behind a trend line: trial phases (shaded), slips and supplement and
// treatment starts, stops and changes (markers). Phases are shown only as the person may know them today: while a random
// switch day is still hidden, the baseline runs to today and the later phases are left out, so the chart
// can never give the switch away.
import type { Day } from '$shared/domain/day';
import type { PhaseMarker, SlipMarker, SupplementMarker, TrendMarkers } from '$shared/contract/trends';
import { lastDayOf, phaseViews } from '$shared/trials/protocol/index';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { today } from '../journal/settings';
import { calendarOf, loadTrial } from '../trials/store';

export function markersBetween(ctx: ServiceContext, from: Day, to: Day): TrendMarkers {
  return {
    phases: phasesBetween(ctx, from, to),
    slips: slipsBetween(ctx, from, to),
    supplements: supplementChangesBetween(ctx, from, to),
    treatments: treatmentChangesBetween(ctx, from, to),
  };
}

function phasesBetween(ctx: ServiceContext, from: Day, to: Day): PhaseMarker[] {
  // Only trials with a phase touching the range are loaded (the phases are indexed by start and end day).
  const ids = sql(
    ctx.db,
    'SELECT DISTINCT trial_id AS id FROM trial_phases WHERE start_day <= ? AND end_day >= ? ORDER BY trial_id',
  ).all(to, from) as { id: number }[];
  if (ids.length === 0) return [];
  const now = today(ctx);
  const out: PhaseMarker[] = [];
  for (const { id } of ids) {
    const trial = loadTrial(ctx, id);
    const cal = calendarOf(trial);
    const last = lastDayOf(cal); // a closed trial stops on the day it was closed
    for (const view of phaseViews(cal, now)) {
      if (view.startDay === null || view.startDay > last) continue;
      // A null end is a baseline whose end is the hidden switch: shade what has happened so far.
      const end = minDay(view.endDay ?? now, last);
      const start = maxDay(view.startDay, from);
      const clippedEnd = minDay(end, to);
      if (start > clippedEnd) continue;
      out.push({
        trialId: id,
        trialName: trial.name,
        kind: view.kind,
        label: view.label,
        startDay: start,
        endDay: clippedEnd,
      });
    }
  }
  return out;
}

function slipsBetween(ctx: ServiceContext, from: Day, to: Day): SlipMarker[] {
  return sql(
    ctx.db,
    `SELECT s.day, s.trial_id AS trialId, t.name AS trialName, s.what, s.amount
     FROM trial_slips s JOIN trials t ON t.id = s.trial_id WHERE s.day BETWEEN ? AND ? ORDER BY s.day, s.id`,
  ).all(from, to) as SlipMarker[];
}

function supplementChangesBetween(ctx: ServiceContext, from: Day, to: Day): SupplementMarker[] {
  return sql(
    ctx.db,
    `SELECT r.day, r.kind, s.name, r.detail
     FROM regimen_changes r JOIN supplements s ON s.id = r.supplement_id WHERE r.day BETWEEN ? AND ? ORDER BY r.day, r.id`,
  ).all(from, to) as SupplementMarker[];
}

function treatmentChangesBetween(ctx: ServiceContext, from: Day, to: Day): SupplementMarker[] {
  return sql(
    ctx.db,
    `SELECT c.day, c.kind, t.name, c.detail
     FROM treatment_changes c JOIN treatments t ON t.id = c.treatment_id WHERE c.day BETWEEN ? AND ? ORDER BY c.day, c.id`,
  ).all(from, to) as SupplementMarker[];
}

const minDay = (a: Day, b: Day): Day => (a < b ? a : b);
const maxDay = (a: Day, b: Day): Day => (a > b ? a : b);
