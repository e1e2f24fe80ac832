import path from 'node:path';
import type { MinutesRecord } from '../record/schema.js';
import { recordRows } from './rows.js';
import { openStore, placeOf, type Store } from './store.js';
import { writeRecords } from './write.js';

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
    await batchFor(recordsDir).add(record, recordFile);
  } catch (error) {
    throw new Error(`${recordFile} was written but could not be added to the store (run "protokoll reindex"): ${error instanceof Error ? error.message : String(error)}`);
  }
}

const open = new Map<string, Promise<Store>>();

/** at most this many records in one store transaction */
const BATCH = 100;

interface Pending { record: MinutesRecord; recordFile: string; done: (error?: unknown) => void }

/**
 * Records that arrive while a write is under way, or in the same turn of the event loop, go into
 * the store in one transaction (several records per transaction keeps the main thread light during
 * a large import). A failed batch is written again record by record, so one bad record fails alone.
 */
class WriteBatch {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly recordsDir: string) {}

  add(record: MinutesRecord, recordFile: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ record, recordFile, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.flushing) this.flushing = new Promise<void>((go) => setImmediate(go)).then(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH);
      try {
        const store = await storeFor(this.recordsDir);
        const rows = await Promise.all(batch.map(async (p) => recordRows(p.record, await placeOf(store.recordsDir, p.recordFile, store.origin))));
        await writeRecords(store.db, store.origin, rows);
        batch.forEach((p) => p.done());
      } catch (error) {
        if (batch.length === 1) batch[0]!.done(error);
        else for (const p of batch) await storeFor(this.recordsDir).then((s) => s.indexRecord(p.record, p.recordFile)).then(() => p.done(), (e: unknown) => p.done(e));
      }
    }
    this.flushing = null;
  }
}

const batches = new Map<string, WriteBatch>();

function batchFor(recordsDir: string): WriteBatch {
  const key = `${process.env.DATABASE_URL ?? ''}|${path.resolve(recordsDir)}`;
  let batch = batches.get(key);
  if (!batch) {
    batch = new WriteBatch(recordsDir);
    batches.set(key, batch);
  }
  return batch;
}

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
