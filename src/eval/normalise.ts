/**
 * Text keys the scorer compares: titles, decision words, owner aliases. Pure functions over
 * strings; the rules are those of the shared scorer (../shared/eval/score.mjs), written here anew.
 */

/** Unicode NFC, and the non-breaking spaces Word and PDF export leave in as plain spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\u00A0\u2007\u202F]/g, ' ');
}

/** Leading numbering of a title: "3.", "3)", "1.2", "§ 12", "§§ 4a", followed by a separator. */
const NUMBERING = /^(?:§+\s*\d+[a-z]?|\d{1,3}(?:\.\d{1,3})*)(?:\s*[.):]\s*|\s+)/u;
/** A parenthesised group (innermost). */
const PARENTHESISED = /\(([^()]*)\)/gu;
/** Item-type codes at the end of a title: " I/D/B", " - B", ", I+D". */
const TRAILING_CODES = /[\s\-–—:,]+[IDB](?:\s*[/+,&]\s*[IDB])*\s*[.:]?$/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * The key a title is aligned by: without its numbering, without parenthesised initials or codes
 * (groups with no lower-case letter: "(KH+VC)", "(I/D/B)"), without trailing item-type codes,
 * lower-cased, each run of characters that are neither letters nor digits one space.
 */
export function normaliseTitle(title: string): string {
  let key = cleanText(title).trim().replace(NUMBERING, '');
  // initials and codes come in either order ("(DL) I/D", "I/D (DL)"): strip until nothing changes
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(PARENTHESISED, (group: string, inside: string) => (LOWER_CASE_LETTER.test(inside) ? group : ' ')).trim();
    key = key.replace(TRAILING_CODES, '').trim();
  }
  return key.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Words too common in decisions to say whether two decisions are the same one. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'att', 'och', 'som', 'för', 'med', 'till', 'den', 'det', 'ska', 'har', 'kan', 'vid', 'från', 'samt', 'eller',
]);

/** The distinct lower-cased words of a decision of at least three letters that are not stop words. */
export function contentTokens(text: string): Set<string> {
  const words = cleanText(text).toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 3 && !STOP_WORDS.has(word)));
}

/** All the words and numbers of a text, lower-cased, one space apart: "Att ja." gives "att ja". */
export function wordKey(text: string): string {
  return (cleanText(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** An owner alias as compared: lower-cased, spaces collapsed, a leading "nuvarande " dropped. */
export function normaliseOwner(alias: string | null): string {
  if (alias === null) return '';
  const key = cleanText(alias).toLowerCase().replace(/\s+/g, ' ').trim();
  return key.startsWith('nuvarande ') ? key.slice('nuvarande '.length).trim() : key;
}
