/** OpenDocument text (.odt): converted to .docx by LibreOffice; without it, an error that says what to install. */
import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';
import { needsConverter, readConverted } from './converted.js';
import { sniffFormat } from './format.js';
import type { ReadOptions } from './options.js';

export function read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument> {
  if (sniffFormat(bytes) !== 'zip') throw new DocumentError('not-an-odt', 'the file is named .odt but is not an OpenDocument file (not a zip archive)');
  return readConverted(bytes, 'odt', '.odt', options, (why) => Promise.reject(needsConverter('.odt', why)));
}
