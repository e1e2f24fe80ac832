/**
 * The one document model every reader produces (Docling's idea: one model, one backend per
 * format). Nothing after the readers knows which format a block came from; every block knows its
 * page and its exact text.
 *
 * Text in blocks is whitespace-normalised (single spaces, no leading/trailing space) so that the
 * stages after the readers can quote it: `documentText(doc)` joins every block's text, and every
 * evidence quote in a record is a substring of that text.
 */

// the format names come from the readers' registry (src/read/registry.ts): types only, no code
import type { SourceFormat } from '../read/registry.js';
export type { SourceFormat };

/** Hints a reader can give about how a block looked; all optional, absent means unknown. */
export interface BlockStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** font size in points, where the format tells it */
  size?: number;
  /** 1..6 for Word heading styles (Heading 1 = 1); absent for ordinary paragraphs */
  headingLevel?: number;
  /**
   * the bold words a block opens with when the rest is not bold ("**3. Schema.** Sara gick
   * igenom ..."): a run-in title, or a label ("**Beslut:**")
   */
  leadBold?: string;
}

/**
 * A table cell: its paragraphs (lines) in order, '' for an empty paragraph or a vertical gap
 * between two (secretaries align Ansvarig entries with the actions beside them that way).
 * `text` is the non-empty lines joined with a space.
 */
export interface Cell {
  text: string;
  lines: string[];
  /** how many grid columns the cell spans (Word gridSpan / HTML colspan); 1 when not merged */
  colSpan: number;
  /** how many rows the cell spans (merged down); 1 when not merged */
  rowSpan: number;
}

interface BlockBase {
  /** whitespace-normalised text: the paragraph, or the row's cells joined with " | " */
  text: string;
  /** 1-based page where the block starts; null when the format has no pages (txt, docx) */
  page: number | null;
  style: BlockStyle;
  /** a list item's nesting (0 = top), for list-item blocks */
  listLevel?: number;
  /** the reader saw vertical space (an empty line, a paragraph gap) before this block */
  gapBefore?: boolean;
  /**
   * the block is one line of text whose paragraph the reader could not rebuild (plain text): the
   * paragraph may go on in the next block. Blocks without it are whole paragraphs.
   */
  line?: boolean;
}

export interface HeadingBlock extends BlockBase { kind: 'heading' }
export interface ParagraphBlock extends BlockBase { kind: 'paragraph' }
export interface ListItemBlock extends BlockBase {
  kind: 'list-item';
  /** a point of a numbered list whose numbers the format keeps out of the text (Word numbering) */
  ordered?: boolean;
  /** a point of a to-do list with a check box: true ticked ("[x]", "☑": done), false open ("[ ]", "☐") */
  checked?: boolean;
}
export interface TableRowBlock extends BlockBase {
  kind: 'table-row';
  cells: Cell[];
  /** which table of the document the row belongs to (0-based, in document order) */
  table: number;
  /** the row repeats the table's header (column titles) */
  header?: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableRowBlock;

export interface MinutesDocument {
  format: SourceFormat;
  /** number of pages, where the format has them (pdf); null otherwise */
  pages: number | null;
  blocks: Block[];
  /** what the reader noticed but could not fix, in plain words */
  warnings: string[];
}

/** Single spaces, no control characters, trimmed; the canonical form of text in the model. */
export function normaliseSpace(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\t\f\v\r\n]+/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u200B\uFEFF]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Makes a cell from its lines: normalised, empty lines kept only between non-empty ones. */
export function makeCell(lines: string[], colSpan = 1, rowSpan = 1): Cell {
  const clean = lines.map(normaliseSpace);
  while (clean.length && clean[0] === '') clean.shift();
  while (clean.length && clean[clean.length - 1] === '') clean.pop();
  return { text: joinLines(clean), lines: clean, colSpan, rowSpan };
}

/**
 * Joins the lines of one paragraph or cell. A word broken at a line end ("verksamhets-" +
 * "dialog") is joined again without its hyphen, unless the part before is a name or already a
 * compound with hyphens ("Sarah-" + "rapporteringen", "chef-i-" + "beredskap").
 */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    if (!out) { out = line; continue; }
    const broken = /(?:^|\s)(\S*?)(\p{L}+)-$/u.exec(out);
    if (broken && /^\p{Ll}/u.test(line)) {
      const word = broken[1]! + broken[2]!;
      const keepHyphen = word.includes('-') || /^\p{Lu}/u.test(broken[2]!);
      out = keepHyphen ? out + line : out.slice(0, -1) + line;
    } else out += ` ${line}`;
  }
  return out;
}

/** Separator between cells in a table row's `text`. */
export const CELL_SEPARATOR = ' | ';

export function rowText(cells: Cell[]): string {
  return cells.map((c) => c.text).join(CELL_SEPARATOR);
}

/** The texts a block contributes to the document's text: a table row's cells, else its text. */
export function blockTexts(b: Block): string[] {
  return b.kind === 'table-row' ? b.cells.map((c) => c.text).filter((t) => t.length > 0) : b.text ? [b.text] : [];
}

/**
 * The document's text: every block's texts (a table row's cells one by one) joined with single
 * spaces. Stages build an item's text the same way from a run of blocks, so any quote taken from
 * an item, a cell or a block is an exact substring of this text.
 */
export function documentText(doc: MinutesDocument): string {
  return joinTexts(doc.blocks.flatMap(blockTexts));
}

export function joinTexts(texts: string[]): string {
  return texts.filter((t) => t.length > 0).join(' ');
}
