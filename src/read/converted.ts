/**
 * Formats read through a converter: the bytes become .docx (LibreOffice, passed in through
 * ReadOptions) and the DOCX reader reads them, so .doc, .rtf and .odt minutes give the same
 * blocks as their .docx copy, tables as rows and cells. Without a converter each format has its
 * fallback (text only, with a warning that says how to get the layout) or a clear error.
 */
import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';
import { readDocx } from './docx.js';
import type { ReadOptions } from './options.js';

/** What the warnings and errors say to install: the Debian package and the Windows route. */
export const CONVERTER_HINT = 'install LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui; the Docker image has it)';

export async function readConverted(
  bytes: Uint8Array,
  format: MinutesDocument['format'],
  extension: string,
  options: ReadOptions,
  fallback: (why: string) => Promise<MinutesDocument>,
): Promise<MinutesDocument> {
  const missing = options.converter ? await options.converter.unavailable() : 'no converter was given';
  if (missing) return fallback(missing);
  const docx = await options.converter!.toDocx(bytes, extension);
  const doc = await readDocx(docx, { maxUncompressedBytes: options.limits?.maxDocxUncompressedBytes });
  return { ...doc, format };
}

/** The error for a format that has no fallback. */
export function needsConverter(name: string, why: string): DocumentError {
  return new DocumentError('needs-converter', `reading ${name} files needs LibreOffice (${why}): ${CONVERTER_HINT}, or save the file as .docx`);
}
