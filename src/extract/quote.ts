import type { TextSearch } from '../model/text-search.js';

/**
 * The quote as it stands in the document: the text itself when it does, else its longest opening
 * that does (a sentence continued in a row on the next page is quoted up to the page break).
 */
export function exactQuote(text: string, document: TextSearch): string {
  if (document.includes(text)) return text;
  // (an opening that stands at a word's start is cut back through the index alone)
  const indexed = document.opensAWord(text);
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const head = words.slice(0, n).join(' ');
    if (indexed ? document.startsAWord(head) : document.text.includes(head)) return head;
  }
  return '';
}
