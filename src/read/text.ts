/**
 * Plain-text reader. The text form of minutes is pdftotext output (no -layout): blocks separated
 * by empty lines, a line of spaces for an empty paragraph, a page break as a form feed or as one
 * leading space, and tables flattened cell by cell. Lines outside tables become one block each;
 * a minutes table, found by its header row of column titles, is rebuilt into table rows; a table
 * typed with tabs (a row per line) is read row by row.
 */
import type { Block, MinutesDocument } from '../model/document.js';
import { firstNamesIn, personInitialsIn } from './text/cell-kinds.js';
import { decodeText } from './text/decode.js';
import { groupLines } from './text/groups.js';
import { splitLines } from './text/lines.js';
import { groupBlocks } from './text/paragraphs.js';
import { parseTable } from './text/table.js';
import { findHeaderAt } from './text/table-header.js';
import { findTabTable } from './text/tab-table.js';

export function readText(bytes: Uint8Array): MinutesDocument {
  const { text, warnings } = decodeText(bytes);
  const { lines, pagesKnown } = splitLines(text);
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
    const header = findHeaderAt(groups, i);
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
