/**
 * Page furniture: running headers and footers, page numbers and contact footers. They repeat on
 * every page and would otherwise cut through the text wherever a page breaks.
 *
 * - Page numbers in all their forms ("Sida 2/4", "Sida 2 (6)", "SID 2(4)", "2 (3)", a lone
 *   "Sida" label) go wherever they sit near the top or bottom edge; the number must be the page's
 *   own, so body text that happens to look like one stays.
 * - Lines near the top or bottom edge that repeat (digits aside) at the same height on several
 *   pages are running headers/footers.
 * - Address and contact lines near the bottom edge ("Kontaktcenter ∙ Postadress ...") go too.
 * The first page's header is where a document says whose minutes these are, of which meeting and
 * of what kind, so page 1 keeps its header lines (as separate pieces, page number removed).
 */
import type { Line, Segment } from './types.js';

/** Share of the page height, from the top and from the bottom edge, where furniture may sit. */
const TOP_BAND = 0.2;
const BOTTOM_BAND = 0.15;

export interface PageFrame {
  number: number;
  /** [left, bottom, right, top] */
  box: [number, number, number, number];
}

export type Band = 'top' | 'bottom' | null;

export function bandOf(frame: PageFrame, y: number): Band {
  const [, bottom, , top] = frame.box;
  const height = top - bottom;
  if (y >= top - TOP_BAND * height) return 'top';
  if (y <= bottom + BOTTOM_BAND * height) return 'bottom';
  return null;
}

const LABEL = String.raw`(?:sida|sid|s\.|page|p\.|blad)`;
const OF = String.raw`(?:\/|av|of|\()`;
const NUMBERED = [
  new RegExp(String.raw`^${LABEL}?\s*(\d{1,4})\s*${OF}\s*(\d{1,4})\s*\)?$`, 'i'), // Sida 2/4, SID 2(4), 2 (3), 2 av 4
  new RegExp(String.raw`^${LABEL}\s*(\d{1,4})$`, 'i'), // Sida 2
  /^[-–]\s*(\d{1,4})\s*[-–]$/, // - 2 -
];
const LABEL_ONLY = new RegExp(String.raw`^${LABEL}$`, 'i');

/**
 * Whether a piece of text is this page's number. A bare number counts only when told that it is
 * alone at the very top or bottom of the page.
 */
export function isPageNumber(text: string, page: number, pageCount: number, bareNumberAllowed = false): boolean {
  const t = text.trim();
  if (LABEL_ONLY.test(t)) return true;
  for (const pattern of NUMBERED) {
    const m = pattern.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    const total = m[2] === undefined ? null : Number(m[2]);
    return n === page && (total === null || (total >= page && total <= Math.max(pageCount, page) * 4));
  }
  return bareNumberAllowed && /^\d{1,4}$/.test(t) && Number(t) === page;
}

/** A page number at the end of other text: "Protokoll 2024-05-06 Sida 2 (4)", "... 2/4". */
const TRAILING_NUMBER = new RegExp(String.raw`\s+(?:${LABEL}\s*)?(\d{1,4})\s*${OF}\s*(\d{1,4})\s*\)?$|\s+${LABEL}\s*(\d{1,4})$`, 'i');

/** The text without a trailing page number of this page ("Kallelse Sida 2 av 4" -> "Kallelse"). */
export function stripPageNumber(text: string, page: number, pageCount: number): string {
  const m = TRAILING_NUMBER.exec(text);
  if (!m) return text;
  return isPageNumber(m[0], page, pageCount) ? text.slice(0, m.index).trim() : text;
}

const CONTACT = [
  /postadress|besöksadress|leveransadress|kontaktcenter|växel|telefon|tfn|tel\.|fax|e-?post|org\.?\s?nr|organisationsnummer|bankgiro|plusgiro|momsreg/i,
  /\bwww\.|https?:\/\/|[\w.+-]+@[\w-]+\.[\w.]+/i,
  /\b\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}+/u, // a Swedish postcode and town: "251 89 Helsingborg"
  /\b0\d{1,3}[- ]\d{2,3}[ \d]{3,}/, // a phone number: "042-10 50 00"
];

/** An address/contact footer line: at least two kinds of contact detail. */
export function isContactLine(text: string): boolean {
  return CONTACT.filter((p) => p.test(text)).length >= 2;
}

export interface FurnitureVerdict {
  /** lines to drop */
  drop: Set<Line>;
  /**
   * lines to keep as their separate pieces with the page number removed: page 1's header (its
   * organisation, date and document type sit in separate tab columns) and other lines that
   * carried a page number
   */
  pieces: Map<Line, Segment[]>;
}

/** Digits masked so that "Sida 2/4" on page 2 and "Sida 3/4" on page 3 compare equal. */
const masked = (text: string): string => text.replace(/\d+/g, '#').toLowerCase();

