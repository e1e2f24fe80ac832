/**
 * The errors a document over a limit fails with. Each is a `DocumentError` (permanent for the
 * same bytes under the same settings, so queues do not retry it) whose message says, in plain
 * words, which limit it hit and how to raise it.
 */
import { DocumentError } from '../errors.js';
import { LIMIT_SETTINGS, inUserUnits, type Limits } from './settings.js';

/** "PROTOKOLL_MAX_PAGES or --max-pages": where the limit is set. */
function howToRaise(key: keyof Limits): string {
  const { env, option } = LIMIT_SETTINGS[key];
  return option ? `raise it with ${env} or ${option}` : `raise it with ${env}`;
}

function amount(key: keyof Limits, value: number): string {
  const n = inUserUnits(key, value);
  const shown = Number.isInteger(n) ? String(n) : n < 10 ? n.toFixed(1) : String(Math.round(n));
  const unit = LIMIT_SETTINGS[key].unit;
  return `${shown} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}

export function fileTooLarge(bytes: number, limits: Pick<Limits, 'maxFileBytes'>): DocumentError {
  return new DocumentError(
    'too-large',
    `the file is ${amount('maxFileBytes', bytes)}, over the limit of ${amount('maxFileBytes', limits.maxFileBytes)} for one document; ${howToRaise('maxFileBytes')}`,
  );
}

export function tooManyPages(pages: number, limits: Pick<Limits, 'maxPages'>): DocumentError {
  return new DocumentError('too-many-pages', `the PDF has ${pages} pages, over the limit of ${limits.maxPages}; ${howToRaise('maxPages')}`);
}

export function docxTooLarge(part: string, limits: Pick<Limits, 'maxDocxUncompressedBytes'>): DocumentError {
  return new DocumentError(
    'too-large',
    `the Word document unpacks to more than ${amount('maxDocxUncompressedBytes', limits.maxDocxUncompressedBytes)} (${part}); refusing to read it (${howToRaise('maxDocxUncompressedBytes')})`,
  );
}

export function tookTooLong(ms: number): DocumentError {
  return new DocumentError('too-slow', `reading the document took longer than the limit of ${amount('timeoutMs', ms)} and was stopped; ${howToRaise('timeoutMs')}`);
}

export function usedTooMuchMemory(limits: Pick<Limits, 'memoryMb'>): DocumentError {
  return new DocumentError('too-much-memory', `reading the document needed more than the limit of ${amount('memoryMb', limits.memoryMb)} of memory and was stopped; ${howToRaise('memoryMb')}`);
}

/** Throws when a file of this many bytes is over the size limit. */
export function checkFileSize(bytes: number, limits: Pick<Limits, 'maxFileBytes'>): void {
  if (bytes > limits.maxFileBytes) throw fileTooLarge(bytes, limits);
}
