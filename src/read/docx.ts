/**
 * DOCX reader: Word document bytes to the one document model.
 *
 * The package is opened and size-checked here first (a zip bomb is refused before mammoth sees
 * it), mammoth turns the body into HTML with Word's structure (headings, lists, tables, emphasis),
 * and the first page's header, which mammoth drops, is read from the package and put first.
 * Word has no fixed pages, so every block's page is null.
 */
import mammoth from 'mammoth';
import { DocumentError } from '../errors.js';
import { DEFAULT_LIMITS } from '../limits/settings.js';
import type { Block, MinutesDocument } from '../model/document.js';
import { htmlToBlocks } from './docx/html-blocks.js';
import { openDocxPackage } from './docx/package.js';
import { firstPageHeader } from './docx/page-header.js';
import { plainWarnings } from './docx/warnings.js';
import { joinHardLineBreaks } from './docx/hard-line-breaks.js';

/** Largest size the main document part, or all parts together, may unpack to (a setting: src/limits). */
export const DOCX_MAX_UNCOMPRESSED_BYTES = DEFAULT_LIMITS.maxDocxUncompressedBytes;

export interface DocxReadOptions {
  /** overrides DOCX_MAX_UNCOMPRESSED_BYTES */
  maxUncompressedBytes?: number;
}

const STYLE_MAP = [
  // underline is dropped by mammoth unless mapped; section labels like "Information:" use it
  'u => u',
  // Swedish Word names its heading styles "Rubrik 1".. where other tools wrote them out localised
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Rubrik ${n}'] => h${n}:fresh`),
];

export async function readDocx(bytes: Uint8Array, options: DocxReadOptions = {}): Promise<MinutesDocument> {
  const limit = options.maxUncompressedBytes ?? DOCX_MAX_UNCOMPRESSED_BYTES;
  const pkg = openDocxPackage(bytes, limit);

  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // images are not read at all: no base64 copies of pictures in memory
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    // mammoth's XML parser never resolves entities; a reference to one it does not know is an error
    if (/entity not found/i.test(String((error as Error)?.message))) {
      throw new DocumentError('corrupt', 'the Word document uses XML entity references, which real Word files never contain; it cannot be read');
    }
    throw new DocumentError('corrupt', 'the Word document is damaged and cannot be read');
  }

  const header: Block[] = firstPageHeader(pkg).map((p) => ({
    kind: 'paragraph',
    text: p.text,
    page: null,
    style: p.bold ? { bold: true } : {},
  }));
  const body = joinHardLineBreaks(htmlToBlocks(html));
  if (header.length && body.length) body[0]!.gapBefore = true;

  return { format: 'docx', pages: null, blocks: [...header, ...body], warnings: plainWarnings(messages) };
}
