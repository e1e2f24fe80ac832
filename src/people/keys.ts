/**
 * Comparison keys for the ways a person is written: full name, first name, initials, role. Keys
 * are what the store indexes and what owner queries compare, so that "Ullrika Skeppstedt" and
 * "Ulrika Skeppstedt", "HR-chef" and "HR-chefen", "KH" and "kh" meet.
 */
import { stemSwedish } from '../search/stem-sv.js';

/** Lower case without diacritics or doubled letters: spelling variants of one name fold together. */
function foldName(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')
    .replace(/(\p{L})\1+/gu, '$1');
}

function nameWords(name: string): string[] {
  return name.split(/\s+/).map(foldName).filter(Boolean);
}

const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’.-]*(-\p{Lu}?[\p{Ll}]+)*$/u;
const INITIALS = /^\p{Lu}{2,4}$/u;

/** "Karolina Håkansson", "Daniela Cartes Fernandez": two to four capitalised words. */
export function looksLikeFullName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => CAPITALISED_WORD.test(w));
}

/** "Annika": one capitalised word that is not all capitals. */
export function looksLikeFirstName(text: string): boolean {
  const t = text.trim();
  return !/\s/.test(t) && CAPITALISED_WORD.test(t) && !INITIALS.test(t) && t.length > 1;
}

/** "KH", "MMH": two to four capital letters. */
export function looksLikeInitials(text: string): boolean {
  return INITIALS.test(text.trim());
}

/** First and last name folded: "karolina hakanson". Null for a single name. */
export function nameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = nameWords(name);
  return words.length >= 2 ? `${words[0]} ${words[words.length - 1]}` : null;
}

export function firstNameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  return nameWords(name)[0] ?? null;
}

export function initialsKey(initials: string | null | undefined): string | null {
  const t = initials?.trim();
  return t && /^\p{L}{2,4}$/u.test(t) ? t.toLowerCase() : null;
}

/** Words that say how a role is held, not which role it is. */
const ROLE_QUALIFIERS = new Set(['tf', 't', 'f', 'tillförordnad', 'tillförordnade', 'nuvarande']);

/** Stems of the role's words: "HR-chefen" and "HR-chef" give "hr chef", "Verksamhetscheferna" "verksamhetschef". */
export function roleKey(role: string | null | undefined): string | null {
  if (!role) return null;
  const words = (role.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !ROLE_QUALIFIERS.has(w));
  return words.length ? words.map(stemSwedish).join(' ') : null;
}

/** The text as written, lower-cased with spaces collapsed. */
export function textKey(text: string | null | undefined): string | null {
  const t = text?.trim().toLowerCase().replace(/\s+/g, ' ');
  return t ? t : null;
}

export interface PersonKeys {
  textKey: string | null;
  nameKey: string | null;
  firstKey: string | null;
  initialsKey: string | null;
  roleKey: string | null;
}

/**
 * Keys of an owner or participant. Fields the extraction resolved come first; what is only in the
 * text as written fills the rest: a full name, a first name, initials, or else a role or group.
 */
export function personKeys(p: { text?: string | null; name: string | null; initials: string | null; role: string | null }): PersonKeys {
  const text = p.text?.trim() ?? '';
  const textIsName = looksLikeFullName(text);
  // a single capitalised word may be a first name ("Annika") or a role or group ("Stabschef",
  // "Alla"): it gets both keys, and only a participant of that first name can resolve it as a name
  const textIsFirst = looksLikeFirstName(text);
  const textIsInitials = looksLikeInitials(text);
  const name = p.name ?? (textIsName || textIsFirst ? text : null);
  return {
    textKey: textKey(text) ?? textKey(p.name) ?? textKey(p.initials) ?? textKey(p.role),
    nameKey: nameKey(name),
    firstKey: firstNameKey(name),
    initialsKey: initialsKey(p.initials ?? (textIsInitials ? text : null)),
    roleKey: roleKey(p.role ?? (text && !textIsName ? text : null)),
  };
}

/**
 * An owner as a person types it in a correction: a full name ("Karolina Håkansson"), initials
 * ("KH"), a first name, or else a role or group ("HR-chef", "Alla"); as extraction would record it.
 */
export function ownerFromText(text: string): { text: string; name: string | null; initials: string | null; role: string | null } {
  const t = text.trim();
  if (looksLikeFullName(t)) return { text: t, name: t, initials: null, role: null };
  if (looksLikeInitials(t)) return { text: t, name: null, initials: t, role: null };
  if (looksLikeFirstName(t)) return { text: t, name: null, initials: null, role: null };
  return { text: t, name: null, initials: null, role: t };
}
