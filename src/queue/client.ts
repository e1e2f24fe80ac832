/**
 * The producer side of the queues: one place that knows how a document becomes a BullMQ flow
 * (a `store` parent waiting on an `extract` child, both with the content's job id) and how to
 * wait for what became of it. Pipelines, the nightly rescan and `retry-failed` all enqueue here.
 */
import { FlowProducer, Job, Queue, QueueEvents, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES, RETRY, documentJobId, redactUrl, type DocumentJob, type QueueName, type StoreResult } from './config.js';
import { RedisOutage, waitUntilReachable } from './outage.js';

export interface QueueConnection {
  url: string;
  prefix: string;
  /** where an outage is said (once, in plain words); default: a line on stderr */
  say?: (line: string, level: 'warn' | 'info') => void;
}

function sayOnStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** States in which a job is still to run or running: enqueueing it again must not touch it. */
const IN_FLIGHT = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused']);

/**
 * Workers and event listeners block on Redis and must wait out a restart (maxRetriesPerRequest
 * null, as BullMQ requires); producers keep ioredis's default so a pipeline fails fast instead
 * of hanging when Redis is down.
 */
export function connectionOptions(url: string, blocking = false): ConnectionOptions {
  return blocking ? { url, maxRetriesPerRequest: null } : { url };
}

export class QueueClient {
  private readonly queues = new Map<QueueName, Queue>();
  private flowProducer: FlowProducer | undefined;
  private storeEvents: QueueEvents | undefined;
  /** every connection's errors go here: one line per outage instead of a dump per retry */
  readonly outage: RedisOutage;

  constructor(readonly connection: QueueConnection) {
    this.outage = new RedisOutage(connection.url, connection.say ?? sayOnStderr, () => this.assertReachable(2000));
  }

  /**
   * Waits for Redis to answer: one plain line when it does not, then quiet retries, for
   * `giveUpAfterMs` (default: for ever, as services do). A wrong password or certificate fails at once.
   */
  waitUntilReachable(giveUpAfterMs?: number): Promise<void> {
    return waitUntilReachable(this.connection.url, () => this.assertReachable(), { say: this.connection.say ?? sayOnStderr, giveUpAfterMs });
  }

  /** Jobs per queue and state, for the metrics (protokoll_queue_depth). */
  async depths(): Promise<Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, number>> = {};
    for (const name of Object.values(QUEUES)) {
      out[name] = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'waiting-children', 'prioritized');
    }
    return out;
  }

  /**
   * Fails within `timeoutMs` with a plain message when Redis does not answer; BullMQ's own
   * connections would otherwise retry for ever (right for a running worker, not for a command).
   */
  async assertReachable(timeoutMs = 5000): Promise<void> {
    const redis = new Redis(this.connection.url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
    // the socket's error says more ("ECONNREFUSED") than the rejection ("Connection is closed")
    let cause: Error | undefined;
    redis.on('error', (error: Error) => (cause ??= error));
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      const reason = (cause ?? error) instanceof Error ? (cause ?? (error as Error)).message : String(error);
      throw new Error(`cannot reach Redis at ${redactUrl(this.connection.url)}: ${reason}`);
    } finally {
      redis.disconnect();
    }
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: connectionOptions(this.connection.url),
        prefix: this.connection.prefix,
        // `import` waits on completion events; a stream trimmed past them (BullMQ keeps 10,000
        // by default) during a large import would leave it waiting for documents long done
        streams: { events: { maxLen: 100_000 } },
      });
      // every job awaited with waitUntilFinished listens for its queue closing
      queue.setMaxListeners(0);
      queue.on('error', this.outage.onError);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Enqueues one document for its records folder, once: while a job for the same content and
   * folder is waiting or running, this is a no-op. A finished one (the caller decided the content
   * needs doing again: a deleted record, a retry) is removed first, because BullMQ ignores an add
   * whose job id still exists. Returns the store job's id.
   */
  async enqueueDocument(doc: DocumentJob): Promise<{ id: string; alreadyQueued: boolean }> {
    const id = documentJobId(doc.sha256, doc.recordsDir);
    const store = this.queue(QUEUES.store);
    const extract = this.queue(QUEUES.extract);
    const storeState = await store.getJobState(id);
    if (IN_FLIGHT.has(storeState)) return { id, alreadyQueued: true };
    if (storeState !== 'unknown') await store.remove(id, { removeChildren: true });
    const extractState = await extract.getJobState(id);
    if (extractState === 'completed' || extractState === 'failed') await extract.remove(id);

    if (!this.flowProducer) {
      this.flowProducer = new FlowProducer({ connection: connectionOptions(this.connection.url), prefix: this.connection.prefix });
      this.flowProducer.on('error', this.outage.onError);
    }
    const retry = { attempts: RETRY.attempts, backoff: { type: 'exponential', delay: RETRY.backoffMs } };
    await this.flowProducer.add({
      name: 'store',
      queueName: QUEUES.store,
      data: doc,
      opts: { jobId: id, ...retry, removeOnComplete: { count: 1000 }, removeOnFail: false },
      children: [
        {
          name: 'extract',
          queueName: QUEUES.extract,
          data: doc,
          // A failed extraction still releases the store job, which records the reason in the
          // registry; the failed extract job stays for `status` and `retry-failed`.
          opts: { jobId: id, ...retry, ignoreDependencyOnFailure: true, removeOnComplete: { count: 100 }, removeOnFail: false },
        },
      ],
    });
    return { id, alreadyQueued: false };
  }

  /** Resolves with the store stage's result for a store job id; rejects if that job failed. */
  async waitForStore(id: string): Promise<StoreResult> {
    if (!this.storeEvents) {
      this.storeEvents = new QueueEvents(QUEUES.store, { connection: connectionOptions(this.connection.url, true), prefix: this.connection.prefix });
      // one listener pair per document awaited; a large import awaits thousands at once
      this.storeEvents.setMaxListeners(0);
      this.storeEvents.on('error', this.outage.onError);
    }
    const job = await Job.fromId<DocumentJob, StoreResult>(this.queue(QUEUES.store), id);
    if (!job) throw new Error(`job ${id} was removed before it finished`);
    return (await job.waitUntilFinished(this.storeEvents)) as StoreResult;
  }

  async workerCount(): Promise<number> {
    return this.queue(QUEUES.extract).getWorkersCount();
  }

  async close(): Promise<void> {
    this.outage.stop();
    await Promise.all([
      ...[...this.queues.values()].map((q) => q.close()),
      this.flowProducer?.close(),
      this.storeEvents?.close(),
    ]);
  }
}
