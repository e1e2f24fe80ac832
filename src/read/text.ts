/**
 * Plain-text reader. The text form of minutes is pdftotext output (no -layout): blocks separated
 * by empty lines, a line of spaces for an empty paragraph, a page break as a form feed or as one
 * leading space, and tables flattened cell by cell. Lines outside tables become one block each;
 * a minutes table, found by its header row of column titles, is rebuilt into table rows; a table
 * typed with tabs (a row per line) is read row by row, and one laid out by position (pdftotext
 * -layout: cells set under their column titles) by where its words stand.
 */
import { marginColumns } from '../lexicon/index.js';
import type { Block, MinutesDocument } from '../model/document.js';
import { firstNamesIn, personInitialsIn } from './text/cell-kinds.js';
import { decodeText } from './text/decode.js';
import { groupLines, type TextGroup } from './text/groups.js';
import { splitLines } from './text/lines.js';
import { withoutPageFurniture } from './text/furniture.js';
import { groupBlocks } from './text/paragraphs.js';
import { parseTable } from './text/table.js';
import { findHeaderAt } from './text/table-header.js';
import { findTabTable } from './text/tab-table.js';
import { alignedHeader, readAlignedTable, type AlignedTable } from './text/aligned-table.js';

export function readText(bytes: Uint8Array): MinutesDocument {
  const { text, warnings } = decodeText(bytes);
  const split = splitLines(text);
  const pagesKnown = split.pagesKnown;
  const lines = withoutPageFurniture(split.lines);
  const groups = groupLines(lines);
  const firstNames = firstNamesIn(text);
  const initials = personInitialsIn(text);

  const blocks: Block[] = [];
  let tables = 0;
  for (let i = 0; i < groups.length; ) {
    const tabs = findTabTable(groups[i]!, tables, pagesKnown);
    if (tabs) {
      // the lines before and after a tab table in the same group stay running text
      const group = groups[i]!;
      const part = (lines: typeof group.lines, first: boolean) => ({ ...group, lines, gapBefore: first ? group.gapBefore : false, pageStart: first && group.pageStart });
      if (tabs.header > 0) blocks.push(...groupBlocks(part(group.lines.slice(0, tabs.header), true), pagesKnown));
      blocks.push(...tabs.rows);
      tables++;
      if (tabs.end < group.lines.length) blocks.push(...groupBlocks(part(group.lines.slice(tabs.end), false), pagesKnown));
      i++;
      continue;
    }
    // ("Punkt  Ansv  Klart" over points set out as "– …  DH  v. 18": a list, each line its own row)
    if (titlesMarginColumns(groups, i)) {
      blocks.push(...groupBlocks(groups[i]!, pagesKnown));
      i++;
      continue;
    }
    const aligned = alignedTableIn(groups, i, tables, pagesKnown);
    if (aligned) {
      // the lines before the table in its first block, and after it in its last, stay running text
      const group = groups[i]!;
      if (aligned.start.line > 0) blocks.push(...groupBlocks({ ...group, lines: group.lines.slice(0, aligned.start.line) }, pagesKnown));
      blocks.push(...aligned.rows);
      tables++;
      const { group: g, line } = aligned.end;
      // (the rest of that block is read again from the top: another table may start in it, "6. Lucia
      // och advent" over its text and a Vad | Vem | Klart till table of its own)
      if (line > 0) {
        const rest = groups[g]!;
        groups.splice(g, 1, { ...rest, lines: rest.lines.slice(line), firstLine: rest.firstLine + line, gapBefore: false, pageStart: false });
      }
      i = g;
      continue;
    }
    let header = findHeaderAt(groups, i);
    const group = groups[i]!;
    if (!header && group.lines.length > 1) {
      // a heading and the first column title in one block ("Åtgärdslista" / "Vad"), the other
      // titles in blocks of their own: the table starts at the block's last line
      const last = group.lines.length - 1;
      const tail = { ...group, lines: [group.lines[last]!], firstLine: group.firstLine + last, gapBefore: false, pageStart: false };
      const trial = [...groups.slice(0, i), tail, ...groups.slice(i + 1)];
      const found = findHeaderAt(trial, i);
      if (found && found.groupCount > 1) {
        blocks.push(...groupBlocks({ ...group, lines: group.lines.slice(0, last) }, pagesKnown));
        groups.splice(i, 1, tail);
        header = found;
      }
    }
    if (header) {
      const table = parseTable(groups, i, header, tables++, firstNames, initials, pagesKnown);
      blocks.push(...table.rows);
      i = Math.max(table.end, i + 1);
      continue;
    }
    blocks.push(...groupBlocks(groups[i]!, pagesKnown));
    i++;
  }
  return { format: 'txt', pages: null, blocks, warnings };
}

/** a list point's line: "– …", "• …" */
const BULLET_LINE = /^\s*[–•▪●-]\s/u;

/**
 * Whether group i holds a line of column titles for a list's right margin ("Punkt  Ansv  Klart":
 * the points' text, then who and when), with list points under it: the points are lines of a
 * list that carry their entries at the end, not rows of a table whose cells run on.
 */
function titlesMarginColumns(groups: TextGroup[], i: number): boolean {
  const lines = groups[i]!.lines;
  const at = lines.findIndex((l) => l.text && marginColumns(l.text) !== null);
  if (at === -1) return false;
  const after = [...lines.slice(at + 1), ...groups.slice(i + 1, i + 4).flatMap((g) => g.lines)].filter((l) => l.text).slice(0, 10);
  return after.some((l) => BULLET_LINE.test(l.raw));
}

/** A table laid out by position whose header is a line of group i, read to its end, or null. */
function alignedTableIn(groups: TextGroup[], i: number, table: number, pagesKnown: boolean): AlignedTable | null {
  const group = groups[i]!;
  const at = group.lines.findIndex((l) => alignedHeader(l) !== null);
  if (at === -1) return null;
  const found = readAlignedTable(groups, i, at, table, pagesKnown);
  return found && found.rows.length > 1 ? found : null;
}
