import type { Rule } from '../rules/rule.js';

export interface DecisionHit {
  /** the decision's wording: from its "att" (or first word) to the end of its sentence */
  text: string;
  decidedBy: string | null;
}

export interface DecisionOptions {
  /** the sentence stands in a decision column (Åtgärd/beslut): stances count */
  inDecisionColumn: boolean;
  /** the item's text so far proposes rather than decides ("Förslag till beslut") */
  inProposal: boolean;
  /** the meeting's own body ("Tekniska nämnden"), whose decisions are this meeting's */
  meetingBody?: string | null;
  /** the item lists decisions taken elsewhere (delegationsbeslut, anmälningsärenden) */
  reportedDecisions?: boolean;
  /** the sentence is an entry of a list or a table */
  listed?: boolean;
  /** the meeting's year, when known: a stance dated in an earlier year is background */
  meetingYear?: number | null;
}

/**
 * What one sentence says about decisions: its decisions, or that it is a lead-in whose
 * att-clauses follow (`open`), or (decidedBy ending ":enligt-förslag") that the meeting adopts
 * the proposal before it.
 */
export interface DecisionReading {
  decisions: DecisionHit[];
  open: boolean;
  decidedBy: string | null;
}

/** A decision form: reads a sentence or finds nothing; its examples give the decision texts. */
export type DecisionRule = Rule<DecisionOptions, DecisionReading, string[]>;

export const NO_DECISION: DecisionReading = Object.freeze({ decisions: [], open: false, decidedBy: null }) as DecisionReading;
