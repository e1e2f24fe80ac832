/**
 * The runs of text an item is read in. In running minutes: consecutive paragraphs joined (a
 * sentence may wrap over lines), each list item on its own, short labels on their own. In a
 * minutes table: each cell, with the role of its column. Every unit's text is an exact substring
 * of the document text, and knows the page where each of its parts starts.
 */
import { joinTexts, type Block } from '../model/document.js';
import { DECISION_COLUMN, ITEM_PART_LABEL, LINE_LABEL, columnKey, columnRole, isColumnTitleLine } from '../lexicon/index.js';
import { NOTE_NUMBER } from '../segment/rules/index.js';
import { isHeaderRow } from '../segment/table-roles.js';
import type { ColumnRole, ItemCell, SegmentedItem } from '../segment/types.js';

export interface TextUnit {
  text: string;
  role: ColumnRole | 'body';
  /** [offset in text, page] for each part, in order */
  pages: [number, number | null][];
  /** the unit was a list item */
  listItem: boolean;
  /** a to-do list's point with a check box: open ("[ ] Anna: …", a task) or ticked ("[x] Peter: …", done, no task) */
  checkBox?: 'open' | 'done';
  /** the unit is a cell of a table inside running text (a list of cases, of delegation decisions) */
  inTable?: boolean;
  /**
   * what the cell's column holds, where the table's header row says: "decision" under "Beslut"
   * (each sentence a decision of the meeting), "action" under "Nästa steg"/"Åtgärd" (each sentence
   * a task of its subject), "context" under anything else ("Status", "Delprojekt")
   */
  column?: 'decision' | 'action' | 'context';
  /** a cell of a list of delegation decisions: text of the item, decisions taken elsewhere */
  reported?: boolean;
}

/** A column's meaning from its title, for the cells of a table inside running text. */
function columnOf(title: string): TextUnit['column'] {
  if (DECISION_COLUMN.test(columnKey(title))) return 'decision';
  return columnRole(title) === 'action' ? 'action' : 'context';
}

export function pageAt(unit: TextUnit, offset: number): number | null {
  let page = unit.pages[0]?.[1] ?? null;
  for (const [start, p] of unit.pages) if (start <= offset) page = p;
  return page;
}

/** A short line that stands on its own: a label ("Beslut:", "Förslag till beslut") or a sub-heading. */
const isLabelLine = (b: Block) => LINE_LABEL.test(b.text) || ITEM_PART_LABEL.test(b.text) || (b.text.length <= 60 && /:$/.test(b.text));

/**
 * What is left of a table in plain text ("2025/305", "SH", "Avskrivs": a cell's word or two on a
 * line of its own) ends the run: the sentence on the next line starts afresh
 * ("Kommunstyrelsen beslutar att godkänna redovisningen av delegationsbesluten.").
 */
const CELL_FRAGMENT = /^[\p{Lu}\d][\p{L}\d/.:-]*(?:\s+[\p{Lu}\d][\p{L}\d/.:-]*)?$/u;
function startsAfterCellText(prev: Block, b: Block): boolean {
  return prev.line === true && b.line === true && CELL_FRAGMENT.test(prev.text.trim()) && /^\p{Lu}\p{Ll}/u.test(b.text) && b.text.trim().split(/\s+/).length >= 4;
}

