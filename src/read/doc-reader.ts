/**
 * Word 97-2003 (.doc): converted to .docx by LibreOffice where it is installed (tables kept as
 * rows and cells). Without it, word-extractor reads the text alone: paragraphs, with a table's
 * cells one per line and no table structure, and a warning that says how to get the layout.
 */
import { DocumentError } from '../errors.js';
import { normaliseSpace, type Block, type MinutesDocument } from '../model/document.js';
import { CONVERTER_HINT, readConverted } from './converted.js';
import { sniffFormat } from './format.js';
import type { ReadOptions } from './options.js';

export function read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument> {
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'zip') throw new DocumentError('not-a-doc', 'the file is named .doc but is a .docx (a zip archive); rename it to .docx');
  if (sniffed !== 'ole') throw new DocumentError('not-a-doc', 'the file is named .doc but is not a Word 97-2003 document');
  return readConverted(bytes, 'doc', '.doc', options, (why) => readDocText(bytes, why));
}

async function readDocText(bytes: Uint8Array, why: string): Promise<MinutesDocument> {
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    const extracted = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = extracted.getBody();
  } catch {
    throw new DocumentError('corrupt', 'the Word 97-2003 document is damaged and cannot be read');
  }
  // word-extractor ends a table cell with a tab and a row with a line end; each becomes a paragraph
  const blocks: Block[] = body
    .split(/[\r\n\t]+/)
    .map(normaliseSpace)
    .filter((t) => t.length > 0)
    .map((text) => ({ kind: 'paragraph', text, page: null, style: {} }));
  return {
    format: 'doc',
    pages: null,
    blocks,
    warnings: [`read as text only, without tables, headings or lists (${why}); for the full layout ${CONVERTER_HINT}`],
  };
}
