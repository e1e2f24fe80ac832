/**
 * Attendance lists that name each role before its person, in one running sentence, as older
 * protocols write them: "ordföranden, fabrikör Nils Ahlgren, vice ordföranden Einar Blom,
 * ledamöterna fru Margit Sahlin, lokförare Gunnar Lind och hemmansägare Axel Forsberg samt
 * suppleanten, kassörskan Ingrid Wall, tjänstgörande för ledamoten Sven Öhman". A role alone
 * ("ordföranden,") is the next person's; a plural role ("ledamöterna") holds for the names after
 * it; "tjänstgörande för …" and "tillika sekreterare" say more of the person before and name no
 * one there; "Dessutom närvoro …" goes on with the officials, as guests.
 */
import { ALSO_ROLE, BESIDES_PRESENT, HONORIFICS, PLURAL_ROLES, SERVING_FOR } from '../lexicon/index.js';
import { alternation } from '../lexicon/pattern.js';
import type { Person } from '../record/schema.js';

type Attendance = NonNullable<Person['attendance']>;

/** lower-case words, then the capitalised rest: "vice ordföranden" + "Einar Blom" */
const ROLE_THEN_NAME = /^(\p{Ll}[\p{L}.-]*(?:\s+\p{Ll}[\p{L}.-]*)*?)\s+(\p{Lu}.*)$/u;
const HONORIFIC_AT_END = new RegExp(`(?:^|\\s+)(?:${alternation(HONORIFICS)})$`, 'iu');
const LOWER_ONLY = /^\p{Ll}[\p{Ll}\s.-]*$/u;
/** "ledamöterna" -> "ledamot"; undefined for any other word */
const singularOf = (word: string): string | undefined => (Object.hasOwn(PLURAL_ROLES, word.toLowerCase()) ? PLURAL_ROLES[word.toLowerCase()] : undefined);

/**
 * Whether the list's entries name roles before people: it opens with a role in lower case (a list
 * of names first opens with a name), alone or before its person, and another person follows.
 */
export function isRoleFirstList(entries: string[], isRoleWord: (word: string) => boolean): boolean {
  const first = entries[0]?.trim() ?? '';
  // ("kommunalnämndens ordförande Gustav Lund": the role may follow a body's genitive)
  const lead = LOWER_ONLY.test(first) ? first : ROLE_THEN_NAME.exec(first)?.[1];
  if (!lead || !lead.split(/\s+/u).some((w) => isRoleWord(w) || singularOf(w) !== undefined)) return false;
  return entries.filter((e) => ROLE_THEN_NAME.test(e.trim())).length >= 2;
}

export function readRoleFirstList(entries: string[], attendance: Attendance, parseEntry: (text: string, attendance: Attendance) => Person | null): Person[] {
  const people: Person[] = [];
  let pendingRole: string | null = null;
  let groupRole: string | null = null;
  let current = attendance;
  for (const written of entries) {
    let entry = written.trim().replace(/[.;]+$/u, '');
    // "Dessutom närvoro stadskamreraren Tage Wiklund": the officials, there as guests of the members
    const besides = BESIDES_PRESENT.exec(entry);
    if (besides) {
      entry = entry.slice(besides[0].length);
      current = 'guest';
      pendingRole = null;
      groupRole = null;
    }
    // "tjänstemän: kommunchefen Olle Wallin": a label inside the sentence opens a group of its own
    const label = /^(\p{Ll}+)\s*:\s*(.*)$/u.exec(entry);
    if (label && singularOf(label[1]!) !== undefined) {
      groupRole = singularOf(label[1]!)!;
      entry = label[2]!;
    }
    if (!entry) continue;
    // ("tjänstgörande för ledamoten Sven Öhman": the one replaced, not there)
    if (SERVING_FOR.test(entry)) continue;
    const also = ALSO_ROLE.exec(entry);
    if (also) {
      entry = entry.slice(also[0].length);
      // ("tillika sekreterare": the person before's second role)
      if (LOWER_ONLY.test(entry)) continue;
    }
    if (LOWER_ONLY.test(entry)) {
      const plural = singularOf(entry);
      if (plural) groupRole = plural;
      else pendingRole = entry;
      continue;
    }
    const m = ROLE_THEN_NAME.exec(entry);
    const before = m ? m[1]!.replace(HONORIFIC_AT_END, '').trim() : '';
    const person = parseEntry(m ? m[2]! : entry, current);
    if (!person) continue;
    const plural = singularOf(before);
    // a role in the definite form is the person's place in the meeting ("suppleanten",
    // "stadsingenjören", "kassörskan"), and ends a group; an occupation ("lokförare") does not
    const definite = /n$/u.test(before) && !plural;
    if (plural) groupRole = plural;
    else if (pendingRole || definite) groupRole = null;
    // the role the meeting gave ("ordföranden") before the occupation that follows it ("fabrikör Nils Ahlgren")
    person.role = pendingRole ?? (definite ? before : null) ?? groupRole ?? (before || person.role);
    pendingRole = null;
    people.push(person);
  }
  return people;
}
