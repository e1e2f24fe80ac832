import { describe, expect, it } from 'vitest';
import { fts5Match, parseQuery, tsQuery } from '../../src/search/query.js';
import { snippet } from '../../src/search/snippet.js';
import { stemmedText } from '../../src/search/tokens.js';

describe('parseQuery', () => {
  it('stems words, drops stop words, makes prefix terms', () => {
    expect(parseQuery('besluten om rekrytering')).toEqual([
      { stems: ['beslut'], gaps: [0], prefix: true },
      { stems: ['rekrytering'], gaps: [0], prefix: true },
    ]);
  });
  it('keeps quoted phrases and hyphenated words together, noting dropped stop words', () => {
    expect(parseQuery('"chef i beredskap" HR-chef')).toEqual([
      { stems: ['chef', 'beredskap'], gaps: [0, 1], prefix: false },
      { stems: ['hr', 'chef'], gaps: [0, 0], prefix: true },
    ]);
  });
  it('gives no terms for stop words only', () => {
    expect(parseQuery('och att i')).toEqual([]);
  });
});

describe('query text for the stores', () => {
  const terms = parseQuery(`"chef i beredskap" HR-chef o'neill`);
  it('FTS5', () => {
    expect(fts5Match(terms)).toBe('"chef beredskap" AND "hr chef"* AND "o neill"*');
  });
  it('tsquery, with the stop-word gap as distance and quotes escaped', () => {
    expect(tsQuery(terms)).toBe(`('chef' <2> 'beredskap') & ('hr' <1> 'chef':*) & ('o' <1> 'neill':*)`);
    expect(tsQuery(parseQuery('beslut'))).toBe(`'beslut':*`);
  });
  it('the index text is stems without stop words', () => {
    expect(stemmedText('Socialdirektören beslutar att HR-chefen får i uppdrag')).toBe('socialdirektör beslut hr chef får uppdrag');
  });
});

describe('snippet', () => {
  const text = 'HR-chef har tagit fram en kravprofil. Verksamhetscheferna har lyssnat in. Socialdirektören beslutar att HR-chef får i uppdrag att sätta ihop en rekryteringsgrupp med deltagare från FLG. Återkoppling till FLG den 28 januari.';
  it('marks every form of the query words and keeps the original text', () => {
    const s = snippet(text, parseQuery('rekrytering beslut'), { words: 12 });
    expect(s).toContain('«beslutar»');
    expect(s).toContain('«rekryteringsgrupp»');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
  });
  it('shows the start of the text when nothing in it matches', () => {
    expect(snippet(text, parseQuery('innovation'), { words: 5 })).toBe('HR-chef har tagit fram …');
  });
  it('marks forms of the words of an exact phrase, but not stop words or longer words', () => {
    expect(snippet('Chef i beredskap. Chefer i beredskapen. Chefsmöte om beredskapsfrågor.', parseQuery('"chef i beredskap"')))
      .toBe('«Chef» i «beredskap». «Chefer» i «beredskapen». Chefsmöte om beredskapsfrågor.');
  });
});
