import { describe, expect, it } from 'vitest';
import { ConcurrencyPool } from '../../pipelines/pool.js';

describe('concurrency pool', () => {
  it('runs at most `limit` tasks at once, and all of them', async () => {
    const pool = new ConcurrencyPool(3);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pool.run(async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 5 + (i % 4) * 3));
          running--;
          done.push(i);
        }),
      ),
    );
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('frees the slot of a task that throws', async () => {
    const pool = new ConcurrencyPool(1);
    await expect(pool.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(pool.run(async () => 'next')).resolves.toBe('next');
    expect(pool.active).toBe(0);
  });

  it('refuses a limit below 1', () => {
    expect(() => new ConcurrencyPool(0)).toThrow(/at least 1/);
  });
});
