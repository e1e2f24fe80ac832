/**
 * A PostgreSQL session the server ends while the store holds it idle (a database restart, an
 * operator's pg_terminate_backend): the store goes on with a new session, and the process lives.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { withDefaultUser } from '../../src/store/pg-db.js';
import { PG_URL, testStore, type TestStore } from './backends.js';

describe('a store whose idle PostgreSQL session the server ends', () => {
  let t: TestStore;
  afterAll(async () => t?.cleanup());

  it('answers the next query on a new session; the ended one raises nothing the process would die of', async () => {
    t = await testStore('postgres');
    const store = await t.open();
    expect(await store.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM meetings')).toEqual([{ n: expect.anything() }]);
    const admin = new pg.Client({ connectionString: withDefaultUser(PG_URL) });
    await admin.connect();
    try {
      const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`protokoll:${t.schema}`.slice(0, 63)]);
      expect(ended.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    // the pool hears the session end (an unheard 'error' would be an uncaught exception here)
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM meetings')).toEqual([{ n: expect.anything() }]);
  });
});
