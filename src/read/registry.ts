/**
 * The formats protokoll reads: one line per format, naming its file extensions, what it is in
 * words, and the module that reads it (loaded when the first such file is read, so commands that
 * read no document do not load pdf.js or mammoth). A new format is a reader module and a line
 * here; the format list of the CLI, the record's `source.format` and the JSON Schema follow.
 */
import type { MinutesDocument } from '../model/document.js';
import type { ReadOptions } from './options.js';

export interface ReaderModule {
  read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument>;
}

export interface ReaderEntry<F extends string = string> {
  format: F;
  /** lower-case, with the dot */
  extensions: readonly string[];
  /** what the format is, for messages */
  name: string;
  load: () => Promise<ReaderModule>;
}

const entry = <F extends string>(e: ReaderEntry<F>) => e;

export const READERS = [
  entry({ format: 'pdf', extensions: ['.pdf'], name: 'PDF', load: () => import('./pdf-reader.js') }),
  entry({ format: 'docx', extensions: ['.docx', '.docm', '.dotx'], name: 'Word (.docx)', load: () => import('./docx-reader.js') }),
  entry({ format: 'doc', extensions: ['.doc', '.dot'], name: 'Word 97-2003 (.doc)', load: () => import('./doc-reader.js') }),
  entry({ format: 'rtf', extensions: ['.rtf'], name: 'RTF', load: () => import('./rtf-reader.js') }),
  entry({ format: 'odt', extensions: ['.odt', '.ott'], name: 'OpenDocument text (.odt)', load: () => import('./odt-reader.js') }),
  entry({ format: 'txt', extensions: ['.txt', '.text'], name: 'plain text', load: () => import('./text-reader.js') }),
] as const;

export type SourceFormat = (typeof READERS)[number]['format'];

export const SOURCE_FORMATS = READERS.map((r) => r.format) as [SourceFormat, ...SourceFormat[]];

export function readerFor(format: SourceFormat): ReaderEntry<SourceFormat> {
  return READERS.find((r) => r.format === format)!;
}

/** ".pdf, .docx, .doc, ..." for messages and help texts. */
export function extensionList(): string {
  return READERS.flatMap((r) => r.extensions).join(', ');
}
