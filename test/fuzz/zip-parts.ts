/** A zip's entries with their unpacked data, read with the reader's own zip code (for re-zipping). */
import { readZipDirectory } from '../../src/read/docx/zip-directory.js';
import { readZipEntry } from '../../src/read/docx/zip-entry.js';

export function readDirectoryParts(bytes: Uint8Array): { name: string; data: Buffer }[] {
  return readZipDirectory(bytes).map((entry) => ({ name: entry.name, data: readZipEntry(bytes, entry, 50 * 1024 * 1024) }));
}
