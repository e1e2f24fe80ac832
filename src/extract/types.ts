import type { SegmentedItem, SegmentedMinutes } from '../segment/types.js';

/** A date as written, taken apart; resolve/ turns it into EDTF against the meeting date. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** EDTF season code: 21 spring, 22 summer, 23 autumn, 24 winter */
  season?: 21 | 22 | 23 | 24;
  /** 1..4 */
  quarter?: number;
  /** ISO week number: resolves to that week's Friday */
  week?: number;
  /** ISO weekday 1 (Monday) .. 7 (Sunday): the first such day after the meeting */
  weekday?: number;
  /** the weekday may be the meeting's own day: "onsdag kl. 16" written on a Wednesday, a time later that day */
  sameDayAllowed?: true;
  /** "inom två veckor": days after the meeting */
  offsetDays?: number;
  /** "inom en månad": calendar months after the meeting (9 October + 1 is 9 November) */
  offsetMonths?: number;
  /** "nästa vecka", "nästa månad", "i år": the meeting's week, month or year moved by `n` */
  calendarOffset?: { unit: 'week' | 'month' | 'year'; n: number };
  /** "nästa möte", "nästa FLG" */
  relative?: 'next-meeting';
}

export type DeadlineKind = 'due' | 'report-back' | 'decision' | 'evaluation';

export interface DeadlineMention {
  text: string;
  kind: DeadlineKind | null;
  parts: DateParts;
}

export interface OwnerMention {
  /** as written: "HR-chef", "AA", "Ulrika Skeppstedt" */
  text: string;
}

export interface ExtractedTask {
  /** the decision's or task's wording */
  text: string;
  owners: OwnerMention[];
  deadlines: DeadlineMention[];
  /** exact source text the task came from (a substring of the document text) */
  quote: string;
  page: number | null;
  /** decisions only: who decided ("Socialdirektören", "FLG") */
  decidedBy?: string | null;
  /** the task is a row of a task table in the item's text, which may be a closing list that repeats the items' tasks */
  fromList?: boolean;
}

export interface ExtractedItem extends SegmentedItem {
  /** the item's own text, whitespace-normalised */
  text: string;
  decisions: ExtractedTask[];
  actions: ExtractedTask[];
}

export interface ExtractedMinutes extends Omit<SegmentedMinutes, 'items'> {
  items: ExtractedItem[];
}
