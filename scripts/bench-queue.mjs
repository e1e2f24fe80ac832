#!/usr/bin/env node
// Queue benchmark: documents/s for the in-process pool and for BullMQ with 1 and 2 workers on the
// same corpus, and the queue's overhead per document. Runs the compiled code (`npm run build`
// first) against REDIS_URL (default redis://127.0.0.1:6379) under a key prefix of its own.
//
//   node scripts/bench-queue.mjs [--copies N] [--repeat R] [--json]
//
// Each configuration runs R times (default 2) into fresh records folders; the fastest run counts,
// since on a shared machine the slower ones mostly measure the neighbours.
//
// The corpus is samples/{text,docx,pdf}, each file in N variants whose bytes differ (so the queue
// does not deduplicate them) but whose text does not: txt and pdf get trailing whitespace after
// the content (after %%EOF in a PDF), docx a zip archive comment.
// Overhead per document = (BullMQ with 1 worker, 1 thread) - (in-process, 1 thread), divided by
// the number of documents: same parallelism, so the difference is what the queue adds (Redis
// round trips, job bookkeeping, the record passed through Redis, the hand-over to the extraction threads).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(REPO, 'dist');
const args = process.argv.slice(2);
const copies = Number(args[args.indexOf('--copies') + 1]) || 6;
const repeat = Number(args[args.indexOf('--repeat') + 1]) || 2;
const asJson = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined; // in-process | bullmq
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

if (!existsSync(path.join(DIST, 'workers', 'worker.js'))) {
  process.stderr.write('bench-queue: no compiled code; run `npm run build` first\n');
  process.exit(2);
}
const load = (rel) => import(pathToFileURL(path.join(DIST, rel)).href);
const { LocalRunner } = await load('pipelines/local-runner.js');
const { QueuedRunner } = await load('pipelines/queued-runner.js');
const { ThreadExtractor } = await load('pipelines/extractors.js');
const { QueueClient } = await load('src/queue/client.js');
const { closeHookStores } = await load('src/store/hook.js');
const { Redis } = await import('ioredis');

function variant(bytes, ext, n) {
  if (n === 0) return bytes;
  if (ext === '.docx') {
    // the end-of-central-directory record's comment (offset 20: its length) may hold anything
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || bytes.readUInt16LE(eocd + 20) !== 0) return null;
    const comment = Buffer.from(`protokoll bench variant ${n}`);
    const out = Buffer.concat([bytes.subarray(0, eocd + 22), comment]);
    out.writeUInt16LE(comment.length, eocd + 20);
    return out;
  }
  return Buffer.concat([bytes, Buffer.from('\n'.repeat(n))]);
}

