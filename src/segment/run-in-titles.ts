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
import { ATTENDANCE_LABELS, HEADER_LABELS, ITEM_PART_LABEL, LINE_LABEL } from '../lexicon/index.js';
import type { Block } from '../model/document.js';

const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;

/** A point of a numbered Word list, not one of its sub-points. */
const isNumberedPoint = (b: Block) => b.kind === 'list-item' && b.ordered === true && (b.listLevel ?? 0) === 0;

/** The bold title a paragraph or a numbered point opens with, when it reads as one. */
function runInTitle(b: Block): string | null {
  const lead = b.style.leadBold;
  const point = isNumberedPoint(b);
  if ((b.kind !== 'paragraph' && !point) || !lead || lead.length > MAX_TITLE_CHARS || lead.split(/\s+/u).length > MAX_TITLE_WORDS) return null;
  // a paragraph's label ends in a colon ("**Beslut:** att …"); in a numbered point, or after its
  // number ("**2. Elev A, åk 7:**"), the colon may close a title; a title opens with a capital or its number
  const numbered = point || /^\d{1,2}\.\s/u.test(lead);
  if ((/:\s*$/u.test(lead) && !numbered) || !/^[\p{Lu}\d§]/u.test(lead)) return null;
  const title = lead.replace(/[.:\s]+$/u, '');
  const words = title.replace(/^\d{1,2}\.\s+/u, '');
  if (LINE_LABEL.test(`${words}:`) || ITEM_PART_LABEL.test(words) || isLabel(words)) return null;
  return title;
}

/** "Närvarande", "Plats", "Ordförande": the header's labels, which no point is titled with */
const isLabel = (title: string) => ATTENDANCE_LABELS.some((l) => l.pattern.test(title)) || Object.values(HEADER_LABELS).some((re) => re.test(title));

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
/** a short title's words: no sentence mark, but a colon inside a word ("Rapport från SKR:s nätverk") */
const TITLE_WORDS = String.raw`\p{Lu}(?:[^.!?:;]|:(?=\p{Ll})){1,60}?`;
const NUMBERED_RUN_IN = new RegExp(String.raw`^(\d{1,2})\.\s+(${TITLE_WORDS})[.:]\s+(\p{Lu}.*)$`, 'u');
const MAX_PLAIN_TITLE_WORDS = 8;

/** A title found by its place alone (no bold to tell): short, and no label ("Beslut", "Ansvarig"). */
const isPlainTitle = (title: string) => title.split(/\s+/u).length <= MAX_PLAIN_TITLE_WORDS && !LINE_LABEL.test(`${title}:`) && !ITEM_PART_LABEL.test(title);

/** The plain-text lines that open an item with its run-in title, where they number 1, 2, 3 … in turn. */
function numberedRunInLines(blocks: Block[]): Set<Block> {
  const found: Block[] = [];
  let expected = 1;
  for (const b of blocks) {
    // (a Word or PDF paragraph typed so, without bold, reads the same: "3. Incidenter. CISO redogjorde …")
    // (one whose title is bold is read by its bold below)
    const m = b.line || (b.kind === 'paragraph' && !b.style.bold && !b.style.leadBold && b.style.headingLevel === undefined) ? NUMBERED_RUN_IN.exec(b.text) : null;
    if (!m || !isPlainTitle(m[2]!)) continue;
    const n = Number(m[1]);
    if (n === expected || (found.length === 0 && n <= 2)) { found.push(b); expected = n + 1; }
  }
  return new Set(found.length >= 3 ? found : []);
}

export function splitRunInTitles(blocks: Block[]): Block[] {
  const plain = numberedRunInLines(blocks);
  if (plain.size) {
    return blocks.flatMap((b): Block[] => {
      const m = plain.has(b) ? NUMBERED_RUN_IN.exec(b.text) : null;
      if (!m) return [b];
      return [
        { ...b, kind: 'paragraph', text: `${m[1]}. ${m[2]}` },
        { kind: 'paragraph', text: m[3]!, page: b.page, style: b.style, ...(b.line ? { line: true } : {}) },
      ];
    });
  }
  if (blocks.filter((b) => runInTitle(b) !== null).length < 2) return blocks;
  let points = 0;
  return blocks.flatMap((b): Block[] => {
    if (isNumberedPoint(b)) points++;
    const title = runInTitle(b);
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

/** "Ungdomsdialog. Beredningen vill träffa …": a short title, its full stop, a sentence */
const UNNUMBERED_RUN_IN = new RegExp(String.raw`^(${TITLE_WORDS})\.\s+(\p{Lu}.*)$`, 'u');

/**
 * Plain text of minutes typed with bold run-in titles and no numbers ("Välkommen. Ewa hälsade
 * välkommen.", "Ungdomsdialog. Beredningen vill …"): the bold is gone, so a line that opens so
 * after a line that ended a sentence is a title. A sentence can open a line the same way
 * ("Anteckningarna godkändes. Nästa …"), so the segment stage asks for this reading only where
 * the minutes gave no items otherwise, and only where three or more lines read so.
 */
export function splitUnnumberedRunInLines(blocks: Block[]): Block[] {
  const opens = (b: Block, prev: Block | undefined) => {
    const m = b.line && prev?.line && /[.!?)]$/u.test(prev.text) ? UNNUMBERED_RUN_IN.exec(b.text) : null;
    return m && isPlainTitle(m[1]!) ? m : null;
  };
  if (blocks.filter((b, i) => opens(b, blocks[i - 1])).length < 3) return blocks;
  return blocks.flatMap((b, i): Block[] => {
    const m = opens(b, blocks[i - 1]);
    if (!m) return [b];
    return [
      { ...b, kind: 'paragraph', text: m[1]!, gapBefore: true },
      { kind: 'paragraph', text: m[2]!, page: b.page, style: b.style, line: true },
    ];
  });
}
