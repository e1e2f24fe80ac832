/**
 * Text outside tables: every non-empty line is a block of its own, because plain text keeps no
 * trustworthy wrap information (the segmenter joins the lines of an item). A line starting with
 * a bullet ("•", "-", "–") is a list item without its bullet; an empty or blank line before a
 * line is a gap, and so is a page break (pdftotext writes none there, but the page margin is one).
 */
import { ENDS_MID_PHRASE, LINE_LABEL, MONTHS } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import type { Block } from '../../model/document.js';
import { checkBoxState, startsWithBullet, withoutBullet } from './cell-kinds.js';
import type { TextGroup } from './groups.js';

export function groupBlocks(group: TextGroup, pagesKnown: boolean): Block[] {
  const blocks: Block[] = [];
  let gap = group.gapBefore || group.pageStart;
  // the column of the bullet of the list item being read, while its lines may go on
  let bulletColumn: number | null = null;
  for (const line of group.lines) {
    if (!line.text) {
      gap = true;
      continue;
    }
    const page = pagesKnown ? line.page : null;
    const bullet = startsWithBullet(line.text);
    // "a) Se över larmplanen …": a lettered point is a list item too, its letter kept
    const lettered = !bullet && LETTERED_POINT.test(line.text.trim());
    const text = bullet ? withoutBullet(line.text) : line.text;
    if (!text) continue;
    const last = blocks[blocks.length - 1];
    if (!bullet && !lettered && !gap && bulletColumn !== null && last?.kind === 'list-item' && wrapsListItem(line.raw, text, bulletColumn, last.text)) {
      last.text = `${last.text} ${text}`;
      continue;
    }
    bulletColumn = bullet || lettered ? line.raw.search(/\S/u) : null;
    const checked = bullet ? checkBoxState(line.text) : undefined;
    const block: Block = bullet || lettered
      ? { kind: 'list-item', text, page, style: {}, listLevel: 0, line: true, ...(checked !== undefined ? { checked } : {}) }
      : { kind: 'paragraph', text, page, style: {}, line: true };
    if (gap) block.gapBefore = true;
    blocks.push(block);
    gap = false;
  }
  return blocks;
}

/** "  ● Miljö- och byggnämnden …, föreläggande om åtgärder vid" over "     Hamnverkets avloppsreningsverk …". */
function wrapsListItem(raw: string, text: string, bulletColumn: number, itemText: string): boolean {
  // ("… AR har begärt en ny offert." over an indented "Ansvar: AR": a labelled line of its own
  // under a point that ended its sentence, as Word sets it)
  if (LINE_LABEL.test(text) && /[.!?]$/u.test(itemText)) return false;
  const indent = raw.search(/\S/u);
  if (indent >= bulletColumn + 2) return true;
  // (a point that ends in "och" or a preposition goes on, whatever the next line starts with:
  // "… Vem/När: Samir och" over "Birgitta, till nästa APT")
  // ("… lägger ut det i schemaprogrammet senast" over "9 oktober.": a date goes on an unfinished point)
  const goesOn = /^\p{Ll}/u.test(text) || STARTS_WITH_DATE.test(text);
  return indent === 0 && bulletColumn === 0 && ((goesOn && !/[.!?:;]$/u.test(itemText)) || ENDS_MID_PHRASE.test(itemText));
}

/** "a) ", "b) ": a point of a lettered list, opening with a capital. */
const LETTERED_POINT = /^[a-h]\)\s+\p{Lu}/u;

const STARTS_WITH_DATE = new RegExp(`^\\d{1,2}\\s+(?:${alternation(Object.keys(MONTHS))})(?![\\p{L}])`, 'iu');

