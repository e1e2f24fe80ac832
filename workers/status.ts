/**
 * `protokoll status`: job counts per queue, the workers connected, the nightly schedulers, and the
 * failed jobs with their reasons. `protokoll retry-failed`: enqueue the failed documents again.
 */
import type { Job } from 'bullmq';
import { shown } from '../src/util/shown.js';
import type { Command } from 'commander';
import { QueueClient } from '../src/queue/client.js';
import { QUEUES, queuePrefixFrom, redisUrlFrom, type DocumentJob, type QueueName, type ScanJob } from '../src/queue/config.js';
import { parsePositiveInt } from '../pipelines/runner.js';

interface RedisOptions {
  redis?: string;
  prefix?: string;
}

const COUNTED = ['waiting', 'active', 'delayed', 'waiting-children', 'completed', 'failed'] as const;
const ALL_QUEUES: QueueName[] = [QUEUES.scan, QUEUES.extract, QUEUES.store];

function clientFrom(opts: RedisOptions): QueueClient {
  const url = redisUrlFrom(opts.redis);
  if (!url) throw new Error('the queues live in Redis: set REDIS_URL or pass --redis redis://host:6379');
  return new QueueClient({ url, prefix: queuePrefixFrom(opts.prefix) });
}

function withRedisOptions(command: Command): Command {
  return command
    .option('--redis <url>', 'Redis (default: $REDIS_URL)')
    .option('--prefix <prefix>', 'BullMQ key prefix (default: $PROTOKOLL_QUEUE_PREFIX or "protokoll")');
}

export function registerStatus(program: Command): void {
  withRedisOptions(
    program
      .command('status')
      .description('job counts per queue, connected workers, nightly schedulers, and failed jobs with their reasons')
      .option('--failed <n>', 'how many failed jobs to list per queue', parsePositiveInt, 20),
  ).action(async (opts: RedisOptions & { failed: number }) => {
    const client = clientFrom(opts);
    try {
      await client.assertReachable();
      process.stdout.write(await statusReport(client, opts.failed));
    } finally {
      await client.close();
    }
  });
}

export function registerRetryFailed(program: Command): void {
  withRedisOptions(program.command('retry-failed').description('enqueue every failed job again (documents are read and extracted afresh)')).action(
    async (opts: RedisOptions) => {
      const client = clientFrom(opts);
      try {
        await client.assertReachable();
        const n = await retryFailed(client);
        process.stdout.write(`${n} failed job(s) queued again\n`);
      } finally {
        await client.close();
      }
    },
  );
}

function subject(queue: QueueName, job: Job): string {
  return queue === QUEUES.scan ? (job.data as ScanJob).dir : (job.data as DocumentJob).path;
}

export async function statusReport(client: QueueClient, failedLimit: number): Promise<string> {
  const lines: string[] = [];
  const header = ['queue', ...COUNTED];
  const rows: string[][] = [header];
  for (const name of ALL_QUEUES) {
    const counts = await client.queue(name).getJobCounts(...COUNTED);
    rows.push([name, ...COUNTED.map((state) => String(counts[state] ?? 0))]);
  }
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) lines.push(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));

  lines.push('', `workers connected: ${await client.workerCount()}`);
  const schedulers = await client.queue(QUEUES.scan).getJobSchedulers(0, -1, true);
  lines.push(`nightly rescans: ${schedulers.length}`);
  for (const s of schedulers) {
    const data = s.template?.data as ScanJob | undefined;
    lines.push(`  ${s.key}  "${s.pattern ?? `every ${s.every} ms`}"${s.tz ? ` ${s.tz}` : ''}  next ${s.next ? new Date(s.next).toISOString() : '?'}  ${data?.dir ?? '?'} -> ${data?.recordsDir ?? '?'}`);
  }
  for (const name of ALL_QUEUES) {
    const failed = await client.queue(name).getFailed(0, failedLimit - 1);
    if (failed.length === 0) continue;
    lines.push('', `failed in ${name}:`);
    // names (and reasons quoting them) escaped: a file name must not write on the terminal
    for (const job of failed as Job[]) lines.push(`  ${shown(subject(name, job))}: ${shown(job.failedReason ?? '')} (${job.attemptsMade} attempt(s))`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Failed documents are enqueued afresh (both stages: a document is only ever retried whole);
 * failed rescans are retried as they are.
 */
export async function retryFailed(client: QueueClient): Promise<number> {
  let n = 0;
  const seen = new Set<string>();
  for (const name of [QUEUES.extract, QUEUES.store] as const) {
    const failed = (await client.queue(name).getFailed(0, -1)) as Job<DocumentJob>[];
    for (const job of failed) {
      if (seen.has(job.id!)) continue;
      seen.add(job.id!);
      await client.enqueueDocument(job.data);
      n++;
    }
  }
  for (const job of (await client.queue(QUEUES.scan).getFailed(0, -1)) as Job[]) {
    await job.retry();
    n++;
  }
  return n;
}
