/**
 * Page furniture in text made from a PDF: the header and footer every page repeats ("STORÅSENS
 * KOMMUN / Miljö- och byggnämnden / PROTOKOLL / 2 (3) / 2022-02-16", "Justerandes sign") and page
 * numbers ("1 (3)", "Sida 2 av 5"). Left in, they cut sentences in two at every page break and
 * read as numbered items ("1 (3)"). The PDF reader drops them by position; text keeps no
 * positions, so a line is furniture when it stands at about the same place from the top or the
 * bottom of two or more pages (digits may differ: page numbers and dates count as the same line).
 * "About": the last page's signature lines push its footer up a line or two.
 */
import { COLUMN_ROLES, ITEM_PART_LABEL, PAGE_FURNITURE, columnKey } from '../../lexicon/index.js';
import type { TextLine } from './lines.js';

/** how many non-empty lines from the top and the bottom of a page may be furniture */
const HEAD_LINES = 8;
const FOOT_LINES = 5;
/** how many lines a repeated line may move between pages and still be the same furniture */
const PLACE_TOLERANCE = 2;
/** "1 (3)", "Sida 2 av 5", "2/4", "- 3 -": a page number, furniture wherever a page starts or ends */
const isPageNumber = (text: string) => PAGE_FURNITURE.some((re) => re.test(text));
/**
 * Lines that repeat at the top of pages without being furniture: a table's column titles (the
 * table reader joins a table's pages by them; a title among titles, since a running header's
 * "Minnesanteckningar" alone is no table), the label of an item's part that two pages open with
 * ("Kommunstyrelsens beslut"), a paragraph number alone on its line ("§ 101"), and single short
 * words that happen to end two pages ("Alla" in an Ansvarig cell).
 */
const namesColumn = (text: string) => COLUMN_ROLES.some((c) => c.pattern.test(columnKey(text)));
/** a column title alone on its line */
const isColumnTitle = (text: string | undefined) => text !== undefined && text.length <= 40 && !/:\s*\S/u.test(text) && namesColumn(text);
function mayBeFurniture(lines: TextLine[], k: number): boolean {
  const text = lines[k]!.text;
  const near = (step: number) => { for (let j = k + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text) return lines[j]!.text; return undefined; };
  // (a -layout line holds its row's cells: it stays the header row it reads as, where two or more
  // of its cells name columns; "Minnesanteckningar VLG 2026-03-17   Sida 1 av 2" is a footer)
  const cells = lines[k]!.raw.trim().split(/\s{2,}/u);
  const inHeaderRow = namesColumn(text) && ((text.length > 40 && cells.filter(namesColumn).length >= 2) || isColumnTitle(near(-1)) || isColumnTitle(near(1)));
  return !inHeaderRow && !ITEM_PART_LABEL.test(text) && !PARAGRAPH_NUMBER.test(text) && (text.length >= 8 || /\d/u.test(text) || /\s/u.test(text));
}
/**
 * "§ 101" opening two pages is two items, not a running header: digits count as the same line;
 * so are "Pu § 40" and "Ärende 3" at the foot of two pages (plain pdftotext may print the next
 * page's number there), and the diary numbers under them ("Dnr KS 2024/0034")
 */
const PARAGRAPH_NUMBER = /^(?:(?:\p{Lu}\p{L}{0,5}\s+)?§\s*\d+\s*\p{L}?|(?:ärende|punkt)\s+\d+|(?:dnr|diarienr)\.?\s.*\d)$/iu;

/** an older protocol's uppercase title, typed in the left margin */
const MARGIN_TITLE = /^[\p{Lu}\d][\p{Lu}\d ,./&–-]{2,60}$/u;

const keyOf = (line: TextLine) => line.text.toLowerCase().replace(/\d+/gu, '#');

interface Zone {
  page: number;
  /** indexes into the lines, top to bottom */
  head: number[];
  /** indexes into the lines, bottom to top */
  foot: number[];
}

function zones(lines: TextLine[]): Zone[] {
  const byPage = new Map<number, number[]>();
  lines.forEach((line, k) => {
    if (!line.text) return;
    const list = byPage.get(line.page) ?? [];
    list.push(k);
    byPage.set(line.page, list);
  });
  return [...byPage].map(([page, ks]) => ({ page, head: ks.slice(0, HEAD_LINES), foot: ks.slice(-FOOT_LINES).reverse() }));
}

