/**
 * Minutes typed as one list with columns at tab stops: a line of column titles ("Punkt  Ansv
 * Klart") under the header, then each point's lines with who and when at the right margin
 * ("… Olycksundersökning nivå 1.  DH  v. 18"). No table holds them, and the reading leaves the
 * entries at the end of the line. The title line says which columns follow the text.
 */
import { marginColumns, type TableColumnRole } from '../lexicon/index.js';
import type { Block } from '../model/document.js';

/** The roles of the columns after each line's text, from the document's line of such titles, or null. */
export function lineColumnsOf(blocks: Block[]): TableColumnRole[] | null {
  for (const b of blocks) {
    const columns = b.kind === 'table-row' ? null : marginColumns(b.text);
    if (columns) return columns;
  }
  return null;
}
