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

/** A statement over the time limit, stopped by the database. */
export class StatementTimeoutError extends Error {}

/** The time limit of every statement (PostgreSQL's statement_timeout): PROTOKOLL_STATEMENT_TIMEOUT_MS, default 15 s. */
export function statementTimeoutMs(): number {
  const raw = process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS;
  const n = raw === undefined ? 15_000 : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PROTOKOLL_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds above 0, not "${raw}"`);
  return n;
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
  const timeoutMs = statementTimeoutMs();
  const pool = new pg.Pool({
    connectionString: withDefaultUser(databaseUrl),
    max: 4,
    allowExitOnIdle: true,
    // pg_stat_activity names each session's store, so an operator (or a test) can tell whose it is
    application_name: `protokoll:${schema}`.slice(0, 63),
    // the server stops any statement over the limit, also when the client has gone away meanwhile,
    // and ends a session left idle inside a transaction
    options: `-c search_path=${schema},public -c statement_timeout=${timeoutMs} -c idle_in_transaction_session_timeout=${Math.max(timeoutMs, 60_000)}`,
  });
  // a session the server ends while the pool holds it idle (a database restart, an operator's
  // pg_terminate_backend) leaves the pool, which opens another when next asked; its 'error'
  // unheard would end the whole process (a worker, the web server) as an uncaught exception
  pool.on('error', () => undefined);
  const plain = (error: unknown): unknown => {
    const code = (error as { code?: string }).code;
    if (code === '57014') return new StatementTimeoutError(`the database stopped a statement that ran longer than ${timeoutMs / 1000} s (PROTOKOLL_STATEMENT_TIMEOUT_MS)`);
    if (code === '54000') return new Error('the database refused the request as too large');
    return error;
  };
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
      try {
        return (await client.query(numberPlaceholders(sql), params as unknown[])).rows as T[];
      } catch (error) {
        throw plain(error);
      }
    },
    async run(sql, params = []) {
      await ensureSchema();
      try {
        await client.query(numberPlaceholders(sql), params as unknown[]);
      } catch (error) {
        throw plain(error);
      }
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