function makeCorpus(dir, first = 0, count = copies) {
  const counts = {};
  for (const kind of ['text', 'docx', 'pdf']) {
    const from = path.join(REPO, 'samples', kind);
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from).sort()) {
      const ext = path.extname(name).toLowerCase();
      const bytes = readFileSync(path.join(from, name));
      for (let n = first; n < first + count; n++) {
        const v = variant(bytes, ext, n);
        if (!v) continue;
        const sub = path.join(dir, kind, `v${n}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(path.join(sub, name), v);
        counts[ext] = (counts[ext] ?? 0) + 1;
      }
    }
  }
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return { files, counts };
}

/** CPU seconds used so far by a process (Linux /proc; utime + stime at 100 ticks a second). */
function cpuOfPid(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds Redis has used (its own INFO), so the queue's cost includes the server's. */
async function redisCpu() {
  const redis = new Redis(REDIS_URL);
  try {
    const info = await redis.info('cpu');
    const field = (name) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return field('used_cpu_user') + field('used_cpu_sys');
  } finally {
    redis.disconnect();
  }
}

/**
 * Wall time, and CPU time across every process doing the work (this one with its threads, the
 * workers, Redis): on a shared machine the wall clock depends on the neighbours, CPU per
 * document much less, so the queue's overhead is given in both.
 */
async function timeRun(runner, files, otherPids = [], withRedis = false) {
  const cpu0 = process.cpuUsage();
  const others0 = otherPids.reduce((sum, pid) => sum + cpuOfPid(pid), 0) + (withRedis ? await redisCpu() : 0);
  const started = process.hrtime.bigint();
  const results = await Promise.all(files.map((f) => runner.process(f)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const own = process.cpuUsage(cpu0);
  const others = otherPids.reduce((sum, pid) => sum + cpuOfPid(pid), 0) + (withRedis ? await redisCpu() : 0) - others0;
  const cpuSeconds = (own.user + own.system) / 1e6 + others;
  const failed = results.filter((r) => r.status === 'failed' || r.status === 'gone').length;
  const processed = results.filter((r) => r.status === 'processed').length;
  const reasons = [...new Set(results.filter((r) => r.status === 'failed').map((r) => r.reason))].slice(0, 3);
  return {
    seconds,
    docsPerSecond: files.length / seconds,
    cpuMsPerDocument: (cpuSeconds * 1000) / files.length,
    processed,
    failed,
    ...(reasons.length ? { reasons } : {}),
  };
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'protokoll-bench-queue-'));
const corpus = makeCorpus(path.join(scratch, 'corpus'));
// documents of other content (variants past the corpus's), one per format, to start threads and
// load the parsers before the clock runs
const warmupCorpus = makeCorpus(path.join(scratch, 'warmup'), copies, 1).files;
const warmup = ['.txt', '.docx', '.pdf'].map((ext) => warmupCorpus.find((f) => f.endsWith(ext))).filter(Boolean);
let runNo = 0;
const recordsDir = () => path.join(scratch, `records-${++runNo}`);

/** The fastest run, with the failures of every run (a failure in a slower run still counts). */
const fastest = (runs) => ({
  ...runs.reduce((a, b) => (b.seconds < a.seconds ? b : a)),
  failedInAnyRun: runs.reduce((sum, r) => sum + r.failed, 0),
  reasons: [...new Set(runs.flatMap((r) => r.reasons ?? []))].slice(0, 3),
});

async function inProcess(threads) {
  // one set of threads for all runs, as a worker keeps its threads: warm code in both
  const threadsOnce = new ThreadExtractor(threads);
  const extractor = { extract: (file, bytes) => threadsOnce.extract(file, bytes), close: async () => {} };
  const runs = [];
  try {
    for (let i = 0; i < repeat; i++) {
      const runner = new LocalRunner({ recordsDir: recordsDir(), extractor, concurrency: threads + 1 });
      await Promise.all(warmup.map((f) => runner.process(f)));
      runs.push(await timeRun(runner, corpus.files));
      await runner.close();
    }
  } finally {
    await threadsOnce.close();
  }
  return fastest(runs);
}

async function redisAnswers() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function removePrefix(prefix) {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

function startWorker(prefix) {
  const child = spawn(process.execPath, [path.join(DIST, 'cli.js'), 'worker', '--concurrency', '1'], {
    env: { ...process.env, REDIS_URL, PROTOKOLL_QUEUE_PREFIX: prefix },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const ready = new Promise((resolve, reject) => {
    const check = () => (log.includes('consuming') ? resolve() : child.exitCode !== null ? reject(new Error(log)) : setTimeout(check, 20));
    check();
  });
  return { child, ready, exited };
}

async function viaQueue(workerCount) {
  const prefix = `protokoll-bench-${process.pid}-${workerCount}`;
  const workers = Array.from({ length: workerCount }, () => startWorker(prefix));
  const client = new QueueClient({ url: REDIS_URL, prefix });
  try {
    await Promise.all(workers.map((w) => w.ready));
    const runs = [];
    for (let i = 0; i < repeat; i++) {
      // a fresh records folder: job ids are scoped by it, so nothing is deduplicated across runs
      const runner = new QueuedRunner({ recordsDir: recordsDir(), client, concurrency: 8 });
      await Promise.all(warmup.map((f) => runner.process(f)));
      runs.push(await timeRun(runner, corpus.files, workers.map((w) => w.child.pid), true));
      await runner.close();
    }
    return fastest(runs);
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await client.close();
    await removePrefix(prefix);
  }
}

const rows = [];
try {
  if (only !== 'bullmq') {
    rows.push({ name: 'in-process, 1 thread', ...(await inProcess(1)) });
    rows.push({ name: 'in-process, 2 threads', ...(await inProcess(2)) });
  }
  if (only !== 'in-process' && (await redisAnswers())) {
    rows.push({ name: 'BullMQ, 1 worker x 1 thread', ...(await viaQueue(1)) });
    rows.push({ name: 'BullMQ, 2 workers x 1 thread', ...(await viaQueue(2)) });
  }
} finally {
  await closeHookStores();
  rmSync(scratch, { recursive: true, force: true });
}

const n = corpus.files.length;
const local1 = rows.find((r) => r.name === 'in-process, 1 thread');
const queue1 = rows.find((r) => r.name === 'BullMQ, 1 worker x 1 thread');
const overheadMs = queue1 && local1 ? ((queue1.seconds - local1.seconds) / n) * 1000 : null;
const overheadCpuMs = queue1 && local1 ? queue1.cpuMsPerDocument - local1.cpuMsPerDocument : null;

if (asJson) {
  process.stdout.write(`${JSON.stringify({ documents: n, byFormat: corpus.counts, cores: os.availableParallelism(), runs: rows, queueOverheadMsPerDocument: overheadMs, queueOverheadCpuMsPerDocument: overheadCpuMs }, null, 2)}\n`);
} else {
  const formats = Object.entries(corpus.counts).map(([ext, c]) => `${c} ${ext.slice(1)}`).join(', ');
  const lines = [`queue benchmark: ${n} documents (${formats}; ${copies} variants of each sample), ${os.availableParallelism()} cores, fastest of ${repeat} runs`];
  for (const r of rows) {
    lines.push(`  ${r.name.padEnd(30)} ${r.seconds.toFixed(2).padStart(7)} s  ${r.docsPerSecond.toFixed(1).padStart(6)} docs/s ${r.cpuMsPerDocument.toFixed(1).padStart(6)} CPU ms/doc  (${r.processed} records, ${r.failed} failed${r.failedInAnyRun > r.failed ? `; ${r.failedInAnyRun} in all runs` : ''})`);
    for (const reason of r.reasons ?? []) lines.push(`    failed: ${reason}`);
  }
  if (!queue1) lines.push(`  BullMQ: skipped, no Redis answers at ${REDIS_URL}`);
  else if (overheadMs !== null) {
    lines.push(`  queue overhead per document: ${overheadMs.toFixed(1)} ms wall, ${overheadCpuMs.toFixed(1)} ms CPU (BullMQ 1 worker x 1 thread minus in-process 1 thread)`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
