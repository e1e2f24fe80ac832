import type { Rule } from '../rules/rule.js';
import type { OwnerContext } from './noun-phrase.js';

export interface TaskHit {
  /** the owner phrases found for this task */
  owners: string[];
  /** where the task's verb (or assignment phrase) stands in the text */
  index: number;
  verb: string;
}

/** An owner form: finds tasks with their owners in one clause; examples give the owners found. */
export type OwnerRule = Rule<OwnerContext, TaskHit, string[]>;