/** "1 (4)", "Sida 2 av 4", "3/4", "Sida 2": the page number and the page count a page-number line gives. */
function pageNumberOf(text: string): { page: number; of: number | null } | null {
  if (!isPageNumber(text)) return null;
  const [page, of] = (text.match(/\d+/gu) ?? []).map(Number);
  // "Sida 2" names its page without the count
  if (page !== undefined && of === undefined && /^sid/iu.test(text)) return { page, of: null };
  return page !== undefined && of !== undefined ? { page, of } : null;
}

/**
 * Page-number lines that give their own page's number (and the document's page count) stand
 * anywhere on the page: pdftotext may print a header cell after the text beside it ("1 (4)" under
 * the front page's form grid), far from the page's top.
 */
function numberedPages(lines: TextLine[], pages: Zone[]): number[] {
  const ordinal = new Map(pages.map((z, i) => [z.page, i + 1]));
  const out: number[] = [];
  lines.forEach((line, k) => {
    const n = line.text ? pageNumberOf(line.text) : null;
    if (n && (n.of === null || n.of === pages.length) && n.page === ordinal.get(line.page)) out.push(k);
  });
  return out;
}

/** Lines (by index) that are page furniture. The first page keeps its header (the body and date
 * the header reader needs) but loses its page number and footer. */
export function pageFurniture(lines: TextLine[]): Set<number> {
  const pages = zones(lines);
  const out = new Set<number>(numberedPages(lines, pages));
  if (pages.length < 2) {
    // one page repeats nothing, but may still number itself at its top or bottom ("1 (1)")
    for (const zone of pages) for (const k of [...zone.head, ...zone.foot]) if (isPageNumber(lines[k]!.text)) out.add(k);
    return out;
  }
  for (const side of ['head', 'foot'] as const) {
    // key -> where it stands: page and place from the edge
    const seen = new Map<string, { page: number; at: number }[]>();
    for (const zone of pages) {
      zone[side].forEach((k, at) => {
        const key = keyOf(lines[k]!);
        seen.set(key, [...(seen.get(key) ?? []), { page: zone.page, at }]);
      });
    }
    const repeatedElsewhere = (line: TextLine, page: number, at: number) =>
      (seen.get(keyOf(line)) ?? []).some((p) => p.page !== page && Math.abs(p.at - at) <= PLACE_TOLERANCE);
    for (const zone of pages) {
      // furniture runs from the page's edge inwards: the first line that is neither repeated nor
      // a page number is the page's own text, and so is everything after it; only an uppercase
      // title in the margin, which plain pdftotext may print among the header's lines
      // ("KÅLLBY KOMMUN / … / JUSTERINGSMÄN / SAMMANTRÄDESPROTOKOLL / Blad 2"), is stepped over once
      let steppedOver = false;
      for (const [at, k] of zone[side].entries()) {
        const line = lines[k]!;
        const repeated = mayBeFurniture(lines, k) && repeatedElsewhere(line, zone.page, at);
        if (isPageNumber(line.text)) out.add(k);
        else if (!repeated) {
          const next = zone[side][at + 1];
          if (side === 'head' && !steppedOver && MARGIN_TITLE.test(line.text) && next !== undefined && mayBeFurniture(lines, next) && repeatedElsewhere(lines[next]!, zone.page, at + 1)) { steppedOver = true; continue; }
          break;
        }
        else if (side === 'foot' || zone.page !== pages[0]!.page) out.add(k);
      }
    }
  }
  return out;
}

/** The lines without their page furniture; a page's first line keeps its page-start mark. */
export function withoutPageFurniture(lines: TextLine[]): TextLine[] {
  const furniture = pageFurniture(lines);
  if (!furniture.size) return lines;
  const out: TextLine[] = [];
  let carryPageStart = false;
  lines.forEach((line, k) => {
    if (furniture.has(k)) {
      carryPageStart ||= line.pageStart;
      return;
    }
    out.push(carryPageStart && line.text ? { ...line, pageStart: true } : line);
    if (line.text) carryPageStart = false;
  });
  return out;
}
