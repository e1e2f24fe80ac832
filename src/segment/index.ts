/**
 * Segment stage: the document's blocks become the meeting header and its agenda items. Minutes
 * come in two shapes: running text with item headings, or a table with one row per item. The
 * header is everything before the first item.
 */
import { ATTENDANCE_LABELS, DOCUMENT_TYPES, HEADER_LABELS, TRAILING_SECTION_TITLES, columnRole, isWholeColumnTitle } from '../lexicon/index.js';
import { blockTexts, type Block, type MinutesDocument } from '../model/document.js';
import { joinContinuedItems } from './continued-items.js';
import { formItemsAsText } from './form-items.js';
import { readHeader } from './header.js';
import { splitRunInTitles, splitUnnumberedRunInLines } from './run-in-titles.js';
import { headingItems, isSectionLabel } from './items.js';
import { lineColumnsOf } from './line-columns.js';
import { attachTaskTables, contentTables, expandSubItemTables, findTableHeader, tableItems } from './table.js';
import type { SegmentedItem, SegmentedMinutes } from './types.js';

/** "Närvarande: …", "Övriga:": a line that opens an attendance list with its label */
const opensAttendanceList = (b: Block) => b.kind !== 'table-row' && ATTENDANCE_LABELS.some((l) => l.pattern.test(b.text.replace(/:.*$/su, '').trim()));

export function segment(doc: MinutesDocument): SegmentedMinutes {
  const blocks = formItemsAsText(doc.blocks);
  const found = segmentBlocks(splitRunInTitles(blocks));
  // run-in titles with no numbers ("Ungdomsdialog. Beredningen …" in plain text, "**Sommarboken:**
  // Förra året …" in bold): read so only where nothing else was found, or where one heading alone
  // was (a closing "Att göra till nästa gång" over its list) and the run-in titles are several
  if (found.items.length > 1) return found;
  const runIn = segmentBlocks(splitUnnumberedRunInLines(splitRunInTitles(blocks, true)));
  return found.items.length === 0 || runIn.items.length >= 3 ? runIn : found;
}

function segmentBlocks(blocks: Block[]): SegmentedMinutes {
  const warnings: string[] = [];
  let items: SegmentedItem[];
  let headerEnd: number;

  let table = findTableHeader(blocks);
  // a table found by its numbered rows alone, with numbered headings after it, is the agenda
  // those headings follow (a Dagordning set as a table), not the items
  if (table && !table.header && headingItems(blocks, tableItems(blocks, table.index, table).end).items.filter((it) => it.number !== null).length >= 2) table = null;
  const running = headingItems(blocks, 0);
  const numberedFirst = running.items.length > 0 && running.items[0]!.number !== null;
  // a table between item headings ("Status i delprojekten" over a Delprojekt | Status | Vem | När
  // table, more headings after it) belongs to the item over it: the headings are the items
  // (a table of numbered rows, "§ 112 | JUSTERING …", is the items whatever short lines stand around it)
  if (table && table.header && tableBetweenHeadings(blocks, running.items, table.index)) table = null;
  if (table && !(numberedFirst && running.start < table.index)) {
    const t = tableItems(blocks, table.index, table);
    items = t.items;
    headerEnd = table.index;
    // items after the table in running text (a closing "Nästa möte" heading and the like)
    if (t.end < blocks.length) {
      // that look like items: numbered, styled as headings, or a closing section's title (in
      // plain text every short line after a gap would do, the signature lines among them)
      const after = headingItems(blocks, t.end).items.filter((it) =>
        it.number !== null || it.heading?.kind === 'heading' || it.heading?.style.bold === true || TRAILING_SECTION_TITLES.test(it.title));
      // a Dagordning set as a table ("Nr | Punkt | Föredragande") whose titles come again as the
      // headings after it: the table lists the items, the headings hold them
      if (after.length >= 2 && repeatsTitles(items, after)) items = after;
      else if (after.length) items = [...items, ...after];
    }
  } else if (numberedFirst) {
    items = running.items;
    headerEnd = running.start;
  } else {
    headerEnd = headerEndOfUnnumbered(blocks);
    const r = headingItems(blocks, headerEnd);
    items = r.items;
    // an attendance list between the header's last line and the first item ("Med på mötet:" under
    // an e-mail's greeting) is the header's still
    const listBefore = blocks.slice(headerEnd, r.start).some(opensAttendanceList);
    headerEnd = listBefore ? r.start : Math.min(headerEnd, r.start);
    // "Ledningsgruppens möte" styled as a heading over the date and the attendance lists: the
    // document's title, and what it holds is the header
    // (the only such heading: the minutes have no item headings, and other readings are tried)
    // ("Ravelsjö kommun" in bold over it: the organisation's line, no item either)
    const holdsAttendance = (it: SegmentedItem) => it.blocks.some(opensAttendanceList);
    const titled = items.findIndex(holdsAttendance);
    if (titled >= 0 && titled <= 1 && items.slice(0, titled).every((it) => !it.blocks.length)) {
      const next = items[titled + 1]?.heading ? blocks.indexOf(items[titled + 1]!.heading!) : -1;
      if (next > 0 || items.length === titled + 1) {
        items = items.slice(titled + 1);
        headerEnd = next > 0 ? next : blocks.length;
      }
    }
  }

  // task tables in the items' bodies become their tasks; a closing list of them sums up the items
  // a heading over a table of its lettered sub-items ("6 a", "6 b") only groups them
  items = attachTaskTables(expandSubItemTables(joinContinuedItems(items)));
  if (!items.length) warnings.push('no agenda items were found: the document has no numbered or styled item headings and no minutes table');
  if (printedColumnByColumn(blocks)) warnings.push('the text holds a table printed one column after another (as pdftotext without -layout writes it): its rows cannot be put together again, so items, owners and dates in it may be missing or misplaced; read the PDF instead, or convert it with pdftotext -layout');
  return {
    header: readHeader(blocks.slice(0, headerEnd)),
    items,
    yearsMentioned: yearsMentioned(blocks),
    lineColumns: lineColumnsOf(blocks),
    warnings,
  };
}

