/**
 * Whether a page's text layer reads as text at all. A PDF made with a font whose encoding does
 * not match its glyphs shows the right letters on screen, but the text it gives out is garbage:
 * replacement or private-use characters, runs of symbols, or wrong letters ("Lpnnvofo" for
 * "Kommunen"). Such pages are read by OCR where it is available, and reported otherwise.
 */

/** Private-use code points and the replacement character: glyphs without a Unicode mapping. */
const UNDECODED = /[\uFFFD\uE000-\uF8FF]/gu;

/** Words that any page of Swedish (or English) running text is full of. */
const COMMON_WORDS = new Set(
  'och att i på för som med av en ett är till om har det den de ska var inte kan samt vid efter från under över sig man eller även enligt detta denna dessa alla mot nu så också när då hur vad vilka the and of to in for is on that with be by at as are this from'.split(' '),
);

/** Why a page's text is not legible, or null when it is (or there is too little to tell). */
export function illegibleBecause(text: string): 'undecoded' | 'symbols' | 'no-words' | null {
  const visible = text.replace(/\s/g, '');
  if (visible.length < 20) return null;
  if ((visible.match(UNDECODED)?.length ?? 0) / visible.length > 0.3) return 'undecoded';
  const letters = visible.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (visible.length >= 40 && letters / visible.length < 0.5) return 'symbols';
  // lower-case words are running text; a page of names or numbers proves nothing either way
  const words = text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}]*/gu) ?? [];
  if (words.length >= 40 && !words.some((w) => COMMON_WORDS.has(w))) return 'no-words';
  return null;
}
