/**
 * Owners as written ("AA", "Annika", "Ulrika Skeppstedt", "nämndsekreteraren") resolved against the
 * meeting's participant list: by initials, by full name (spelling variants: "Ulrika"/"Ullrika"),
 * by a first name only one participant has, and by role. What cannot be resolved keeps what the
 * text says: initials as initials, a role as a role, a name as a name.
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { isBodyGenitive, isRoleWord, ownerKind, staffCodeHolder } from '../extract/owners/noun-phrase.js';
import { ROLE_ABBREVIATIONS, ROLE_HEADS, ROLE_WORDS, UNIT_NAME_END } from '../lexicon/index.js';
import type { Owner, Person } from '../record/schema.js';

/** Two names are the same person's when they are this close (Jaro-Winkler, 0..1). */
const SAME_NAME = 0.93;
/** a role word in any of its forms, as the owner rules know them ("fritidskonsulenten", "skiftledarna") */
const isRole = (word: string) => isRoleWord(word.replace(/[,:;]$/, ''));

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase().trim();

/** "Nämndsekreteraren" -> "nämndsekreterare", "Socialdirektören" -> "socialdirektör". */
export function roleBase(role: string): string {
  const r = lower(role).replace(/^(?:nuvarande|tf\.?|t\.f\.)\s+/, '');
  for (const head of ROLE_HEADS) {
    const m = new RegExp(`^(.*${head})(?:en|n)$`, 'u').exec(r);
    if (m) return m[1]!;
  }
  return r;
}

function isPlural(text: string): boolean {
  return /(?:erna|arna|orna|er)$/iu.test(text.trim()) && isRole(text.trim()) && !/(?:ledare|sekreterare|controller|koordinator)$/iu.test(text.trim());
}

export function resolveOwner(text: string, participants: Person[]): Owner {
  const t = text.trim();
  // "Ordf.", "Sekr.": the role the abbreviation stands for, resolved as the role written out
  const spelledOut = ROLE_ABBREVIATIONS[lower(t)];
  if (spelledOut) return { ...resolveOwner(spelledOut, participants), text: t };
  const fromPerson = (p: Person): Owner => ({ text: t, name: p.name, initials: p.initials, role: p.role });

  // "Insatsledaren (MS)", "Mikael (MS)": the initials in parentheses name the person, where one has them
  const withInitials = /^(.+?)\s*\((\p{Lu}{2,4})\)$/u.exec(t);
  if (withInitials) {
    const p = participants.filter((x) => x.initials === withInitials[2]);
    if (p.length === 1) return fromPerson(p[0]!);
    return { ...resolveOwner(withInitials[1]!, participants), text: t };
  }
  // "EF (taket)", "Sanna (skolskjutsenheten)": what the owner sees to, or where they work, in parentheses
  const qualified = /^(.+?)\s*\([^()]*\)$/u.exec(t);
  if (qualified) return { ...resolveOwner(qualified[1]!, participants), text: t };

  // "KA", "LGr": the one participant with these initials, as the list writes them
  const byInitials = participants.filter((x) => x.initials === t);
  if (byInitials.length === 1) return fromPerson(byInitials[0]!);
  // "S4": the holder of the function the code opens, where nobody has it as initials
  const holder = byInitials.length ? null : staffCodeHolder(t, participants);
  if (holder) return fromPerson(holder);
  if (/^\p{Lu}{2,4}$/u.test(t)) return { text: t, name: null, initials: ROLE_WORDS.includes(t.toLowerCase()) ? null : t, role: ROLE_WORDS.includes(t.toLowerCase()) ? t : null };
  // "Personalen på Blåbäret": a group at a named place, nobody's name
  if (ownerKind(t, { participants }) === 'group') return { text: t, name: null, initials: null, role: null };
  const words = t.split(/\s+/);
  const named = participants.filter((p) => p.name);
  // "Innovationsledare Martina Barte": a role before the name
  // ("Kommunalnämndens ordförande Gustav Lund": a body's genitive before the role is no part of the name)
  const nameWords = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isRole(w) && !isBodyGenitive(w));
  if (nameWords.length >= 2) {
    const candidate = nameWords.join(' ');
    const exact = named.find((p) => lower(p.name) === lower(candidate));
    if (exact) return fromPerson(exact);
    const close = named
      .map((p) => ({ p, score: JaroWinklerDistance(lower(p.name), lower(candidate), {}) }))
      .sort((a, b) => b.score - a.score)[0];
    if (close && close.score >= SAME_NAME) return fromPerson(close.p);
    return { text: t, name: candidate, initials: null, role: words.length > nameWords.length ? words.filter((w) => !nameWords.includes(w)).join(' ') : null };
  }
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:-?\p{Lu}\p{Ll}+)?$/u.test(t) && !isRole(t)) {
    // "GunBritt" where text made from a PDF lost the hyphen of "Gun-Britt" at a line end
    const unhyphenated = (s: string | undefined) => lower(s).replace(/-/g, '');
    const byFirst = named.filter((p) => unhyphenated(p.name!.split(' ')[0]) === unhyphenated(t));
    if (byFirst.length === 1) return fromPerson(byFirst[0]!);
    // "Kansliet", "Äldreomsorgen": a unit is nobody's name
    if (UNIT_NAME_END.test(t)) return { text: t, name: null, initials: null, role: null };
    return { text: t, name: t, initials: null, role: null };
  }
  if (words.some(isRole)) {
    if (!isPlural(t)) {
      const base = roleBase(t);
      const byRole = participants.filter((p) => p.role && roleBase(p.role) === base);
      if (byRole.length === 1) return fromPerson(byRole[0]!);
    }
    return { text: t, name: null, initials: null, role: t };
  }
  return { text: t, name: null, initials: null, role: null };
}