export function itemUnits(item: SegmentedItem): TextUnit[] {
  if (item.cells.length) return item.cells.flatMap((c) => cellUnits(c, item.page));
  const units: TextUnit[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (!run.length) return;
    const pages: [number, number | null][] = [];
    let offset = 0;
    for (const b of run) {
      pages.push([offset, b.page]);
      offset += b.text.length + 1;
    }
    units.push({ text: joinTexts(run.map((b) => b.text)), role: 'body', pages, listItem: false });
    run = [];
  };
  // the column titles of each table, from its header row: they are no text of their own
  const columns = new Map<number, TextUnit['column'][]>();
  // tables of delegation decisions ("… | Delegat | Datum"): decisions taken elsewhere
  const reports = new Set<number>();
  // set under a line of column titles ("Åtgärd – Vem – När"): the lines after it set out the same
  // way are its rows, one unit each (a row that ends in a dash goes on in the next line)
  let dashRows = false;
  for (const block of item.blocks) {
    // "4.2.2 Beslut: All specialkost märks …": a note numbered as text opens a unit of its own,
    // read without its number
    const note = block.kind === 'table-row' ? null : NOTE_NUMBER.exec(block.text);
    if (note) flush();
    const b: Block = note ? { ...block, text: block.text.slice(note[0].length), gapBefore: true } : block;
    if (b.kind === 'paragraph' && isColumnTitleLine(b.text)) {
      flush();
      units.push({ text: b.text, role: 'body', pages: [[0, b.page]], listItem: false });
      dashRows = true;
      continue;
    }
    if (dashRows && b.kind === 'paragraph') {
      const last = units[units.length - 1]!;
      if (last.listItem && /\s[–—-]$/u.test(last.text)) { units[units.length - 1] = { ...last, text: `${last.text} ${b.text}`, pages: [...last.pages, [last.text.length + 1, b.page]] }; continue; }
      if (DASH_ROW.test(b.text)) { units.push({ text: b.text, role: 'body', pages: [[0, b.page]], listItem: true }); continue; }
    }
    dashRows = false;
    if (b.kind === 'table-row') {
      flush();
      if (b.header || (!columns.has(b.table) && isHeaderRow(b))) {
        if (!columns.has(b.table)) columns.set(b.table, b.cells.map((c) => columnOf(c.text)));
        if (b.cells.some((c) => columnRole(c.text) === 'delegate')) reports.add(b.table);
        continue;
      }
      const titles = columns.get(b.table);
      b.cells.forEach((c, k) => {
        if (c.text) units.push({ text: c.text, role: 'body', pages: [[0, b.page]], listItem: false, inTable: true, column: titles?.[k], ...(reports.has(b.table) ? { reported: true } : {}) });
      });
    } else if (b.kind === 'list-item' || b.kind === 'heading' || isLabelLine(b)) {
      flush();
      // a labelled line of plain text that breaks off mid-sentence ("Beslut: Nämnden beslutar att
      // ... på biblioteket, i") goes on in the lines after it
      if (b.line && b.kind !== 'heading' && b.kind !== 'list-item' && b.text.length > 60 && !/[.!?:;]$/.test(b.text)) {
        run.push(b);
        continue;
      }
      units.push({ text: b.text, role: 'body', pages: [[0, b.page]], listItem: b.kind === 'list-item', ...(b.kind === 'list-item' && b.checked !== undefined ? { checkBox: b.checked ? 'done' as const : 'open' as const } : {}) });
    } else {
      // a whole paragraph stands alone; lines of plain text join until a gap starts a new paragraph
      const prev = run[run.length - 1];
      if (prev && (!prev.line || !b.line || (b.gapBefore && (/[.!?:]$/.test(prev.text) || /^[\p{Lu}\d]/u.test(b.text))) || startsAfterCellText(prev, b))) flush();
      run.push(b);
      // "… fasadritningar för huvudentrén. Ansv: Arkitekten, v.23": a line that ends in its task's
      // owner ends the paragraph, though it ends in no full stop
      if (b.line && OWNER_LABEL_ENDS_LINE.test(b.text)) flush();
    }
  }
  flush();
  return units.flatMap(splitAtOwnerLabel);
}

/** "Beställa geoteknisk undersökning – Erik S – vecka 39": a row of a list set out with dashes */
const DASH_ROW = /\S\s[–—-]\s\S/u;

/** "Ansv: JH", "Klart: i slutet av april": a label line inside a notes cell, naming who and when for the text over it */
const CELL_LABEL_LINE = /^(?:ansv|ansvarig|ansvariga|ansvar|klart senast|klart till|klart|klar|deadline|tidplan)\s*[.:]/iu;

/**
 * A cell of a minutes table. A notes cell that holds its tasks' "Ansv:" and "Klart:" lines
 * ("JH tar fram programmet …" / "Ansv: JH" / "Klart: i slutet av april") is read as running text
 * is: the text, then each label line as a unit of its own.
 */
function cellUnits(c: ItemCell, page: number | null): TextUnit[] {
  const whole: TextUnit = { text: c.text, role: c.role, pages: [[0, page]], listItem: false, ...(c.decisions ? { column: 'decision' as const } : {}) };
  if (c.role !== 'notes' || !c.lines.some((l) => CELL_LABEL_LINE.test(l.trim()))) return [whole];
  const units: TextUnit[] = [];
  let run: string[] = [];
  const flush = () => { if (run.length) units.push({ ...whole, text: joinTexts(run) }); run = []; };
  for (const line of c.lines.map((l) => l.trim()).filter(Boolean)) {
    if (CELL_LABEL_LINE.test(line)) { flush(); units.push({ ...whole, text: line }); } else run.push(line);
  }
  flush();
  return units;
}

/** a line that ends in an owner label and its value: "… för huvudentrén. Ansv: Arkitekten, v.23" */
const OWNER_LABEL_ENDS_LINE = /(?:^|[.!?]\s+)(?:ansvarig|ansvariga|ansv)\s*[.:]\s*[^:]{1,40}$/iu;

/** " Ansvarig:" / " Ansv:" after a sentence's end inside a paragraph: the label of a line of its own */
const INLINE_OWNER_LABEL = /(?<=[.!?])\s+(?=(?:ansvarig|ansvariga|ansv)\s*[.:])/iu;

/**
 * "Åtgärd: Ny kalkyl tas fram. Ansvarig: Karl Ek. Klart: 30/4." typed as one paragraph: the
 * owner label starts a unit of its own, as it does on a line of its own.
 */
function splitAtOwnerLabel(unit: TextUnit): TextUnit[] {
  if (unit.role !== 'body' || unit.inTable) return [unit];
  const at = unit.text.search(INLINE_OWNER_LABEL);
  if (at <= 0) return [unit];
  const owner = unit.text.slice(at).trim();
  return [{ ...unit, text: unit.text.slice(0, at) }, { ...unit, text: owner, pages: [[0, pageAt(unit, at)]] }];
}
