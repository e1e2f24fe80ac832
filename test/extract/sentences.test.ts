import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence at a full stop before a capital', () => {
    expect(texts('Dagordningen godkändes. Informationen noterades.')).toEqual(['Dagordningen godkändes.', 'Informationen noterades.']);
  });

  it('keeps known abbreviations inside the sentence', () => {
    expect(texts('Vi köper t.ex. Tena och leg. Personal bokar.')).toEqual(['Vi köper t.ex. Tena och leg. Personal bokar.']);
  });

  it('keeps a person\'s initial after a first name or at the start', () => {
    expect(texts('Anna B. Svensson tar fram ett förslag.')).toEqual(['Anna B. Svensson tar fram ett förslag.']);
    expect(texts('A. Andersson kallar till mötet.')).toEqual(['A. Andersson kallar till mötet.']);
  });

  it('ends a sentence after a label letter that follows a lower-case word', () => {
    expect(texts('Styrgruppen beslutade att inte gå vidare med solcellsalternativ B. ÅF tar fram en ny kalkyl.')).toEqual([
      'Styrgruppen beslutade att inte gå vidare med solcellsalternativ B.',
      'ÅF tar fram en ny kalkyl.',
    ]);
    expect(texts('Se bilaga A. Nämnden beslutar att godkänna planen.')).toEqual(['Se bilaga A.', 'Nämnden beslutar att godkänna planen.']);
    expect(texts('Ärendet behandlas som § 45 a. Ärendet om markanvisning utgår.')).toEqual(['Ärendet behandlas som § 45 a.', 'Ärendet om markanvisning utgår.']);
  });

  it('ends a unit abbreviation\'s sentence when a new sentence follows', () => {
    expect(texts('Underskottet är 17,5 mnkr. Styrelsen beslutade att godkänna rapporten.')).toEqual([
      'Underskottet är 17,5 mnkr.',
      'Styrelsen beslutade att godkänna rapporten.',
    ]);
    expect(texts('Kommittén godkänner ÄTA 4–6 om 286 000 kr. ÄTA 7 bordläggs.')).toEqual(['Kommittén godkänner ÄTA 4–6 om 286 000 kr.', 'ÄTA 7 bordläggs.']);
  });

  it('keeps offsets that point at the source text', () => {
    const text = 'Punkt ett.  Punkt två.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
