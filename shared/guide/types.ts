// The guide's shape. Content lives in chapters/*.ts as plain data so the renderer, the report and the tests
// all read the same words, and so a change of wording never needs a change of code.
import type { MeasureKey } from '../domain/measures';
import type { PresetId } from '../trials/protocol/presets';

/**
 * How much weight a claim can bear, from strongest to weakest. "contested" is not a rung on that ladder: it
 * marks claims where good evidence points the other way from the article.
 */
export const EVIDENCE_GRADES = [
  'well-supported',
  'some-trials',
  'early-or-mixed',
  'mechanism-only',
  'contested',
] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** A published source, findable by its authors, year and journal, with a few words on what it found. */
export interface Source {
  /** "Smith RN, Mann NJ, Braue A" or an organisation ("National Institute for Health and Care Excellence"). */
  authors: string;
  year: number;
  /** The journal, or for a guideline or database, where it is published. */
  journal: string;
  finding: string;
}

export interface Evidence {
  /** How strong the evidence is for an effect on the skin (see GRADE_LABELS): the question every grade answers. */
  grade: EvidenceGrade;
  /** One or two sentences: why this grade. */
  reason: string;
  /** What is known at the level of the gut, where that differs from the skin grade (e.g. a gut trial, no skin one). */
  gutEvidence?: string;
  /** Named, look-up-able sources (sources.ts), each with a few words on what it found. */
  sources: readonly Source[];
  /** True when the evidence runs against what the article says, so the UI can say so up front. */
  disagreesWithArticle: boolean;
}

/** A paragraph (plain string), a bulleted list, or a quiet side note (e.g. "amounts are examples"). */
export type Block = string | { kind: 'list'; items: readonly string[] } | { kind: 'note'; text: string };

/** Check-in fields a guide section can send the person to. A subset of the journal's measure keys. */
export const LOG_FIELDS = [
  'sleepHours',
  'stress',
  'relaxationMinutes',
  'exerciseMinutes',
  'fermented',
  'prebiotic',
  'omega3',
  'colourful',
  'sugar',
  'seedOils',
  'dairy',
] as const;
export type LogField = (typeof LOG_FIELDS)[number];

export type Action =
  /** A trial set-up, on a ready-made food or (custom) the person's own choice. */
  | { kind: 'startTrial'; preset: PresetId; label: string }
  /** The dose is a pre-filled example the person confirms or changes in the UI, never a recommendation. */
  | { kind: 'trackSupplement'; name: string; dose: number | null; unit: string; details: string; label: string }
  | { kind: 'logToday'; field: LogField; label: string }
  /** Opens Trends on that measure (beside the overall skin score when it is not itself a skin measure). */
  | { kind: 'openTrends'; measure: MeasureKey; label: string }
  /** Another screen where the person acts on the section: their supplements (Settings) or a report. */
  | { kind: 'openScreen'; screen: 'settings' | 'reports'; label: string };

export type ActionKind = Action['kind'];

interface SectionBase {
  /** Globally unique, stable, kebab-case: saved progress and links refer to it. */
  id: string;
  title: string;
  body: readonly Block[];
  actions: readonly Action[];
  /** Extra words search should find this section by (synonyms, other spellings). */
  keywords: readonly string[];
}

/** A section that states something about health must say how well it is supported. */
export interface ClaimSection extends SectionBase {
  kind: 'claim';
  evidence: Evidence;
}

/** How-to and housekeeping: no health claim, so no grade. */
export interface PracticalSection extends SectionBase {
  kind: 'practical';
}

export type Section = ClaimSection | PracticalSection;

export interface Chapter {
  id: string;
  title: string;
  summary: string;
  sections: readonly Section[];
}

export interface Guide {
  chapters: readonly Chapter[];
}

export interface Disclaimer {
  /** Raise when the wording changes in substance, so the app can show it again at next start. */
  version: number;
  title: string;
  body: readonly Block[];
}
