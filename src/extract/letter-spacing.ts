/**
 * Letter-spaced words, the typewriter's emphasis in older protocols ("D i r e k t i o n e n s
 * b e s l u t"): read as the words they spell. The spaces between the words are lost where a
 * reader normalised them, so the letters are joined into one string ("direktionensbeslut") and
 * the openers below are matched on that.
 */
const SPACED_LETTERS = /^(?:\p{L}\s){3,}\p{L}\s*:?$/u;

/** The letters of a letter-spaced line joined, lower case, or null for ordinary text. */
export function letterSpaced(text: string): string | null {
  const t = text.trim();
  return SPACED_LETTERS.test(t) ? t.replace(/[\s:]/gu, '').toLowerCase() : null;
}

/** "beslut", "direktionensbeslut", "nämndensbeslut", "beslutföregendel": a decision's lead-in line, spaced out */
export const SPACED_DECISION_OPENER = /^(?:\p{L}+s)?beslut(?:föregendel)?$/u;
