/**
 * Opening the store of a records folder: SQLite in the folder itself (`protokoll.sqlite`), or,
 * when DATABASE_URL is set, the shared PostgreSQL store. One PostgreSQL store holds the records of
 * several folders (machines); each row notes its `origin`, the folder it came from, so that a
 * reindex of one folder replaces that folder's meetings and nobody else's.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MinutesRecord } from '../record/schema.js';
import { recordRows, type RecordPlace } from './rows.js';
import { ensureSchema } from './schema.js';
import type { SqlDb } from './sql.js';
import { openSqliteDb } from './sqlite-db.js';
import { writeRecords } from './write.js';

export const SQLITE_FILE = 'protokoll.sqlite';
/** the origin of every row in a SQLite store: it only ever holds its own folder */
const LOCAL_ORIGIN = 'local';

export interface StoreOptions {
  recordsDir: string;
  /** PostgreSQL URL; default process.env.DATABASE_URL; without one the store is SQLite */
  databaseUrl?: string | null;
  /** PostgreSQL schema (default PROTOKOLL_PG_SCHEMA or "protokoll") */
  pgSchema?: string;
  /** PostgreSQL origin of this folder (default PROTOKOLL_ORIGIN or "<host>:<absolute folder>") */
  origin?: string;
}

export interface Store {
  readonly db: SqlDb;
  readonly recordsDir: string;
  readonly origin: string;
  /** true when the tables were just created (or reset by a new store version): the store holds no records yet */
  readonly fresh: boolean;
  /** indexes one record written to `recordFile` (inside the records folder) */
  indexRecord(record: MinutesRecord, recordFile: string): Promise<void>;
  close(): Promise<void>;
}

export function describeStore(store: Pick<Store, 'db' | 'recordsDir'>): string {
  return store.db.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : path.join(store.recordsDir, SQLITE_FILE);
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const recordsDir = options.recordsDir;
  const databaseUrl = options.databaseUrl === undefined ? process.env.DATABASE_URL : options.databaseUrl;
  let db: SqlDb;
  let origin: string;
  if (databaseUrl) {
    // pg is loaded only for PostgreSQL: a SQLite search does not pay for it
    const { openPgDb } = await import('./pg-db.js');
    db = openPgDb(databaseUrl, { schema: options.pgSchema });
    origin = options.origin ?? process.env.PROTOKOLL_ORIGIN ?? `${os.hostname()}:${path.resolve(recordsDir)}`;
  } else {
    await fs.mkdir(recordsDir, { recursive: true });
    db = openSqliteDb(path.join(recordsDir, SQLITE_FILE));
    origin = LOCAL_ORIGIN;
  }
  let fresh: boolean;
  try {
    fresh = await ensureSchema(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new Error(`cannot open the store ${databaseUrl ? 'in PostgreSQL' : `in ${recordsDir}`}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    db,
    recordsDir,
    origin,
    fresh,
    async indexRecord(record, recordFile) {
      const place = await placeOf(recordsDir, recordFile, origin);
      await writeRecords(db, origin, [recordRows(record, place)]);
    },
    close: () => db.close(),
  };
}

/** Where a record file sits, as the store notes it: path relative to the folder, size and mtime. */
export async function placeOf(recordsDir: string, recordFile: string, origin: string): Promise<RecordPlace> {
  const stat = await fs.stat(recordFile).catch(() => null);
  return {
    origin,
    recordFile: relativeRecordFile(recordsDir, recordFile),
    recordSize: stat?.size ?? null,
    recordMtime: stat?.mtimeMs ?? null,
    indexedAt: new Date().toISOString(),
  };
}

/** Forward slashes, relative to the records folder: the same file has the same name on every OS. */
export function relativeRecordFile(recordsDir: string, recordFile: string): string {
  return path.relative(path.resolve(recordsDir), path.resolve(recordFile)).split(path.sep).join('/');
}
