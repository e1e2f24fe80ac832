/**
 * How the store commands (search, followup, done, reopen, reindex, people) reach the store: the
 * records folder (--records, default "records") and DATABASE_URL. Before reading, the store is
 * brought in line with the folder's records (new, changed and removed record files), so that
 * records written by any means are found.
 */
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import path from 'node:path';
import { REGISTRY_FILE, Registry } from '../registry/registry.js';
import { followMoves } from '../store/relocate.js';
import { openStore, type Store } from '../store/store.js';
import { syncRecords } from '../store/sync.js';

export interface StoreCliOptions {
  records: string;
  /** commander's --no-sync */
  sync: boolean;
}

export function addStoreOptions(command: Command): Command {
  return command
    .option('--records <dir>', 'the records folder (the store is <dir>/protokoll.sqlite, or PostgreSQL when DATABASE_URL is set)', 'records')
    .option('--no-sync', 'do not index new or changed record files first');
}

export class UsageError extends Error {}

export async function openStoreForCli(options: StoreCliOptions): Promise<Store> {
  const folder = await fs.stat(options.records).catch(() => null);
  if (!folder?.isDirectory() && !process.env.DATABASE_URL) {
    throw new UsageError(`there is no records folder "${options.records}": write records there with "protokoll extract -o ${options.records} <files>", or name the folder with --records`);
  }
  const store = await openStore({ recordsDir: options.records });
  if (store.fresh && store.db.dialect === 'postgres') {
    process.stderr.write('note: the shared store is new, or was rebuilt for this version of protokoll: run "protokoll reindex" on each machine that writes records\n');
  }
  if (folder?.isDirectory() && options.sync !== false) {
    await followRegistry(store);
    const report = await syncRecords(store);
    for (const f of report.failed.slice(0, 5)) process.stderr.write(`${f.file}: not indexed: ${f.reason}\n`);
    if (report.failed.length > 5) process.stderr.write(`... and ${report.failed.length - 5} more record files not indexed\n`);
  }
  return store;
}

/** Records whose files were moved or renamed since (the registry knows) are made to point to them. */
async function followRegistry(store: Store): Promise<void> {
  const file = path.join(store.recordsDir, REGISTRY_FILE);
  if (!(await fs.stat(file).catch(() => null))?.isFile()) return;
  const registry = Registry.open(store.recordsDir);
  try {
    await followMoves(store, registry.currentPaths());
  } finally {
    registry.close();
  }
}

/** Runs a command body with the store open, closing it afterwards; errors become a message and exit code. */
export async function withStore(options: StoreCliOptions, body: (store: Store) => Promise<number>): Promise<number> {
  let store: Store | null = null;
  try {
    store = await openStoreForCli(options);
    return await body(store);
  } catch (error) {
    process.stderr.write(`protokoll: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof UsageError ? 1 : 2;
  } finally {
    await store?.close();
  }
}
