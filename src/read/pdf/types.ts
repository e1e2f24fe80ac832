/**
 * Plain data the PDF reader works on once pdf.js is done: positioned text runs and ruling lines
 * per page, in PDF user space (points, origin bottom-left, y grows upwards). Everything after
 * `open.ts` is a pure function over these.
 */

/** One piece of text pdf.js drew with one font at one position. */
export interface TextRun {
  text: string;
  /** left end of the text */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size in points (the text matrix' scale) */
  size: number;
  bold: boolean;
  italic: boolean;
  /** the font's PDF name without the subset prefix ("LiberationSans-Bold"); '' when unknown */
  font: string;
  /**
   * the run is one whole word (OCR): a space always separates it from the next word, however
   * close their boxes are (tesseract's word boxes overlap or touch in tightly set text)
   */
  word?: boolean;
}

/** A straight axis-aligned line the page draws: a table border, a rule, an underline. */
export interface Rule {
  /** horizontal: y0 === y1 and x0 < x1; vertical: x0 === x1 and y0 < y1 */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RawPage {
  /** 1-based */
  number: number;
  /** the visible page box [left, bottom, right, top] */
  box: [number, number, number, number];
  runs: TextRun[];
  rules: Rule[];
}

/** An axis-aligned rectangle in user space. */
export interface Rect {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** A stretch of a line between two wide gaps (tab stops): "Sida 1/4", a table-like column. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  bold: boolean;
  size: number;
}

/** Text runs on one baseline, in reading order. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  /** baseline */
  y: number;
  /** the size most of its characters have */
  size: number;
  /** every non-space character is bold / italic */
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** the parts between tab-wide gaps, left to right */
  segments: Segment[];
  /** the runs it was made of, left to right */
  runs: TextRun[];
  /**
   * Points per em of Helvetica-proportioned text in this line's font: `textEm(word) * emWidth`
   * estimates how wide a word set in this line's font is.
   */
  emWidth: number;
  /**
   * A list bullet before the text: the glyph, where the text after it starts, and whether it is
   * certainly a bullet (a bullet glyph, or a dash set off by a tab) rather than a typed "- ".
   */
  bullet?: { glyph: string; textX: number; certain: boolean };
  /** a number set off before the text ("1. <tab> text"): where the text after it starts */
  hangingX?: number;
}

export const isHorizontal = (r: Rule): boolean => r.y0 === r.y1;
