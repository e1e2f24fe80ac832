/**
 * A rule unit: one Swedish form, the way chrono-node writes a locale parser. Each unit has a
 * name a newcomer can search for, a line on what the form means, its extraction function and its
 * examples: Swedish sentences in, values out. The examples are the unit's tests
 * (test/extract/rule-examples.test.ts runs every unit's examples), so a rule and the sentences
 * that justify it are read in one place.
 */

export interface RuleExample<Out> {
  /** a sentence as minutes write it */
  text: string;
  /** what the rule reads out of it */
  expected: Out;
  /** where the sentence stands, when that matters (a decision column, a proposal) */
  context?: Record<string, unknown>;
}

export interface Rule<In, Found, Out = Found> {
  /** what the form is, as a search term: "får i uppdrag", "tas fram av X" */
  name: string;
  /** why the form means what the rule says it means */
  about: string;
  find: (text: string, context: In) => Found[];
  examples: RuleExample<Out>[];
}
