/**
 * `--owner` as people use it: a full name, a first name, initials or a role. An owner matches when
 * it is written that way, or when it resolves (resolve.ts) to a person the query names: the person
 * of that name or those initials, or the person who held the queried role at that meeting.
 * "Karolina Håkansson", "KH" and "HR-chef" thus find the same tasks when the archive links them.
 */
import { firstNameKey, initialsKey, nameKey, roleKey, textKey, type PersonKeys } from './keys.js';
import { personKeyOf, roleAt, type MentionIndex, type MeetingContext, type Mention, type Resolution } from './resolve.js';

export function ownerQueryKeys(query: string): PersonKeys {
  const q = query.trim();
  const single = !/\s/.test(q);
  return {
    textKey: textKey(q),
    nameKey: nameKey(q),
    firstKey: single ? firstNameKey(q) : null,
    initialsKey: single ? initialsKey(q) : null,
    roleKey: roleKey(q),
  };
}

/** Does a mention itself answer to the query (before any expansion)? */
export function mentionAnswers(q: PersonKeys, m: Mention): boolean {
  return (
    (q.nameKey !== null && m.nameKey === q.nameKey) ||
    (q.initialsKey !== null && m.initialsKey === q.initialsKey) ||
    (q.roleKey !== null && m.roleKey === q.roleKey) ||
    (q.firstKey !== null && m.firstKey === q.firstKey)
  );
}

export interface KeySets {
  nameKeys: string[];
  firstKeys: string[];
  initialsKeys: string[];
  roleKeys: string[];
  textKeys: string[];
}

/**
 * Every key under which an owner of interest can be written: the query's own, plus the names and
 * initials of the people the query names (from `mentions`: the mentions that answer to the query
 * and the other mentions of those people). The roles those people held count too, unless the query
 * is itself that role: an owner written as another role can then never be the queried role's
 * holder (matchOwner checks the role at the meeting), so such owners need not be looked at. First
 * names come from the query, or from the one person a full name names.
 */
export function expandKeys(q: PersonKeys, mentions: Mention[]): KeySets {
  const byRole = new Set<string>();
  const byOther = new Set<string>();
  for (const m of mentions) {
    const key = personKeyOf(m);
    if (!key) continue;
    const other = (q.nameKey !== null && m.nameKey === q.nameKey) || (q.initialsKey !== null && m.initialsKey === q.initialsKey) || (q.firstKey !== null && m.firstKey === q.firstKey);
    if (other) byOther.add(key);
    else if (q.roleKey !== null && m.roleKey === q.roleKey) byRole.add(key);
  }
  const sets = { nameKeys: new Set<string>(), firstKeys: new Set<string>(), initialsKeys: new Set<string>(), roleKeys: new Set<string>() };
  const add = (set: Set<string>, v: string | null) => v && set.add(v);
  add(sets.nameKeys, q.nameKey);
  add(sets.firstKeys, q.firstKey);
  add(sets.initialsKeys, q.initialsKey);
  add(sets.roleKeys, q.roleKey);
  for (const m of mentions) {
    const key = personKeyOf(m);
    if (!key || (!byOther.has(key) && !byRole.has(key))) continue;
    add(sets.nameKeys, m.nameKey);
    add(sets.initialsKeys, m.initialsKey);
    if (byOther.has(key)) add(sets.roleKeys, m.roleKey);
    if (q.nameKey !== null && m.nameKey === q.nameKey) add(sets.firstKeys, m.firstKey);
  }
  return {
    nameKeys: [...sets.nameKeys],
    firstKeys: [...sets.firstKeys],
    initialsKeys: [...sets.initialsKeys],
    roleKeys: [...sets.roleKeys],
    textKeys: q.textKey ? [q.textKey] : [],
  };
}

export type OwnerMatch = { how: 'as-written' } | { how: 'resolved'; resolution: Resolution };

export function matchOwner(q: PersonKeys, owner: PersonKeys, resolution: Resolution | null, meeting: MeetingContext, mentions: MentionIndex): OwnerMatch | null {
  const asWritten =
    (q.textKey !== null && owner.textKey === q.textKey) ||
    (q.nameKey !== null && owner.nameKey === q.nameKey) ||
    (q.initialsKey !== null && owner.initialsKey === q.initialsKey) ||
    (q.roleKey !== null && owner.roleKey === q.roleKey);
  if (asWritten) return { how: 'as-written' };
  if (!resolution) return null;
  const person = resolution.personKey;
  const matches =
    (q.nameKey !== null && person === q.nameKey) ||
    (q.nameKey === null && q.firstKey !== null && person.split(' ')[0] === q.firstKey) ||
    (q.initialsKey !== null && mentions.list('person', person).some((m) => m.initialsKey === q.initialsKey)) ||
    (q.roleKey !== null && roleAt(person, meeting, mentions) === q.roleKey);
  return matches ? { how: 'resolved', resolution } : null;
}
