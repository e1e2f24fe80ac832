/**
 * The compiled build the queue tests make (test/workers/support.ts): extraction threads run
 * compiled JavaScript, so the limits that only a thread can enforce (time, memory) are tested on
 * it. Modules are loaded from there by path.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD, ensureBuilt } from '../../workers/support.js';

export { ensureBuilt };

export async function compiled<T>(relative: string): Promise<T> {
  return (await import(pathToFileURL(path.join(BUILD, relative)).href)) as T;
}

export type ExtractorsModule = typeof import('../../../pipelines/extractors.js');
export type SettingsModule = typeof import('../../../src/limits/settings.js');
