import type { TableColumnRole } from '../lexicon/index.js';
import type { Block } from '../model/document.js';
import type { Person } from '../record/schema.js';

/** What the document's opening says about the meeting, before any resolution. */
export interface MeetingHeader {
  title: string | null;
  body: string | null;
  organisation: string | null;
  documentType: 'protokoll' | 'minnesanteckningar' | null;
  /** ISO date when the header states one */
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  secretary: Person | null;
  participants: Person[];
  /** the codes of the parties the minutes give tasks to ("B", "K", "E" of a byggmöte), where they define them */
  parties: string[];
}

/** Roles a minutes table's columns can play, from their header words (lexicon: COLUMN_ROLES) or their cells. */
export type ColumnRole = TableColumnRole | 'other';

/** One cell of a table item, with the role its column plays. */
export interface ItemCell {
  role: ColumnRole;
  /** the cell's text; cells of continuation rows are appended after a space */
  text: string;
  /** the cell's paragraphs, '' between them where the secretary left an empty one */
  lines: string[];
  /** the column is the meeting's decisions ("Beslut"): each sentence of the cell is one */
  decisions?: true;
}

/** An agenda item as the segmenter found it: its heading parts and its own blocks. */
export interface SegmentedItem {
  number: string | null;
  title: string;
  presenters: string[];
  itemTypes: ('information' | 'diskussion' | 'beslut')[];
  page: number | null;
  /** the item's body: paragraphs and list items after its heading (not the heading itself) */
  blocks: Block[];
  /** for items that are table rows: the row's cells (continuation rows merged in), by column role */
  cells: ItemCell[];
  /**
   * the rows of a task table in the item's body ("Aktivitet | Ansvarig | Klar senast", "Vad | Vem |
   * När"), by column role: one task each (extract/table-row.ts). The rows stay in `blocks` too.
   */
  taskRows?: ItemCell[][];
  /** the heading block itself, when the title came from a line of the body text */
  heading?: Block;
}

export interface SegmentedMinutes {
  header: MeetingHeader;
  items: SegmentedItem[];
  /** years the document's own dates point to, most frequent first (for the reference year) */
  yearsMentioned: number[];
  /** the columns each line carries after its text, where a line of column titles set them at tab stops ("Punkt  Ansv  Klart") */
  lineColumns: TableColumnRole[] | null;
  warnings: string[];
}
