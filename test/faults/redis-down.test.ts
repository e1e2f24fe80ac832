/**
 * Redis down (issue 10, defect 8): one plain line, then retries. At start a command says once that
 * Redis does not answer and waits (a one-off command for PROTOKOLL_REDIS_WAIT_SECONDS, a service
 * for ever); Redis dying under a running import is said once and "answers again" when it is back,
 * never as a Node error dump per retry and connection.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueueClient } from '../../src/queue/client.js';
import { QUEUES } from '../../src/queue/config.js';
import { waitUntilReachable } from '../../src/queue/outage.js';
import { REPO } from '../pipelines/support.js';
import { CLI } from '../workers/support.js';
import { envFor } from './support/processes.js';
import { privateRedisSuite } from './support/private-redis.js';
import { freePort, hasRedisServer } from './support/redis-server.js';
import { writeTinyMinutes } from './support/tiny-minutes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lines of a Node error dump: a stack frame or an inspected error's fields. */
const DUMP = /^\s+at |^\s+(errno|syscall|address|port): /m;

describe('Redis that does not answer at start', () => {
  it('is said once, retried quietly, and given up on with a plain error after the wait', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const lines: string[] = [];
    const client = new QueueClient({ url, prefix: 'protokoll-test-down', say: (line) => lines.push(line) });
    const started = Date.now();
    try {
      await expect(client.waitUntilReachable(2500)).rejects.toThrow(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+\/?: .*ECONNREFUSED/);
    } finally {
      await client.close();
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(2400);
    expect(lines).toEqual([expect.stringMatching(/^Redis at redis:\/\/127\.0\.0\.1:\d+\/? does not answer \(.*ECONNREFUSED.*\); retrying in 1 s, for up to \d s$/)]);
  });

  it('does not retry a refused password: that fails at once', async () => {
    const lines: string[] = [];
    const check = () => Promise.reject(new Error('cannot reach Redis at redis://***@h:1: WRONGPASS invalid username-password pair'));
    await expect(waitUntilReachable('redis://h:1', check, { say: (l) => lines.push(l), giveUpAfterMs: 10_000 })).rejects.toThrow(/WRONGPASS/);
    expect(lines).toEqual([]);
  });

  it('import says one line, no error dumps, and exits with the reason after PROTOKOLL_REDIS_WAIT_SECONDS', { timeout: 60_000 }, async () => {
    const { ensureBuilt } = await import('../workers/support.js');
    await ensureBuilt();
    const url = `redis://127.0.0.1:${await freePort()}`;
    const env = { ...envFor(url, 'protokoll-test-down'), PROTOKOLL_REDIS_WAIT_SECONDS: '2' };
    const child = spawn(process.execPath, [CLI, 'import', path.join(REPO, 'samples', 'text'), '--out', path.join(REPO, 'node_modules', '.cache', 'no-records')], { cwd: REPO, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2); // the CLI's code for an error that stopped the command
    expect(stderr).not.toMatch(DUMP);
    expect(stderr.match(/does not answer/g)).toHaveLength(1);
    expect(stderr).toMatch(/protokoll: cannot reach Redis at .*ECONNREFUSED/);
  });
});

describe.runIf(hasRedisServer())('Redis dying under a running import', { timeout: 120_000 }, () => {
  const suite = privateRedisSuite('redis-down');

  it('says so once and that it answers again; no error dumps, the import goes on', async () => {
    const { base, server } = suite;
    const archive = path.join(base, 'arkiv');
    writeTinyMinutes(archive, 20, 20);
    const prefix = `protokoll-test-down-${process.pid}`;
    // no worker: the import enqueues and waits, its connections open, while Redis goes away
    const importer = spawn(process.execPath, [CLI, 'import', archive, '--out', path.join(base, 'records')], { cwd: REPO, env: envFor(server.url, prefix) });
    let stderr = '';
    importer.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const end = Date.now() + 30_000;
    while (!stderr.includes('no protokoll worker is connected')) {
      if (Date.now() > end) throw new Error(`the import did not start:\n${stderr}`);
      await sleep(50);
    }
    await sleep(500);
    await server.stop('SIGKILL');
    await sleep(6000); // BullMQ retries every 1 to 20 s on each of several connections
    await server.start();
    await sleep(4000);
    importer.kill('SIGKILL');
    const client = new QueueClient({ url: server.url, prefix });
    try {
      // the import's jobs were written before the crash (AOF): nothing lost
      expect(await client.queue(QUEUES.store).count()).toBe(20);
    } finally {
      await client.close();
    }
    expect(stderr).not.toMatch(DUMP);
    expect(stderr.match(/does not answer/g)).toHaveLength(1);
    expect(stderr).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/? does not answer \(.*(ECONNREFUSED|ECONNRESET|Connection is closed).*\); retrying in 1 s, then up to every 20 s, until it does/);
    expect(stderr).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/? answers again/);
  });
});
