/**
 * The piece of text a hit shows: the window of words with the most query terms in it, matched
 * words marked. Both stores use this, so a hit reads the same from SQLite and PostgreSQL.
 */
import type { QueryTerm } from './query.js';
import { stemMatches } from './query.js';
import { isStopWord, tokenize } from './tokens.js';

export interface SnippetOptions {
  /** words around the matches */
  words?: number;
  open?: string;
  close?: string;
}

export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';

/** Which query term (index) each word matches, or -1. Phrase words match any of their phrase's stems. */
function termOfEachWord(stems: string[], words: string[], terms: QueryTerm[]): number[] {
  return stems.map((stem, i) => {
    if (isStopWord(words[i]!)) return -1;
    return terms.findIndex((t) => t.stems.some((_, p) => stemMatches(stem, t, p)));
  });
}

export function snippet(text: string, terms: QueryTerm[], options: SnippetOptions = {}): string {
  const size = options.words ?? 30;
  const open = options.open ?? MARK_OPEN;
  const close = options.close ?? MARK_CLOSE;
  const tokens = tokenize(text);
  if (tokens.length === 0) return '';
  const hit = termOfEachWord(tokens.map((t) => t.stem), tokens.map((t) => t.word), terms);

  // the window with the most distinct terms, then the most matched words, earliest first
  let bestStart = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, tokens.length - size + 1); start++) {
    const inWindow = hit.slice(start, start + size).filter((h) => h >= 0);
    const score = new Set(inWindow).size * 1000 + inWindow.length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  // start up to four words before the first match, for context, as far as the window has room
  const inBest = hit.map((h, i) => (h >= 0 && i >= bestStart && i < bestStart + size ? i : -1)).filter((i) => i >= 0);
  if (inBest.length) {
    const slack = size - (inBest[inBest.length - 1]! - inBest[0]! + 1);
    bestStart = Math.max(0, inBest[0]! - Math.min(4, slack));
  }
  const end = Math.min(tokens.length, bestStart + size);

  let out = '';
  let cursor = tokens[bestStart]!.start;
  for (let i = bestStart; i < end; i++) {
    const t = tokens[i]!;
    out += text.slice(cursor, t.start);
    const word = text.slice(t.start, t.end);
    out += hit[i]! >= 0 ? `${open}${word}${close}` : word;
    cursor = t.end;
  }
  // keep closing punctuation right after the last word
  const tail = /^[.,;:!?)\]”"]*/.exec(text.slice(cursor))![0];
  out = (out + tail).replace(/\s+/g, ' ').trim();
  return `${bestStart > 0 ? '… ' : ''}${out}${end < tokens.length ? ' …' : ''}`;
}
