/**
 * 10,000 documents enqueued at once (one import of a folder of 10,000 small minutes files, with
 * Redis), run by two real workers: every one completes with its own record, and memory stays
 * bounded: the workers' resident memory and Redis's do not grow with the number of jobs
 * (finished jobs are trimmed, documents are read one per thread at a time).
 *
 * PROTOKOLL_TEST_JOBS sets the count (default 10,000, the documented value).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { CLI } from '../workers/support.js';
import { REPO } from '../pipelines/support.js';
import { envFor, rssMib, startWorker } from './support/processes.js';
import { hasRedisServer } from './support/redis-server.js';
import { privateRedisSuite } from './support/private-redis.js';
import { writeTinyMinutes } from './support/tiny-minutes.js';

const JOBS = Number(process.env.PROTOKOLL_TEST_JOBS ?? 10_000);

describe.runIf(hasRedisServer())(`${JOBS} jobs enqueued at once`, { timeout: 600_000 }, () => {
  const suite = privateRedisSuite('many');

  it('completes every one with its own record, with bounded memory', async () => {
    const { base, server, workers } = suite;
    const archive = path.join(base, 'arkiv');
    const out = path.join(base, 'records');
    writeTinyMinutes(archive, JOBS);
    const env = envFor(server.url, `protokoll-test-many-${process.pid}`);
    for (let i = 0; i < 2; i++) workers.push(await startWorker(env, ['--concurrency', '2']));
    const redis = new Redis(server.url);

    const peaks = { workers: 0, redisMib: 0, importer: 0 };
    const started = Date.now();
    const importer = spawn(process.execPath, [CLI, 'import', archive, '--out', out], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    importer.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    importer.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => importer.on('exit', (code) => resolve(code)));
    const samples: { at: number; workers: number }[] = [];
    const sampler = setInterval(() => {
      const sizes = workers.map((w) => rssMib(w.pid) ?? 0);
      peaks.workers = Math.max(peaks.workers, ...sizes);
      peaks.importer = Math.max(peaks.importer, rssMib(importer.pid!) ?? 0);
      samples.push({ at: Date.now() - started, workers: Math.max(...sizes) });
      void redis.info('memory').then((info) => {
        const used = Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0) / 1024 / 1024;
        peaks.redisMib = Math.max(peaks.redisMib, used);
      }, () => {});
    }, 500);
    const code = await exited;
    clearInterval(sampler);
    redis.disconnect();
    const seconds = (Date.now() - started) / 1000;
    console.log(`${JOBS} jobs in ${seconds.toFixed(1)} s (${(JOBS / seconds).toFixed(0)}/s); peak RSS per worker ${peaks.workers.toFixed(0)} MiB, importer ${peaks.importer.toFixed(0)} MiB, Redis used_memory ${peaks.redisMib.toFixed(0)} MiB`);

    expect(code, stderr.slice(-2000)).toBe(0);
    expect(stdout).toMatch(new RegExp(`^processed ${JOBS}, unchanged 0, failed 0$`, 'm'));
    expect(readdirSync(out).filter((f) => /^[0-9a-f]{16}\.json$/.test(f))).toHaveLength(JOBS);
    // bounded: a worker holds a few documents at a time, Redis keeps only the last finished jobs
    expect(peaks.workers).toBeLessThan(600);
    expect(peaks.redisMib).toBeLessThan(400);
    // no growth with the number of jobs done: the late samples are not far above the early ones
    const settled = samples.filter((s) => s.at > (Date.now() - started) * 0.2);
    if (settled.length > 4) {
      const early = Math.max(...settled.slice(0, Math.ceil(settled.length / 3)).map((s) => s.workers));
      const late = Math.max(...settled.slice(-Math.ceil(settled.length / 3)).map((s) => s.workers));
      expect(late).toBeLessThan(early * 1.5 + 50);
    }
    expect(workers.every((w) => w.child.exitCode === null)).toBe(true);
  });
});
