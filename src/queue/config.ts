/**
 * What every part of the queue agrees on: queue names, job ids, the retry policy, and how to find
 * Redis. Pipelines enqueue, workers consume; both import these so they can never disagree.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** BullMQ's key prefix when none is given: all keys are `protokoll:<queue>:...`. */
export const DEFAULT_PREFIX = 'protokoll';

export const QUEUES = {
  /** a folder to rescan (the nightly job scheduler adds these) */
  scan: 'scan',
  /** read + extract one document: CPU-bound, runs in worker threads */
  extract: 'extract',
  /** write the record and the registry entry: the parent of an extract job in a flow */
  store: 'store',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** One document to process, as carried by both jobs of its flow. */
export interface DocumentJob {
  /** absolute path the enqueuer read; workers read it again (shared storage) and check the hash */
  path: string;
  sha256: string;
  size: number;
  mtimeMs: number;
  /** absolute records folder named when it was enqueued, so a worker needs only REDIS_URL */
  recordsDir: string;
}

/** A folder to rescan into a records folder (the nightly job). */
export interface ScanJob {
  dir: string;
  recordsDir: string;
}

/** What the store stage reports for one document (the store job's return value). */
export type StoreResult =
  | { status: 'stored'; recordId: string; recordFile: string }
  | { status: 'failed'; reason: string };

/**
 * The job id of a document: its content hash, scoped by the records folder it goes to, so the
 * same content enqueued twice for one folder is one job, and another folder still gets its copy.
 * (BullMQ forbids ':' in custom ids.)
 */
export function documentJobId(sha256: string, recordsDir: string): string {
  const folder = createHash('sha256').update(path.resolve(recordsDir)).digest('hex').slice(0, 8);
  return `${sha256}-${folder}`;
}

/** Transient failures (a share briefly gone, Redis hiccups) retry with exponential backoff. */
export const RETRY = { attempts: 5, backoffMs: 2000 } as const;

/** The in-process pool's backoff, the same curve BullMQ's 'exponential' uses: delay * 2^(n-1). */
export function backoffDelay(attempt: number, baseMs: number = RETRY.backoffMs): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}

/** REDIS_URL or --redis; undefined means run in-process. */
export function redisUrlFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = option ?? env.REDIS_URL;
  return url && url.trim() !== '' ? url.trim() : undefined;
}

export function queuePrefixFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.PROTOKOLL_QUEUE_PREFIX ?? DEFAULT_PREFIX;
}

/** A Redis URL without its password, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given Redis';
  }
}
