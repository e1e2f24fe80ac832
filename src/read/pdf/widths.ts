/**
 * Estimated text widths, for asking "would this word have fitted at the end of that line?".
 * Glyph widths of Helvetica (the Arial / Liberation Sans metrics) give each character's share;
 * each line scales them to its own font by comparing with the width pdf.js measured for its runs,
 * which keeps the estimate close for serif and other proportional fonts as well.
 */

// Helvetica AFM widths (1/1000 em) for the printable ASCII characters, space (32) to tilde (126)
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const OTHER: Record<string, number> = { '–': 556, '—': 1000, '•': 350, '”': 333, '“': 333, '’': 222, '‘': 222, '…': 1000, '€': 556, '§': 556, 'ß': 611, 'æ': 889, 'Æ': 1000, 'ø': 611, 'Ø': 778 };

/** Widths of the characters outside printable ASCII met so far (their decomposition is slow). */
const seen = new Map<string, number>();
/** A text of every script there is should not grow that without end. */
const SEEN_MAX = 4096;

/** Width of one character in ems. */
function charEm(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII[code - 32]! / 1000;
  let em = seen.get(c);
  if (em === undefined) {
    em = otherEm(c);
    if (seen.size < SEEN_MAX) seen.set(c, em);
  }
  return em;
}

function otherEm(c: string): number {
  const other = OTHER[c];
  if (other !== undefined) return other / 1000;
  // å, ä, ö, é, ü ...: the width of the base letter
  const base = c.normalize('NFD')[0]!;
  const baseCode = base.charCodeAt(0);
  if (base !== c && baseCode >= 32 && baseCode <= 126) return ASCII[baseCode - 32]! / 1000;
  return 0.556;
}

/** Width of a text in ems of a Helvetica-like font. */
export function textEm(text: string): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em;
}
