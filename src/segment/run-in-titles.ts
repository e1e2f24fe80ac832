/**
 * Run-in titles: minutes typed without headings may open each item's first paragraph with its
 * title in bold, the text going on after it ("**3. Schema och bemanning.** Sara gick igenom
 * schemat för mars."). Where two or more paragraphs open that way, each becomes its title (a bold
 * line of its own, the closing full stop left out) and its text, so that the items are found as
 * under headings. A bold label ("**Beslut:** att …", "**Närvarande:**") is no title.
 *
 * Plain text has no bold: there a run of lines "1. Mötets öppnande. Sara hälsade …", "2. …",
 * numbered 1, 2, 3 in turn, each a short phrase and a full stop before a new sentence, are the
 * same titles.
 */
import { ITEM_PART_LABEL, LINE_LABEL } from '../lexicon/index.js';
import type { Block } from '../model/document.js';

const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;

/** The bold title a paragraph opens with, when it reads as one. */
function runInTitle(b: Block): string | null {
  const lead = b.style.leadBold;
  if (b.kind !== 'paragraph' || !lead || lead.length > MAX_TITLE_CHARS || lead.split(/\s+/u).length > MAX_TITLE_WORDS) return null;
  // a label ends in a colon; a title opens with a capital or its number
  if (/:\s*$/u.test(lead) || !/^[\p{Lu}\d§]/u.test(lead)) return null;
  const title = lead.replace(/[.\s]+$/u, '');
  if (LINE_LABEL.test(`${title}:`) || ITEM_PART_LABEL.test(title)) return null;
  return title;
}

/** Where the lead's text ends in the block's text (spaces may differ between the two). */
function endOfLead(text: string, lead: string): number {
  const wanted = lead.replace(/\s+/gu, '');
  let k = 0;
  let i = 0;
  for (; i < text.length && k < wanted.length; i++) if (!/\s/u.test(text[i]!)) k += text[i] === wanted[k] ? 1 : wanted.length;
  return k === wanted.length ? i : -1;
}

/** "3. Schema och bemanning. Sara gick igenom …": a number, a short title, its full stop, a sentence */
const NUMBERED_RUN_IN = /^(\d{1,2})\.\s+(\p{Lu}[^.!?:;]{1,60}?)\.\s+(\p{Lu}.*)$/u;
const MAX_PLAIN_TITLE_WORDS = 8;

/** The plain-text lines that open an item with its run-in title, where they number 1, 2, 3 … in turn. */
function numberedRunInLines(blocks: Block[]): Set<Block> {
  const found: Block[] = [];
  let expected = 1;
  for (const b of blocks) {
    const m = b.line ? NUMBERED_RUN_IN.exec(b.text) : null;
    if (!m || m[2]!.split(/\s+/u).length > MAX_PLAIN_TITLE_WORDS) continue;
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
        { kind: 'paragraph', text: m[3]!, page: b.page, style: b.style, line: true },
      ];
    });
  }
  if (blocks.filter((b) => runInTitle(b) !== null).length < 2) return blocks;
  return blocks.flatMap((b): Block[] => {
    const title = runInTitle(b);
    if (title === null) return [b];
    const end = endOfLead(b.text, b.style.leadBold!);
    const rest = end === -1 ? '' : b.text.slice(end).trim();
    if (!rest) return [b];
    const { leadBold: _lead, ...style } = b.style;
    return [
      { ...b, kind: 'paragraph', text: title, style: { ...style, bold: true } },
      { kind: 'paragraph', text: rest, page: b.page, style },
    ];
  });
}
