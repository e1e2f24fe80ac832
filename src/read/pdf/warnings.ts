/**
 * What the reader can tell about text it could not get: pages without a text layer (scans,
 * images of text) and pages whose fonts carry no Unicode mapping (the text comes out as
 * replacement or private-use characters).
 */
import { pagesPhrase } from './open.js';
import type { RawPage } from './types.js';

/** Private-use code points that are not the bullets Symbol/Wingdings fonts map to. */
const UNDECODED = /[\uFFFD\uE000-\uF8FF]/gu;

export function textWarnings(pages: RawPage[]): string[] {
  const warnings: string[] = [];
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.number);
  if (pages.length > 0 && empty.length === pages.length) {
    warnings.push('the PDF has no text layer (it is probably scanned); no text could be read');
  } else if (empty.length) {
    warnings.push(`${pagesPhrase(empty)} ${empty.length === 1 ? 'has' : 'have'} no text layer (scanned or blank); ${empty.length === 1 ? 'its' : 'their'} text is missing`);
  }
  const garbled = pages
    .filter((p) => {
      const text = p.runs.map((r) => r.text).join('').replace(/\s/g, '');
      const bad = text.match(UNDECODED)?.length ?? 0;
      return text.length >= 20 && bad / text.length > 0.3;
    })
    .map((p) => p.number);
  if (garbled.length) warnings.push(`the text of ${pagesPhrase(garbled)} could not be decoded (a font without a Unicode map); it may be garbled`);
  return warnings;
}
