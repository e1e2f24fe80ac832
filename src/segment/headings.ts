/**
 * Agenda item headings: "3. Innovationsråd (MB)", "§ 45 Budget 2025", "4 Signs of safety (KH+VC) I/D/B",
 * "1.2 Uppföljning". Takes a heading line apart into number, title, presenters and type codes.
 */
import { ITEM_TYPE_CODES } from '../lexicon/index.js';

export interface HeadingParts {
  number: string | null;
  /** the number as a comparable value: "3" -> [3], "1.2" -> [1, 2], "§ 45" -> [45] */
  numberPath: number[] | null;
  section: boolean;
  /** "§ 12 a", "3 b", "3 ½": an item added under the number before it */
  lettered: boolean;
  title: string;
  presenters: string[];
  itemTypes: ('information' | 'diskussion' | 'beslut')[];
}

/** "3.", "3)", "1.2", "§ 45", "§ 12 a", "3 b", "Punkt 3:", "P. 3" */
const NUMBER = /^(?:(?:punkt|p\.)\s*)?(§\s*(\d{1,4})(?:\s?([a-z]))?|(\d{1,2}(?:\.\d{1,2})*)(?:\s?([a-z]|½))?)(?:\s*[.):]\s*|\s+)(?=\S)/iu;
/** a section number alone on its line ("§ 12"), its title on a line after it */
export const BARE_SECTION = /^§\s*\d{1,4}[a-z]?$/u;
/** a registration number between a section number and its title: "Dnr ON 2025/0041" */
export const REGISTRATION_LINE = /^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|ks|sn|on)\b.*\d/iu;
const CODES = /(?:^|[\s,–-])((?:[IDB])(?:\s*[/+,&]\s*[IDB])*)\.?\s*$/u;
/** "(KH+VC)", "(JG)", "(FLG)", "(SJ, US)": initials or a group's short name, no lower case */
const PRESENTERS = /\(\s*(\p{Lu}[\p{Lu}\d]{0,4}(?:\s*(?:[+,/&]|och)\s*\p{Lu}[\p{Lu}\d]{0,4})*)\s*\)/gu;

export function parseHeading(line: string): HeadingParts {
  let rest = line.trim();
  let number: string | null = null;
  let numberPath: number[] | null = null;
  let section = false;
  let lettered = false;
  const n = NUMBER.exec(rest);
  if (n) {
    number = n[1]!.replace(/\s+/g, ' ');
    section = Boolean(n[2]);
    lettered = Boolean(n[3] ?? n[5]);
    numberPath = n[2] ? [Number(n[2])] : n[4]!.split('.').map(Number);
    rest = rest.slice(n[0].length);
  }
  const itemTypes: HeadingParts['itemTypes'] = [];
  const presenters: string[] = [];
  // codes and presenters come in either order at the end: "(DL) I/D", "I/D (DL)"
  for (let changed = true; changed; ) {
    changed = false;
    const c = CODES.exec(rest);
    if (c && rest.length > c[1]!.length + 2) {
      for (const code of c[1]!.split(/[^IDB]+/)) {
        const t = ITEM_TYPE_CODES[code];
        if (t && !itemTypes.includes(t)) itemTypes.push(t);
      }
      rest = rest.slice(0, c.index).trim();
      changed = true;
    }
    const p = new RegExp(`${PRESENTERS.source}\\s*$`, 'u').exec(rest);
    if (p && p.index > 0) {
      presenters.unshift(...p[1]!.split(/\s*(?:[+,/&]|\boch\b)\s*/u).filter(Boolean));
      rest = rest.slice(0, p.index).trim();
      changed = true;
    }
  }
  const title = rest.replace(/\s*[:–-]\s*$/u, '').trim();
  return { number, numberPath, section, lettered, title, presenters, itemTypes };
}

/** Could this line be a numbered item heading? A number, then a capitalised title, kept short. */
export function looksNumberedHeading(line: string): boolean {
  const n = NUMBER.exec(line);
  if (!n) return false;
  const rest = line.slice(n[0].length);
  if (!/^[\p{Lu}"”“'(]/u.test(rest)) return false;
  if (line.length > 160) return false;
  // "2024. Nästa" or "18 Februari 2025" are not headings: a bare number must be small
  const top = Number((n[2] ?? n[4] ?? '').split('.')[0]);
  if (!n[2] && top > 60) return false;
  // a heading is not a running sentence: it does not end like one unless it is short
  return !(/[.!?]$/.test(rest) && rest.split(/\s+/).length > 6);
}

/** A heading line that wrapped: an unclosed "(" asks for the next line. */
export function headingIsOpen(line: string): boolean {
  return (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0);
}
