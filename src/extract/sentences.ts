/**
 * Sentences of a whitespace-normalised text, with their offsets so that quotes stay exact.
 * Swedish minutes abbreviate freely ("leg. Personal", "utb. en gång", "t.ex. Tena"), so a full stop
 * ends a sentence only when it does not end a known abbreviation.
 */
import { ABBREVIATIONS } from '../lexicon/index.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION_SET = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));
/** abbreviations that end sentences as often as not: units and "and so on" ("17,5 mnkr. Styrelsen beslutade") */
const CLOSING_ABBREVIATIONS = new Set(['kr', 'mnkr', 'tkr', 'mkr', 'st', 'm.m', 'osv', 'o.s.v', 'etc', 'm.fl', 'mfl', 'min', 'tim']);

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (!word) return false;
  if (ABBREVIATION_SET.has(word)) return true;
  // single letters ("A. Andersson") and dotted runs ("t.o.m") are abbreviations
  return word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * "att inte gå vidare med alternativ B. ÅF tar fram ...": a single capital after a lower-case word
 * names an alternative, an appendix or a building, not a person's initial (those follow a first
 * name or open a sentence), so it ends the sentence when a capital follows.
 */
function labelLetterEnds(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 40), dot);
  // and "behandlas som § 45 a. Ärendet …": the letter of a paragraph's or a point's number
  return (/(?:^|\s)\p{Ll}[\p{L}-]*\s\p{Lu}$/u.test(before) || /(?:§|punkt|p\.)\s*\d{1,3}\s?\p{Ll}$/iu.test(before)) && /^ \p{Lu}/u.test(text.slice(dot + 1, dot + 3));
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ') continue; // "2024:2)", "t.ex", "1.2"
    if (/^\s*(?:\d{1,2}|[a-z])$/u.test(text.slice(start, i))) continue; // "1. Godkänna ...": a list number
    // "Valnämnden beslutar 1. Arvodet fastställs …": a lead-in and its first point, joined in plain text
    if (/(?:beslutar|beslutade|beslöt|beslutas|följande|besluta)\s+\d{1,2}$/iu.test(text.slice(Math.max(start, i - 20), i))) continue;
    if (ch === '.' && endsWithAbbreviation(text.slice(Math.max(0, i - 12), i))) {
      // an abbreviation ends the sentence only when a clear new sentence follows ("... 17,5 mnkr. Styrelsen")
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      // (or an acronym: "286 000 kr. ÄTA 7 bordläggs")
      if (!(CLOSING_ABBREVIATIONS.has(word) && /^ (?:\p{Lu}\p{Ll}|\p{Lu}{2,}\s)/u.test(text.slice(i + 1, i + 6))) && !labelLetterEnds(text, i)) continue;
    }
    const after = text.slice(i + 2, i + 3);
    if (next === ' ' && after && /[\p{Ll},;]/u.test(after)) continue; // "ca. 40 000 kr. enligt"
    push(i + 1);
  }
  push(text.length);
  return out;
}
