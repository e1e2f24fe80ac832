/**
 * A worker SIGKILLed in the middle of a batch (test/workers/queue.test.ts covers one job held
 * mid-read): its jobs stall, another worker picks them up once their locks expire, the import
 * finishes with every document processed, and each document has exactly one record.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../workers/support.js';
import { REPO } from '../pipelines/support.js';
import { envFor, startWorker } from './support/processes.js';
import { hasRedisServer } from './support/redis-server.js';
import { privateRedisSuite } from './support/private-redis.js';
import { writeTinyMinutes } from './support/tiny-minutes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FAST_STALL = ['--lock-duration', '1000', '--stalled-interval', '500'];

describe.runIf(hasRedisServer())('a worker SIGKILLed during a batch', { timeout: 120_000 }, () => {
  const suite = privateRedisSuite('kill');

  it('loses nothing: the stalled jobs are finished by another worker, one record per document', async () => {
    const { base, server, workers } = suite;
    const count = 600;
    const archive = path.join(base, 'arkiv');
    const out = path.join(base, 'records');
    const files = writeTinyMinutes(archive, count);
    const env = envFor(server.url, `protokoll-test-kill-${process.pid}`);
    const doomed = await startWorker(env, ['--concurrency', '2', ...FAST_STALL]);
    workers.push(doomed);

    const importer = spawn(process.execPath, [CLI, 'import', archive, '--out', out], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    importer.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    importer.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => importer.on('exit', (code) => resolve(code)));

    const end = Date.now() + 60_000;
    while ((doomed.log().match(/stored /g) ?? []).length < 50) {
      if (Date.now() > end) throw new Error(`no progress:\n${doomed.log()}\n${stderr}`);
      await sleep(20);
    }
    expect(await doomed.stop('SIGKILL')).toBe('SIGKILL');
    const storedByDoomed = (doomed.log().match(/stored /g) ?? []).length;
    const rescuer = await startWorker(env, ['--concurrency', '2', ...FAST_STALL]);
    workers.push(rescuer);

    const code = await Promise.race([exited, sleep(90_000).then(() => 'timeout')]);
    expect(code, stderr.slice(-2000)).toBe(0);
    expect(stdout).toMatch(new RegExp(`^processed ${count}, unchanged 0, failed 0$`, 'm'));
    expect(readdirSync(out).filter((f) => /^[0-9a-f]{16}\.json$/.test(f))).toHaveLength(files.length);
    // the rescuer did the rest (a stalled job may be stored twice, onto the same file: the record
    // is named by its content). The logs cannot be summed exactly: a worker SIGKILLed right after
    // storing a record may die before its "stored" line is written out; the records above count.
    const storedByRescuer = (rescuer.log().match(/stored /g) ?? []).length;
    expect(storedByDoomed).toBeLessThan(count);
    expect(storedByRescuer).toBeGreaterThanOrEqual(count - storedByDoomed - 4);
  });
});
