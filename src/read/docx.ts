import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';

export async function readDocx(_bytes: Uint8Array): Promise<MinutesDocument> {
  throw new DocumentError('unsupported', 'DOCX reading is not built yet');
}
