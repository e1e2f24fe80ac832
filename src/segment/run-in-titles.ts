/**
 * Run-in titles: minutes typed without headings may open each item's first paragraph with its
 * title in bold, the text going on after it ("**3. Schema och bemanning.** Sara gick igenom
 * schemat för mars."). Where two or more paragraphs open that way, each becomes its title (a bold
 * line of its own, the closing full stop left out) and its text, so that the items are found as
 * under headings. A bold label ("**Beslut:** att …", "**Närvarande:**") is no title.
 *
 * Plain text has no bold: there a run of lines "1. Mötets öppnande. Sara hälsade …", "2. …",
 * numbered 1, 2, 3 in turn, each a short phrase and a full stop before a new sentence, are the
 * same titles; so are Word and PDF paragraphs typed that way without bold.
 *
 * A Word numbered list may hold the whole meeting, one point to a paragraph, its numbers drawn by
 * Word and not in the text: "**Elev A, åk 7:** Mentor berättar …", "**Välkomna** – Stefan
 * hälsade …". There a lead that ends in a colon is a title too, unless it is a label, and each
 * title takes its place in the list as its number.
 */
import { ATTENDANCE_LABELS, HEADER_LABELS, ITEM_PART_LABEL, LINE_LABEL, ORGANISATIONS, SIGNATURE_LABELS, SPEAKING_UNITS, isWholeColumnTitle } from '../lexicon/index.js';
import { alternation } from '../lexicon/pattern.js';
import type { Block } from '../model/document.js';

const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;
/** How many paragraphs must open with a bold lead and a colon for the leads to be titles, not labels. */
const MIN_COLON_TITLES = 3;

/** A point of a numbered Word list, not one of its sub-points. */
const isNumberedPoint = (b: Block) => b.kind === 'list-item' && b.ordered === true && (b.listLevel ?? 0) === 0;

/**
 * The bold title a paragraph or a numbered point opens with, when it reads as one. `colonTitles`:
 * the minutes open their points with bold leads closed by a colon, which are then titles.
 */
function runInTitle(b: Block, colonTitles = false): string | null {
  const lead = b.style.leadBold;
  const point = isNumberedPoint(b);
  if ((b.kind !== 'paragraph' && !point) || !lead || lead.length > MAX_TITLE_CHARS || lead.split(/\s+/u).length > MAX_TITLE_WORDS) return null;
  // a paragraph's label ends in a colon ("**Beslut:** att …"); in a numbered point, or after its
  // number ("**2. Elev A, åk 7:**"), the colon may close a title; a title opens with a capital or its number
  const numbered = point || /^\d{1,2}\.\s/u.test(lead);
  if ((/:\s*$/u.test(lead) && !numbered && !colonTitles) || !/^[\p{Lu}\d§]/u.test(lead)) return null;
  const title = lead.replace(/[.:\s]+$/u, '');
  const words = title.replace(/^\d{1,2}\.\s+/u, '');
  if (LINE_LABEL.test(`${words}:`) || ITEM_PART_LABEL.test(words) || isLabel(words)) return null;
  // ("**Polisen:** Under april …": who speaks, no title)
  if (/:\s*$/u.test(lead) && !numbered && namesSpeaker(words)) return null;
  // ("**PRO och SPF** lämnar var sitt yttrande …": a bold subject, its sentence going on in lower case)
  const end = endOfLead(b.text, lead);
  if (!/[.:]\s*$/u.test(lead) && end !== -1 && /^\s*\p{Ll}/u.test(b.text.slice(end))) return null;
  return title;
}

/** "Närvarande", "Plats", "Ordförande": the header's labels, which no point is titled with */
const isLabel = (title: string) => ATTENDANCE_LABELS.some((l) => l.pattern.test(title)) || Object.values(HEADER_LABELS).some((re) => re.test(title)) || SIGNATURE_LABELS.test(title);

/** Where the lead's text ends in the block's text (spaces may differ between the two). */
function endOfLead(text: string, lead: string): number {
  const wanted = lead.replace(/\s+/gu, '');
  let k = 0;
  let i = 0;
  for (; i < text.length && k < wanted.length; i++) if (!/\s/u.test(text[i]!)) k += text[i] === wanted[k] ? 1 : wanted.length;
  return k === wanted.length ? i : -1;
}