export function findFurniture(pages: { frame: PageFrame; lines: Line[] }[]): FurnitureVerdict {
  const pageCount = pages.length;
  const drop = new Set<Line>();
  const pieces = new Map<Line, Segment[]>();
  const candidates = pages.map(({ frame, lines }) => lines.filter((l) => bandOf(frame, l.y) !== null));

  // running lines: the same (masked) text at the same height on enough pages
  const running = new Set<Line>();
  if (pageCount >= 2) {
    const needed = Math.max(2, Math.ceil(0.5 * (pageCount - 1)));
    const repeats = repeatCounter(candidates.map((lines) => lines.map((line) => ({ item: line, key: masked(line.text), y: line.y }))));
    candidates.forEach((lines, p) => {
      for (const line of lines) if (repeats(p, line) >= needed) running.add(line);
    });
  }

  pages.forEach(({ frame, lines }, p) => {
    const outermost = new Set([lines.reduce((a, b) => (b.y > a.y ? b : a), lines[0]!), lines.reduce((a, b) => (b.y < a.y ? b : a), lines[0]!)]);
    // running lines sit between the text and the page's edge: read each band from its edge inwards,
    // and once a line of the text is met, the lines past it are the text's too ("Kommunstyrelsens
    // beslut" at the same height on every page of a protocol that gives each § a page of its own)
    const fromTop = candidates[p]!.filter((l) => bandOf(frame, l.y) === 'top').sort((a, b) => b.y - a.y);
    const fromBottom = candidates[p]!.filter((l) => bandOf(frame, l.y) === 'bottom').sort((a, b) => a.y - b.y);
    for (const edge of [fromTop, fromBottom]) {
      let textMet = false;
      for (const line of edge) {
        const verdict = furnitureOf(line, frame, lines, outermost.has(line), running.has(line) && !textMet);
        if (verdict === 'drop') drop.add(line);
        else if (verdict !== 'text') pieces.set(line, verdict);
        else textMet = true;
      }
    }
  });
  return { drop, pieces };

  /** Whether a line near the edge is dropped, kept as pieces without its page number, or text. */
  function furnitureOf(line: Line, frame: PageFrame, lines: Line[], outermost: boolean, isRunning: boolean): 'drop' | 'text' | Segment[] {
    const band = bandOf(frame, line.y);
    const bareNumberAllowed = outermost && line.segments.length === 1;
    const kept = line.segments
      .filter((s) => !isPageNumber(s.text, frame.number, pageCount, bareNumberAllowed))
      .map((s) => ({ ...s, text: stripPageNumber(s.text, frame.number, pageCount) }))
      .filter((s) => s.text);
    const hadNumber = kept.map((s) => s.text).join('\t') !== line.segments.map((s) => s.text).join('\t');
    if (!kept.length || (band === 'bottom' && isContactLine(line.text))) return 'drop';
    if (frame.number === 1 && band === 'top' && (isRunning || hadNumber)) return kept;
    if (isRunning && !isParagraphOpening(line, lines)) return 'drop';
    return hadNumber ? kept : 'text'; // a page number inside other text: keep the rest
  }
}

/** "Ks § 113", "§ 45": a § number alone on its line */
const PARAGRAPH_NUMBER = /^(?:\p{Lu}[\p{L}]{0,5}\s+)?§\s*(\d{1,4})$/u;

/**
 * A protocol that starts each § on a page of its own puts "Ks § 113" at the same height on every
 * page, its number changing: the § opening the page's text, not a running header, unless the page
 * names that § again below it (a header that repeats the § of its page: "KS § 45" over "§ 45 Budget").
 */
function isParagraphOpening(line: Line, pageLines: Line[]): boolean {
  const n = PARAGRAPH_NUMBER.exec(line.text.trim())?.[1];
  if (n === undefined) return false;
  const again = new RegExp(`§\\s*${n}(?!\\d)`, 'u');
  return !pageLines.some((l) => l !== line && again.test(l.text));
}

/**
 * Tables that are page furniture: a header or footer laid out as a table (logo cell, title cell,
 * "Sida 2 (4)" cell) sits wholly near the top or bottom edge and repeats, digits aside, at the
 * same height on enough pages. `text` is the table's text in reading order.
 */
export function findRunningTables<T>(pages: { frame: PageFrame; tables: { table: T; top: number; bottom: number; text: string }[] }[]): Set<T> {
  const running = new Set<T>();
  if (pages.length < 2) return running;
  const needed = Math.max(2, Math.ceil(0.5 * (pages.length - 1)));
  const edgeTables = pages.map(({ frame, tables }) =>
    tables.filter((t) => {
      const top = bandOf(frame, t.bottom) === 'top' && bandOf(frame, t.top) === 'top';
      const bottom = bandOf(frame, t.bottom) === 'bottom' && bandOf(frame, t.top) === 'bottom';
      return top || bottom;
    }),
  );
  const repeats = repeatCounter(edgeTables.map((tables) => tables.map((t) => ({ item: t, key: masked(t.text), y: t.top }))));
  edgeTables.forEach((tables, p) => {
    for (const t of tables) if (repeats(p, t) >= needed) running.add(t.table);
  });
  return running;
}

/**
 * For an item on page p: on how many pages (p included) the same key sits within 3 points of its
 * height. Items are indexed by key once, so a long document is not compared page by page with
 * every other page for every line.
 */
function repeatCounter<T>(pages: { item: T; key: string; y: number }[][]): (page: number, item: T) => number {
  const byKey = new Map<string, { page: number; y: number }[]>();
  const own = new Map<T, { key: string; y: number }>();
  pages.forEach((entries, page) => {
    for (const { item, key, y } of entries) {
      own.set(item, { key, y });
      const list = byKey.get(key);
      if (list) list.push({ page, y });
      else byKey.set(key, [{ page, y }]);
    }
  });
  return (page, item) => {
    const { key, y } = own.get(item)!;
    const pagesWithIt = new Set([page]);
    for (const other of byKey.get(key)!) if (Math.abs(other.y - y) <= 3) pagesWithIt.add(other.page);
    return pagesWithIt.size;
  };
}
