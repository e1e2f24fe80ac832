/**
 * Tables typed with tab stops in Word: a paragraph of column titles ("Vad<TAB>Vem<TAB>När",
 * "Åtgärd<TAB>Ansvarig<TAB>Klart senast") and under it one paragraph a row, its cells set off by
 * tabs. No Word table holds them, but they are tables: they become table rows like a real one.
 * The header is a paragraph whose every field is a column title of the lexicon, one of them a
 * column that follows the rows up (an action, an owner, a date); the rows are the paragraphs
 * right after it that have a tab. Two tabs in a row (to reach a far tab stop) count as one.
 */
import { columnRole } from '../../lexicon/index.js';
import { makeCell, normaliseSpace, rowText, type Block, type TableRowBlock } from '../../model/document.js';

/** A paragraph's text split at its tabs: its fields, or null when it has no tab. */
export function tabFields(raw: string): string[] | null {
  if (!raw.includes('\t')) return null;
  const fields = raw.split(/\t+/).map(normaliseSpace);
  while (fields.length && fields[0] === '') fields.shift();
  while (fields.length && fields[fields.length - 1] === '') fields.pop();
  return fields.length >= 2 ? fields : null;
}

function isTitleRow(fields: string[]): boolean {
  const roles = fields.map(columnRole);
  return roles.every((r) => r !== null) && roles.some((r) => r === 'owner' || r === 'deadline' || r === 'action');
}

/**
 * The blocks with each tab-typed table made table rows. `fieldsOf` gives a paragraph's tab fields
 * (null without a tab); `nextTable` the index the next table gets.
 */
export function tabTables(blocks: Block[], fieldsOf: (b: Block) => string[] | null, nextTable: () => number): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const header = b.kind === 'paragraph' ? fieldsOf(b) : null;
    if (!header || !isTitleRow(header)) {
      out.push(b);
      continue;
    }
    const rows: { block: Block; fields: string[] }[] = [];
    for (let k = i + 1; k < blocks.length; k++) {
      const f = blocks[k]!.kind === 'paragraph' ? fieldsOf(blocks[k]!) : null;
      if (!f || f.length > header.length) break;
      rows.push({ block: blocks[k]!, fields: f });
    }
    if (!rows.length) {
      out.push(b);
      continue;
    }
    const table = nextTable();
    const width = header.length;
    const row = (source: Block, fields: string[], isHeader: boolean): TableRowBlock => {
      const cells = [...fields, ...new Array<string>(width - fields.length).fill('')].map((f) => makeCell([f]));
      return {
        kind: 'table-row', text: rowText(cells), cells, table, page: source.page, style: source.style,
        ...(source.gapBefore ? { gapBefore: true } : {}), ...(isHeader ? { header: true } : {}),
      };
    };
    out.push(row(b, header, true), ...rows.map((r) => row(r.block, r.fields, false)));
    i += rows.length;
  }
  return out;
}