/**
 * "3. Schema och bemanning. Sara gick igenom …", "2. Elev A, åk 7: Mentor berättar …": a number,
 * a short title, its full stop or colon, a sentence
 */
/**
 * a short title's words: no sentence mark, but a colon inside a word ("Rapport från SKR:s nätverk")
 * and an abbreviation's full stop before a word in lower case ("Ang. gatubelysning å Södra vägen")
 */
const TITLE_WORDS = String.raw`\p{Lu}(?:[^.!?:;]|:(?=\p{Ll})|\.(?=\s\p{Ll})){1,60}?`;
/**
 * ("§ 13 Justering. Att jämte …": a § needs no full stop after its number)
 * ("1. Decemberfullmäktige – Vi gick igenom …": a dash sets the title off where a sentence of five
 * words or more follows it; "3. Budget 2026 – Förslag till ram" is one title)
 */
const runInPattern = (afterDash: string) => new RegExp(String.raw`^(§\s*\d{1,3}|\d{1,3})(?:\.\s+|(?<=§\s*\d{1,3})\s+)(${TITLE_WORDS})(?:[.:]\s+|\s+[–—-]\s+(?=${afterDash}))(\p{Lu}.*)$`, 'u');
const NUMBERED_RUN_IN = runInPattern(String.raw`(?:\S+\s+){4}\S`);
/** (a plain-text line that wraps into the next in lower case: its sentence goes on there) */
const NUMBERED_RUN_IN_WRAPPED = runInPattern(String.raw`\S+\s+\S`);

/** The run-in title a block opens with, as its number, title and text, or null. */
function numberedRunIn(b: Block, text: string, next: Block | undefined): RegExpExecArray | null {
  return NUMBERED_RUN_IN.exec(text) ?? (b.line && next?.line && !next.gapBefore && /^\p{Ll}/u.test(next.text) ? NUMBERED_RUN_IN_WRAPPED.exec(text) : null);
}
const MAX_PLAIN_TITLE_WORDS = 8;

/** A title found by its place alone (no bold to tell): short, and no label ("Beslut", "Ansvarig"). */
const isPlainTitle = (title: string) => title.split(/\s+/u).length <= MAX_PLAIN_TITLE_WORDS && !LINE_LABEL.test(`${title}:`) && !ITEM_PART_LABEL.test(title);

/**
 * The plain-text lines that open an item with its run-in title (each with its number, title and text), where they number 1, 2, 3 … in turn;
 * a protocol's § numbers go on from its last meeting ("§ 31. Protokollsjustering. Att jämte …",
 * "§ 32. …"), so they may start anywhere.
 */
function numberedRunInLines(blocks: Block[]): Map<Block, RegExpExecArray> {
  const found: [Block, RegExpExecArray][] = [];
  // "§ 14 Anmälningar." on a line of its own between them: the run of §§ goes on through it
  let titleLines = 0;
  let expected = 1;
  const texts = numberedTexts(blocks);
  for (const [i, b] of blocks.entries()) {
    // (a Word or PDF paragraph typed so, without bold, reads the same: "3. Incidenter. CISO redogjorde …")
    // (one whose title is bold is read by its bold below)
    const m = isPlainRunIn(b) ? numberedRunIn(b, texts.get(b)!, blocks[i + 1]) : null;
    const own = isPlainRunIn(b) && !m ? SECTION_TITLE_LINE.exec(b.text) : null;
    if (own && found.length && Number(own[1]) === expected) { titleLines++; expected++; continue; }
    if (!m || !isPlainTitle(m[2]!) || goesOnInCapitals(m[2]!, m[3]!)) continue;
    const n = Number(m[1]!.replace(/^§\s*/u, ''));
    const paragraph = m[1]!.startsWith('§');
    if (n === expected || (found.length === 0 && (n <= 2 || paragraph))) { found.push([b, m]); expected = n + 1; }
  }
  return new Map(found.length >= 3 || (found.length >= 1 && found.length + titleLines >= 3) ? found : []);
}

