import type { Person } from '../record/schema.js';

/**
 * One key for the names an owner goes by in a document: "SN", "Sara Nyqvist" and "Sara" alike
 * (the participant they name), any other owner by its words. Two tasks whose owners share keys
 * are given to the same people.
 */
export function ownerKey(participants: Person[]): (text: string) => string {
  return (text) => {
    const t = text.trim();
    const lower = t.toLowerCase();
    const person = participants.find((p) =>
      (p.initials && p.initials === t) || p.name?.toLowerCase() === lower || p.name?.split(' ')[0]?.toLowerCase() === lower);
    return person?.name?.toLowerCase() ?? lower;
  };
}
