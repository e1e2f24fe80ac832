/**
 * The Prometheus metrics every protokoll service exposes (prom-client), in one registry of its
 * own so that two services in one process (tests) or the web server reusing it never clash:
 *   protokoll_documents_processed_total{outcome}   processed, unchanged, failed, skipped
 *   protokoll_documents_failed_total               documents that could not be read
 *   protokoll_extraction_seconds                   time to read and extract one document
 *   protokoll_queue_depth{queue,state}             BullMQ jobs waiting, active, delayed, failed
 * plus Node's default process metrics (memory, CPU, event loop lag) with the same prefix.
 * Queue depth is asked for when scraped, through a function the service passes in, so this module
 * knows nothing of Redis.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Outcome = 'processed' | 'unchanged' | 'failed' | 'skipped';

export interface QueueDepths {
  /** queue name -> state -> jobs */
  [queue: string]: Record<string, number>;
}

export interface MetricsOptions {
  /** asked at each scrape; absent without a queue */
  queueDepths?: () => Promise<QueueDepths>;
  /** Node's process metrics too (default true) */
  defaults?: boolean;
}

export class Metrics {
  readonly registry = new Registry();
  readonly documents: Counter<'outcome'>;
  readonly failures: Counter;
  readonly extractionSeconds: Histogram;
  readonly queueDepth: Gauge<'queue' | 'state'>;
  private queueDepths: (() => Promise<QueueDepths>) | undefined;

  constructor(opts: MetricsOptions = {}) {
    this.queueDepths = opts.queueDepths;
    const registers = [this.registry];
    this.documents = new Counter({ name: 'protokoll_documents_processed_total', help: 'Documents handled, by outcome', labelNames: ['outcome'], registers });
    for (const outcome of ['processed', 'unchanged', 'failed', 'skipped'] satisfies Outcome[]) this.documents.inc({ outcome }, 0);
    this.failures = new Counter({ name: 'protokoll_documents_failed_total', help: 'Documents that could not be read', registers });
    this.extractionSeconds = new Histogram({
      name: 'protokoll_extraction_seconds',
      help: 'Seconds to read and extract one document',
      // text minutes take milliseconds, large PDFs seconds, OCR minutes
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    });
    const metrics = this;
    this.queueDepth = new Gauge({
      name: 'protokoll_queue_depth',
      help: 'Jobs in the queues, by queue and state',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        if (!metrics.queueDepths) return;
        this.reset();
        for (const [queue, states] of Object.entries(await metrics.queueDepths())) {
          for (const [state, n] of Object.entries(states)) this.set({ queue, state }, n);
        }
      },
    });
    if (opts.defaults !== false) collectDefaultMetrics({ register: this.registry, prefix: 'protokoll_' });
  }

  /** Where queue depths come from, once the service has its queue client. */
  countQueuesWith(depths: () => Promise<QueueDepths>): void {
    this.queueDepths = depths;
  }

  /** One document's outcome (and, when it was extracted here, how long that took). */
  observe(outcome: Outcome, seconds?: number): void {
    this.documents.inc({ outcome });
    if (outcome === 'failed') this.failures.inc();
    if (seconds !== undefined) this.extractionSeconds.observe(seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
