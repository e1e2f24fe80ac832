/**
 * The one way rules turn lexicon words into regular expressions. Word lists become alternations
 * (escaped, longest first, so "kallar till" wins over "kallar"); word edges are Unicode-aware
 * lookarounds, since `\b` treats å, ä and ö as non-letters and finds "kan" inside "Ansökan".
 */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `a|b|c` of the words, escaped, longest first; spaces in a phrase match any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
}

/** No letter may touch the match on this side. */
export const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** One of the words as a whole word: `(?<!letter)(?:a|b)(?!letter)`. */
export function wholeWords(words: readonly string[]): string {
  return `${NOT_LETTER_BEFORE}(?:${alternation(words)})${NOT_LETTER_AFTER}`;
}

/**
 * One of the words as a whole word, where a word ending in "*" stands for a stem that takes any
 * ending ("återkoppl*" matches "återkopplar", "återkoppling"): the lexicon's lists of cue words are
 * written so.
 */
export function wordsOrStems(list: readonly string[]): string {
  const exact = list.filter((w) => !w.endsWith('*'));
  const stems = list.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  const alts = [alternation(exact), stems.length ? `(?:${alternation(stems)})\\p{L}*` : ''].filter(Boolean).join('|');
  return `(?<![\\p{L}])(?:${alts})(?![\\p{L}])`;
}

/**
 * A pattern from a template whose word lists are placed as alternations (in a non-capturing
 * group) and whose strings are placed as written:
 * `pattern('iu')`\`${NOT_LETTER_BEFORE}(?:${['får i uppdrag', 'ges i uppdrag']})\``.
 */
export function pattern(flags = 'u') {
  return (strings: TemplateStringsArray, ...parts: (string | readonly string[])[]): RegExp => {
    let source = strings.raw[0]!;
    parts.forEach((part, i) => {
      source += (typeof part === 'string' ? part : `(?:${alternation(part)})`) + strings.raw[i + 1]!;
    });
    return new RegExp(source, flags);
  };
}
