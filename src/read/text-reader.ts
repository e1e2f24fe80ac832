import type { MinutesDocument } from '../model/document.js';
import { readText } from './text.js';

export function read(bytes: Uint8Array): Promise<MinutesDocument> {
  return Promise.resolve(readText(bytes));
}