/** A line, a paragraph or a Word list's point with no bold and no heading style, which may open with a run-in title. */
const isPlainRunIn = (b: Block) => b.line || ((b.kind === 'paragraph' || isNumberedPoint(b)) && !b.style.bold && !b.style.leadBold && b.style.headingLevel === undefined);

/**
 * Each block's text with its number: a Word list's points as their number would print ("1. …",
 * drawn by Word and not in the text), other blocks as they are.
 */
function numberedTexts(blocks: Block[]): Map<Block, string> {
  let points = 0;
  return new Map(blocks.map((b) => [b, isNumberedPoint(b) ? `${++points}. ${b.text}` : b.text]));
}

/** "SKRIVELSE … ANG." / "BUSSTRAFIKEN": a title in capitals going on in capitals, no sentence after it */
const goesOnInCapitals = (title: string, rest: string) => !/\p{Ll}/u.test(title) && /^\p{Lu}{2,}(?:\s|$)/u.test(rest) && !/\p{Ll}/u.test(rest.split(/\s+/u).slice(0, 2).join(' '));

/** "§ 14 Anmälningar.": a § and its title, nothing after it */
const SECTION_TITLE_LINE = /^§\s*(\d{1,3})\.?\s+\p{Lu}[^!?]{1,120}$/u;

export function splitRunInTitles(blocks: Block[], readColonLeads = false): Block[] {
  const plain = numberedRunInLines(blocks);
  if (plain.size) {
    return blocks.flatMap((b): Block[] => {
      const m = plain.get(b);
      if (!m) return [b];
      return [
        { ...b, kind: 'paragraph', text: `${m[1]}. ${m[2]}` },
        { kind: 'paragraph', text: m[3]!, page: b.page, style: b.style, ...(b.line ? { line: true } : {}) },
      ];
    });
  }
  // "**Sommarboken:** Förra året …", "**Arbetsmiljö:** Skyddsronden …": where three or more
  // paragraphs open with a bold lead and its colon that is no label, the leads are the titles;
  // the segment stage asks for this reading only where nothing else gave items, because such
  // leads name the speakers inside an item as often ("**Polisen:** Under april …")
  // (a lead that names a column, or comes again, is a label: "**Ansvarig:**", "**Klart:**")
  const colonLeads = blocks.flatMap((b) => (b.kind === 'paragraph' && b.style.leadBold && /:\s*$/u.test(b.style.leadBold) ? [runInTitle(b, true)] : [])).filter((t) => t !== null);
  const distinct = new Set(colonLeads);
  const colonTitles = readColonLeads && colonLeads.length === distinct.size && colonLeads.every((t) => !isWholeColumnTitle(t)) && distinct.size >= MIN_COLON_TITLES;
  if (blocks.filter((b) => runInTitle(b, colonTitles) !== null).length < 2) return blocks;
  let points = 0;
  return blocks.flatMap((b): Block[] => {
    if (isNumberedPoint(b)) points++;
    // "**Vem gör vad:**" alone over its list, among such titles: a title of the same kind
    if (colonTitles && b.kind === 'paragraph' && b.style.bold && /:\s*$/u.test(b.text) && runInTitle({ ...b, style: { ...b.style, leadBold: b.text } }, true) !== null) {
      return [{ ...b, text: b.text.replace(/[:\s]+$/u, '') }];
    }
    const title = runInTitle(b, colonTitles);
    if (title === null) return [b];
    const end = endOfLead(b.text, b.style.leadBold!);
    // ("**Välkomna** – Stefan hälsade …": the dash that set the title off goes with it)
    const rest = end === -1 ? '' : b.text.slice(end).replace(/^\s*[–—-]\s+/u, '').trim();
    if (!rest) return [b];
    const { leadBold: _lead, ...style } = b.style;
    const numbered = b.kind === 'list-item' ? `${points}. ${title}` : title;
    return [
      { kind: 'paragraph', text: numbered, page: b.page, style: { ...style, bold: true } },
      { kind: 'paragraph', text: rest, page: b.page, style },
    ];
  });
}

