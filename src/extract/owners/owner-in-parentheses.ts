import { isKnownOwner, splitOwnerList } from './noun-phrase.js';
import type { OwnerRule } from './types.js';

/** "… senast fredag 30/1 (alla EC)": the owners in parentheses at the end of a task */
const TRAILING = /\(([^()]{1,40})\)\s*[.!]?\s*$/u;
/** the sentence asks for something to be done by a time: a duty, a deadline */
const TASK_LIKE = /(?<![\p{L}])(?:ska|skall|måste|senast|till nästa|inför|inom|före|klar|klart)(?![\p{L}])|\d{1,2}\/\d{1,2}|(?<![\p{L}])(?:v|vecka)\.?\s*\d{1,2}(?!\d)/iu;

export const ownerInParentheses: OwnerRule = {
  name: '… senast 30/1 (alla EC)',
  about:
    'a task written without a subject names its owners in parentheses at its end, as notes kept in haste do; only owners the minutes know (a group, a unit, a role, participants by name or initials), and only where the sentence asks for something by a time or as a duty',
  find(clause, ctx) {
    const m = TRAILING.exec(clause);
    if (!m || !TASK_LIKE.test(clause.slice(0, m.index))) return [];
    const owners = splitOwnerList(m[1]!.trim());
    if (!owners.length || !owners.every((o) => isKnownOwner(o, ctx))) return [];
    return [{ owners, index: m.index, verb: m[0] }];
  },
  examples: [
    { text: 'Bemanningsplanerna för sommaren ska in till AL senast fredag 30/1 (alla EC).', expected: ['alla EC'] },
    { text: 'Rutinen skickas ut till alla enheter senast v. 12 (ekonomienheten).', expected: ['ekonomienheten'] },
    { text: 'Ekonomichefen redovisade prognosen (bilaga 3).', expected: [] },
    { text: 'Nya öppettider gäller från 1 mars (beslut i nämnden).', expected: [] },
  ],
};
