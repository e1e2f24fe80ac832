/**
 * What a flattened table cell looks like from its words alone: an owner cell ("AA", "SR/YK",
 * "AA, RN och TU", "Alla VC", "Titti och Susanne"), a time that belongs to the title cell
 * ("Kl 15-16"), text that ends a sentence or starts in the middle of one.
 */

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** Words that name a group of people as owners. */
const GROUP_OWNERS = new Set(['alla', 'samtliga', 'gemensamt']);
/** Initials and short abbreviations: "AA", "MMH", "VC", "FLG", "VO1". */
const INITIALS = /^\p{Lu}{1,5}\d?$/u;

/**
 * First names of the people this document lists: a name with its initials ("Annika Andersson
 * (AA)", "Johan Klingborg Socialdirektör (JK)") or a list of two or more full names
 * ("Hjördis Hilmarsdottir, Björn Bensdorp-Redestam, ..."). An owner cell may give a person by
 * first name only ("Titti och Susanne").
 */
export function firstNamesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\d-])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{L}-]+[^()\n]{0,40}\(\p{Lu}{2,4}\)/gu)) names.add(m[1]!);
  for (const line of text.split(/\r?\n/)) {
    const parts = line.split(/,|\boch\b/).map((p) => p.trim().replace(/\.$/, ''));
    const full = parts.filter((p) => FULL_NAME.test(p));
    if (full.length >= 2) for (const p of full) names.add(p.split(/\s+/)[0]!);
  }
  return names;
}

/** Initials the document gives people: "(AA)", "(MMH)". */
export function personInitialsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\((\p{Lu}{2,4})\)/gu)].map((m) => m[1]!));
}

const FULL_NAME = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}-]+){1,3}$/u;

/** Whether a cell's text reads as an owner list: initials, group words, known first names. */
export function isOwnerLike(text: string, firstNames: Set<string>): boolean {
  if (!text || text.length > 60) return false;
  const tokens = text
    .replace(/[()]/g, ' ')
    .split(/[\s,/&+]+/)
    .filter((t) => t && !/^(och|samt|m\.?fl\.?)$/i.test(t));
  if (tokens.length === 0 || tokens.length > 8) return false;
  return tokens.every((t) => INITIALS.test(t) || GROUP_OWNERS.has(t.toLowerCase()) || firstNames.has(t));
}

/**
 * Stricter than isOwnerLike: only people the document names (their initials or first names) and
 * group words. "VON", "SIP", "LSS" are shaped like initials but are names of things, often titles.
 */
export function namesPeople(text: string, firstNames: Set<string>, initials: Set<string>): boolean {
  if (!text || text.length > 60) return false;
  const tokens = text
    .replace(/[()]/g, ' ')
    .split(/[\s,/&+]+/)
    .filter((t) => t && !/^(och|samt)$/i.test(t));
  if (tokens.length === 0 || tokens.length > 8) return false;
  return tokens.every((t) => initials.has(t) || GROUP_OWNERS.has(t.toLowerCase()) || firstNames.has(t));
}

/** "Kl 15-16", "09.00-12.00", "kl. 13.30": a time slot printed with the item title. */
export function isTimeOnly(text: string): boolean {
  return /^(kl\.?\s*\d{1,2}([.:]\d{2})?(\s*[-–]\s*\d{1,2}([.:]\d{2})?)?|\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}|\d{1,2}\s*[-–]\s*\d{1,2}\s*$)\.?$/i.test(text.trim());
}

export function endsSentence(text: string): boolean {
  return /[.!?:]["”’)]*$/.test(text.trim());
}

export function startsLowerCase(text: string): boolean {
  return LOWER.test(text.trim());
}

export function startsUpperCase(text: string): boolean {
  return UPPER.test(text.trim());
}

/**
 * "•", "-", "–" at the start of a line: a bullet, as pdftotext writes list items; "* " typed as
 * one in a plain editor. Check boxes of to-do lists are bullets too: drawn ("☐ Kontakta ...") or
 * typed ("[ ] Anna: …", "[x] Peter: …").
 */
/** a check box typed as text: "[ ]", "[x]", "[]" */
export const TYPED_CHECK_BOX = /\[[ xX]?\]/u;
export const BULLET = new RegExp(`^(?:[•▪◦●○■□☐☑☒✓✔➢►]\\s*|[-–*]\\s+|${TYPED_CHECK_BOX.source}\\s+)`, 'u');
/** a check box ticked ("[x]", "☑", "☒": the task is done) or open ("[ ]", "☐") */
const CHECK_BOX = /^(?:(\[[xX]\]|[☑☒])|\[ ?\]|☐)/u;

export function startsWithBullet(text: string): boolean {
  return BULLET.test(text.trim());
}

/** The state of a to-do list's check box at the start of a line: ticked, open, or none. */
export function checkBoxState(text: string): boolean | undefined {
  const m = CHECK_BOX.exec(text.trim());
  return m ? m[1] !== undefined : undefined;
}

export function withoutBullet(text: string): string {
  return text.trim().replace(BULLET, '');
}
