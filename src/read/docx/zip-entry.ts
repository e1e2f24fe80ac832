/**
 * Inflates one zip entry with a hard output limit: the declared size may lie, so zlib itself is
 * told to stop once the output passes the limit.
 */
import { inflateRawSync } from 'node:zlib';
import { DocumentError } from '../../errors.js';
import { docxTooLarge } from '../../limits/breach.js';
import type { ZipEntry } from './zip-directory.js';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;

export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new DocumentError('encrypted', 'the Word document is password-protected; save it without a password');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new DocumentError('corrupt', 'the Word document is damaged (its zip archive cannot be read)');
  }
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > view.byteLength) throw new DocumentError('corrupt', 'the Word document is damaged (a part of it is cut off)');
  const data = bytes.subarray(dataStart, dataEnd);

  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge(entry.name, maxBytes);
    return Buffer.from(data);
  }
  if (entry.method !== 8) {
    throw new DocumentError('corrupt', `the Word document uses a compression this reader does not know (method ${entry.method})`);
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(entry.name, maxBytes);
    throw new DocumentError('corrupt', 'the Word document is damaged (a part of it cannot be decompressed)');
  }
}

export function tooLarge(part: string, maxBytes: number): DocumentError {
  return docxTooLarge(part, { maxDocxUncompressedBytes: maxBytes });
}
