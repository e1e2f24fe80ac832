/**
 * mammoth's HTML to the document model. mammoth already resolved Word's styles: headings are
 * h1..h6, numbered and bulleted paragraphs are ul/ol/li, bold/italic/underline runs are
 * strong/em/u, tables keep colspan/rowspan. Empty paragraphs are kept (ignoreEmptyParagraphs:
 * false): at the top level they mark a gap, inside a cell they stay as '' lines so that an
 * "Ansvarig" column lines up with the actions beside it.
 */
import { BULLET, checkBoxState } from '../text/cell-kinds.js';
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import {
  makeCell,
  normaliseSpace,
  rowText,
  type Block,
  type BlockStyle,
  type Cell,
} from '../../model/document.js';
import { tabFields, tabTables } from './tab-tables.js';

/**
 * Text of a paragraph or line. A page-number field in the body ("Sida PAGE (NUMPAGES)") leaves
 * only its brackets behind, since mammoth drops field results; such leftovers count as empty.
 */
function visibleText(s: string): string {
  const text = normaliseSpace(s);
  return /^[()/\s]+$/.test(text) ? '' : text;
}

export function htmlToBlocks(html: string): Block[] {
  const builder = new BlockBuilder();
  builder.container(parse(html));
  const tableCount = builder.blocks.reduce((n, b) => (b.kind === 'table-row' ? Math.max(n, b.table + 1) : n), 0);
  let next = tableCount;
  const blocks = tabTables(builder.blocks, (b) => builder.tabFields.get(b) ?? null, () => next++);
  // tables numbered in document order again, tab-typed ones among them
  const order = new Map<number, number>();
  for (const b of blocks) if (b.kind === 'table-row' && !order.has(b.table)) order.set(b.table, order.size);
  for (const b of blocks) if (b.kind === 'table-row') b.table = order.get(b.table)!;
  return blocks;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  /** the tab-separated fields of paragraphs typed with tabs (a table typed with tab stops) */
  readonly tabFields = new Map<Block, string[]>();
  private gap = false;
  private tables = 0;

  container(el: HTMLElement): void {
    for (const node of el.childNodes) {
      if (!isElement(node)) {
        const text = normaliseSpace(node.text);
        if (text) this.push({ kind: 'paragraph', text, page: null, style: {} });
        continue;
      }
      const tag = node.rawTagName.toLowerCase();
      if (tag === 'p') this.paragraph(node);
      else if (/^h[1-6]$/.test(tag)) this.heading(node, Number(tag[1]));
      else if (tag === 'ul' || tag === 'ol') this.list(node, 0);
      else if (tag === 'table') this.table(node);
      else this.container(node);
    }
  }

  private push(block: Block): void {
    if (this.gap) block.gapBefore = true;
    this.gap = false;
    this.blocks.push(block);
  }

  private paragraph(el: HTMLElement): void {
    const raw = inlineLines(el).join(' ');
    const text = visibleText(raw);
    if (!text) {
      this.gap = true;
      return;
    }
    // "- Kalle fixar lokalen till nästa gång": a bullet typed by hand is a list item, as the text
    // and PDF readers read one
    const bullet = BULLET.exec(text);
    const checked = checkBoxState(text);
    const block: Block = bullet && text.length > bullet[0].length
      ? { kind: 'list-item', text: text.slice(bullet[0].length), page: null, style: emphasis(el), listLevel: 0, ...(checked !== undefined ? { checked } : {}) }
      : { kind: 'paragraph', text, page: null, style: emphasis(el) };
    this.push(block);
    const fields = tabFields(raw);
    if (fields) this.tabFields.set(block, fields);
  }

  private heading(el: HTMLElement, level: number): void {
    const text = visibleText(inlineLines(el).join(' '));
    if (!text) {
      this.gap = true;
      return;
    }
    this.push({ kind: 'heading', text, page: null, style: { ...emphasis(el), headingLevel: level } });
  }

  private list(el: HTMLElement, level: number): void {
    const ordered = el.rawTagName.toLowerCase() === 'ol';
    for (const li of childElements(el)) {
      const tag = li.rawTagName.toLowerCase();
      if (tag === 'ul' || tag === 'ol') {
        this.list(li, level + 1);
        continue;
      }
      const own = ownContent(li);
      const text = normaliseSpace(inlineLines(own).join(' '));
      if (text) this.push({ kind: 'list-item', text, page: null, style: emphasis(own), listLevel: level, ...(ordered ? { ordered } : {}) });
      for (const nested of childElements(li)) {
        const nestedTag = nested.rawTagName.toLowerCase();
        if (nestedTag === 'ul' || nestedTag === 'ol') this.list(nested, level + 1);
      }
    }
  }

  private table(el: HTMLElement): void {
    const table = this.tables++;
    const grid = new RowSpanGrid();
    const trs = tableRows(el).map(({ tr, inHead }) => {
      const htmlCells = childElements(tr).filter((c) => /^t[dh]$/i.test(c.rawTagName));
      return { htmlCells, marked: inHead || (htmlCells.length > 0 && htmlCells.every((c) => c.rawTagName.toLowerCase() === 'th')) };
    }).filter((r) => r.htmlCells.length > 0);
    // a file that marks every row to repeat as a header has marked none in earnest: the first row is the header
    const allMarked = trs.length > 1 && trs.every((r) => r.marked);
    for (const [k, { htmlCells, marked }] of trs.entries()) {
      const cells = grid.place(
        htmlCells.map((td) => makeCell(cellLines(td), spanOf(td, 'colspan'), spanOf(td, 'rowspan'))),
      );
      const header = allMarked ? k === 0 : marked;
      this.push({ kind: 'table-row', text: rowText(cells), page: null, style: {}, cells, table, ...(header ? { header } : {}) });
    }
  }
}

