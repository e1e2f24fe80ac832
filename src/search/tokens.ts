/**
 * Words of a text as search sees them: runs of letters and digits, lower-cased (å, ä and ö stay
 * themselves), with their place in the original text so that snippets can mark them.
 */
import { stemSwedish } from './stem-sv.js';
import { SWEDISH_STOP_WORDS } from './stopwords-sv.js';

export interface Token {
  /** lower-cased word */
  word: string;
  /** the word's Swedish stem */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    tokens.push({ word, stem: stemSwedish(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function isStopWord(word: string): boolean {
  return SWEDISH_STOP_WORDS.has(word);
}

/** The text as the SQLite index holds it: stems of the words that are not stop words, space-separated. */
export function stemmedText(text: string): string {
  let out = '';
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (SWEDISH_STOP_WORDS.has(word)) continue;
    out += out ? ` ${stemSwedish(word)}` : stemSwedish(word);
  }
  return out;
}
