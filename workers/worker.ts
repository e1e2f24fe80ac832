/**
 * `protokoll worker`: consumes the three queues on one machine; start as many as you like, on as
 * many machines as see the same files (the archive share, the records folder) and the same Redis.
 *   extract  parsed on worker threads, --concurrency of them: N threads really use N cores; a
 *            document over the time or memory limit is stopped in its thread (src/limits)
 *   store    writes records and the registry, in the main thread (I/O)
 *   scan     the nightly rescans registered by `protokoll schedule`
 * SIGTERM (or Ctrl-C) finishes the jobs in hand and exits; a second one exits at once and the
 * jobs in hand go back to the queue when their locks expire. A worker killed outright (SIGKILL,
 * a lost machine) loses nothing either: its jobs stall and another worker picks them up.
 */
import os from 'node:os';
import { Worker, type Job } from 'bullmq';
import type { Command } from 'commander';
import { describeFailure } from '../src/errors.js';
import { createLogger, type Logger } from '../src/observe/log.js';
import { Metrics } from '../src/observe/metrics.js';
import { metricsPortFrom, startObserveServer, type ObserveServer } from '../src/observe/server.js';
import { shown } from '../src/util/shown.js';
import { addLimitOptions, settingsFromOptions, type LimitOptions } from '../src/limits/options.js';
import { QueueClient, connectionOptions } from '../src/queue/client.js';
import { closeHookStores } from '../src/store/hook.js';
import { QUEUES, queuePrefixFrom, redactUrl, redisUrlFrom, type DocumentJob, type ScanJob, type StoreResult } from '../src/queue/config.js';
import { parsePort, parsePositiveInt } from '../pipelines/runner.js';
import { ThreadExtractor, inlineExtractorWith, threadsAvailable } from '../pipelines/extractors.js';
import { processExtract } from './extract-processor.js';
import { processScan, type ScanResult } from './scan-processor.js';
import { RegistryCache, processStore } from './store-processor.js';

export interface WorkerOptions extends LimitOptions {
  redis?: string;
  prefix?: string;
  concurrency?: number;
  /** ms a job's lock lasts without renewal: how soon a killed worker's jobs are handed on */
  lockDuration?: number;
  /** ms between checks for stalled jobs (those whose worker died) */
  stalledInterval?: number;
  name?: string;
  /** serve /healthz and /metrics on this port (0: any free port) */
  metricsPort?: number;
  /** default: pino on stderr (JSON, or readable on a terminal) */
  logger?: Logger;
}

export interface RunningWorker {
  /** the /healthz and /metrics server, when a port was given */
  observe?: ObserveServer;
  metrics: Metrics;
  /** finishes the jobs in hand (or, with force, leaves them to stall back into the queue) */
  close(force?: boolean): Promise<void>;
}

