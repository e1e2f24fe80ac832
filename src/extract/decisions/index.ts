/**
 * Decisions in a sentence. Each form of recording one is a rule unit in this folder, with its
 * examples; `findDecisions` tries them in order after the markers that rule a decision out
 * (proposals, yrkanden, noting, the chair's propositions). Each parallel att-clause is a decision
 * of its own (clauses.ts).
 */
import { BODY_GENITIVE, FRONTED_TIME, MEETING_SELF, NOT_DECISION_MARKERS, PAST_DECIDING_VERBS, PROPOSAL_TO_A_BODY } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { letterSpaced, SPACED_DECISION_OPENER } from '../letter-spacing.js';
import { bareLeadIn, frontedLeadIn, subjectLeadIn } from './lead-ins.js';
import { passiveDecision } from './passive.js';
import { conditionalRule, stanceOfTheMeeting } from './stance.js';
import { NO_DECISION, type DecisionOptions, type DecisionReading, type DecisionRule } from './types.js';

export { attClauses, decisionPoint, proposedClauses, splitAttClauses } from './clauses.js';
export { isOtherBody } from './bodies.js';
export type { DecisionHit, DecisionOptions, DecisionReading } from './types.js';

/** The decision forms, in the order they are tried: a new form is a file here and a line in this list. */
export const DECISION_RULES: readonly DecisionRule[] = [frontedLeadIn, subjectLeadIn, bareLeadIn, passiveDecision, stanceOfTheMeeting, conditionalRule];

/**
 * What a sentence decides. `open` is true when the sentence is a lead-in without a body
 * ("Nämnden beslutar:"): the att-clauses after it are its decisions.
 */
export function findDecisions(sentence: string, opts: DecisionOptions): DecisionReading {
  const s = withSpacedLeadInRead(sentence.trim());
  if (NOT_DECISION_MARKERS.some((re) => re.test(s)) || /\?$/.test(s)) return NO_DECISION;
  for (const rule of DECISION_RULES) {
    const [reading] = rule.find(s, opts);
    if (reading) return reading;
  }
  // "BH och JN har provat moppen och tycker den är bra, vi bestämde att …": the meeting's own
  // decision as the sentence's second main clause, after a comma
  const ours = OUR_CLAUSE.exec(s);
  if (ours) {
    const clause = s.slice(ours.index + ours[0].length);
    return findDecisions(clause.charAt(0).toUpperCase() + clause.slice(1), opts);
  }
  // "… efter en lång diskussion om var den ska vara, bestämde vi att …", "Efter frågor om vad
  // pengarna får användas till beslöt rådet att …": the verb before its subject, something fronted
  // before them (not a time that dates the decision before this meeting: "I april beslutade nämnden att")
  const inverted = INVERTED_LEAD_IN.exec(s);
  if (inverted && inverted.index > 0 && !FRONTED_TIME.test(s.slice(0, inverted.index).split(/,\s*/u).pop()!.trim())) {
    const clause = s.slice(inverted.index).trimStart();
    return findDecisions(clause.charAt(0).toUpperCase() + clause.slice(1), opts);
  }
  return NO_DECISION;
}

/** the deciding verb before the meeting itself as its subject, inside a sentence: "… beslöt rådet att" */
const INVERTED_LEAD_IN = new RegExp(`(?<=\\s)(?:${alternation(PAST_DECIDING_VERBS)})\\s+(?:${alternation(MEETING_SELF)})\\s+(?=att\\s)`, 'iu');

/**
 * "D i r e k t i o n e n s b e s l u t att höja …": a letter-spaced lead-in run into its att-clauses
 * (plain text joins the lines) is read as "Beslut: att höja …".
 */
function withSpacedLeadInRead(s: string): string {
  const lead = /^((?:\p{L}\s){3,}\p{L})\s*:?\s+(?=att\s)/u.exec(s);
  return lead && SPACED_DECISION_OPENER.test(letterSpaced(lead[1]!) ?? '') ? `Beslut: ${s.slice(lead[0].length)}` : s;
}

/** a main clause of the meeting's own "vi" after a comma or a semicolon ("…, och vi beslutade att") */
const OUR_CLAUSE = /[,;]\s+(?:och\s+|men\s+|så\s+)?(?=vi\s+\p{L})/iu;

/** A line that opens a proposal ("Förslag till beslut", "Arbetsutskottets förslag till kommunstyrelsen"). */
export const PROPOSAL_OPENER = new RegExp(String.raw`^${BODY_GENITIVE}?förslag(?:\s+till\s+(?:beslut|[\p{L}-]+))?\s*:?\s*$|^${BODY_GENITIVE}${PROPOSAL_TO_A_BODY}\s*:?\s*$|förslag till beslut`, 'iu');
/** A line that ends a proposal and opens the decision ("Beslut", "Socialnämndens beslut"). */
export const DECISION_OPENER = new RegExp(String.raw`^${BODY_GENITIVE}?beslut(?:\s+för\s+egen\s+del)?\s*:?\s*$`, 'iu');
