/**
 * A search query as people type it: words, and "quoted phrases". Every word is stemmed and
 * matched as a prefix of the stems in the index, so "beslut" finds "beslutade" and "besluten",
 * and "rekrytering" (stem "rekryter") finds "rekryteringsgrupp". Common words ("och", "att")
 * are dropped, as PostgreSQL's Swedish configuration drops them. Words written together with a
 * hyphen ("HR-chef") form a phrase. All terms must match.
 */
import { isStopWord, tokenize } from './tokens.js';

export interface QueryTerm {
  /** stems in order; more than one is a phrase */
  stems: string[];
  /** stop words left out before each stem (PostgreSQL keeps their positions) */
  gaps: number[];
  /** the last stem matches any longer stem (always, except inside quotes) */
  prefix: boolean;
}

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // "quoted phrase" | chunk without spaces
  for (const m of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const quoted = m[1] !== undefined;
    const tokens = tokenize(quoted ? m[1]! : m[2]!);
    const term: QueryTerm = { stems: [], gaps: [], prefix: !quoted };
    let skipped = 0;
    for (const t of tokens) {
      if (isStopWord(t.word)) {
        skipped++;
        continue;
      }
      term.stems.push(t.stem);
      term.gaps.push(term.stems.length === 1 ? 0 : skipped);
      skipped = 0;
    }
    if (term.stems.length) terms.push(term);
  }
  return terms;
}

/** FTS5 MATCH expression over the stemmed index: `"beslut"* AND "hr chef"*`. */
export function fts5Match(terms: QueryTerm[]): string {
  return terms.map((t) => `"${t.stems.join(' ')}"${t.prefix ? '*' : ''}`).join(' AND ');
}

/** tsquery text over lexemes already stemmed like PostgreSQL's: `'beslut':* & ('hr' <-> 'chef':*)`. */
export function tsQuery(terms: QueryTerm[]): string {
  const lexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return terms
    .map((t) => {
      const parts = t.stems.map((s, i) => `${lexeme(s)}${t.prefix && i === t.stems.length - 1 ? ':*' : ''}`);
      if (parts.length === 1) return parts[0]!;
      return `(${parts.reduce((acc, p, i) => `${acc} <${1 + t.gaps[i]!}> ${p}`)})`;
    })
    .join(' & ');
}

/** Does an indexed stem match a query stem? (the snippet marks what the index matched) */
export function stemMatches(indexStem: string, term: QueryTerm, position: number): boolean {
  const s = term.stems[position]!;
  return term.prefix && position === term.stems.length - 1 ? indexStem.startsWith(s) : indexStem === s;
}
