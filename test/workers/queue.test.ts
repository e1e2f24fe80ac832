/**
 * The BullMQ pipelines against the real Redis, with real `protokoll worker` processes: the same
 * records as in-process, one job per content, permanent failures without retries, a SIGKILLed
 * worker's job finished by another, SIGTERM finishing the job in hand, the nightly scheduler.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Job } from 'bullmq';
import { recordIdFor } from '../../src/pipeline.js';
import { QueueClient } from '../../src/queue/client.js';
import { QUEUES, documentJobId } from '../../src/queue/config.js';
import { enqueueFile } from '../../src/queue/enqueue-file.js';
import { Registry } from '../../src/registry/registry.js';
import { CORRUPT_DOCX, SAMPLES, removeDir, tempDir } from '../pipelines/support.js';
import { REDIS_URL, childEnv, ensureBuilt, removePrefix, runCli, startWorker, testPrefix, type WorkerProcess } from './support.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

// short locks and stall checks so that a killed worker's job is handed on in about a second
const FAST_STALL = ['--lock-duration', '1000', '--stalled-interval', '500'];

describe('BullMQ pipelines on real Redis', { timeout: 45_000 }, () => {
  let prefix = '';
  let client: QueueClient;
  const workers: WorkerProcess[] = [];
  const dirs: string[] = [];
  const registries: Registry[] = [];

  beforeAll(async () => {
    await ensureBuilt();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    await client?.close();
    registries.splice(0).forEach((r) => r.close());
    await removePrefix(prefix);
    dirs.splice(0).forEach(removeDir);
  });
  afterAll(async () => {
    await removePrefix(prefix);
  });

  function fresh(label: string) {
    prefix = testPrefix(label);
    client = new QueueClient({ url: REDIS_URL, prefix });
    const base = tempDir(label);
    dirs.push(base);
    return base;
  }

  async function worker(args: string[] = []): Promise<WorkerProcess> {
    const w = await startWorker(prefix, args);
    workers.push(w);
    return w;
  }

  it('gives records identical to the in-process path on samples/', async () => {
    const base = fresh('same');
    const local = path.join(base, 'local');
    const queued = path.join(base, 'queued');
    const inProcessEnv = childEnv(prefix);
    delete inProcessEnv.REDIS_URL;
    const [inProcess] = await Promise.all([runCli(['import', SAMPLES, '--out', local], inProcessEnv), worker(['--concurrency', '1']), worker(['--concurrency', '1'])]);
    const viaQueue = await runCli(['import', SAMPLES, '--out', queued], childEnv(prefix));

    expect(inProcess.stderr).toMatch(/in this process/);
    expect(viaQueue.stderr).toMatch(/queued on redis/);
    expect(viaQueue.code).toBe(inProcess.code);
    expect(viaQueue.stdout).toBe(inProcess.stdout); // the summary, failures and reasons included
    expect(jsonFiles(queued)).toEqual(jsonFiles(local));
    expect(jsonFiles(local).length).toBeGreaterThan(0);
    for (const file of jsonFiles(local)) {
      expect(readFileSync(path.join(queued, file), 'utf8'), file).toBe(readFileSync(path.join(local, file), 'utf8'));
    }
    // both workers took part
    expect(workers.filter((w) => /stored|failed/.test(w.log()))).toHaveLength(2);
  });

  it('processes the same content enqueued twice (from two paths) once', async () => {
    const base = fresh('dedupe');
    const out = path.join(base, 'records');
    const original = path.join(base, 'FLG.txt');
    const copy = path.join(base, 'kopia', 'FLG.txt');
    mkdirSync(path.dirname(copy));
    copyFileSync(path.join(SAMPLES, 'text', '003_212a12d136dc51af.txt'), original);
    copyFileSync(original, copy);
    const registry = Registry.open(out);
    registries.push(registry);

    const first = await enqueueFile(client, registry, out, original);
    const second = await enqueueFile(client, registry, out, copy);
    expect(first).toMatchObject({ kind: 'queued', alreadyQueued: false });
    expect(second).toMatchObject({ kind: 'queued', alreadyQueued: true });
    expect(second.kind === 'queued' && second.jobId).toBe(first.kind === 'queued' && first.jobId);
    expect(await client.queue(QUEUES.extract).getJobCounts('waiting')).toEqual({ waiting: 1 });

    await worker();
    const result = await client.waitForStore((first as { jobId: string }).jobId);
    expect(result).toMatchObject({ status: 'stored', recordId: recordIdFor(readFileSync(original)) });
    expect(await client.queue(QUEUES.extract).getJobCounts('completed', 'waiting', 'active')).toEqual({ completed: 1, waiting: 0, active: 0 });
    expect(jsonFiles(out)).toEqual([`${recordIdFor(readFileSync(original))}.json`]);
    // both paths are known paths of the one document; enqueueing again finds nothing to do
    expect(registry.pathsOf(sha256(readFileSync(original))).map((e) => [e.path, e.status])).toEqual([
      [original, 'done'],
      [copy, 'done'],
    ]);
    expect(await enqueueFile(client, registry, out, copy)).toMatchObject({ kind: 'unchanged' });
  });

  it('fails a corrupt file at once with its reason while the others succeed; status shows it, retry-failed retries it', async () => {
    const base = fresh('corrupt');
    const input = path.join(base, 'share');
    const out = path.join(base, 'records');
    mkdirSync(input);
    const good = ['000_7b52d196786977c7.txt', '004_86712a6743130d70.txt'];
    for (const name of good) copyFileSync(path.join(SAMPLES, 'text', name), path.join(input, name));
    const corrupt = path.join(input, 'trasig.docx');
    writeFileSync(corrupt, CORRUPT_DOCX);
    const w = await worker();

    const run = await runCli(['import', input, '--out', out], childEnv(prefix));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^processed 2, unchanged 0, failed 1$/m);
    expect(run.stdout).toContain(`${corrupt}: the file is named .docx but is not a Word document`);
    expect(jsonFiles(out)).toEqual(good.map((n) => `${recordIdFor(readFileSync(path.join(input, n)))}.json`).sort());

    const id = documentJobId(sha256(CORRUPT_DOCX), out);
    const failed = await Job.fromId(client.queue(QUEUES.extract), id);
    expect(failed?.attemptsMade).toBe(1); // no retries for a permanent failure
    expect(failed?.failedReason).toMatch(/not a Word document/);
    // said once, by the store job that records it
    expect(w.log().match(/trasig\.docx: the file is named \.docx/g)).toHaveLength(1);
    expect(w.log()).toMatch(/"msg":"failed .*trasig\.docx: the file is named \.docx/);

    const status = await runCli(['status'], childEnv(prefix));
    expect(status.stdout).toMatch(/^extract\s+0\s+0\s+0\s+0\s+2\s+1$/m);
    expect(status.stdout).toContain(`${corrupt}: the file is named .docx but is not a Word document`);
    expect(status.stdout).toMatch(/workers connected: 1/);

    const finishedBefore = failed!.finishedOn!;
    const retry = await runCli(['retry-failed'], childEnv(prefix));
    expect(retry.stdout).toMatch(/^1 failed job\(s\) queued again$/m);
    const again = await until(async () => {
      const job = await Job.fromId(client.queue(QUEUES.extract), id);
      return job?.finishedOn && job.finishedOn > finishedBefore ? job : undefined;
    }, 10_000, 'the retried job to finish');
    expect(again.failedReason).toMatch(/not a Word document/);
    const registry = Registry.open(out);
    registries.push(registry);
    expect(registry.get(corrupt)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/not a Word document/) });
  });

  /**
   * "Mid-job" made likely: the document is real minutes many times over, seconds of parsing, so
   * the job stays active while the test acts. (It was a named pipe the worker blocked on; pipes
   * are never opened now, issue 10.)
   */
  function longDocument(base: string) {
    const out = path.join(base, 'records');
    const file = path.join(base, 'långsam.txt');
    const one = readFileSync(path.join(SAMPLES, 'text', '001_062690003aef6bc0.txt'), 'utf8');
    const content = Buffer.from(Array.from({ length: 300 }, (_, i) => one.replace(/Protokoll/g, `Protokoll ${i}`)).join('\n\f'));
    writeFileSync(file, content);
    const doc = { path: file, sha256: sha256(content), size: content.length, mtimeMs: 0, recordsDir: out };
    return { out, file, content, doc };
  }

  async function activeJob(id: string) {
    await until(async () => (await client.queue(QUEUES.extract).getJobState(id)) === 'active', 15_000, 'the job to be taken');
    await sleep(300); // the worker thread is now parsing
  }

  it('loses nothing when a worker is SIGKILLed mid-job: another finishes it, exactly one record results', async () => {
    const base = fresh('sigkill');
    const { out, file, content, doc } = longDocument(base);
    const doomed = await worker(FAST_STALL);
    const { id } = await client.enqueueDocument(doc);
    await activeJob(id);

    expect(await doomed.stop('SIGKILL')).toBe('SIGKILL');
    // finds the doomed job stalled quickly, and holds its own lock long enough for seconds of parsing on a busy machine
    const rescuer = await worker(['--stalled-interval', '500']);
    const result = await client.waitForStore(id);

    expect(result).toMatchObject({ status: 'stored', recordId: recordIdFor(content) });
    expect(readdirSync(out).filter((f) => !f.startsWith('.') && !f.startsWith('protokoll.sqlite'))).toEqual([`${recordIdFor(content)}.json`]);
    const job = await Job.fromId(client.queue(QUEUES.extract), id);
    expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2); // taken by the killed worker, then again
    await until(async () => rescuer.log().includes(`stored ${file}`), 5000, 'the rescuer to log the record');
    expect(doomed.log()).not.toContain('stored');
  });

  it('finishes the job in hand on SIGTERM before exiting, and the document is completed', async () => {
    const base = fresh('sigterm');
    const { out, content, doc } = longDocument(base);
    const w = await worker();
    const { id } = await client.enqueueDocument(doc);
    await activeJob(id);

    w.child.kill('SIGTERM');
    await sleep(300);
    expect(w.child.exitCode).toBeNull(); // still working on its job
    expect(await w.exited).toBe('0');
    expect(w.log()).toMatch(/SIGTERM: finishing the jobs in hand/);
    expect(await client.queue(QUEUES.extract).getJobState(id)).toBe('completed');
    // its store job either ran before the worker closed or waits for the next worker
    await worker();
    expect(await client.waitForStore(id)).toMatchObject({ status: 'stored', recordId: recordIdFor(content) });
    expect(jsonFiles(out)).toEqual([`${recordIdFor(content)}.json`]);
  });

  it('registers a nightly rescan that fires, lists and removes it', async () => {
    const base = fresh('schedule');
    const share = path.join(base, 'share');
    const out = path.join(base, 'records');
    mkdirSync(share);
    const file = path.join(share, 'FLG.txt');
    copyFileSync(path.join(SAMPLES, 'text', '002_d87efa32b9f021cd.txt'), file);

    // every second (a leading seconds field), so the test need not wait for 02:00
    const scheduled = await runCli(['schedule', share, '--cron', '* * * * * *', '--out', out], childEnv(prefix));
    expect(scheduled.code).toBe(0);
    expect(scheduled.stdout).toMatch(/^scheduled rescan-[0-9a-f]{12}: rescan .*share into .*records on "\* \* \* \* \* \*"/);
    const listed = await runCli(['schedule', '--list'], childEnv(prefix));
    expect(listed.stdout).toContain(`"* * * * * *"`);
    expect(listed.stdout).toContain(`${share} -> ${out}`);

    const w = await worker();
    await until(async () => jsonFiles(out).length > 0 || undefined, 15_000, 'the rescan to make a record');
    expect(jsonFiles(out)).toEqual([`${recordIdFor(readFileSync(file))}.json`]);
    await until(async () => /rescanned .*share: 1 file\(s\), 0 queued, 1 unchanged/.test(w.log()) || undefined, 10_000, 'a later rescan to skip the file');

    const removed = await runCli(['schedule', share, '--remove'], childEnv(prefix));
    expect(removed.stdout).toMatch(/removed the rescan of/);
    expect((await runCli(['schedule', '--list'], childEnv(prefix))).stdout).toBe('no rescans scheduled\n');
  });
});
