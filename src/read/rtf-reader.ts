/** RTF: converted to .docx by LibreOffice; without it, an error that says what to install. */
import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';
import { needsConverter, readConverted } from './converted.js';
import type { ReadOptions } from './options.js';

export function read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument> {
  if (!Buffer.from(bytes.subarray(0, 16)).toString('latin1').trimStart().startsWith('{\\rtf')) {
    throw new DocumentError('not-an-rtf', 'the file is named .rtf but is not an RTF document');
  }
  return readConverted(bytes, 'rtf', '.rtf', options, (why) => Promise.reject(needsConverter('.rtf', why)));
}
