/**
 * Tables typed with tabs: Word's "save as plain text" and many hand-kept minutes write a table row
 * per line with a tab between the cells ("Nr<TAB>Ärende<TAB>Ansvarig<TAB>Klart senast"). A line whose
 * tab-separated fields are mostly column titles is the header; the lines with tabs after it are the
 * rows, and the table ends at the first line without one.
 */
import { makeCell, rowText, type TableRowBlock } from '../../model/document.js';
import { COLUMN_ROLES } from '../../lexicon/index.js';
import type { TextGroup } from './groups.js';

const fields = (raw: string) => raw.split('\t').map((f) => f.trim());
const isColumnTitle = (f: string) => {
  const key = f.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/[:.]$/, '');
  return key !== '' && COLUMN_ROLES.some((c) => c.pattern.test(key));
};

export interface TabTable {
  /** index in the group's lines of the header line */
  header: number;
  /** index of the first line after the table */
  end: number;
  rows: TableRowBlock[];
}

/** The tab table in a group of lines, if the group has one. */
export function findTabTable(group: TextGroup, table: number, pagesKnown: boolean): TabTable | null {
  const header = group.lines.findIndex((l) => {
    const f = fields(l.raw).filter(Boolean);
    return l.raw.includes('\t') && f.length >= 2 && f.filter(isColumnTitle).length >= Math.max(2, f.length - 1);
  });
  if (header === -1) return null;
  const width = fields(group.lines[header]!.raw).length;
  const rows: TableRowBlock[] = [];
  let end = header;
  for (; end < group.lines.length; end++) {
    const line = group.lines[end]!;
    if (!line.raw.includes('\t')) break;
    const cells = fields(line.raw);
    while (cells.length < width) cells.push('');
    const made = cells.map((c) => makeCell([c]));
    rows.push({
      kind: 'table-row', text: rowText(made), cells: made, table, page: pagesKnown ? line.page : null, style: {},
      ...(end === header ? { header: true } : {}),
    });
  }
  return { header, end, rows };
}