/** Whether most of a table's items come again, by their titles, among the headings after it. */
function repeatsTitles(listed: SegmentedItem[], after: SegmentedItem[]): boolean {
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
  const titles = new Set(after.map((it) => key(it.title)));
  return listed.length >= 2 && listed.filter((it) => titles.has(key(it.title))).length >= 0.6 * listed.length;
}

/** Whether an item heading stands before the table and two or more after it. */
function tableBetweenHeadings(blocks: Block[], items: SegmentedItem[], tableAt: number): boolean {
  const at = items.filter((it) => it.heading !== undefined).map((it) => blocks.indexOf(it.heading!));
  return at.some((i) => i >= 0 && i < tableAt) && at.filter((i) => i > tableAt).length >= 2;
}

const isHeaderish = (b: Block, content: Set<number>) => {
  // the rows of a minutes or task table are content, whatever dates they hold
  if (b.kind === 'table-row' && content.has(b.table)) return false;
  const t = b.text;
  const label = t.replace(/:.*$/, '').trim();
  // a sentence that mentions the minutes ("... justera dagens protokoll.") is content, not header
  if (/[.!?]$/.test(t) && t.split(/\s+/).length > 4) return false;
  // a wrapped line of running text that ends one sentence and starts the next ("Minnesanteckningarna
  // från 21 augusti gicks igenom och lades till handlingarna. Frågan om")
  if (/[.!?]\s+\p{Lu}/u.test(t) && t.split(/\s+/).length > 8) return false;
  // "Föregående mötesprotokoll", "Justering av protokollet": agenda items about minutes, not the header
  if (/^(?:föregående|förra|justering|godkännande|val av|genomgång|uppföljning)\b/iu.test(t)) return false;
  // "Minnesanteckningarna från presidiets möte den 14 april …": minutes in the definite form are
  // earlier ones the item speaks of; the document names itself without the article
  if (/^(?:minnesanteckningarna|anteckningarna|protokollet|protokollen)\s+(?:från|för|vid)(?![\p{L}])/iu.test(t)) return false;
  // "Välkommen och föregående anteckningar": an item about the last minutes, wherever it says so
  if (/(?<![\p{L}])(?:föregående|förra|senaste)\s+(?:mötets\s+)?(?:\p{L}*anteckningar|\p{L}*protokoll(?:et)?)(?![\p{L}])/iu.test(t) && !/[.!?]$/.test(t)) return false;
  return DOCUMENT_TYPES.some((d) => d.pattern.test(t))
    || /(?<![\d-])(?:19|20)\d\d-\d\d-\d\d(?![\d-])/.test(t)
    || /\bden \d{1,2} \p{L}+ (?:19|20)\d\d\b/u.test(t)
    || ATTENDANCE_LABELS.some((l) => l.pattern.test(label))
    || Object.values(HEADER_LABELS).some((re) => re.test(label));
};

