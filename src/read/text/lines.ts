/**
 * Plain text as lines, with what pdftotext-style text tells about each: a truly empty line
 * separates text blocks (and table cells), a line of only spaces is an empty paragraph inside a
 * block, and a new page starts either at a form feed or, where the form feed was turned into a
 * space, at a line that starts with one space right after a non-empty line.
 */
import { normaliseSpace } from '../../model/document.js';

export interface TextLine {
  /** the line as written, without line end or form feed */
  raw: string;
  /** whitespace-normalised text; '' for an empty or blank line */
  text: string;
  /** '' in the file: separates blocks */
  empty: boolean;
  /** only spaces: an empty paragraph inside a block */
  blank: boolean;
  /** 1-based page, counted from the page breaks seen */
  page: number;
  /** the first line of a page after a page break */
  pageStart: boolean;
}

export interface TextLines {
  lines: TextLine[];
  /** whether any page break was seen; without one, pages are unknown */
  pagesKnown: boolean;
}

export function splitLines(text: string): TextLines {
  const out: TextLine[] = [];
  let page = 1;
  let pagesKnown = false;
  let previousRaw: string | null = null;
  const raws = text.split(/\r\n|\r|\n/);
  // lines set off by one space in a run ("-layout" text of a table indented by one space) are
  // the table's rows, not pages that each begin at a form feed turned into a space
  const oneSpaceIn = (raw: string | null | undefined) => raw != null && /^ \S/.test(raw);
  // (text that keeps its form feeds marks every page so: a row set off by one space under the
  // wrapped lines of the row above, " 4. Specialkost", is no page)
  const hasFormFeeds = text.includes('\f');
  for (let [k, raw] of raws.entries()) {
    let pageStart = false;
    if (raw.includes('\f')) {
      // pdftotext ends each page with a form feed; the text after it is the next page
      const before = raw.slice(0, raw.lastIndexOf('\f'));
      if (out.length > 0 || before.trim()) {
        page++;
        pageStart = true;
        pagesKnown = true;
      }
      raw = raw.slice(raw.lastIndexOf('\f') + 1);
    } else if (!hasFormFeeds && previousRaw !== null && previousRaw.length > 0 && oneSpaceIn(raw) && !oneSpaceIn(previousRaw) && !oneSpaceIn(raws[k + 1])) {
      page++;
      pageStart = true;
      pagesKnown = true;
    }
    const text = normaliseSpace(raw);
    out.push({ raw, text, empty: raw.length === 0, blank: raw.length > 0 && text === '', page, pageStart });
    previousRaw = raw;
  }
  while (out.length && out[out.length - 1]!.empty) out.pop();
  return { lines: out, pagesKnown };
}
