/**
 * Finding quotes in a document's text. A 300-page PDF's text runs to half a megabyte and its
 * items quote it thousands of times, so looking each quote up with `includes` made quoting
 * quadratic (7 % of a 300-page PDF's time). The text is indexed once by the characters each
 * word opens with; a quote is looked for where its opening stands.
 */

/** How many characters of a word's start key the index. */
const KEY = 8;

export class TextSearch {
  private readonly at = new Map<string, number[]>();

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' || (i > 0 && text[i - 1] !== ' ')) continue;
      const key = text.slice(i, i + KEY);
      const list = this.at.get(key);
      if (list) list.push(i);
      else this.at.set(key, [i]);
    }
  }

  /** Whether the quote stands in the text. */
  includes(quote: string): boolean {
    // (one that opens inside a word, or is too short to key, is looked for anywhere)
    return this.startsAWord(quote) || this.text.includes(quote);
  }

  /**
   * Whether the quote stands in the text where a word starts (the text's words are parted by
   * single spaces); a quote too short to key is looked for anywhere.
   */
  startsAWord(quote: string): boolean {
    if (quote.length < KEY) return this.text.includes(quote);
    return this.at.get(quote.slice(0, KEY))?.some((i) => this.text.startsWith(quote, i)) ?? false;
  }

  /** Whether some word of the text opens as the quote does. */
  opensAWord(quote: string): boolean {
    return quote.length >= KEY && this.at.has(quote.slice(0, KEY));
  }
}
