/**
 * The owner forms, in the order they are tried. A new form is one file in this folder and one
 * line here.
 */
import { dutyOfKnownOwner } from './duty-of-known-owner.js';
import { assignmentGoesTo, givenAnAssignment } from './given-an-assignment.js';
import { ownerInParentheses } from './owner-in-parentheses.js';
import { passiveAgent } from './passive-agent.js';
import { subjectAfterVerb } from './subject-after-verb.js';
import { subjectOfTaskVerb } from './subject-of-task-verb.js';
import type { OwnerRule } from './types.js';

/** Forms read only on the lines of a list (a to-do list's "Uppgift – X"). */
export { ownersAfterDash, readTodoLine } from './todo-line.js';

export const OWNER_RULES: readonly OwnerRule[] = [subjectOfTaskVerb, subjectAfterVerb, dutyOfKnownOwner, givenAnAssignment, assignmentGoesTo, passiveAgent, ownerInParentheses];
