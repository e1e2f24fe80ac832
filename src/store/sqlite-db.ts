/**
 * SqlDb over better-sqlite3. The database is synchronous; the async surface only lets the store
 * code be shared with PostgreSQL. Transactions are serialised within the process (a caller's
 * awaits would otherwise let another caller's statements into its transaction) and across
 * processes by SQLite itself (BEGIN IMMEDIATE, WAL, a busy timeout).
 */
import Database from 'better-sqlite3';
import type { SqlDb } from './sql.js';

export function openSqliteDb(file: string): SqlDb {
  const db = new Database(file, { timeout: 15_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  return sqliteDb(db);
}

function sqliteDb(db: Database.Database): SqlDb {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  let queue: Promise<unknown> = Promise.resolve();

  const self: SqlDb = {
    dialect: 'sqlite',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      prepare(sql).run(...params);
    },
    async exec(script) {
      db.exec(script);
    },
    transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
      const result = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await fn(inside);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      db.close();
    },
  };
  /** what a transaction's body gets: nested transactions simply join the open one */
  const inside: SqlDb = { ...self, transaction: (fn) => fn(inside) };
  return self;
}
