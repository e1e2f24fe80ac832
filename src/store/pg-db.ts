/**
 * SqlDb over a pg Pool. The pool lets the process exit when idle, so a CLI run or a pipeline that
 * only wrote a few records does not hang on open connections.
 */
import os from 'node:os';
import pg from 'pg';
import type { SqlDb } from './sql.js';

/** `?` placeholders to `$1, $2, ...` (the shared SQL never puts a `?` inside a string literal). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The URL with a user name: pg would otherwise take $USER, which services often lack. */
export function withDefaultUser(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!url.username) url.username = encodeURIComponent(process.env.PGUSER || os.userInfo().username);
  return url.toString();
}

export interface PgOptions {
  /** PostgreSQL schema that holds the store's tables (created when missing); default "protokoll" */
  schema?: string;
}

export function pgSchemaName(schema: string | undefined): string {
  const name = schema ?? process.env.PROTOKOLL_PG_SCHEMA ?? 'protokoll';
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`"${name}" is not a usable PostgreSQL schema name (lower-case letters, digits, _)`);
  return name;
}

export function openPgDb(databaseUrl: string, options: PgOptions = {}): SqlDb {
  const schema = pgSchemaName(options.schema);
  const pool = new pg.Pool({
    connectionString: withDefaultUser(databaseUrl),
    max: 4,
    allowExitOnIdle: true,
    options: `-c search_path=${schema},public`,
  });
  let ensured: Promise<void> | null = null;
  const ensureSchema = () => (ensured ??= pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).then(() => undefined).catch((e) => {
    ensured = null;
    // two processes creating the schema at once: the loser sees a unique violation, which is fine
    if ((e as { code?: string }).code !== '23505') throw e;
  }));

  const on = (client: pg.Pool | pg.PoolClient): SqlDb => ({
    dialect: 'postgres',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      await ensureSchema();
      return (await client.query(numberPlaceholders(sql), params as unknown[])).rows as T[];
    },
    async run(sql, params = []) {
      await ensureSchema();
      await client.query(numberPlaceholders(sql), params as unknown[]);
    },
    async exec(script) {
      await ensureSchema();
      await client.query(script);
    },
    async transaction<T>(fn: (tx: SqlDb) => Promise<T>, lockKey?: string): Promise<T> {
      if (client !== pool) return fn(on(client));
      await ensureSchema();
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        if (lockKey) await conn.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`protokoll:${schema}:${lockKey}`]);
        const value = await fn(on(conn));
        await conn.query('COMMIT');
        return value;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
    async close() {
      await pool.end();
    },
  });
  return on(pool);
}
