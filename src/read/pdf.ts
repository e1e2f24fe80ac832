import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';

export async function readPdf(_bytes: Uint8Array): Promise<MinutesDocument> {
  throw new DocumentError('unsupported', 'PDF reading is not built yet');
}
