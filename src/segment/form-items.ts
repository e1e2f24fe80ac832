/**
 * Items kept as boxed forms, one small two-column table per item ("Ärende 4 | Ny organisation för
 * nattpatrullen" over "Typ | MBL § 11", "Redovisning | …", "Beslut / åtgärd | …"), as an FSG's
 * protocol often is. Each form's number row becomes the item's heading and each label row a
 * labelled part under it: the minutes then read as the same minutes do in plain text.
 */
import type { Block, TableRowBlock } from '../model/document.js';
import { BARE_SECTION } from './headings.js';
import { NUMBER_ALONE } from './rules/index.js';

/** a label of a form's row: a few words, no sentence ("Parternas synpunkter", "Beslut / åtgärd") */
const FORM_LABEL = /^[\p{L}][\p{L} /-]{1,40}$/u;

/** a form's row that numbers its item: "Ärende 4", "Punkt 2", "§ 12" beside its title */
const isNumberRow = (b: Block): boolean => {
  const label = b.kind === 'table-row' && b.cells.length === 2 && b.cells[1]!.text.trim() !== '' ? b.cells[0]!.text.trim() : null;
  return label !== null && (NUMBER_ALONE.test(label) || BARE_SECTION.test(label));
};

export function formItemsAsText(blocks: Block[]): Block[] {
  const tables = new Set<number>();
  for (const b of blocks) if (b.kind === 'table-row' && isNumberRow(b)) tables.add(b.table);
  // (one form per item: a number row in each table, or several in one long one; a form has its
  // labelled parts under the number, where a table of "§ 7 | Val av justerare …" rows has none)
  const numbers = blocks.filter(isNumberRow).length;
  const labels = blocks.filter((b) => b.kind === 'table-row' && tables.has(b.table) && b.cells.length === 2 && !isNumberRow(b) && FORM_LABEL.test(b.cells[0]!.text.trim())).length;
  if (numbers < 2 || labels < numbers) return blocks;
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table-row' || !tables.has(b.table) || b.cells.length !== 2) return [b];
    const base = { page: b.page, style: {}, gapBefore: true } as const;
    const [label, value] = b.cells as [TableRowBlock['cells'][number], TableRowBlock['cells'][number]];
    const name = label.text.trim();
    if (isNumberRow(b)) return [{ ...base, kind: 'paragraph', text: `${name} ${value.text.trim()}`, style: { bold: true } }];
    if (!FORM_LABEL.test(name)) return [b];
    const lines = value.lines.map((l) => l.trim()).filter(Boolean);
    // ("Typ | –": a part left empty)
    if (!lines.length || /^[–—-]$/u.test(lines.join(''))) return [];
    if (lines.length === 1 && lines[0]!.length <= 60) return [{ ...base, kind: 'paragraph', text: `${name}: ${lines[0]}` }];
    return [{ ...base, kind: 'paragraph', text: `${name}:` }, ...lines.map((text): Block => ({ kind: 'paragraph', text, page: b.page, style: {} }))];
  });
}
