/**
 * Redis killed and started again while workers run and an import waits (Redis keeps its data in
 * an append-only file, as in docker-compose.yml): the workers reconnect and go on, the import's
 * waiting survives, no job is lost, and each document has exactly one record.
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
const records = (dir: string) => {
  try {
    return readdirSync(dir).filter((f) => /^[0-9a-f]{16}\.json$/.test(f));
  } catch {
    return [];
  }
};

describe.runIf(hasRedisServer())('Redis restarted while workers run', { timeout: 120_000 }, () => {
  const suite = privateRedisSuite('restart');

  it('loses no job: the workers reconnect, the import finishes with every document recorded once', async () => {
    const { base, server, workers } = suite;
    const count = 1000;
    const archive = path.join(base, 'arkiv');
    const out = path.join(base, 'records');
    writeTinyMinutes(archive, count, 500);
    const env = envFor(server.url, `protokoll-test-restart-${process.pid}`);
    // a job in hand when Redis died cannot be marked done; it is handed on when its lock expires
    // (30 s by default; short here so the test need not wait)
    for (let i = 0; i < 2; i++) workers.push(await startWorker(env, ['--concurrency', '1', '--lock-duration', '2000', '--stalled-interval', '1000']));

    const importer = spawn(process.execPath, [CLI, 'import', archive, '--out', out], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    importer.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    importer.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => importer.on('exit', (code) => resolve(code)));

    // mid-run: some records written, many to go
    const end = Date.now() + 60_000;
    while (records(out).length < 100) {
      if (Date.now() > end) throw new Error(`no progress before the restart:\n${stderr}`);
      await sleep(50);
    }
    await server.stop('SIGKILL'); // a crash, not a clean shutdown
    const atCrash = records(out).length;
    await sleep(2000);
    await server.start();

    const code = await Promise.race([exited, sleep(90_000).then(() => 'timeout')]);
    expect(code, `${stdout}\n${stderr.slice(-3000)}`).toBe(0);
    expect(atCrash).toBeLessThan(count);
    expect(stdout).toMatch(new RegExp(`^processed ${count}, unchanged 0, failed 0$`, 'm'));
    expect(records(out)).toHaveLength(count);
    // both workers lived through it and went on storing after the restart
    for (const w of workers) {
      expect(w.child.exitCode).toBeNull();
      expect(w.log()).toMatch(/ECONNRESET|ECONNREFUSED|Connection is closed/);
      const afterOutage = w.log().slice(w.log().search(/ECONNRESET|ECONNREFUSED|Connection is closed/));
      expect(afterOutage).toMatch(/stored /);
    }
  });
});
