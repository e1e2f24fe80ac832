/** What the deadline refiners see of a date, and what they say of it. */
import type { DateMention } from '../dates.js';
import type { Rule } from '../rules/rule.js';
import type { DeadlineKind } from '../types.js';

export interface DeadlineContext {
  /** the sentence stands in an Åtgärd/beslut column: what it dates is to be done by then */
  inActionColumn?: boolean;
  /** the meeting's own body ("Socialnämnden", "FLG"), when known: its decisions are never another body's */
  body?: string | null;
  /** the meeting's date (YYYY-MM-DD), when known: a full date before it had passed when the meeting was held */
  meetingDate?: string | null;
}

/** Why a date is not a deadline. */
export type NotDeadline = 'event' | 'validity' | 'legal' | 'start' | 'period' | 'background' | 'other-body' | 'proposal' | 'forecast' | 'condition' | 'topic' | 'past' | 'recurring';
/** What a refiner says a date is: a deadline of a kind (null: the sentence's words tell), or why not. */
export type Verdict = { deadline: DeadlineKind | null } | { not: NotDeadline };

/** A date in its sentence, as a refiner sees it. */
export interface DateInSentence {
  sentence: string;
  mention: DateMention;
  /** the mention's text, lower-cased */
  own: string;
  /** the sentence before the mention, lower-cased */
  before: string;
  /** the sentence after the mention, lower-cased */
  after: string;
  /** the clause the mention stands in (between ".;" and the conjunctions that open a clause), lower-cased */
  clause: string;
  /** the text of the mention's clause before the mention */
  clauseBefore: string;
  context: DeadlineContext;
  /** verdicts of the dates before this one in the sentence */
  earlier: { mention: DateMention; verdict: Verdict; rule: string }[];
}

/** A deadline refiner: settles some dates, leaves the rest to the refiners after it. */
export interface DeadlineRule extends Rule<DeadlineContext, { text: string; verdict: string }, [string, string][]> {
  settle: (d: DateInSentence) => Verdict | null;
}
