// The plain data a report is built from. The report service gathers it from the journal with a few queries;
// tests write it by hand. Nothing here knows about SQLite, so the builder stays a pure function.
import type { Day } from '../domain/day';
import type { BodyArea, Condition, ExerciseKind, MeasureKey } from '../domain/measures';
import type { TrialDetail, TrialResult } from '../trials/records';
import type { Trackable } from '../domain/trackable';
import type { Treatment } from '../domain/treatment';

export interface SourceDay {
  day: Day;
  /** Every measure of the day; a measure not logged is null (or left out), never zero. */
  values: Partial<Record<MeasureKey, number | null>>;
  exerciseKind: ExerciseKind | null;
  /** Body areas ticked as affected that day (empty when none was ticked). */
  bodyAreas: BodyArea[];
  notes: string;
  /** Ids of the supplements ticked as taken that day. */
  supplementIds: number[];
  /** The person's own items' values that day, by slug. */
  custom?: Record<string, number>;
  /** Ids of the treatments ticked as used that day. */
  treatmentIds?: number[];
}

export interface SourceSupplement {
  id: number;
  name: string;
  dose: number | null;
  unit: string;
  startedOn: Day | null;
  /** The day it was stopped (not taken from that day on); null while still taken. */
  stoppedOn: Day | null;
}

export interface SourceTrial {
  /** The trial as its timeline shows it today (hidden switch days stay hidden). */
  detail: TrialDetail;
  /** Its analysis up to today or its last day. */
  result: TrialResult;
}

export interface ReportSource {
  from: Day;
  to: Day;
  /** The day the report is made ("printed on"). */
  today: Day;
  /** Printed as given; blank prints no name line. */
  name: string;
  conditions: Condition[];
  /** The check-ins of the period, any order. */
  days: SourceDay[];
  supplements: SourceSupplement[];
  /** Starts, stops and dose changes of supplements in the period, as worded by the regimen. */
  regimenChanges: { day: Day; description: string }[];
  trials: SourceTrial[];
  /** The days whose notes the person chose; other days' notes are never printed. */
  noteDays: Day[];
  /** The built-in measures the person tracks (the tracking plan); left out: the conditions' defaults. */
  tracked?: MeasureKey[];
  /** The person's own items (archived ones too: their history is in the period). */
  trackables?: Trackable[];
  treatments?: Treatment[];
}
