/**
 * Agenda item headings: "3. Innovationsråd (MB)", "§ 45 Budget 2025", "4 Signs of safety (KH+VC) I/D/B",
 * "1.2 Uppföljning". Takes a heading line apart into number, title, presenters and type codes,
 * each read by its rule unit in ./rules.
 */
import { TITLE_ENDS_OPEN } from '../lexicon/index.js';
import { ITEM_NUMBER as NUMBER, itemNumber, presenters, typeCodes } from './rules/index.js';

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

/** a § number with the body's short name before it or not: "§ 12", "§ 12a", "Tnau § 31", "34 §" */
const SECTION_NUMBER = String.raw`(?:\p{Lu}\p{L}{1,5}\s+)?(?:§\s*\d{1,4}[a-z]?|\d{1,4}\s?§)`;
/** a section number alone on its line ("§ 12", "§ 63/20"), its title on a line after it */
export const BARE_SECTION = new RegExp(String.raw`^${SECTION_NUMBER}(?:\s?\/\s?(?:\d{2}|\d{4}))?\.?$`, 'u');
/** a section number and what follows it on its line ("§ 45 Dnr VON 2025/77": the rest, group 1) */
export const SECTION_THEN_REST = new RegExp(String.raw`^${SECTION_NUMBER}\s+(.*)$`, 'u');
/** a registration number between a section number and its title: "Dnr ON 2025/0041" */
export const REGISTRATION_LINE = /^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|ks|sn|on)\b.*\d/iu;

export function parseHeading(line: string): HeadingParts {
  const n = itemNumber.find(line, undefined)[0];
  let rest = n ? n.rest : line.trim();
  const itemTypes: HeadingParts['itemTypes'] = [];
  const names: string[] = [];
  // codes and presenters come in either order at the end: "(DL) I/D", "I/D (DL)"
  for (let changed = true; changed; ) {
    changed = false;
    const c = typeCodes.find(rest, undefined)[0];
    if (c) {
      for (const t of c.itemTypes) if (!itemTypes.includes(t)) itemTypes.push(t);
      rest = c.rest;
      changed = true;
    }
    const p = presenters.find(rest, undefined)[0];
    if (p) {
      names.unshift(...p.presenters);
      rest = p.rest;
      changed = true;
    }
  }
  // "§ 46 Upphandling av vinterväghållning <tab> Dnr TN 2025/31": the registration number set to
  // the right of the title is no part of it
  // "6 | Ny organisation för fordonsenheten | Förhandling MBL § 11": the kind of the point typed
  // after a bar ("| Information", "| –") is no part of the title either
  // a typed protocol's full stop closing the title ("§ 14 Anmälningar.") is none of it either,
  // unlike an abbreviation's ("Övrigt m.m.", "… I STORVRETEN ANG." wrapped before its last words)
  const title = rest.replace(/\s+(?:dnr|diarienr|diarienummer)\.?:?\s+(?:\p{L}{1,6}[\s.-]+)?\S*\d\S*\s*$/iu, '').replace(/\s+\|\s+[^|]{0,40}$/u, '').replace(/\s*[:–-]\s*$/u, '').replace(/(?<=(?:\p{L}{4}|\d|\)))\.$/u, '').trim();
  return { number: n?.number ?? null, numberPath: n?.numberPath ?? null, section: n?.section ?? false, lettered: n?.lettered ?? false, title, presenters: names, itemTypes };
}

/** Could this line be a numbered item heading? A number, then a capitalised title, kept short. */
export function looksNumberedHeading(line: string, titlesEndInFullStop = false): boolean {
  const n = NUMBER.exec(line);
  // ("… slutfört och redovisas i" / "punkt 3. Anteckningarna lades …": a sentence wrapped at its reference)
  if (!n || /^\p{Ll}/u.test(line)) return false;
  const rest = line.slice(n[0].length);
  if (!/^[\p{Lu}"”“'(]/u.test(rest)) return false;
  if (line.length > 160) return false;
  // "2024. Nästa" or "18 Februari 2025" are not headings: a bare number must be small
  const top = Number((n[2] ?? n[4] ?? n[5] ?? '').split('.')[0]);
  if (!n[2] && !n[4] && top > 60) return false;
  // a heading is not a running sentence: it does not end like one unless it is short, or the
  // protocol closes its § titles with a full stop ("§ 15 Yttrande över … (SOU 1977:40).") and
  // this one holds no sentence's end before its own
  const typedTitle = titlesEndInFullStop && /^(?:\p{Lu}\p{L}{1,5}\s+)?§/u.test(line) && /\.$/u.test(rest) && !/\p{Ll}[.!?]\s+\p{Lu}/u.test(rest);
  if (/[.!?]$/.test(rest) && rest.split(/\s+/).length > 6 && !typedTitle) return false;
  // "3.1.2 Flera termometrar visar fel. Maja beställer …", "2.2.1 Beställningsdagarna blir måndag
  // och torsdag.": notes under a point numbered as text, a sentence each, are no sub-items
  const sub = /^\d{1,2}\.\d/u.test(n[5] ?? '');
  return !(sub && ((/[.!?]$/u.test(rest) && rest.split(/\s+/u).length > 3) || /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u.test(rest)));
}

/**
 * A heading line that wrapped: an unclosed "(" asks for the next line, and so does a last word
 * that leaves the phrase open ("… för bensinstation å fastigheten" over "Gästgivaregården 2:7").
 */
export function headingIsOpen(line: string): boolean {
  return (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0) || TITLE_ENDS_OPEN.test(line.trim());
}
