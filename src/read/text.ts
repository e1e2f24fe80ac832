import { normaliseSpace, type Block, type MinutesDocument } from '../model/document.js';

/** Plain text: one paragraph block per non-empty line. */
export function readText(bytes: Uint8Array): MinutesDocument {
  const text = new TextDecoder('utf-8').decode(bytes);
  const blocks: Block[] = [];
  let gap = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = normaliseSpace(raw);
    if (!line) { gap = true; continue; }
    blocks.push({ kind: 'paragraph', text: line, page: null, style: {}, gapBefore: gap });
    gap = false;
  }
  return { format: 'txt', pages: null, blocks, warnings: [] };
}