/**
 * Places a row's cells on the table grid. A cell merged down from a row above (rowspan) has no
 * td in the rows it covers; an empty placeholder cell stands in for it there, so that the i-th
 * cell of every row is the same column (the "Rubrik" cell of "Att kommunicera" spans two rows;
 * the second row's action is still its cell 1, not cell 0).
 */
class RowSpanGrid {
  /** per grid column: rows still covered by a cell above, and the covering cell's width */
  private covered: { rows: number; width: number; origin: boolean }[] = [];

  place(cells: Cell[]): Cell[] {
    const out: Cell[] = [];
    const next: typeof this.covered = this.covered.map((c) => ({ ...c, rows: Math.max(0, c.rows - 1) }));
    let col = 0;
    const fillCovered = (): void => {
      while ((this.covered[col]?.rows ?? 0) > 0) {
        const cover = this.covered[col]!;
        if (cover.origin) out.push(makeCell([], cover.width, 1));
        col++;
      }
    };
    for (const cell of cells) {
      fillCovered();
      out.push(cell);
      for (let k = 0; k < cell.colSpan; k++) {
        next[col + k] = { rows: cell.rowSpan - 1, width: cell.colSpan, origin: k === 0 };
      }
      col += cell.colSpan;
    }
    fillCovered();
    this.covered = next;
    return out;
  }
}

function tableRows(table: HTMLElement): { tr: HTMLElement; inHead: boolean }[] {
  const rows: { tr: HTMLElement; inHead: boolean }[] = [];
  for (const child of childElements(table)) {
    const tag = child.rawTagName.toLowerCase();
    if (tag === 'tr') rows.push({ tr: child, inHead: false });
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const tr of childElements(child)) {
        if (tr.rawTagName.toLowerCase() === 'tr') rows.push({ tr, inHead: tag === 'thead' });
      }
    }
  }
  return rows;
}

/** A cell's lines: one per paragraph or list item ('' for an empty paragraph); nested tables flattened. */
function cellLines(cell: HTMLElement): string[] {
  const lines: string[] = [];
  const walk = (el: HTMLElement): void => {
    for (const node of el.childNodes) {
      if (!isElement(node)) {
        const text = normaliseSpace(node.text);
        if (text) lines.push(text);
        continue;
      }
      const tag = node.rawTagName.toLowerCase();
      if (tag === 'p' || /^h[1-6]$/.test(tag)) {
        const parts = inlineLines(node).map(visibleText);
        lines.push(...(parts.length ? parts : ['']));
      } else if (tag === 'li') {
        const own = normaliseSpace(inlineLines(ownContent(node)).join(' '));
        if (own) lines.push(own);
        for (const nested of childElements(node)) walk(nested);
      } else if (tag === 'table') {
        for (const { tr } of tableRows(node)) for (const td of childElements(tr)) walk(td);
      } else {
        walk(node);
      }
    }
  };
  walk(cell);
  return lines;
}

/**
 * An element's inline text split at line breaks (<br>). Outside tables the pieces are joined
 * with a space; inside cells each piece is a line of its own.
 */
function inlineLines(el: HTMLElement): string[] {
  const lines: string[] = [''];
  const walk = (node: Node): void => {
    if (!isElement(node)) {
      if (node.nodeType === NodeType.TEXT_NODE) lines[lines.length - 1] += node.text;
      return;
    }
    const tag = node.rawTagName.toLowerCase();
    if (tag === 'br') lines.push('');
    else if (tag !== 'img') for (const child of node.childNodes) walk(child);
  };
  for (const child of el.childNodes) walk(child);
  return lines.filter((l, i) => i === 0 || normaliseSpace(l) !== '');
}

/** An li without its nested lists (their items are blocks of their own). */
function ownContent(li: HTMLElement): HTMLElement {
  const copy = new HTMLElement('span', {});
  for (const child of li.childNodes) {
    if (isElement(child) && /^(ul|ol)$/i.test(child.rawTagName)) continue;
    copy.childNodes.push(child);
  }
  return copy;
}

/** bold / italic / underline when the whole visible text of the element carries it. */
function emphasis(el: HTMLElement): BlockStyle {
  let total = 0;
  const counts = { bold: 0, italic: 0, underline: 0 };
  // the bold text the element opens with, up to its first visible text that is not bold
  let lead = '';
  let leadOpen = true;
  const walk = (node: Node, bold: boolean, italic: boolean, underline: boolean): void => {
    if (!isElement(node)) {
      const visible = node.text.replace(/\s+/g, '').length;
      if (leadOpen && visible > 0 && !bold) leadOpen = false;
      if (leadOpen) lead += node.text;
      total += visible;
      if (bold) counts.bold += visible;
      if (italic) counts.italic += visible;
      if (underline) counts.underline += visible;
      return;
    }
    const tag = node.rawTagName.toLowerCase();
    for (const child of node.childNodes) {
      walk(child, bold || tag === 'strong' || tag === 'b', italic || tag === 'em' || tag === 'i', underline || tag === 'u');
    }
  };
  for (const child of el.childNodes) walk(child, false, false, false);
  const style: BlockStyle = {};
  if (total === 0) return style;
  if (counts.bold === total) style.bold = true;
  else if (lead.trim()) style.leadBold = normaliseSpace(lead);
  if (counts.italic === total) style.italic = true;
  if (counts.underline === total) style.underline = true;
  return style;
}

function spanOf(td: HTMLElement, name: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(td.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

function childElements(el: HTMLElement): HTMLElement[] {
  return el.childNodes.filter(isElement);
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}
