import type { Person } from '../record/schema.js';

/**
 * One key for the names an owner goes by in a document: "SN", "Sara Nyqvist", "Sara" and, where
 * one participant holds the role, "sekreteraren" alike (the participant they name), any other
 * owner by its words. Two tasks whose owners share keys are given to the same people.
 */
export function ownerKey(participants: Person[], { byRole = true } = {}): (text: string) => string {
  return (text) => {
    const t = text.trim();
    const lower = t.toLowerCase();
    const person = participants.find((p) =>
      (p.initials && p.initials === t) || p.name?.toLowerCase() === lower || p.name?.split(' ')[0]?.toLowerCase() === lower)
      ?? (byRole ? onlyHolderOf(participants, lower) : undefined);
    return person?.name?.toLowerCase() ?? lower.replace(/[.]$/u, '');
  };
}

/** The one participant whose role is the word, in its definite form or not ("sekreteraren", "ordförande"). */
export function onlyHolderOf(participants: Person[], word: string): Person | undefined {
  const holders = participants.filter((p) => {
    const role = p.role?.toLowerCase().trim();
    return !!role && (role === word || `${role}n` === word || `${role}en` === word || `${role}et` === word);
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * Do two owner keys name the same owner, one of them cut short ("samhällsbyggnadsförv." for
 * "Samhällsbyggnadsförvaltningen", "barn- och utbildningsförv.")?
 */
export function sameOwnerKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // a word cut short, not a surname cut to its initial ("Oskar N" is a name of its own)
  return /\p{L}{5,}$/u.test(short) && long.startsWith(short) && !/\s/u.test(long.slice(short.length));
}
