import type { Block } from '../../model/document.js';

/**
 * A typewritten protocol typed again into Word, or converted from a scan, keeps the typewriter's
 * line ends: each line a paragraph of its own, a sentence running on from one into the next in
 * lower case ("att uppdraga åt stadsarkitekten att upprätta förslag till" / "byggnadsplan för Norra
 * Åsen …"), words broken at a hyphen ("byggnads-" / "nämnden"). Where a document does that again
 * and again, such lines are put together into the paragraph they were; a line opening a new
 * att-clause or a lettered point ("a) …") stays a paragraph of its own, as do titles in capitals,
 * headings, list points and table rows.
 */
const MIN_BROKEN_LINES = 3;

const isPlain = (b: Block) => b.kind === 'paragraph' && b.style.headingLevel === undefined;
/** the line runs on into the next: no sentence's or label's end, and the next goes on in lower case */
function runsOn(line: Block, next: Block | undefined): boolean {
  return next !== undefined && isPlain(line) && isPlain(next) && !!line.style.bold === !!next.style.bold
    && !/[.!?:;]$/u.test(line.text) && /^\p{Ll}/u.test(next.text) && !/^(?:att|och att|samt att)\s/u.test(next.text)
    // ("ÖVRIGA FRÅGOR § 68" over "a) Ordföranden informerade …": a title over its lettered points)
    && !/^\p{Ll}[).]\s/u.test(next.text) && /\p{Ll}/u.test(line.text);
}

export function joinHardLineBreaks(blocks: Block[]): Block[] {
  const broken = blocks.map((b, i) => runsOn(b, blocks[i + 1]));
  if (broken.filter(Boolean).length < MIN_BROKEN_LINES) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const last = out[out.length - 1];
    if (last && broken[i - 1] && last.kind === 'paragraph') {
      // ("byggnads-" over "nämnden": one word; "kultur-" over "och fritidsnämnden": a hanging compound)
      const wordBroken = /\p{L}-$/u.test(last.text) && !/^(?:och|eller|samt)\s/u.test(b.text);
      out[out.length - 1] = { ...last, text: wordBroken ? `${last.text.slice(0, -1)}${b.text}` : `${last.text} ${b.text}` };
      continue;
    }
    out.push(b);
  }
  return out;
}
