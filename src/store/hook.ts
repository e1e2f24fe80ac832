import path from 'node:path';
import type { MinutesRecord } from '../record/schema.js';
import { openStore, type Store } from './store.js';

/**
 * Called by every pipeline after a record file has been written to a records folder, so that the
 * store (search, follow-up lists) is filled as records are written: the SQLite store in that
 * folder, or the PostgreSQL store when DATABASE_URL is set. Stores stay open for the life of the
 * process (one per folder); neither keeps the process alive. A failure here means the record file
 * exists but is not searchable yet: the error says so, and `protokoll reindex` (or the next
 * search) picks the record up.
 */
export async function afterRecordWritten(recordsDir: string, record: MinutesRecord, recordFile: string): Promise<void> {
  try {
    const store = await storeFor(recordsDir);
    await store.indexRecord(record, recordFile);
  } catch (error) {
    throw new Error(`${recordFile} was written but could not be added to the store (run "protokoll reindex"): ${error instanceof Error ? error.message : String(error)}`);
  }
}

const open = new Map<string, Promise<Store>>();

/** The store of a records folder, opened once per process (the pipelines' store stage). */
export function storeFor(recordsDir: string): Promise<Store> {
  const key = `${process.env.DATABASE_URL ?? ''}|${path.resolve(recordsDir)}`;
  let store = open.get(key);
  if (!store) {
    store = openStore({ recordsDir });
    open.set(key, store);
    store.catch(() => open.delete(key));
  }
  return store;
}

/** Closes the stores the hook opened (tests, and processes that want a clean shutdown). */
export async function closeHookStores(): Promise<void> {
  const stores = [...open.values()];
  open.clear();
  await Promise.all(stores.map(async (s) => (await s.catch(() => null))?.close()));
}
