/**
 * Joining two wrapped lines of one paragraph. A word the line end split with a hyphen is made
 * whole again when the next line goes on in lower case: "verksamhets-" + "dialog" gives
 * "verksamhetsdialog". The hyphen stays where it belongs to the word: the part before already has
 * a hyphen ("chef-i-" + "beredskap"), is a name or an abbreviation ("Sarah-rapporteringen",
 * "HR-chef"), or is one or two letters ("e-post"). A suspended compound stays open ("styrnings-
 * och ledningskommunikation"), and a dash with a space before it ("Höganäs -") is punctuation.
 */

/** Words after which a line-end hyphen is a suspended compound ("vård- och omsorg"). */
const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'resp.', 'som', 'and', 'or', 'till']);

export function joinLineTexts(first: string, second: string): string {
  if (!first) return second;
  if (!second) return first;
  if (first.endsWith('\u00AD')) return first.slice(0, -1) + second; // soft hyphen: always a split word

  const split = /(\S*?)(\p{L}|\p{N})-$/u.exec(first);
  if (!split) return `${first} ${second}`;
  const nextWord = /^\S+/u.exec(second)?.[0] ?? '';

  if (/^\p{N}/u.test(nextWord) && /\p{N}-$/u.test(first)) return first + second; // "2024-" + "2028"
  if (!/^\p{Ll}/u.test(nextWord)) return `${first} ${second}`;
  if (CONJUNCTIONS.has(nextWord.toLowerCase().replace(/[,;:]$/, ''))) return `${first} ${second}`;

  const before = (split[1] ?? '') + (split[2] ?? ''); // the split word's part before the hyphen
  const keepsHyphen = before.includes('-') || /^\p{Lu}/u.test(before) || [...before].length <= 2;
  return keepsHyphen ? first + second : first.slice(0, -1) + second;
}
