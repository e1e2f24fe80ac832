/**
 * Text blocks: runs of lines between truly empty lines. In pdftotext output of a table, one
 * group is one cell (or the part of a cell on one page); a page break always starts a new group.
 */
import type { TextLine } from './lines.js';

export interface TextGroup {
  /** lines in order; blank lines (empty paragraphs) included */
  lines: TextLine[];
  /** index of the group's first line in the file */
  firstLine: number;
  page: number;
  /** the group is the first one on a new page */
  pageStart: boolean;
  /** an empty line came before the group */
  gapBefore: boolean;
}

export function groupLines(lines: TextLine[]): TextGroup[] {
  const groups: TextGroup[] = [];
  let current: TextGroup | null = null;
  let gap = false;
  lines.forEach((line, index) => {
    if (line.empty) {
      current = null;
      gap = true;
      return;
    }
    if (!current || line.pageStart) {
      current = { lines: [], firstLine: index, page: line.page, pageStart: line.pageStart, gapBefore: gap };
      groups.push(current);
      gap = false;
    }
    current.lines.push(line);
  });
  return groups;
}

/** The group's non-blank lines' texts. */
export function contentLines(group: { lines: { text: string }[] }): string[] {
  return group.lines.map((l) => l.text).filter((t) => t.length > 0);
}

export function isBlankGroup(group: { lines: { text: string }[] }): boolean {
  return contentLines(group).length === 0;
}
