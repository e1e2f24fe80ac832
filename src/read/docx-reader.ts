import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';
import { readDocx } from './docx.js';
import { sniffFormat } from './format.js';
import type { ReadOptions } from './options.js';

export function read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument> {
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'ole') throw new DocumentError('not-a-docx', 'the file is an old Word .doc (or another OLE file) named .docx; rename it to .doc or save it as .docx');
  if (sniffed !== 'zip') throw new DocumentError('not-a-docx', 'the file is named .docx but is not a Word document (not a zip archive)');
  return readDocx(bytes, { maxUncompressedBytes: options.limits?.maxDocxUncompressedBytes });
}
