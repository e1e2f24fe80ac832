/**
 * Bold and italic from a font's PDF name. PDFs rarely say "bold" any other way that pdf.js hands
 * over, but embedded fonts keep their PostScript name: "BAAAAA+LiberationSans-Bold",
 * "Arial-BoldItalicMT", "TimesNewRomanPS-ItalicMT", "Calibri,Bold", "Cambria-BoldItalic".
 */

export interface FontStyle {
  /** the name without the six-letter subset prefix */
  font: string;
  bold: boolean;
  italic: boolean;
}

const SUBSET_PREFIX = /^[A-Z]{6}\+/;
// the style part follows a "-" or "," in PostScript names; weights from semibold up count as bold
const BOLD = /bold|black|heavy|demi|[-,](bd|sb|hv|blk|b|bi|bdit)$/i;
const ITALIC = /italic|oblique|kursiv|[-,](it|i|obl|bi|bdit)$/i;

export function fontStyle(pdfName: string | undefined): FontStyle {
  const font = (pdfName ?? '').replace(SUBSET_PREFIX, '');
  return { font, bold: BOLD.test(font), italic: ITALIC.test(font) };
}
