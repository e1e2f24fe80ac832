/**
 * Picks how a pipeline runs: with REDIS_URL (or --redis) it enqueues for `protokoll worker`s;
 * without, everything runs in this process on worker threads. The options are the ones every
 * pipeline command shares.
 */
import os from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { addLimitOptions, settingsFromOptions, type LimitOptions } from '../src/limits/options.js';
import { QueueClient } from '../src/queue/client.js';
import { queuePrefixFrom, redactUrl, redisUrlFrom } from '../src/queue/config.js';
import { ThreadExtractor, inlineExtractorWith, threadsAvailable } from './extractors.js';
import { LocalRunner } from './local-runner.js';
import { QueuedRunner } from './queued-runner.js';
import type { DocumentRunner } from './result.js';

export interface RunnerOptions extends LimitOptions {
  out: string;
  redis?: string;
  prefix?: string;
  concurrency?: number;
  noWait?: boolean;
}

export interface Running {
  runner: DocumentRunner;
  /** present when the work goes through Redis */
  client?: QueueClient;
  describe: string;
  close(): Promise<void>;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/** A TCP port number (0: any free one). */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0-65535)');
  return n;
}

/** Adds --redis, --prefix, --concurrency and the limits, the options every pipeline command shares. */
export function addRunnerOptions(command: Command): Command {
  return addLimitOptions(command)
    .option('-c, --concurrency <n>', 'without Redis: documents parsed at once, on as many threads (default: the number of cores)', parsePositiveInt)
    .option('--redis <url>', 'enqueue on this Redis for `protokoll worker`s (default: $REDIS_URL; without either, run in this process)')
    .option('--prefix <prefix>', 'BullMQ key prefix, to keep several installations apart on one Redis (default: $PROTOKOLL_QUEUE_PREFIX or "protokoll")')
    .addHelpText('after', '\nWith Redis, the limits and OCR settings are the workers\' own (`protokoll worker --timeout ...`).');
}

export interface RunnerHooks {
  /** where a Redis outage is said (default: stderr) */
  say?: (line: string, level: 'warn' | 'info') => void;
  /** how long each in-process extraction took */
  onExtracted?: (seconds: number) => void;
}

export function createRunner(opts: RunnerOptions, hooks: RunnerHooks = {}): Running {
  const url = redisUrlFrom(opts.redis);
  if (url) {
    const client = new QueueClient({ url, prefix: queuePrefixFrom(opts.prefix), say: hooks.say });
    const runner = new QueuedRunner({ recordsDir: opts.out, client, noWait: opts.noWait });
    return {
      runner,
      client,
      describe: `queued on ${redactUrl(url)} for protokoll workers`,
      close: async () => {
        await runner.close();
        await client.close();
      },
    };
  }
  const threads = opts.concurrency ?? os.availableParallelism();
  const settings = settingsFromOptions(opts);
  // from the compiled CLI there is always a thread file; only the TypeScript sources lack one
  const extractor = threadsAvailable() ? new ThreadExtractor(threads, settings) : inlineExtractorWith(settings);
  const runner = new LocalRunner({ recordsDir: opts.out, extractor, concurrency: threads + 1, maxFileBytes: settings.limits.maxFileBytes, onExtracted: hooks.onExtracted });
  return {
    runner,
    describe: `in this process, ${threads} thread(s)`,
    close: () => runner.close(),
  };
}
