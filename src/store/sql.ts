/**
 * The little SQL both stores share. Queries are written once with `?` placeholders; each adapter
 * runs them on its own database (better-sqlite3 or pg). Only the schema and full-text search differ.
 */
export type Dialect = 'sqlite' | 'postgres';
export type SqlValue = string | number | null;

export interface SqlDb {
  readonly dialect: Dialect;
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** several statements, no parameters (schema) */
  exec(script: string): Promise<void>;
  /** runs `fn` in one transaction; `lockKey` serialises writers of the same thing across processes */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>, lockKey?: string): Promise<T>;
  close(): Promise<void>;
}

/** `column IN (...)` for a list given as one parameter: a JSON array in SQLite, an array in PostgreSQL. */
export function inList(db: Pick<SqlDb, 'dialect'>, column: string, values: readonly SqlValue[]): { sql: string; param: unknown } {
  return db.dialect === 'postgres'
    ? { sql: `${column} = ANY(?)`, param: values }
    : { sql: `${column} IN (SELECT value FROM json_each(?))`, param: JSON.stringify(values) };
}

/** Inserts rows in as few statements as the database allows. */
export async function insertRows(db: SqlDb, table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void> {
  if (rows.length === 0) return;
  if (db.dialect === 'sqlite') {
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    for (const row of rows) await db.run(sql, row);
    return;
  }
  // PostgreSQL: one round trip per chunk (at most 65535 parameters per statement)
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}
