/**
 * The Swedish Snowball stemmer (snowballstem.org/algorithms/swedish), written out so that the
 * SQLite index stems exactly as PostgreSQL's `to_tsvector('swedish', ...)` does: the same query
 * then finds the same items on both stores. test/search/stem-sv.test.ts checks it word for word
 * against PostgreSQL's own `swedish_stem` dictionary.
 */

const VOWELS = new Set('aeiouyäåö');
/** letters after which a final "s" is an ending (Snowball's s_ending) */
const S_ENDING = new Set('bcdfghjklmnoprtvy');

const MAIN_SUFFIXES = [
  'a', 'arna', 'erna', 'heterna', 'orna', 'ad', 'e', 'ade', 'ande', 'arne', 'are', 'aste', 'en', 'anden', 'aren',
  'heten', 'ern', 'ar', 'er', 'heter', 'or', 'as', 'arnas', 'ernas', 'ornas', 'es', 'ades', 'andes', 'ens', 'arens',
  'hetens', 'erns', 'at', 'andet', 'het', 'ast',
].sort((a, b) => b.length - a.length);
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/** Start of R1: after the first non-vowel that follows a vowel, but never before the 4th letter. */
function r1Start(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

function inR1(word: string, suffix: string, p1: number): boolean {
  return word.endsWith(suffix) && word.length - suffix.length >= p1;
}

function mainSuffix(word: string, p1: number): string {
  const suffix = MAIN_SUFFIXES.find((s) => inR1(word, s, p1));
  if (suffix) return word.slice(0, -suffix.length);
  // "s" is only reached when no longer suffix lies in R1 (Snowball's among picks the longest)
  if (inR1(word, 's', p1) && S_ENDING.has(word[word.length - 2] ?? '')) return word.slice(0, -1);
  return word;
}

function consonantPair(word: string, p1: number): string {
  return CONSONANT_PAIRS.some((pair) => inR1(word, pair, p1)) ? word.slice(0, -1) : word;
}

function otherSuffix(word: string, p1: number): string {
  if (inR1(word, 'fullt', p1) || inR1(word, 'löst', p1)) return word.slice(0, -1);
  for (const s of ['lig', 'els', 'ig']) if (inR1(word, s, p1)) return word.slice(0, -s.length);
  return word;
}

/** Stems one lower-case word. */
export function stemSwedish(word: string): string {
  const p1 = r1Start(word);
  return otherSuffix(consonantPair(mainSuffix(word, p1), p1), p1);
}
