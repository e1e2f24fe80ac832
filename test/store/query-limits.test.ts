/**
 * Searches from outside are hostile (issue 10, defect 6): bounded in length and words, answered
 * fast or refused in plain words on both stores, and every PostgreSQL statement has a time limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError, search } from '../../src/search/search.js';
import { openPgDb } from '../../src/store/pg-db.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, PG_URL, testStore, type TestStore } from './backends.js';
import { ALL_MEETINGS, writeRecords } from './fixtures.js';

describe.each(BACKENDS)('query limits on %s', (backend) => {
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await testStore(backend);
    await writeRecords(t.recordsDir, ALL_MEETINGS);
    store = await t.open();
    await syncRecords(store);
  });
  afterAll(async () => t?.cleanup());

  const timed = async <T>(fn: () => Promise<T>) => {
    const t0 = performance.now();
    const value = await fn().catch((error: unknown) => error);
    return { value, ms: performance.now() - t0 };
  };

  it('2,000 repeated words: refused at once in plain words (today: 70 s on PostgreSQL)', async () => {
    const { value, ms } = await timed(() => search(store.db, { query: Array(2000).fill('uppdrag').join(' ') }));
    expect(value).toBeInstanceOf(QueryError);
    expect(ms).toBeLessThan(2000);
  });

  it('a word repeated within the length limit counts once', async () => {
    const { value, ms } = await timed(() => search(store.db, { query: Array(100).fill('uppdrag').join(' ') }));
    expect(Array.isArray(value) && value.length > 0).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('100 different words are refused in plain words, before the database sees them', async () => {
    const words = Array.from({ length: 100 }, (_, i) => `o${i.toString(36)}x`).join(' ');
    const { value, ms } = await timed(() => search(store.db, { query: words }));
    expect(value).toBeInstanceOf(QueryError);
    expect((value as Error).message).toMatch(/too many different words/);
    expect(ms).toBeLessThan(2000);
  });

  it('120,000 characters are refused in plain words', async () => {
    const { value } = await timed(() => search(store.db, { query: 'a'.repeat(120_000) }));
    expect(value).toBeInstanceOf(QueryError);
    expect((value as Error).message).toMatch(/too long \(120,000 characters; at most 1,000\)/);
  });

  it('a long quoted phrase is bounded too', async () => {
    const phrase = `"${Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ')}"`;
    expect(await timed(() => search(store.db, { query: phrase })).then((r) => r.value)).toBeInstanceOf(QueryError);
  });
});

describe('PostgreSQL statement time limit', () => {
  it('stops a statement over PROTOKOLL_STATEMENT_TIMEOUT_MS, with a plain message, and frees the backend', async () => {
    const before = process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS;
    process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS = '300';
    const db = openPgDb(PG_URL, { schema: 'protokoll_limits_test' });
    try {
      const t0 = performance.now();
      const error = await db.all('SELECT pg_sleep(5)').catch((e: unknown) => e);
      expect(performance.now() - t0).toBeLessThan(3000);
      expect((error as Error).message).toBe('the database stopped a statement that ran longer than 0.3 s (PROTOKOLL_STATEMENT_TIMEOUT_MS)');
      const busy = await db.all<{ n: string }>("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(5)' AND state = 'active'");
      expect(Number(busy[0]!.n)).toBe(0);
    } finally {
      await db.run('DROP SCHEMA IF EXISTS protokoll_limits_test CASCADE').catch(() => undefined);
      await db.close();
      if (before === undefined) delete process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS;
      else process.env.PROTOKOLL_STATEMENT_TIMEOUT_MS = before;
    }
  });
});
