/**
 * The quote as it stands in the document: the text itself when it does, else its longest opening
 * that does (a sentence continued in a row on the next page is quoted up to the page break).
 */
export function exactQuote(text: string, documentText: string): string {
  if (documentText.includes(text)) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const head = words.slice(0, n).join(' ');
    if (documentText.includes(head)) return head;
  }
  return '';
}