/**
 * "Polisen", "Förvaltningen", "PRO Hällbo", "Skolorna": a lead that names an organisation, a unit
 * or a group by its short name tells who speaks in the point, not what the point is about.
 */
const SPEAKING_UNIT = new RegExp(`^[\\p{L}-]*(?:${alternation(SPEAKING_UNITS)})$`, 'iu');
function namesSpeaker(lead: string): boolean {
  const words = lead.trim().split(/\s+/u);
  return ORGANISATIONS.includes(lead.trim().toLowerCase()) || SPEAKING_UNIT.test(lead.trim()) || /^\p{Lu}{2,5}$/u.test(words[0]!) || /[<>@]/u.test(lead);
}

/** "Ungdomsdialog. Beredningen vill träffa …", "Sommarboken: Förra året …": a short title, its full stop or colon, a sentence */
const UNNUMBERED_RUN_IN = new RegExp(String.raw`^(${TITLE_WORDS})([.:])\s+(\p{Lu}.*)$`, 'u');
/** "Vem gör vad:" alone on its line over a list: a title of its own among colon titles. */
const COLON_TITLE_LINE = new RegExp(String.raw`^(${TITLE_WORDS}):$`, 'u');

/**
 * Plain text of minutes typed with bold run-in titles and no numbers ("Välkommen. Ewa hälsade
 * välkommen.", "Ungdomsdialog. Beredningen vill …"): the bold is gone, so a line that opens so
 * after a line that ended a sentence is a title. A sentence can open a line the same way
 * ("Anteckningarna godkändes. Nästa …"), so the segment stage asks for this reading only where
 * the minutes gave no items otherwise, and only where three or more lines read so.
 */
export function splitUnnumberedRunInLines(blocks: Block[]): Block[] {
  // a colon closes a label as often as a title ("Frånvarande: Tove Sjöberg"): a label is no title,
  // and nor is the one who speaks ("PRO Hällbo: …", "Förvaltningen: …")
  const isTitle = (title: string, mark: string) => isPlainTitle(title) && (mark === '.' || (!isLabel(title) && !namesSpeaker(title)));
  // after a sentence's end, or after the header's last label line ("Antecknare: Sara")
  // (not an attendance list's line: the list may go on, "… Tove Ek och" over "Jamal Said. …")
  const labelLine = (prev: Block) => {
    const label = /^([\p{L} ]{2,30}):\s*\S/u.exec(prev.text)?.[1];
    return prev.kind === 'paragraph' && label !== undefined && !ATTENDANCE_LABELS.some((l) => l.pattern.test(label.trim()));
  };
  const ended = (prev: Block) => /[.!?)]$/u.test(prev.text) || labelLine(prev);
  const opens = (b: Block, prev: Block | undefined) => {
    const m = b.line && prev?.line && ended(prev) ? UNNUMBERED_RUN_IN.exec(b.text) : null;
    return m && isTitle(m[1]!, m[2]!) ? m : null;
  };
  const found = blocks.filter((b, i) => opens(b, blocks[i - 1]));
  if (found.length < 3) return blocks;
  const colons = found.filter((b) => UNNUMBERED_RUN_IN.exec(b.text)![2] === ':').length > found.length / 2;
  // among colon titles, "Vem gör vad:" alone after a sentence's end, over a list
  const titleAlone = (b: Block, prev: Block | undefined, next: Block | undefined) => {
    const m = colons && b.line && b.kind === 'paragraph' && prev && /[.!?)]$/u.test(prev.text) && next?.kind === 'list-item' ? COLON_TITLE_LINE.exec(b.text) : null;
    return m && isTitle(m[1]!, ':') ? m[1]! : null;
  };
  return blocks.flatMap((b, i): Block[] => {
    const alone = titleAlone(b, blocks[i - 1], blocks[i + 1]);
    if (alone) return [{ ...b, text: alone, gapBefore: true }];
    const m = opens(b, blocks[i - 1]);
    if (!m) return [b];
    return [
      { ...b, kind: 'paragraph', text: m[1]!, gapBefore: true },
      { kind: 'paragraph', text: m[3]!, page: b.page, style: b.style, line: true },
    ];
  });
}
