/**
 * `protokoll schedule <dir> --cron "0 2 * * *" --out <records>`: registers (or updates) a BullMQ
 * job scheduler that adds a rescan of the archive share on that cron pattern; any
 * `protokoll worker` runs it. `--list` shows the registered rescans, `--remove` drops one.
 * The schedule lives in Redis, so it survives restarts and fires once however many workers run.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Command } from 'commander';
import { createLogger } from '../src/observe/log.js';
import { Metrics } from '../src/observe/metrics.js';
import { metricsPortFrom, startObserveServer } from '../src/observe/server.js';
import { QueueClient } from '../src/queue/client.js';
import { redisWaitMs } from '../src/queue/outage.js';
import { QUEUES, RETRY, queuePrefixFrom, redisUrlFrom, type ScanJob } from '../src/queue/config.js';
import { parsePort } from './runner.js';
import { cronProblem, localTime, nextRuns, timeZoneProblem } from './schedule-time.js';

export interface ScheduleOptions {
  cron?: string;
  out?: string;
  tz?: string;
  list?: boolean;
  remove?: boolean;
  redis?: string;
  prefix?: string;
  /** after registering, stay up and serve /healthz and /metrics on this port */
  metricsPort?: number;
}

/** One rescan per share: the scheduler's id comes from the folder, so registering again updates it. */
export function schedulerIdFor(dir: string): string {
  return `rescan-${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}`;
}

export function registerSchedule(program: Command): void {
  program
    .command('schedule')
    .description('register a rescan of a folder on a cron schedule (BullMQ job scheduler in Redis; workers run it)')
    .argument('[dir]', 'folder to rescan (the archive share)')
    .option('--cron <pattern>', 'cron pattern, e.g. "0 2 * * *" for 02:00 every night (a 6th leading field is seconds)')
    .option('-o, --out <records>', 'records folder')
    .option('--tz <zone>', 'time zone of the cron pattern, e.g. Europe/Stockholm (default: the workers\' local time)')
    .option('--list', 'list the registered rescans')
    .option('--remove', "remove the folder's rescan")
    .option('--redis <url>', 'Redis (default: $REDIS_URL)')
    .option('--prefix <prefix>', 'BullMQ key prefix (default: $PROTOKOLL_QUEUE_PREFIX or "protokoll")')
    .option('--metrics-port <port>', 'after registering, stay up and serve /healthz (the rescan is registered, Redis answers) and /metrics on this port (default: $PROTOKOLL_METRICS_PORT; exit at once)', parsePort)
    .action(async (dir: string | undefined, opts: ScheduleOptions) => {
      process.exitCode = await runSchedule(dir, opts);
    });
}

export async function runSchedule(dir: string | undefined, opts: ScheduleOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  // a wrong pattern or zone is said plainly before anything else, Redis or not
  const problem = (opts.tz ? timeZoneProblem(opts.tz) : null) ?? (opts.cron ? cronProblem(opts.cron, opts.tz) : null);
  if (problem) {
    err.write(`protokoll schedule: ${problem}\n`);
    return 2;
  }
  const url = redisUrlFrom(opts.redis);
  if (!url) {
    err.write('protokoll schedule needs Redis (REDIS_URL or --redis): the schedule lives there and workers run it.\nOn one machine without Redis, run `protokoll import <dir> --out <records>` from cron instead.\n');
    return 2;
  }
  const port = metricsPortFrom(opts.metricsPort);
  const client = new QueueClient({ url, prefix: queuePrefixFrom(opts.prefix), say: (line) => err.write(`${line}\n`) });
  try {
    // Redis down: one plain line, then retries (as a service with --metrics-port: for ever)
    await client.waitUntilReachable(port === undefined ? redisWaitMs() : undefined);
    const scan = client.queue(QUEUES.scan);
    if (opts.list) {
      const schedulers = await scan.getJobSchedulers(0, -1, true);
      if (schedulers.length === 0) out.write('no rescans scheduled\n');
      for (const s of schedulers) {
        const data = s.template?.data as ScanJob | undefined;
        out.write(`${s.key}  "${s.pattern}"${s.tz ? ` ${s.tz}` : ''}  next ${s.next ? localTime(new Date(s.next), s.tz) : '?'}  ${data?.dir ?? '?'} -> ${data?.recordsDir ?? '?'}\n`);
      }
      return 0;
    }
    if (!dir) {
      err.write('name the folder to rescan: protokoll schedule <dir> --cron "0 2 * * *" --out <records>\n');
      return 2;
    }
    const id = schedulerIdFor(dir);
    if (opts.remove) {
      const removed = await scan.removeJobScheduler(id);
      out.write(removed ? `removed the rescan of ${path.resolve(dir)}\n` : `no rescan of ${path.resolve(dir)} was scheduled\n`);
      return removed ? 0 : 1;
    }
    if (!opts.cron || !opts.out) {
      err.write('both --cron and --out are needed: protokoll schedule <dir> --cron "0 2 * * *" --out <records>\n');
      return 2;
    }
    const data: ScanJob = { dir: path.resolve(dir), recordsDir: path.resolve(opts.out) };
    await scan.upsertJobScheduler(
      id,
      { pattern: opts.cron, ...(opts.tz ? { tz: opts.tz } : {}) },
      {
        name: 'rescan',
        data,
        opts: { attempts: 3, backoff: { type: 'exponential', delay: RETRY.backoffMs }, removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } },
      },
    );
    // from the pattern (the parser BullMQ uses), not the job's delay, which is off by the milliseconds
    // between BullMQ's clock reading and ours
    const runs = nextRuns(opts.cron, opts.tz, 3);
    out.write(`scheduled ${id}: rescan ${data.dir} into ${data.recordsDir} on "${opts.cron}"${opts.tz ? ` (${opts.tz})` : ''}; next runs ${runs.map((r) => localTime(r, opts.tz)).join(', ')}\n`);
    if (port !== undefined) await serveUntilStopped(client, id, port);
    return 0;
  } catch (error) {
    err.write(`protokoll schedule: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await client.close();
  }
}

/**
 * The scheduler as a service (compose): stays up after registering so that its health can be
 * checked: healthy while Redis answers and the rescan is still registered there. Stops on SIGTERM.
 */
async function serveUntilStopped(client: QueueClient, id: string, port: number): Promise<void> {
  const logger = createLogger({ service: 'schedule' });
  const metrics = new Metrics({ queueDepths: () => client.depths() });
  const scan = client.queue(QUEUES.scan);
  const observe = await startObserveServer({
    port,
    metrics,
    health: async () => {
      const scheduler = await scan.getJobScheduler(id).then(
        (s) => (s ? `next ${s.next ? new Date(s.next).toISOString() : '?'}` : 'not registered'),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      return { ok: scheduler.startsWith('next'), checks: { rescan: scheduler } };
    },
  });
  logger.info(`serving /healthz and /metrics on port ${observe.port}`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await observe.close();
}
