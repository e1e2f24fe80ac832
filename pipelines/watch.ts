/**
 * `protokoll watch <dir> --out <records>`: the drop folder pipeline. Runs until stopped
 * (SIGTERM/Ctrl-C), handling each new or changed file once it is completely written. Logs through
 * pino (src/observe/log.ts); with --metrics-port, serves /healthz and /metrics.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { createLogger, type Logger } from '../src/observe/log.js';
import { Metrics } from '../src/observe/metrics.js';
import { metricsPortFrom, startObserveServer } from '../src/observe/server.js';
import { shown } from '../src/util/shown.js';
import { DropFolderWatcher } from './drop-folder.js';
import type { FileResult } from './result.js';
import { addRunnerOptions, createRunner, parsePort, parsePositiveInt, type RunnerOptions } from './runner.js';

export interface WatchOptions extends RunnerOptions {
  moveDone?: string;
  moveFailed?: string;
  settle: number;
  /** seconds a file that looks incomplete is waited for after its last change */
  incompleteWait?: number;
  metricsPort?: number;
}

export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('process new and changed minutes in a drop folder as they arrive, once completely written')
    .argument('<dir>', 'drop folder to watch (recursively)')
    .requiredOption('-o, --out <records>', 'records folder')
    .option('--move-done <dir>', 'move processed files here (same relative path)')
    .option('--move-failed <dir>', 'move files that could not be read here, each with a <name>.error.txt giving the reason')
    .option('--settle <ms>', 'how long a file must stay the same size before it is read', parsePositiveInt, 2000)
    .option('--incomplete-wait <seconds>', 'how long after its last change a file that looks half-written (a PDF without its end, a lock file beside it) is waited for before it is read anyway', parsePositiveInt, 120)
    .option('--metrics-port <port>', 'serve /healthz and /metrics (Prometheus) on this port (default: $PROTOKOLL_METRICS_PORT; none)', parsePort);
  addRunnerOptions(command).action(async (dir: string, opts: WatchOptions) => {
    process.exitCode = await runWatch(dir, opts);
  });
}

const OUTCOME: Record<FileResult['status'], 'processed' | 'unchanged' | 'failed' | 'skipped' | null> = {
  processed: 'processed',
  unchanged: 'unchanged',
  failed: 'failed',
  skipped: 'skipped',
  gone: null,
  queued: null,
};

export async function runWatch(dir: string, opts: WatchOptions, logger: Logger = createLogger({ service: 'watch' })): Promise<number> {
  const root = path.resolve(dir);
  const stat = await fs.stat(root).catch(() => null);
  if (stat && !stat.isDirectory()) {
    logger.error(`${shown(dir)}: not a folder`);
    return 2;
  }
  if (!stat) {
    // a fresh deployment's drop folder (docker volume) need not be made by hand
    await fs.mkdir(root, { recursive: true });
    logger.info(`created the drop folder ${shown(root)}`);
  }
  const metrics = new Metrics();
  const running = createRunner(opts, { say: (line, level) => logger[level](line), onExtracted: (s) => metrics.extractionSeconds.observe(s) });
  if (running.client) {
    const client = running.client;
    // a watcher started before its Redis waits for it, saying so once
    await client.waitUntilReachable();
    metrics.countQueuesWith(() => client.depths());
  }
  const watcher = new DropFolderWatcher({
    dir: root,
    runner: running.runner,
    moveDone: opts.moveDone,
    moveFailed: opts.moveFailed,
    settleMs: opts.settle,
    incompleteWaitMs: (opts.incompleteWait ?? 120) * 1000,
    log: (line, level = 'info') => logger[level](line),
    onResult: (result) => {
      const outcome = OUTCOME[result.status];
      if (outcome) metrics.observe(outcome);
    },
  });
  await watcher.start();
  const port = metricsPortFrom(opts.metricsPort);
  const observe =
    port === undefined
      ? undefined
      : await startObserveServer({
          port,
          metrics,
          health: async () => {
            const folder = await fs.stat(root).then(
              (s) => (s.isDirectory() ? 'ok' : 'not a folder'),
              () => 'gone',
            );
            const redis = running.client
              ? await running.client.assertReachable(2000).then(
                  () => 'ok',
                  (error: unknown) => (error instanceof Error ? error.message : String(error)),
                )
              : 'not used';
            return { ok: folder === 'ok' && (redis === 'ok' || redis === 'not used'), checks: { folder, redis } };
          },
        });
  logger.info(`watching ${shown(root)} -> ${shown(path.resolve(opts.out))}, ${running.describe}${observe ? `; /healthz and /metrics on port ${observe.port}` : ''}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info(`${signal}: finishing the files in hand`);
      resolve();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await observe?.close();
  await watcher.close();
  await running.close();
  return 0;
}