export function registerWorker(program: Command): void {
  const command = program
    .command('worker')
    .description('process queued documents from Redis (REDIS_URL): extraction on worker threads, records written where each job says')
    .option('-c, --concurrency <n>', 'documents parsed at once, each on its own thread (default: the number of cores)', parsePositiveInt)
    .option('--redis <url>', 'Redis to consume from (default: $REDIS_URL)')
    .option('--prefix <prefix>', 'BullMQ key prefix (default: $PROTOKOLL_QUEUE_PREFIX or "protokoll")')
    .option('--lock-duration <ms>', "how long a job's lock lasts unrenewed; a killed worker's jobs are picked up after it (default 30000)", parsePositiveInt)
    .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died (default 30000)', parsePositiveInt)
    .option('--name <name>', 'worker name shown in the jobs it processes (default: host name and pid)')
    .option('--metrics-port <port>', 'serve /healthz and /metrics (Prometheus) on this port (default: $PROTOKOLL_METRICS_PORT; none)', parsePort);
  addLimitOptions(command).action(async (opts: WorkerOptions) => {
    const logger = createLogger({ service: 'worker' });
    const log = (line: string) => logger.info(line);
    const running = await startWorker({ ...opts, logger });
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      const force = stopping;
      stopping = true;
      log(force ? `${signal} again: exiting now; jobs in hand go back to the queue when their locks expire` : `${signal}: finishing the jobs in hand (send it again to exit at once)`);
      running.close(force).then(
        () => process.exit(0),
        (error: unknown) => {
          log(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}


export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const logger = opts.logger ?? createLogger({ service: 'worker' });
  const log = (line: string) => logger.info(line);
  const url = redisUrlFrom(opts.redis);
  if (!url) throw new Error('protokoll worker needs Redis: set REDIS_URL or pass --redis redis://host:6379');
  const prefix = queuePrefixFrom(opts.prefix);
  const concurrency = opts.concurrency ?? os.availableParallelism();
  const name = opts.name ?? `${os.hostname()}:${process.pid}`;
  const common = {
    connection: connectionOptions(url, true),
    prefix,
    name,
    ...(opts.lockDuration ? { lockDuration: opts.lockDuration } : {}),
    ...(opts.stalledInterval ? { stalledInterval: opts.stalledInterval } : {}),
    // a job whose worker died is handed on twice before it counts as failed (a file that
    // crashes the process every time must not loop forever)
    maxStalledCount: 2,
  };
  const settings = settingsFromOptions(opts);
  const client = new QueueClient({ url, prefix, say: (line, level) => logger[level](line) });
  // a worker started before its Redis (compose, a reboot) waits for it, saying so once
  await client.waitUntilReachable();
  const metrics = new Metrics({ queueDepths: () => client.depths() });
  const registries = new RegistryCache();
  // from the compiled CLI there is always a thread file; only the TypeScript sources lack one
  const extractor = threadsAvailable() ? new ThreadExtractor(concurrency, settings) : inlineExtractorWith(settings);

  const extract = new Worker<DocumentJob>(
    QUEUES.extract,
    async (job) => {
      const started = performance.now();
      try {
        return await processExtract(job, extractor, settings.limits);
      } finally {
        metrics.extractionSeconds.observe((performance.now() - started) / 1000);
      }
    },
    { ...common, concurrency },
  );
  const store = new Worker<DocumentJob, StoreResult>(QUEUES.store, (job) => processStore(job, registries), { ...common, concurrency });
  const scan = new Worker<ScanJob, ScanResult>(QUEUES.scan, (job) => processScan(job, client, registries), { ...common, concurrency: 1 });
  const workers = [extract, store, scan];

  // connection errors: one line per outage (src/queue/outage.ts), not one per retry and worker
  for (const worker of workers) worker.on('error', client.outage.onError);
  for (const worker of workers) worker.on('ready', client.outage.onReady);
  // One line per document. A final extraction failure is said once, by the store job that
  // records it (below); here only the attempts that will be retried.
  extract.on('failed', (job: Job<DocumentJob> | undefined, error) => {
    if (!job) return;
    const final = error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) logger.warn({ file: shown(job.data.path), attempt: job.attemptsMade }, `attempt ${job.attemptsMade} failed, retrying later: ${describeFailure(shown(job.data.path), error)}`);
  });
  store.on('completed', (job, result) => {
    if (result.status === 'stored') {
      metrics.observe('processed');
      logger.info({ file: shown(job.data.path), record: result.recordId }, `stored ${shown(job.data.path)} -> ${result.recordFile}`);
    } else {
      metrics.observe('failed');
      logger.warn({ file: shown(job.data.path) }, `failed ${shown(job.data.path)}: ${shown(result.reason)}`);
    }
  });
  store.on('failed', (job, error) => job && logger.error({ file: shown(job.data.path) }, `storing failed: ${describeFailure(shown(job.data.path), error)}`));
  scan.on('completed', (job, r) => {
    log(`rescanned ${shown(job.data.dir)}: ${r.files} file(s), ${r.queued} queued, ${r.unchanged + r.known} unchanged${r.skipped ? `, ${r.skipped} not read (each at log level debug)` : ''}`);
    for (const k of r.notRead ?? []) logger.debug({ file: shown(k.path) }, `not read ${shown(k.path)}: ${shown(k.detail)}`);
  });
  scan.on('failed', (job, error) => job && logger.warn(`rescan failed: ${describeFailure(shown(job.data.dir), error)}`));

  await Promise.all(workers.map((w) => w.waitUntilReady()));
  const port = metricsPortFrom(opts.metricsPort);
  const observe =
    port === undefined
      ? undefined
      : await startObserveServer({
          port,
          metrics,
          health: async () => {
            const redis = await client.assertReachable(2000).then(
              () => 'ok',
              (error: unknown) => (error instanceof Error ? error.message : String(error)),
            );
            const running = workers.every((w) => w.isRunning());
            return { ok: redis === 'ok' && running, checks: { redis, workers: running ? 'running' : 'stopped' } };
          },
        });
  log(`consuming ${redactUrl(url)} (prefix "${prefix}") with ${concurrency} extraction thread(s)${observe ? `; /healthz and /metrics on port ${observe.port}` : ''}`);

  return {
    observe,
    metrics,
    async close(force = false) {
      await observe?.close();
      // extraction first: a document whose extraction finishes now releases its store job,
      // which the still-running store worker can then take before it closes in turn
      await Promise.all([extract.close(force), scan.close(force)]);
      await extractor.close();
      await store.close(force);
      await client.close();
      registries.closeAll();
      await closeHookStores();
    },
  };
}
