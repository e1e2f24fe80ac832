import { isOwnerPhrase, splitOwnerList, type OwnerContext } from './noun-phrase.js';
import type { OwnerRule, TaskHit } from './types.js';

/**
 * A to-do list line that names the task first and its owners after a dash, a deadline after a
 * comma or a second dash: "Kontakta trafikenheten om platsbesök – Marie (rektor)", "Inköpslista –
 * Daniel, v. 12", "Reservkraft till Solgården – Teknisk chef – kl. 11.00",
 * "Förslag på utskick – Fatima A-S och Oskar N, till nästa möte". Only read on list lines (a dash
 * in running text joins clauses), and only where everything between the dash and the comma is
 * owners.
 */
const DASH_TAIL = /^(?<task>.{3,160}?)\s+[–—-]\s+(?<owners>[^–—,;]{1,80}?)(?:(?:\s*[,;]\s*|\s+[–—]\s+)(?<rest>[^–—]{0,80}))?\s*\.?$/u;

export interface TodoLine {
  task: string;
  owners: string[];
  /** what follows the owners: the deadline, as a Klart column holds it ("v. 12", "till nästa möte") */
  rest: string;
}

/** The parts of a to-do line "Uppgift – X, datum", or null when the words after the dash are no owners. */
export function readTodoLine(line: string, ctx: OwnerContext): TodoLine | null {
  const m = DASH_TAIL.exec(line.trim());
  if (!m) return null;
  const owners = splitOwnerList(m.groups!.owners!.replace(/\s*\([^)]*\)/gu, ''));
  if (!owners.length || !owners.every((o) => isOwnerPhrase(o, ctx))) return null;
  return { task: m.groups!.task!, owners, rest: m.groups!.rest ?? '' };
}

export const ownersAfterDash: OwnerRule = {
  name: 'Uppgift – X, datum (to-do line)',
  about: 'a to-do line gives its owners after a dash, the deadline after a comma; a role in parentheses says who the person is',
  find(line, ctx) {
    const todo = readTodoLine(line, ctx);
    const hit: TaskHit | null = todo && { owners: todo.owners, index: todo.task.length, verb: '–' };
    return hit ? [hit] : [];
  },
  examples: [
    { text: 'Kontakta trafikenheten om platsbesök – Marie (rektor)', expected: ['Marie'] },
    { text: 'Förslag på utskick om hämtzonen – Fatima A-S och Oskar N, till nästa möte', expected: ['Fatima A-S', 'Oskar N'] },
    { text: 'Fråga om någon kan låna ut släpvagn den 10 maj – alla', expected: ['alla'] },
    { text: 'Inköpslista till arbetsdagen – Daniel, v. 12', expected: ['Daniel'] },
    { text: 'Mobilt reservkraftverk till Solgården – Teknisk chef – kl. 11.00', expected: ['Teknisk chef'] },
    { text: 'Budget 2026 – preliminär ram, beslut i juni', expected: [] },
  ],
};