/**
 * Where the header of unnumbered minutes ends: after the last line among the first ones that
 * names the document, its date, a header label or an attendance list (with the list itself),
 * and before the first section label ("Information:").
 */
function headerEndOfUnnumbered(blocks: Block[]): number {
  const limit = Math.min(blocks.length, 30);
  const content = contentTables(blocks);
  let end = 0;
  let inList = false;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    // (a section's label opens the minutes' content: "Information:" over items, or "Maten:" as
    // the first of points titled so)
    if (isSectionLabel(b) && !isHeaderish(b, content)) return i;
    // an attendance list wrapped onto the next line goes on ("… Jonas Berg" over "(skyddsombud),
    // Birgitta Holm och Li Wang. Oskar Nyström … var med" over "under punkten om läxhjälp.")
    // (or after a line that ended in a comma or "och": "… Tove Ek och" over "Jamal Said. …")
    if (inList && b.line && (/^[\p{Ll}(]/u.test(b.text) || /(?:,|\soch)$/u.test(blocks[i - 1]!.text))) { end = i + 1; continue; }
    // a paragraph of running text is the minutes' content: a label after it ("Vid anteckningarna:
    // Erik Sand" under the last item of a short document) closes them, it is no header
    if (isRunningText(b) && !isHeaderish(b, content)) return end;
    if (isHeaderish(b, content)) { end = i + 1; inList = ATTENDANCE_LABELS.some((l) => l.pattern.test(b.text.replace(/:.*$/, '').trim())); continue; }
    if (inList && (/\(\p{Lu}{2,4}\)|,/u.test(b.text) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?: \p{Ll}+)?$/u.test(b.text))) { end = i + 1; continue; }
    inList = false;
  }
  return end;
}

/**
 * Running text: a long paragraph or bullet point that ends a sentence, or a line of text with a
 * sentence's end inside (a bullet of full sentences is the minutes' content as much as a paragraph:
 * a PDF's footer "Kontaktcenter LG-anteckningar v. 11" after them had held the whole page in the header)
 */
const isRunningText = (b: Block) => (b.kind === 'paragraph' || b.kind === 'list-item') && b.text.split(/\s+/u).length > (b.line ? 8 : 12)
  && (b.line ? /\p{Ll}[.!?]\s+\p{Lu}\p{Ll}/u.test(b.text) : /[.!?]$/u.test(b.text));

/** Years the document's dates point to, most frequent first. */
function yearsMentioned(blocks: Block[]): number[] {
  const counts = new Map<number, number>();
  for (const b of blocks)
    for (const t of blockTexts(b))
      for (const m of t.matchAll(/(?<![\d-])(20\d\d)(?![\d])/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

/**
 * Plain text where a table's columns follow each other ("Nr", "1", "2", … then "Ärende", … then
 * "Vem", …): three or more lines that are only a column title, with the first column's values
 * between the first two. The reader cannot rebuild the rows; the user is told so.
 */
function printedColumnByColumn(blocks: Block[]): boolean {
  const titles = blocks.map((b, i) => (b.line && b.kind !== 'table-row' && isWholeColumnTitle(b.text) && columnRole(b.text) !== null ? i : -1)).filter((i) => i >= 0);
  if (titles.length < 3) return false;
  // the values of one column between two titles are short lines: numbers, words of a title
  return titles.some((t, k) => k + 1 < titles.length && titles[k + 1]! - t >= 4 && blocks.slice(t + 1, titles[k + 1]).every((b) => b.text.length <= 60));
}
