/**
 * Read stage: bytes to the one document model, by the reader the registry names for the format.
 * The format comes from the file name, but each reader checks that the bytes agree: a ".docx"
 * that is not a zip is reported, not guessed at.
 */
import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';
import type { ReadOptions } from './options.js';
import { readerFor, type SourceFormat } from './registry.js';

export type { DocumentConverter, ReadOptions } from './options.js';

export async function readDocument(bytes: Uint8Array, format: SourceFormat, options: ReadOptions = {}): Promise<MinutesDocument> {
  if (bytes.length === 0) throw new DocumentError('empty', 'the file is empty (0 bytes)');
  const reader = await readerFor(format).load();
  return reader.read(bytes, options);
}
