/** The rule unit's shape lives in the model (segment rules use it too); extract's rules import it from here. */
export type { Rule, RuleExample } from '../../model/rule.js';
