/**
 * What the scorer reads: gold annotations (samples/GOLD.md) and the parts of a MinutesRecord that
 * are scored. A whole MinutesRecord is a ScoredRecord; tests can build the small parts alone.
 */
import type { AgendaItem, Deadline, Meeting, Owner } from '../record/schema.js';

export type ScoredOwner = Pick<Owner, 'text' | 'name' | 'initials' | 'role'>;
export type ScoredDeadline = Pick<Deadline, 'text' | 'value' | 'relative'>;

export interface ScoredTask {
  text: string;
  owners: readonly ScoredOwner[];
  deadlines: readonly ScoredDeadline[];
}

export interface ScoredItem extends Pick<AgendaItem, 'title'> {
  decisions: readonly ScoredTask[];
  actions: readonly ScoredTask[];
}

export interface ScoredRecord {
  meeting: Pick<Meeting, 'date' | 'referenceYear'>;
  items: readonly ScoredItem[];
}

/** One agenda item as a careful reader annotated it. */
export interface GoldItem {
  title: string;
  /** each decision's wording */
  decisions: string[];
  /** one list of aliases (name, initials, role) per owner */
  owners: string[][];
  /** distinct EDTF values, or "next-meeting" */
  deadlines: string[];
}

export interface Gold {
  /** the minutes' file stem the annotation is for */
  file: string;
  date: string | null;
  referenceYear: number | null;
  items: GoldItem[];
}

/** The scored fields with precision, recall and F1; dates are scored by accuracy. */
export const FIELDS = ['items', 'decisions', 'owners', 'deadlines'] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
