/**
 * Run-in titles: minutes typed without headings may open each item's first paragraph with its
 * title in bold, the text going on after it ("**3. Schema och bemanning.** Sara gick igenom
 * schemat för mars."). Where two or more paragraphs open that way, each becomes its title (a bold
 * line of its own, the closing full stop left out) and its text, so that the items are found as
 * under headings. A bold label ("**Beslut:** att …", "**Närvarande:**") is no title.
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

export function splitRunInTitles(blocks: Block[]): Block[] {
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
