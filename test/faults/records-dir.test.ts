/**
 * The records folder cannot be written: read-only, then full. (We run as root, for whom
 * permissions do not stop a write; a read-only or full file system does, so the folder is a bind
 * mount of a small tmpfs of the test's own, swapped for a read-only bind of it, the way a share
 * is remounted read-only under a running service.) The store job fails with a plain reason and stays retryable:
 * BullMQ retries it with backoff and it succeeds once the folder can be written again. The
 * record written before is never touched. Without mount rights, a folder whose path runs through
 * a file stands in: the import fails at once, with the reason.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/pipeline.js';
import { QueueClient } from '../../src/queue/client.js';
import { QUEUES, type StoreResult } from '../../src/queue/config.js';
import { REPO, SAMPLES } from '../pipelines/support.js';
import { CLI, ensureBuilt } from '../workers/support.js';
import { envFor, startWorker, type Worker } from './support/processes.js';
import { hasRedisServer, startRedisServer, type RedisServer } from './support/redis-server.js';
import { requirement } from '../support/requirements.js';

const exec = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function canMount(): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'protokoll-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an output folder that cannot be written', { timeout: 120_000 }, () => {
  let base = '';
  beforeAll(async () => {
    await ensureBuilt();
    base = mkdtempSync(path.join(os.tmpdir(), 'protokoll-unwritable-'));
  }, 180_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('an import whose records folder runs through a file fails at once, saying so', async () => {
    const blocker = path.join(base, 'en-fil');
    writeFileSync(blocker, 'not a folder');
    const env = envFor('', 'unused');
    delete env.REDIS_URL;
    const result = await exec(process.execPath, [CLI, 'import', path.join(SAMPLES, 'text'), '--out', path.join(blocker, 'records')], { cwd: REPO, env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ENOTDIR: not a directory.*en-fil\/records/);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  describe.runIf(hasRedisServer() && requirement(canMount(), 'tmpfs mounts (root)', { optionalInCi: true }))('on a file system of its own', () => {
    let server: RedisServer;
    let client: QueueClient;
    let mount = '';
    let backing = '';
    const workers: Worker[] = [];
    const bind = (readOnly: boolean) => {
      execFileSync('umount', ['-l', mount]);
      execFileSync('mount', ['--bind', ...(readOnly ? ['-o', 'ro'] : []), backing, mount]);
    };
    beforeAll(async () => {
      server = await startRedisServer();
      backing = path.join(base, 'tmpfs');
      mount = path.join(base, 'records');
      mkdirSync(backing);
      mkdirSync(mount);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', backing]);
      execFileSync('mount', ['--bind', backing, mount]);
    });
    afterAll(async () => {
      await Promise.all(workers.map((w) => w.stop('SIGKILL')));
      await client?.close();
      for (const dir of [mount, backing]) execFileSync('umount', ['-l', dir]);
      await server?.remove();
    });

    it('fails the store job with a plain reason while read-only and while full, retries it, and writes the record once it can', async () => {
      const prefix = `protokoll-test-unwritable-${process.pid}`;
      client = new QueueClient({ url: server.url, prefix });
      const worker = await startWorker(envFor(server.url, prefix), ['--concurrency', '1']);
      workers.push(worker);
      const inbox = path.join(base, 'in');
      mkdirSync(inbox);
      const enqueue = async (name: string, sample: string) => {
        const file = path.join(inbox, name);
        writeFileSync(file, readFileSync(path.join(SAMPLES, 'text', sample)));
        const bytes = readFileSync(file);
        const { id } = await client.enqueueDocument({ path: file, sha256: sha256Hex(bytes), size: bytes.length, mtimeMs: 0, recordsDir: mount });
        return id;
      };
      const storeJob = async (id: string) => (await Job.fromId<unknown, StoreResult>(client.queue(QUEUES.store), id))!;
      const until = async (what: string, probe: () => Promise<boolean>) => {
        const end = Date.now() + 30_000;
        while (!(await probe())) {
          if (Date.now() > end) throw new Error(`${what}: not within 30 s\n${worker.log()}`);
          await sleep(100);
        }
      };

      // a first record, written while all is well
      const first = await enqueue('forsta.txt', '000_7b52d196786977c7.txt');
      expect(await client.waitForStore(first)).toMatchObject({ status: 'stored' });
      const written = readdirSync(mount).filter((f) => f.endsWith('.json'));
      expect(written).toHaveLength(1);
      const firstBytes = readFileSync(path.join(mount, written[0]!));

      // read-only: attempt 1 fails, plainly, and the job waits for its retry
      bind(true);
      const second = await enqueue('andra.txt', '001_062690003aef6bc0.txt');
      await until('the first failed attempt', async () => (await storeJob(second)).attemptsMade >= 1);
      let job = await storeJob(second);
      expect(job.failedReason).toBe(`could not write the record to ${mount}: the folder is on a read-only file system (EROFS)`);
      expect(await job.getState()).toBe('delayed');

      // writable again but full: attempt 2 fails, plainly
      bind(false);
      const { bavail, bsize } = statfsSync(mount);
      try {
        writeFileSync(path.join(mount, 'fyllnad.bin'), Buffer.alloc(Number(bavail) * Number(bsize)));
      } catch {
        // filled to the last block
      }
      await until('the second failed attempt', async () => (await storeJob(second)).attemptsMade >= 2);
      job = await storeJob(second);
      expect(job.failedReason).toBe(`could not write the record to ${mount}: the disk is full (ENOSPC)`);
      expect(await job.getState()).toBe('delayed');
      expect(worker.log()).toMatch(/storing failed: .*andra\.txt: could not write the record to .*: the folder is on a read-only file system \(EROFS\)/);

      // space again: the next retry writes the record
      rmSync(path.join(mount, 'fyllnad.bin'));
      await until('the retry to succeed', async () => (await storeJob(second).then((j) => j.getState())) === 'completed');
      expect((await storeJob(second)).returnvalue).toMatchObject({ status: 'stored' });
      const records = readdirSync(mount).filter((f) => f.endsWith('.json'));
      expect(records).toHaveLength(2);
      // nothing half-written left behind, and the first record exactly as it was
      expect(readdirSync(mount).filter((f) => !/^([0-9a-f]{16}\.json|\.protokoll-registry\.sqlite(-wal|-shm)?|protokoll\.sqlite(-wal|-shm)?)$/.test(f))).toEqual([]);
      expect(readFileSync(path.join(mount, written[0]!))).toEqual(firstBytes);
      expect(worker.child.exitCode).toBeNull();
    });
  });
});
