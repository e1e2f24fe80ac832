/**
 * The Word package (OPC zip) as this reader needs it: which part is the main document, the parts'
 * text on demand, and a size check that runs before any library touches the bytes.
 */
import path from 'node:path/posix';
import { DocumentError } from '../../errors.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';
import { readZipEntry, tooLarge } from './zip-entry.js';
import { relationshipTargets } from './relationships.js';

export interface DocxPackage {
  /** zip path of the main document part, normally "word/document.xml" */
  mainPart: string;
  /** a part's text (UTF-8), or null when the package has no such part */
  readPart(name: string): string | null;
}

const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;

/**
 * Opens the package and refuses it ('too-large') when the main document or all parts together
 * unpack to more than `maxUncompressedBytes`: first on the sizes the archive declares, then on
 * the real output of every XML part (a forged declared size cannot get past the second check).
 */
export function openDocxPackage(bytes: Uint8Array, maxUncompressedBytes: number): DocxPackage {
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes)) entries.set(entry.name, entry);

  let declaredTotal = 0;
  for (const entry of entries.values()) declaredTotal += entry.uncompressedSize;
  if (declaredTotal > maxUncompressedBytes) throw tooLarge('all parts together', maxUncompressedBytes);

  const read = (name: string, limit = maxUncompressedBytes): string | null => {
    const entry = entries.get(name);
    return entry ? readZipEntry(bytes, entry, limit).toString('utf8') : null;
  };

  const mainPart = findMainPart(read);
  const main = entries.get(mainPart);
  if (!main) throw new DocumentError('not-a-docx', 'the file is a zip archive but not a Word document (it has no word/document.xml)');
  if (main.uncompressedSize > maxUncompressedBytes) throw tooLarge(mainPart, maxUncompressedBytes);

  let budget = maxUncompressedBytes;
  for (const entry of entries.values()) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    budget -= readZipEntry(bytes, entry, budget).length;
  }

  return { mainPart, readPart: (name) => read(name) };
}

function findMainPart(read: (name: string) => string | null): string {
  const rootRels = read('_rels/.rels');
  if (rootRels) {
    for (const rel of relationshipTargets(rootRels)) {
      if (OFFICE_DOCUMENT_TYPE.test(rel.type) && !rel.external) return path.normalize(rel.target.replace(/^\//, ''));
    }
  }
  return 'word/document.xml';
}
