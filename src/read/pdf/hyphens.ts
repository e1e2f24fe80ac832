/**
 * Joining two wrapped lines of one paragraph. A word the line end split with a hyphen is made
 * whole again when the next line goes on in lower case: "verksamhets-" + "dialog" gives
 * "verksamhetsdialog". The hyphen stays where it belongs to the word: the part before already has
 * a hyphen ("chef-i-" + "beredskap"), is a name or an abbreviation ("Sarah-rapporteringen",
 * "HR-chef"), or is one or two letters ("e-post"). A suspended compound stays open ("styrnings-
 * och ledningskommunikation"), and a dash with a space before it ("Höganäs -") is punctuation.
 * A word too long for a narrow column breaks without a hyphen: a line of one or two letters that
 * make no word ends the word above it ("förvaltninga" + "r").
 */

/** Words after which a line-end hyphen is a suspended compound ("vård- och omsorg"). */
const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'resp.', 'som', 'and', 'or', 'till']);

/** Words of one or two letters: a line of one of them goes on the sentence, it ends no broken word. */
const SHORT_WORDS = new Set(['i', 'å', 'ö', 'e', 'o', 'en', 'ett', 'på', 'av', 'om', 'så', 'nu', 'ni', 'vi', 'du', 'ju', 'då', 'är', 'ja', 'nä', 'na', 'ut', 'in', 'tv', 'st', 'kr']);

/** A word split by a line-end hyphen: the part before the last character, and that character. */
const SPLIT_WORD = /(\S*?)(\p{L}|\p{N})-$/u;
const WHITESPACE = /\s/;

/** The text after its last whitespace character. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !WHITESPACE.test(text[start - 1]!)) start--;
  return text.slice(start);
}

export function joinLineTexts(first: string, second: string): string {
  if (!first) return second;
  if (!second) return first;
  if (first.endsWith('\u00AD')) return first.slice(0, -1) + second; // soft hyphen: always a split word
  // a word too long for a narrow table column, broken without a hyphen: "förvaltninga" + "r"
  const fragment = /^(\p{Ll}{1,2})([.,;:]?)$/u.exec(second);
  if (fragment && /\p{Ll}{3}$/u.test(first) && !SHORT_WORDS.has(fragment[1]!)) return first + second;

  // only the last word can be split, and only a line ending in "-" (the paragraph so far can be
  // long: the pattern is not run over all of it)
  const split = first.endsWith('-') ? SPLIT_WORD.exec(lastWord(first)) : null;
  if (!split) return `${first} ${second}`;
  const nextWord = /^\S+/u.exec(second)?.[0] ?? '';

  if (/^\p{N}/u.test(nextWord) && /\p{N}-$/u.test(first)) return first + second; // "2024-" + "2028"
  // a double first name the line end split: "Gun-" + "Britt", "Per-" + "Erik"
  if (/^\p{Lu}\p{Ll}+$/u.test(split[1]! + split[2]!) && /^\p{Lu}\p{Ll}+\b/u.test(nextWord)) return first + second;
  if (!/^\p{Ll}/u.test(nextWord)) return `${first} ${second}`;
  if (CONJUNCTIONS.has(nextWord.toLowerCase().replace(/[,;:]$/, ''))) return `${first} ${second}`;

  const before = (split[1] ?? '') + (split[2] ?? ''); // the split word's part before the hyphen
  const keepsHyphen = before.includes('-') || /^\p{Lu}/u.test(before) || [...before].length <= 2;
  return keepsHyphen ? first + second : first.slice(0, -1) + second;
}
