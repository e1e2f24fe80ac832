/**
 * Quotes looked up in a document's text through its index of word openings: the same answers as
 * searching the whole text, without searching it each time.
 */
import { describe, expect, it } from 'vitest';
import { exactQuote } from '../../src/extract/quote.js';
import { TextSearch } from '../../src/model/text-search.js';

const text = 'Nämnden beslutar att anta planen. Förvaltningen återkommer med en tidplan | KE | v. 12 (Anna Berg) skickar underlaget senast fredag.';

describe('TextSearch', () => {
  const search = new TextSearch(text);

  it('finds a quote where a word opens, one that opens inside a word, and a short one; not one that is not there', () => {
    expect(search.includes('Förvaltningen återkommer med en tidplan')).toBe(true);
    expect(search.includes('Anna Berg) skickar underlaget')).toBe(true);
    expect(search.includes('KE')).toBe(true);
    expect(search.includes('Förvaltningen återkommer med en budget')).toBe(false);
  });

  it('answers as the text itself does for every span of its words', () => {
    const words = text.split(' ');
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) {
        const quote = words.slice(i, j).join(' ');
        expect(search.includes(quote)).toBe(true);
        expect(search.includes(`${quote} xyz`)).toBe(text.includes(`${quote} xyz`));
      }
  });
});

describe('exactQuote', () => {
  const search = new TextSearch(text);

  it('is the sentence where it stands whole, else its longest opening that stands (a row cut at a page break)', () => {
    expect(exactQuote('Nämnden beslutar att anta planen.', search)).toBe('Nämnden beslutar att anta planen.');
    expect(exactQuote('Förvaltningen återkommer med en tidplan för hösten', search)).toBe('Förvaltningen återkommer med en tidplan');
    expect(exactQuote('Anna Berg) skickar underlaget på måndag', search)).toBe('Anna Berg) skickar underlaget');
    expect(exactQuote('Styrelsen beslutar', search)).toBe('');
  });
});
