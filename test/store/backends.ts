/**
 * The two stores the tests run against: SQLite in a temporary records folder, and the local
 * PostgreSQL (postgresql://127.0.0.1:5432/test, or TEST_DATABASE_URL) in a schema of its own that
 * is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withDefaultUser } from '../../src/store/pg-db.js';
import { openStore, type Store } from '../../src/store/store.js';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://127.0.0.1:5432/test';
export const BACKENDS = ['sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

export interface TestStore {
  recordsDir: string;
  /** the PostgreSQL schema (postgres only) */
  schema: string | null;
  open(options?: { origin?: string; recordsDir?: string }): Promise<Store>;
  cleanup(): Promise<void>;
}

export async function testStore(backend: Backend): Promise<TestStore> {
  const recordsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-store-'));
  const schema = backend === 'postgres' ? `protokoll_test_${process.pid}_${randomBytes(4).toString('hex')}` : null;
  const opened: Store[] = [];
  return {
    recordsDir,
    schema,
    async open(options = {}) {
      const store = await openStore({ recordsDir: options.recordsDir ?? recordsDir, databaseUrl: schema ? PG_URL : null, pgSchema: schema ?? undefined, origin: options.origin });
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
      if (schema) await dropSchema(schema);
      await fs.rm(recordsDir, { recursive: true, force: true });
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDefaultUser(PG_URL) });
  await client.connect();
  try {
    // a store's session still open here would hold the drop on its locks: name it, then end it
    const left = await client.query<{ pid: number; state: string; query: string }>(
      'SELECT pid, state, query FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()', [`protokoll:${schema}`.slice(0, 63)]);
    for (const s of left.rows) {
      console.warn(`schema ${schema}: session ${s.pid} still ${s.state} after its store closed: ${s.query.slice(0, 200)}`);
      await client.query('SELECT pg_terminate_backend($1)', [s.pid]);
    }
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
